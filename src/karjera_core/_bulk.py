"""Reading many records into a full sink (private; layer 1): the count-only slow path of a list of records.

Once a :class:`~karjera_core._compile.Sink` is full, no problem's path is
read any more, only its code counted.  :func:`load_records` then reads a
list of records as :meth:`~karjera_core._records.Plan.slow` reads each of
them -- the same values, the same problems counted by code -- but field by
field: the values of one field, from every object that has it, are read by
one ``load_each`` of the field's kind, so that a long list of junk costs a
few passes over it rather than the whole slow path per item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from karjera_core._compile import BAD, Sink

if TYPE_CHECKING:  # pragma: no cover - imported for the annotations only
    from karjera_core._records import Plan


def load_records(plan: Plan, items: list[Any], sink: Sink) -> list[Any]:
    """What ``plan.slow`` gives for each of ``items`` into the full ``sink``: a record or ``BAD`` each, every
    problem counted by its code as that would count it.  (Not for a record written as text.)"""
    if plan.scalar:
        columns = [plan.fields[0].kind.load_each(items, sink)]
    else:
        where = [k for k, x in enumerate(items) if type(x) is dict]
        if len(where) < len(items):
            sink.count("type.object", len(items) - len(where))
        objects = [items[k] for k in where]
        columns, read = [], 0
        for x in plan.fields:
            name = x.name
            given = [data[name] for data in objects if name in data]
            read += len(given)
            values = x.kind.load_each(given, sink)
            if len(given) < len(objects):
                if x.required:
                    sink.count("object.missing_key", len(objects) - len(given))
                absent, supplied = BAD if x.required else x.default, iter(values)
                values = [next(supplied) if name in data else absent for data in objects]
            columns.append(values)
        unknown = sum(map(len, objects)) - read
        if unknown:
            sink.count("object.unknown_key", unknown)
        built = _finish(plan, columns, len(objects), sink)
        if len(objects) == len(items):
            return built
        found = [BAD] * len(items)
        for k, value in zip(where, built, strict=True):
            found[k] = value
        return found
    return _finish(plan, columns, len(items), sink)


def _finish(plan: Plan, columns: list[list[Any]], size: int, sink: Sink) -> list[Any]:
    """Each of ``size`` records from its fields' values (``columns``, one list per field), finished as
    ``plan.slow`` finishes one (:meth:`~karjera_core._records.Plan.finish`)."""
    names = [x.name for x in plan.fields]
    failed = [{k for k, value in enumerate(column) if value is BAD} for column in columns]
    anywhere: set[int] = set().union(*failed)
    return [
        plan.finish(
            [column[k] for column in columns],
            {names[j] for j, where in enumerate(failed) if k in where} if k in anywhere else set(),
            "$",
            sink,
        )
        for k in range(size)
    ]
