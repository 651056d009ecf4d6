"""Before anything is timed: the library and its pydantic model must accept and refuse the same inputs.

For one type, three sets of inputs are decided by both ``structure(data, cls)``
and ``Model.model_validate(data)``:

1. every generated payload (``_data.payloads``) -- both must accept it, and
   ``unstructure(x)`` must equal ``model.model_dump(mode="json")``;
2. the cross-field rule payloads (``_data.RULES``) -- both must decide each alike;
3. probes at every field of the base payload, derived from what the model
   declares (``_models.Probe``; in arrays, at the last item): a personal code and a line break in each text
   field, its length at and one past the bound, surrounding spaces, a wrong
   JSON type, ``null``; ints and decimals at and past their bounds, decimals
   with a place too many or given as JSON numbers; bad, out-of-range and
   datetime-shaped dates; unknown enumeration values; arrays too short or too
   long; an unknown key (also one shaped like a personal code) and a missing
   key in every object.

A *finding* is an input the two decide differently (or accept with different
dumps), or one on which the library raises anything but ``ValidationError``.
Each names the path, the probe and both decisions, so that a finding says
which rule differs -- in the model or in the library.
"""

from __future__ import annotations

import copy
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

import pydantic
from _models import Model, Probe, ProjectNumber

from karjera_core import ValidationError, structure, unstructure

PERSONAL = "Skolēns 161175-19997 saņēma atbalstu"
_DELETE = object()


@dataclass(frozen=True)
class Finding:
    path: str
    probe: str
    library: str
    model: str

    @property
    def laxer(self) -> str:
        """Which side lets more through: the one whose rule must change (or the library's contract)."""
        if self.library.startswith("RAISES") or "RAISES" in self.library:
            return "the library breaks its contract"
        if self.library.startswith("accepts") and self.model.startswith("refuses"):
            return "the library is laxer"
        if self.model.startswith("accepts") and self.library.startswith("refuses"):
            return "the model is laxer"
        return "the dumps differ"

    def __str__(self) -> str:
        return f"`{self.path}` {self.probe}: library {self.library}; model {self.model} — {self.laxer}"


@dataclass
class Report:
    """What the check found for one type, and the payloads both accept (the ones worth timing)."""

    name: str
    findings: list[Finding]
    accepted: list[Any]
    checked: int

    @property
    def equivalent(self) -> bool:
        return not self.findings


# ---------------------------------------------------------------- deciding


def library_decides(cls: type, data: Any) -> tuple[str, Any]:
    try:
        return "accepts", structure(data, cls)
    except ValidationError as error:
        codes = sorted({p.code for p in error.problems} | set(error.omitted))
        return f"refuses [{', '.join(codes)}]", None
    except Exception as error:  # the contract allows nothing else: reported, never hidden
        return f"RAISES {type(error).__name__}: {str(error)[:80]}", None


def model_decides(model: type[Model], data: Any) -> tuple[str, Any]:
    try:
        return "accepts", model.model_validate(data)
    except pydantic.ValidationError as error:
        kinds = sorted({e["type"] for e in error.errors()})
        return f"refuses [{', '.join(kinds)}]", None
    except Exception as error:
        return f"RAISES {type(error).__name__}: {str(error)[:80]}", None


def first_difference(a: Any, b: Any, path: str = "$") -> str | None:
    """The path of the first place two JSON values differ, with both values, or ``None``."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            if key not in a or key not in b:
                return f"{path}.{key} (only in the {'model' if key not in a else 'library'}'s dump)"
            found = first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path} (lengths {len(a)} and {len(b)})"
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            found = first_difference(x, y, f"{path}[{index}]")
            if found:
                return found
        return None
    return None if a == b and type(a) is type(b) else f"{path} (library {a!r}, model {b!r})"


def compare(cls: type, model: type[Model], data: Any, path: str, probe: str) -> tuple[Finding | None, bool]:
    """A finding if the two decide ``data`` differently or dump it differently; and whether both accepted it."""
    said, obj = library_decides(cls, data)
    thought, instance = model_decides(model, data)
    if said.startswith("RAISES") or said.split(" ")[0] != thought.split(" ")[0]:
        return Finding(path, probe, said, thought), False
    if obj is None:
        return None, False
    try:
        dumped = unstructure(obj)
    except Exception as error:
        return Finding(path, probe, f"accepts but unstructure RAISES {type(error).__name__}", "accepts"), False
    where = first_difference(dumped, instance.model_dump(mode="json"))
    if where is not None:
        return Finding(path, probe, "accepts", f"accepts; the dumps differ at {where}"), False
    return None, True


# ---------------------------------------------------------------- probing the fields


def _unwrap(hint: Any) -> tuple[bool, Any, list[Any]]:
    """(optional, the type inside, its Annotated metadata)."""
    optional = False
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
        optional = True
        hint = next(a for a in args if a is not type(None))
    meta: list[Any] = []
    if typing.get_origin(hint) is typing.Annotated:
        meta = list(hint.__metadata__)
        hint = typing.get_args(hint)[0]
    return optional, hint, meta


def _values(probe: Probe, current: Any) -> Iterator[tuple[str, Any]]:
    kind = probe.kind
    if kind in ("name", "text"):
        n = probe.max_length
        yield f"of {n} characters (the bound)", "ā" * n
        yield f"of {n + 1} characters", "ā" * (n + 1)
        yield "empty", ""
        yield "blank", "   "
        yield "with a line break", "Jelgavas novada\nIzglītības pārvalde"
        yield "with a tab", "Jelgava\tnovads"
        yield "with a leading space", " Jelgava"
        yield "with a zero-width space", "Jel\u200bgava"
        yield "holding a personal code", PERSONAL
        yield "holding a +371 phone number", "tālr. +37129196866"
        yield "as a JSON number", 12345
    elif kind == "code":
        text = current if isinstance(current, str) else ""
        yield f"of {probe.max_length + 1} characters", (text * (probe.max_length + 1))[: probe.max_length + 1] or "a"
        yield "empty", ""
        yield "with a leading space", f" {text}"
        yield "with a character appended", f"{text}0"
        yield "holding a personal code", "161175-19997"
        yield "as a JSON number", int(text) if text.isdigit() else 1
    elif kind == "int":
        low, high = probe.minimum, probe.maximum
        yield f"at the minimum {low}", low
        yield f"at the maximum {high}", high
        yield f"below the minimum ({low - 1})", low - 1
        yield f"above the maximum ({high + 1})", high + 1
        yield "a huge int", 10**40
        yield "true", True
        yield "the int as a string", str(low)
        yield "a float", low + 0.5
    elif kind == "day":
        yield "30 February", "2024-02-30"
        yield "without hyphens", "20240102"
        yield "with a time", "2024-01-02T00:00:00"
        yield "as the int 0", 0
        yield "before 1900", "1899-12-31"
        yield "after 2199", "2200-01-01"
        yield "a week date", "2024-W01-1"
        yield "with a space", "2024-01-02 "
    elif kind == "decimal":
        bounds = probe.bounds or {}
        quantum = Decimal(1).scaleb(-probe.places)
        for name, limit in bounds.items():
            if limit is None:
                continue
            limit = Decimal(limit)
            inside = limit + quantum if name in ("ge", "gt") else limit - quantum
            outside = limit - quantum if name in ("ge", "gt") else limit + quantum
            yield f"at the bound {name} {limit}", format(limit, "f")
            yield f"just inside {name} {limit}", format(inside, "f")
            yield f"just outside {name} {limit}", format(outside, "f")
        yield f"with {probe.places + 1} places", "0." + "0" * probe.places + "1"
        yield "as a JSON number", 0.5
        yield "as a JSON int", 1
        yield "NaN", "NaN"
        yield "with an exponent", "1E+3"
        yield "with a plus sign", "+1"
        yield "of a billion digits' exponent", "1E+999999999"
    elif kind == "enum":
        yield "an unknown value", "no_such_value"
        yield "as a JSON number", 1
    elif kind == "many":
        if probe.min_length:
            yield "with too few items", []
        if probe.max_length <= 100_000 and isinstance(current, list) and current:
            yield f"with {probe.max_length + 1} items", [current[0]] * (probe.max_length + 1)
        yield "as a string", "abc"
        yield "as an object", {"0": current[0] if isinstance(current, list) and current else 1}


def probes(model: type[Model], data: Any, path: str = "$") -> Iterator[tuple[str, str, tuple[Any, ...], Any]]:
    """(path, what, the keys leading there, the value to put) for every probe of ``model`` at ``data``."""
    yield path, "an unknown key", ("unexpected_key",), 1
    yield path, "an unknown key shaped like a personal code", ("161175-19997",), 1
    hints = typing.get_type_hints(model, include_extras=True)
    for name, info in model.model_fields.items():
        here = f"{path}.{name}"
        if info.is_required():
            yield here, "missing", (name,), _DELETE
        yield from _field_probes(
            hints[name], data.get(name, _DELETE) if isinstance(data, dict) else _DELETE, here, (name,)
        )


def _field_probes(
    hint: Any, value: Any, path: str, keys: tuple[Any, ...]
) -> Iterator[tuple[str, str, tuple[Any, ...], Any]]:
    optional, inner, meta = _unwrap(hint)
    if not optional:
        yield path, "null", keys, None
    if inner is ProjectNumber:
        for what, text in [
            ("with a three-part measure", "8.3.4/16/I/001"),
            ("with surrounding spaces", " 8.3.4.0/16/I/001 "),
            ("typed with 1 for I", "8.3.4.0/16/1/001"),
            ("with sequence 000", "8.3.4.0/16/I/000"),
            ("of 65 characters", "8.3.4.0/16/I/" + "0" * 52),
            ("as a JSON object", {"measure": [8, 3, 4, 0], "year": 16, "selection": "I", "sequence": 1}),
        ]:
            yield path, what, keys, text
        return
    if isinstance(inner, type) and issubclass(inner, pydantic.BaseModel):
        if isinstance(value, dict):
            for sub_path, what, sub_keys, new in probes(inner, value, path):
                yield sub_path, what, keys + sub_keys, new
        yield path, "as a JSON array", keys, []
        return
    if typing.get_origin(inner) is Literal:
        yield path, "an unknown code", keys, "XX"
        yield path, "in lower case", keys, "lv"
        return
    if inner is bool:
        yield path, "the int 1", keys, 1
        yield path, "the string 'true'", keys, "true"
        return
    probe = next((m for m in meta if isinstance(m, Probe)), None)
    if typing.get_origin(inner) is tuple:
        item = typing.get_args(inner)[0]
        if isinstance(value, list) and value:  # the last item: the first is more often named by a rule
            last = len(value) - 1
            yield from _field_probes(item, value[last], f"{path}[{last}]", (*keys, last))
    if probe is not None:
        for what, new in _values(probe, value):
            yield path, what, keys, new


def _put(data: Any, keys: tuple[Any, ...], value: Any) -> Any:
    changed = copy.deepcopy(data)
    node = changed
    for key in keys[:-1]:
        node = node[key]
    if value is _DELETE:
        if isinstance(node, dict):
            node.pop(keys[-1], None)
    else:
        node[keys[-1]] = value
    return changed


# ---------------------------------------------------------------- the check


def check(name: str, cls: type, model: type[Model], payloads: list[Any], rules: list[tuple[str, Any]]) -> Report:
    """Every finding for one type, and the payloads both accept with equal dumps."""
    findings: list[Finding] = []
    accepted: list[Any] = []
    for index, data in enumerate(payloads):
        found, both = compare(cls, model, data, f"payload[{index}]", "generated payload")
        if found is not None:
            findings.append(found)
        if both:
            accepted.append(data)
    for what, data in rules:
        found, _ = compare(cls, model, data, "$", what)
        if found is not None:
            findings.append(found)
    base = rules[0][1]
    count = len(payloads) + len(rules)
    for path, what, keys, value in probes(model, base):
        if value is _DELETE and not keys:
            continue
        found, _ = compare(cls, model, _put(base, keys, value), path, what)
        count += 1
        if found is not None:
            findings.append(found)
    return Report(name, _merge(findings), accepted, count)


def _merge(findings: list[Finding]) -> list[Finding]:
    """Generated payloads failing the same way are one finding (with a count), not thousands."""
    merged: dict[tuple[str, str, str], list[Finding]] = {}
    for f in findings:
        key = (
            (f.probe, f.library, f.model) if f.probe == "generated payload" else (f.path, f.probe, f.library + f.model)
        )
        merged.setdefault(key, []).append(f)
    out = []
    for group in merged.values():
        first = group[0]
        if len(group) > 1:
            first = Finding(first.path, f"{first.probe} (and {len(group) - 1} more alike)", first.library, first.model)
        out.append(first)
    return out
