"""Strategies for funds, programming periods, project numbers, budgets and regulations (F-1, F-2, F-3, M-2).

Names follow the types: :func:`programming_periods` for ``ProgrammingPeriod`` and so on;
:func:`regulations` draws :class:`karjera_core.schedule.Regulation`.

Every value is valid by construction (no ``.filter()``), drawn with few
choices and built with the records' trusted builders: a budget's parts are
cut from its total, so a complete budget sums exactly and an incomplete one
never exceeds it.  Values shrink toward the simplest: ESF 2014-2020, a
number "1.0.0.0/00/I/001", a zero budget.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from karjera_core.funding import (
    ERASMUS_PLUS_2014_2020,
    ERASMUS_PLUS_2021_2027,
    ESF_2014_2020,
    ESF_PLUS_2021_2027,
    IMPLEMENTING_BODIES,
    Budget,
    BudgetLine,
    Fund,
    FundingSource,
    ProgrammingPeriod,
    ProjectNumber,
    Selection,
)
from karjera_core.money import Money
from karjera_core.schedule import Regulation
from karjera_core.strategies import _draw
from karjera_core.strategies._draw import builder, count, integers
from karjera_core.strategies._money import DEFAULT_MAX_CENTS, cents
from karjera_core.strategies._narrowing import Narrowing
from karjera_core.strategies._schedule import regulation
from karjera_core.strategies._time import date_ranges, window_days
from karjera_core.time import DateRange

__all__ = [
    "budget_lines",
    "budgets",
    "funding_sources",
    "funds",
    "programming_periods",
    "project_numbers",
    "regulations",
    "selections",
    "texts",
]

#: The programming periods the library ships, simplest first.
KNOWN_PERIODS = (ESF_2014_2020, ESF_PLUS_2021_2027, ERASMUS_PLUS_2014_2020, ERASMUS_PLUS_2021_2027)
_SOURCES = tuple(FundingSource)
_SELECTIONS = tuple(Selection)
_BOOLEANS = st.booleans()
_PERIOD = builder(ProgrammingPeriod)
_NUMBER = builder(ProjectNumber)
_LINE = builder(BudgetLine)
_BUDGET = builder(Budget)


def texts(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Valid single-line text of 1 ... ``max_size`` characters: words of letters (Latvian ones included) and
    punctuation, one space apart; never a personal code (P-7) or a control character; one choice.

    Such text is a valid name, title or free text of every record of the library.
    """
    return _draw.texts(Narrowing("texts").integer("max_size", max_size, 1, 2000))


def funds() -> st.SearchStrategy[Fund]:
    """Any :class:`Fund`."""
    return st.sampled_from(Fund)


def selections() -> st.SearchStrategy[Selection]:
    """Any :class:`Selection` (limited call first)."""
    return st.sampled_from(Selection)


def funding_sources() -> st.SearchStrategy[FundingSource]:
    """Any :class:`FundingSource`."""
    return st.sampled_from(FundingSource)


#: Codes of made-up periods: at most ten characters, so never eleven digits in a row (P-7).
_CODE = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=1, max_size=10)
_NAME = _draw.texts(40)
_LEGAL = _draw.optional_texts(40)
_WINDOWS = date_ranges(open_ended=False)
_ROUNDS = st.none() | st.booleans()


@st.composite
def _made_up(draw: st.DrawFn, binds: bool | None) -> ProgrammingPeriod:
    code, name, fund, window, legal = draw(_CODE), draw(_NAME), draw(funds()), draw(_WINDOWS), draw(_LEGAL)
    binding = draw(_BOOLEANS) if binds is None else binds
    return _PERIOD(code, name, fund, window, legal, binding, draw(_ROUNDS))


def programming_periods(*, binds_implementation: bool | None = None) -> st.SearchStrategy[ProgrammingPeriod]:
    """The four shipped programming periods, or made-up ones with a closed window in 2000-2040 (F-1).

    ``binds_implementation``: only periods whose window binds project periods
    (True), only those whose window does not (False), or both (None).
    """
    binds = Narrowing("programming_periods").flag("binds_implementation", binds_implementation)
    known = [p for p in KNOWN_PERIODS if binds in (None, p.binds_implementation)]
    return st.sampled_from(known) | _made_up(binds)


def _parts(measure: int) -> tuple[int, int, int, int]:
    return (measure // 10**6 + 1, measure // 10**4 % 100, measure // 100 % 100, measure % 100)


#: A measure as one choice: its first part 1-99, then three parts 0-99.
_MEASURES = integers(0, 99 * 10**6 - 1)
_SEQUENCES = integers(1, 999)


def project_number(
    draw: st.DrawFn, with_round: bool | None, years: tuple[int, int], selection: Selection | None
) -> ProjectNumber:
    """A project number (F-2) with a selection letter: five or six choices."""
    measure = draw(_MEASURES)
    has_round = draw(_BOOLEANS) if with_round is None else with_round
    selection_round = count(draw, 1, 99) if has_round else None
    year = count(draw, *years)
    chosen = _SELECTIONS[count(draw, 0, len(_SELECTIONS) - 1)] if selection is None else selection
    return _NUMBER(_parts(measure), None, selection_round, year, chosen, draw(_SEQUENCES))


@st.composite
def _project_numbers(
    draw: st.DrawFn, with_round: bool | None, years: tuple[int, int], selection: Selection | None
) -> ProjectNumber:
    return project_number(draw, with_round, years, selection)


_BODIES = st.sampled_from(IMPLEMENTING_BODIES)


@st.composite
def _body_numbers(draw: st.DrawFn, years: tuple[int, int]) -> ProjectNumber:
    """Research-application numbers "1.1.1.2/VIAA/1/16/173": a body and a round, no selection letter."""
    measure, body, selection_round = draw(_MEASURES), draw(_BODIES), count(draw, 1, 99)
    return _NUMBER(_parts(measure), body, selection_round, count(draw, *years), None, draw(_SEQUENCES))


def project_numbers(
    *,
    with_round: bool | None = None,
    min_selection_year: int = 2000,
    max_selection_year: int = 2099,
    selection: Selection | None = None,
    with_body: bool | None = None,
) -> st.SearchStrategy[ProjectNumber]:
    """Project numbers (F-2) whose selection year is in ``min_selection_year`` ... ``max_selection_year``.

    ``with_round``: 2021-2027 style numbers with a selection round (True),
    2014-2020 style without (False), or both (None).  ``selection``: only
    numbers with that letter.  ``with_body``: only research-application
    numbers "1.1.1.2/VIAA/1/16/173" (True; they have a round and no
    selection letter), none of them (False), or both where the other
    arguments allow them (None).
    """
    check = Narrowing("project_numbers")
    low = check.integer("min_selection_year", min_selection_year, 2000, 2099)
    high = check.integer("max_selection_year", max_selection_year, 2000, 2099)
    if low > high:
        check.refuse("min_selection_year must not be after max_selection_year")
    rounds = check.flag("with_round", with_round)
    letter = check.member("selection", selection, Selection)
    body = check.flag("with_body", with_body)
    bodies_allowed = rounds is not False and letter is None
    if body and not bodies_allowed:
        check.refuse("with_body=True needs with_round not False and no selection")
    years = (low - 2000, high - 2000)
    if body:
        return _body_numbers(years)
    with_letter = _project_numbers(rounds, years, letter)
    if body is None and bodies_allowed:
        return with_letter | _body_numbers(years)
    return with_letter


def _max_cents(check: Narrowing, name: str, value: Any) -> int:
    amount = check.value(name, value, Money)
    if amount is None:
        return DEFAULT_MAX_CENTS
    if amount.amount < 0:
        check.fail(name, "Money of zero or more, or None", value)
    return int(amount.amount * 100)


@st.composite
def _budget_lines(draw: st.DrawFn, source: FundingSource | None, high: int) -> BudgetLine:
    chosen = _SOURCES[count(draw, 0, len(_SOURCES) - 1)] if source is None else source
    return _LINE(chosen, cents(count(draw, 0, high)))


def budget_lines(
    *, source: FundingSource | None = None, max_amount: Money | None = None
) -> st.SearchStrategy[BudgetLine]:
    """Budget lines of zero ... ``max_amount`` euros (default EUR 100 million), of ``source`` when given."""
    check = Narrowing("budget_lines")
    return _budget_lines(check.member("source", source, FundingSource), _max_cents(check, "max_amount", max_amount))


@st.composite
def _budgets(draw: st.DrawFn, complete: bool | None, high: int) -> Budget:
    is_complete = draw(_BOOLEANS) if complete is None else complete
    total = count(draw, 0, high)
    # The sources as a set of bits, listed in the enumeration's order (the order Budget keeps them in).
    mask = count(draw, 0, 2 ** len(_SOURCES) - (1 if is_complete else 2))
    sources = [source for index, source in enumerate(_SOURCES) if mask >> index & 1]
    if is_complete:
        if not sources:
            return _BUDGET(cents(0), (), True)
        cuts = sorted(count(draw, 0, total) for _ in sources[1:])
        bounds = [0, *cuts, total]
        amounts = [bounds[i + 1] - bounds[i] for i in range(len(sources))]
    else:
        amounts, left = [], total
        for _ in sources:
            amounts.append(count(draw, 0, left))
            left -= amounts[-1]
    parts = tuple(_LINE(s, cents(a)) for s, a in zip(sources, amounts, strict=True))
    return _BUDGET(cents(total), parts, is_complete)


def budgets(*, complete: bool | None = None, max_total: Money | None = None) -> st.SearchStrategy[Budget]:
    """Budgets (M-2) with totals of zero ... ``max_total`` (default EUR 100 million).

    ``complete``: only complete breakdowns (True), only partial ones (False),
    or both (None).  Parts are cut from the total, never filtered.
    """
    check = Narrowing("budgets")
    return _budgets(check.flag("complete", complete), _max_cents(check, "max_total", max_total))


@st.composite
def _regulations(draw: st.DrawFn, low: Any, high: Any) -> Regulation:
    return regulation(draw, low, high)


def regulations(*, within: DateRange | None = None) -> st.SearchStrategy[Regulation]:
    """Cabinet Regulations (F-3) adopted inside ``within`` (default 2000-2040), with or without a title."""
    check = Narrowing("regulations")
    return _regulations(*window_days(check, check.window("within", within)))


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Fund: funds(),
    Selection: selections(),
    FundingSource: funding_sources(),
    ProgrammingPeriod: programming_periods(),
    ProjectNumber: project_numbers(),
    BudgetLine: budget_lines(),
    Budget: budgets(),
    Regulation: regulations(),
}
