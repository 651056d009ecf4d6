"""Strategies for Erasmus+ partnerships and their activities (E-1 ... E-3).

Partnerships are valid by construction and comply with their format's
default rules: each organisation comes from a country of its own, there are
at least as many as the rules ask for, a known period lasts a whole number of
months between the minimum and the maximum, and every training is hosted by
a member, with any known dates inside the period.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st

from karjera_core._iso3166 import ALPHA_2
from karjera_core.organisations import Organisation
from karjera_core.programmes.erasmus import (
    Meeting,
    Output,
    OutputKind,
    Partnership,
    PartnershipFormat,
    PartnershipRules,
    TrainingEvent,
    TrainingScope,
)
from karjera_core.strategies import _draw
from karjera_core.strategies._draw import builder, count, day, size
from karjera_core.strategies._funding import texts
from karjera_core.strategies._narrowing import Narrowing
from karjera_core.strategies._organisations import organisations
from karjera_core.strategies._time import date_ranges, dates
from karjera_core.time import DateRange

__all__ = [
    "meetings",
    "output_kinds",
    "outputs",
    "partnership_formats",
    "partnership_rules",
    "partnerships",
    "training_events",
    "training_scopes",
]

_COUNTRIES = tuple(sorted(ALPHA_2))
_COUNTRY = st.sampled_from(_COUNTRIES)
_ORGANISATIONS = organisations()
_TEXT = texts()
_OPTIONAL_TEXT = st.none() | _TEXT
_MONTHS = st.none() | st.integers(min_value=1, max_value=12)
_SCOPES = st.sampled_from(TrainingScope)
_STARTS = dates()
_BOOLEANS = st.booleans()
_MEETING = builder(Meeting)
_TRAINING = builder(TrainingEvent)
_PARTNERSHIP = builder(Partnership)
_OPTIONAL = _draw.optional_texts(40)
_FORMATS = tuple(PartnershipFormat)
_SCOPE_LIST = tuple(TrainingScope)
_OUTPUT_KINDS = tuple(OutputKind)
_OUTPUT = builder(Output)
_RANGE = builder(DateRange)


def partnership_formats() -> st.SearchStrategy[PartnershipFormat]:
    """Any :class:`PartnershipFormat`."""
    return st.sampled_from(PartnershipFormat)


def training_scopes() -> st.SearchStrategy[TrainingScope]:
    """Any :class:`TrainingScope`."""
    return st.sampled_from(TrainingScope)


def output_kinds() -> st.SearchStrategy[OutputKind]:
    """Any :class:`OutputKind`."""
    return st.sampled_from(OutputKind)


@st.composite
def _made_up_rules(draw: st.DrawFn) -> PartnershipRules:
    low = draw(st.integers(min_value=1, max_value=48))
    countries = draw(st.none() | st.lists(st.sampled_from(_COUNTRIES), unique=True, max_size=5).map(tuple))
    return PartnershipRules(
        min_organisations=draw(st.integers(min_value=1, max_value=10)),
        min_countries=draw(st.integers(min_value=1, max_value=10)),
        min_months=low,
        max_months=draw(st.integers(min_value=low, max_value=60)),
        eligible_countries=countries,
    )


def partnership_rules(*, format: PartnershipFormat | None = None) -> st.SearchStrategy[PartnershipRules]:
    """Rules (E-2): the default rules of ``format`` when given, else a default or made-up set."""
    Narrowing("partnership_rules").member("format", format, PartnershipFormat)
    if format is not None:
        return st.just(format.default_rules)
    return st.sampled_from([f.default_rules for f in PartnershipFormat]) | _made_up_rules()


@functools.lru_cache(maxsize=128)
def _within(period: DateRange | None) -> st.SearchStrategy[DateRange | None]:
    return st.none() | date_ranges(within=period, open_ended=False)


def meetings(*, within: DateRange | None = None) -> st.SearchStrategy[Meeting]:
    """Meetings (E-3), with dates unknown or, when known, inside ``within`` (a closed range) if given."""
    Narrowing("meetings").window("within", within, closed=True)
    return st.builds(
        Meeting,
        place=texts(),
        country=st.sampled_from(_COUNTRIES),
        dates=_within(within),
        note=st.none() | texts(),
    )


@st.composite
def _training_events(
    draw: st.DrawFn, hosts: st.SearchStrategy[Organisation], within: DateRange | None
) -> TrainingEvent:
    span = draw(_within(within))
    month = draw(_MONTHS) if span is None else (span.start.month if draw(st.booleans()) else None)
    return TrainingEvent(
        host=draw(hosts),
        scope=draw(_SCOPES),
        country=draw(_COUNTRY),
        month=month,
        dates=span,
        title=draw(_OPTIONAL_TEXT),
        note=draw(_OPTIONAL_TEXT),
    )


def training_events(
    *, host: Organisation | None = None, within: DateRange | None = None
) -> st.SearchStrategy[TrainingEvent]:
    """Training events (E-3) hosted by ``host`` when given; known dates inside ``within`` when given."""
    check = Narrowing("training_events")
    check.value("host", host, Organisation)
    check.window("within", within, closed=True)
    return _training_events(_ORGANISATIONS if host is None else st.just(host), within)


def _output(draw: st.DrawFn, kind: OutputKind | None) -> Output:
    chosen = _OUTPUT_KINDS[count(draw, 0, len(_OUTPUT_KINDS) - 1)] if kind is None else kind
    return _OUTPUT(chosen, draw(_TEXT), tuple(draw(_TEXT) for _ in range(size(draw, 0, 3))))


@st.composite
def _outputs(draw: st.DrawFn, kind: OutputKind | None) -> Output:
    return _output(draw, kind)


def outputs(*, kind: OutputKind | None = None) -> st.SearchStrategy[Output]:
    """Outputs (E-3), of ``kind`` when given: a title and up to three details."""
    Narrowing("outputs").member("kind", kind, OutputKind)
    return _ANY_OUTPUT if kind is None else _outputs(kind)


def _span(draw: st.DrawFn, period: DateRange | None) -> DateRange | None:
    """None, or a closed range inside ``period`` (a start, then a length); inside 2000-2040 without one."""
    if draw(_BOOLEANS):
        return None
    low, high = (period.start, period.end) if period is not None and period.end is not None else (_FIRST, _LAST)
    start = day(draw, low, high)
    return _RANGE(start, start + timedelta(days=count(draw, 0, (high - start).days)))


def _meeting(draw: st.DrawFn, period: DateRange | None) -> Meeting:
    place, country = draw(_TEXT), _COUNTRIES[count(draw, 0, len(_COUNTRIES) - 1)]
    return _MEETING(place, country, _span(draw, period), draw(_OPTIONAL))


def _training(draw: st.DrawFn, members: list[Organisation], period: DateRange | None) -> TrainingEvent:
    span = _span(draw, period)
    month = _maybe_month(draw) if span is None else (span.start.month if draw(_BOOLEANS) else None)
    host = members[count(draw, 0, len(members) - 1)]
    scope, country = _SCOPE_LIST[count(draw, 0, len(_SCOPE_LIST) - 1)], _COUNTRIES[count(draw, 0, len(_COUNTRIES) - 1)]
    return _TRAINING(host, scope, country, month, span, draw(_OPTIONAL), draw(_OPTIONAL))


def _maybe_month(draw: st.DrawFn) -> int | None:
    month = count(draw, 0, 12)
    return month or None


_FIRST, _LAST = date(2000, 1, 1), date(2040, 12, 31)


@st.composite
def _partnerships(draw: st.DrawFn, format: PartnershipFormat | None) -> Partnership:
    kind = _FORMATS[count(draw, 0, len(_FORMATS) - 1)] if format is None else format
    rules = kind.default_rules
    least = max(rules.min_organisations, rules.min_countries)
    # A count of countries, then distinct countries in alphabetical order, each after the one before.
    wanted, after, countries = size(draw, least, least + 4), -1, []
    for index in range(wanted):
        after = count(draw, after + 1, len(_COUNTRIES) - wanted + index)
        countries.append(_COUNTRIES[after])
    members = [_draw.organisation(draw, country) for country in countries]
    period: DateRange | None = None
    if draw(_BOOLEANS):
        start = draw(_STARTS)
        months = count(draw, rules.min_months, rules.max_months)
        period = _RANGE(start, start + relativedelta(months=months) - timedelta(days=1))
    trainings = tuple(_training(draw, members, period) for _ in range(size(draw, 0, 3)))
    title, aim = draw(_TEXT), draw(_OPTIONAL)
    meetings_ = tuple(_meeting(draw, period) for _ in range(size(draw, 0, 2)))
    outputs_ = tuple(_output(draw, None) for _ in range(size(draw, 0, 3)))
    return _PARTNERSHIP(title, kind, members[0], tuple(members[1:]), period, aim, meetings_, trainings, outputs_)


def partnerships(*, format: PartnershipFormat | None = None) -> st.SearchStrategy[Partnership]:
    """Partnerships (E-1) of ``format`` when given, passing :func:`karjera_core.programmes.erasmus.check_partnership`.

    Each organisation comes from a country of its own.
    """
    Narrowing("partnerships").member("format", format, PartnershipFormat)
    return _partnerships(format)


_ANY_OUTPUT = _outputs(None)

TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    PartnershipFormat: partnership_formats(),
    TrainingScope: training_scopes(),
    OutputKind: output_kinds(),
    PartnershipRules: partnership_rules(),
    Meeting: meetings(),
    TrainingEvent: training_events(),
    Output: outputs(),
    Partnership: partnerships(),
}
