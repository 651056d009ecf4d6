"""The container kinds (private; layer 1): an optional value, a tuple of items, one of several kinds.

They hold other kinds (:mod:`karjera_core._fields` re-exports them with the
scalar kinds, and every record declares its fields through that module).
"""

from __future__ import annotations

from typing import Any

import attrs

from karjera_core._compile import (
    BAD,
    MAX_ITEMS,
    UNBOUNDED,
    Kind,
    Scope,
    Sink,
    define,
    predicate,
)


@attrs.frozen
class Optional(Kind):
    """``None`` or a value of ``inner``."""

    inner: Kind

    @property
    def what(self) -> str:  # type: ignore[override]
        return f"None or {self.inner.what}"

    @property
    def plain(self) -> bool:  # type: ignore[override]
        return self.inner.plain

    def check(self, v: str, scope: Scope) -> str:
        return f"({v} is None or ({self.inner.check(v, scope)}))"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        return value is None or self.inner.problems(value, path, sink)

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        shape, build = self.inner.load(v, scope)
        return f"({v} is None or ({shape}))", (v if build == v else f"(None if {v} is None else {build})")

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        return None if data is None else self.inner.load_slow(data, path, sink)

    def load_each(self, items: list[Any], sink: Sink) -> list[Any]:
        given = iter(self.inner.load_each([x for x in items if x is not None], sink))
        return [None if x is None else next(given) for x in items]

    def count_each(self, values: list[Any], sink: Sink) -> None:
        self.inner.count_each(values, sink)  # a value that failed the check is not None

    def dump(self, expr: str, scope: Scope) -> str:
        if self.inner.plain:
            return expr
        held = scope.add(None, "w")
        return f"(None if ({held} := {expr}) is None else {self.inner.dump(held, scope)})"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [self.inner.schema(defs), {"type": "null"}]}


@attrs.frozen
class Items(Kind):
    """A tuple of ``min_size``-``max_size`` values of ``item``; JSON writes it as an array.

    Its size is checked before any item is read.
    """

    item: Kind
    max_size: int = MAX_ITEMS
    min_size: int = 0
    json_type = list
    json_code = "type.array"

    @property
    def what(self) -> str:  # type: ignore[override]
        if self.max_size >= UNBOUNDED:
            return f"an iterable (not text) of items, each {self.item.what}"
        return f"a tuple of items, each {self.item.what}"

    @property
    def _size(self) -> str:
        if self.min_size:
            return f"expected {self.min_size} to {self.max_size} items"
        return f"expected at most {self.max_size} items"

    def check(self, v: str, scope: Scope) -> str:
        item = self.item.check("x", scope)
        every = define(scope, "every", ["for x in t:", f"    if not ({item}):", "        return False", "return True"])
        return f"type({v}) is tuple and {self.min_size} <= len({v}) <= {self.max_size} and (not {v} or {every}({v}))"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        if type(value) is not tuple:
            sink.add(path, "array.type", f"expected {self.what}")
            return False
        if not self.min_size <= len(value) <= self.max_size:
            sink.add(path, "array.size", self._size)
            return False
        item, item_ok, fine = self.item, predicate(self.item), True
        for index, entry in enumerate(value):
            if not item_ok(entry):
                if sink.full:  # no more paths are read: the rest is counted in bulk
                    item.count_each([x for x in value[index:] if not item_ok(x)], sink)
                    return False
                fine = item.problems(entry, f"{path}[{index}]", sink) and fine
        return fine

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        shape, build = self.item.load("x", scope)
        if build == "x":
            body = ["for x in t:", f"    if not ({shape}):", "        raise _Fallback", "return tuple(t)"]
        elif shape == "True":  # the item's own loader checks its shape
            body = [f"return tuple([{build} for x in t])"]
        else:
            body = [f"return tuple([{build} if ({shape}) else _fallback() for x in t])"]
        name = define(scope, "load_items", body)
        return f"type({v}) is list and {self.min_size} <= len({v}) <= {self.max_size}", f"{name}({v})"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        if type(data) is not list:
            sink.add(path, "type.array", "expected an array")
            return BAD
        if not self.min_size <= len(data) <= self.max_size:
            sink.add(path, "array.size", self._size)
            return BAD
        item, built = self.item, list[Any]()
        for index, entry in enumerate(data):
            if sink.full:  # no more paths are read: the rest is counted in bulk
                rest = item.load_many(data[index:], sink)
                return BAD if rest is None or any(x is BAD for x in built) else (*built, *rest)
            built.append(item.load_slow(entry, f"{path}[{index}]", sink))
        return BAD if any(x is BAD for x in built) else tuple(built)

    def load_each(self, items: list[Any], sink: Sink) -> list[Any]:
        """As ``load_slow`` of each of ``items`` into a full ``sink``: the entries of all the arrays are read
        together, by one ``load_each`` of the item kind."""
        found: list[Any] = [BAD] * len(items)
        entries: list[Any] = []
        spans: list[tuple[int, int, int]] = []
        wrong = size = 0
        for index, data in enumerate(items):
            if type(data) is not list:
                wrong += 1
            elif not self.min_size <= len(data) <= self.max_size:
                size += 1
            else:
                spans.append((index, len(entries), len(entries) + len(data)))
                entries += data
        if wrong:
            sink.count("type.array", wrong)
        if size:
            sink.count("array.size", size)
        values = self.item.load_each(entries, sink)
        for index, start, end in spans:
            part = values[start:end]
            found[index] = BAD if any(x is BAD for x in part) else tuple(part)
        return found

    def dump(self, expr: str, scope: Scope) -> str:
        if self.item.plain:
            return f"list({expr})"
        return f"[{self.item.dump('x', scope)} for x in {expr}]"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "array", "items": self.item.schema(defs), "minItems": self.min_size, "maxItems": self.max_size}


@attrs.frozen
class OneOf(Kind):
    """A value of any one of ``kinds``: a union such as ``LearnerCount | VocationalLearnerCount``.

    JSON is read by trying each kind in turn: the first that accepts the data wins.
    """

    kinds: tuple[Kind, ...]

    @property
    def what(self) -> str:  # type: ignore[override]
        return " or ".join(kind.what for kind in self.kinds)

    @property
    def code(self) -> str:  # type: ignore[override]
        codes = {kind.code for kind in self.kinds}
        return codes.pop() if len(codes) == 1 else "value.type"

    def check(self, v: str, scope: Scope) -> str:
        return "(" + " or ".join(f"({kind.check(v, scope)})" for kind in self.kinds) + ")"

    def problems(self, value: Any, path: str, sink: Sink) -> bool:
        sink.add(path, self.code, f"expected {self.what}")
        return False

    def load(self, v: str, scope: Scope) -> tuple[str, str]:
        body: list[str] = []
        for kind in self.kinds:
            shape, build = kind.load("x", scope)
            body += ["try:", f"    if {shape}:", f"        return {build}", "except (ValueError, KeyError):"]
            body.append("    pass")
        return "True", f"{define(scope, 'one_of', [*body, 'raise _Fallback'], 'x')}({v})"

    def load_slow(self, data: Any, path: str, sink: Sink) -> Any:
        for kind in self.kinds:
            trial = Sink()
            value = kind.load_slow(data, path, trial)
            if value is not BAD and not trial:
                return value
        sink.add(path, self.code, f"expected {self.what}")
        return BAD

    def dump(self, expr: str, scope: Scope) -> str:
        lines = [f"if {kind.check('x', scope)}: return {kind.dump('x', scope)}" for kind in self.kinds[:-1]]
        body = [*lines, f"return {self.kinds[-1].dump('x', scope)}"]
        return f"{define(scope, 'dump_one_of', body, 'x')}({expr})"

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [kind.schema(defs) for kind in self.kinds]}


# ---------------------------------------------------------------- declaring a field
