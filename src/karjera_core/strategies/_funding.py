"""Strategies for funds, programming periods, project numbers, budgets and regulations (F-1, F-2, F-3, M-2).

Names follow the types: :func:`programming_periods` for ``ProgrammingPeriod`` and so on;
:func:`regulations` draws :class:`karjera_core.schedule.Regulation`.

Every value is valid by construction (no ``.filter()``): a budget's parts are
cut from its total, so a complete budget sums exactly and an incomplete one
never exceeds it.  Values shrink toward the simplest: ESF 2014-2020, a
number "1.0.0.0/00/I/001", a zero budget.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

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
from karjera_core.strategies._time import date_ranges, dates

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
#: The largest budget total drawn by default: EUR 100 million, in cents.
DEFAULT_MAX_CENTS = 10**10

#: Letters of the drawn texts, Latvian ones first, so that shrinking gives "A".
_LETTERS = "AaĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽžBbDdEeFfGgHhIiJjKkLlMmNnOoPpRrSsTtUuVvZz"
_WORD = st.text(alphabet=_LETTERS + "-.,“”\"'()", min_size=1, max_size=12)
#: Numbers of at most four digits: with single spaces between words, no run of digits is long enough
#: to be a personal code (P-7), whatever the draw.
_NUMBER = st.text(alphabet="0123456789", min_size=1, max_size=4)
_FIRST_WORD = st.builds(lambda head, tail: head + tail, st.sampled_from(_LETTERS), st.text(_LETTERS, max_size=11))


def _join(first: str, rest: list[str], max_size: int) -> str:
    return " ".join([first, *rest])[:max_size].rstrip()


def texts(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Valid single-line text of 1 ... ``max_size`` characters: words of letters (Latvian ones included),
    punctuation and short numbers, one space apart; never a personal code (P-7) or a control character.

    Such text is a valid name, title or free text of every record of this layer.
    """
    if type(max_size) is not int or not 1 <= max_size <= 2000:
        raise InvalidArgument("max_size must be an int 1-2000")
    rest = st.lists(_WORD | _NUMBER, max_size=max(0, max_size // 6))
    return st.builds(_join, _FIRST_WORD, rest, st.just(max_size))


def funds() -> st.SearchStrategy[Fund]:
    """Any :class:`Fund`."""
    return st.sampled_from(Fund)


def selections() -> st.SearchStrategy[Selection]:
    """Any :class:`Selection` (limited call first)."""
    return st.sampled_from(Selection)


def funding_sources() -> st.SearchStrategy[FundingSource]:
    """Any :class:`FundingSource`."""
    return st.sampled_from(FundingSource)


def programming_periods(*, binds_implementation: bool | None = None) -> st.SearchStrategy[ProgrammingPeriod]:
    """The four shipped programming periods, or made-up ones with a closed window in 2000-2040 (F-1).

    ``binds_implementation``: only periods whose window binds project periods
    (True), only those whose window does not (False), or both (None).
    """
    if binds_implementation is not None and type(binds_implementation) is not bool:
        raise InvalidArgument("binds_implementation must be a bool or None")
    known = [p for p in KNOWN_PERIODS if binds_implementation in (None, p.binds_implementation)]
    made_up = st.builds(
        ProgrammingPeriod,
        code=st.from_regex(r"[a-z0-9_]{1,40}", fullmatch=True),
        name=texts(),
        fund=funds(),
        eligibility=date_ranges(open_ended=False),
        legal_basis=st.none() | texts(),
        binds_implementation=st.booleans() if binds_implementation is None else st.just(binds_implementation),
        numbers_have_round=st.none() | st.booleans(),
    )
    return st.sampled_from(known) | made_up


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
    for name, value in (("min_selection_year", min_selection_year), ("max_selection_year", max_selection_year)):
        if type(value) is not int or not 2000 <= value <= 2099:
            raise InvalidArgument(f"{name} must be an int 2000-2099")
    if min_selection_year > max_selection_year:
        raise InvalidArgument("min_selection_year must not be after max_selection_year")
    if with_round is not None and type(with_round) is not bool:
        raise InvalidArgument("with_round must be a bool or None")
    if selection is not None and type(selection) is not Selection:
        raise InvalidArgument("selection must be a Selection or None")
    if with_body is not None and type(with_body) is not bool:
        raise InvalidArgument("with_body must be a bool or None")
    bodies_allowed = with_round is not False and selection is None
    if with_body and not bodies_allowed:
        raise InvalidArgument("with_body=True needs with_round not False and no selection")
    rounds: st.SearchStrategy[int | None] = st.integers(min_value=1, max_value=99)
    if with_round is None:
        rounds = st.none() | rounds
    elif not with_round:
        rounds = st.none()
    part = st.integers(min_value=0, max_value=99)
    measures = st.tuples(st.integers(min_value=1, max_value=99), part, part, part)
    years = st.integers(min_value=min_selection_year - 2000, max_value=max_selection_year - 2000)
    sequences = st.integers(min_value=1, max_value=999)
    with_letter = st.builds(
        ProjectNumber,
        measure=measures,
        selection_round=rounds,
        year=years,
        selection=selections() if selection is None else st.just(selection),
        sequence=sequences,
    )
    with_implementing_body = st.builds(
        ProjectNumber,
        measure=measures,
        implementing_body=st.sampled_from(IMPLEMENTING_BODIES),
        selection_round=st.integers(min_value=1, max_value=99),
        year=years,
        sequence=sequences,
    )
    if with_body:
        return with_implementing_body
    if with_body is None and bodies_allowed:
        return with_letter | with_implementing_body
    return with_letter


def _cents(value: int) -> Money:
    return Money(Decimal(value) / 100)


def budget_lines(
    *, source: FundingSource | None = None, max_amount: Money | None = None
) -> st.SearchStrategy[BudgetLine]:
    """Budget lines of zero ... ``max_amount`` euros (default EUR 100 million)."""
    if source is not None and type(source) is not FundingSource:
        raise InvalidArgument("source must be a FundingSource or None")
    high = _max_cents(max_amount)
    return st.builds(
        BudgetLine,
        source=funding_sources() if source is None else st.just(source),
        amount=st.integers(min_value=0, max_value=high).map(_cents),
    )


def _max_cents(max_amount: Money | None) -> int:
    if max_amount is None:
        return DEFAULT_MAX_CENTS
    if type(max_amount) is not Money or max_amount.amount < 0:
        raise InvalidArgument("max amounts must be Money of zero or more, or None")
    return int(max_amount.amount * 100)


_COMPLETE_SOURCES = st.lists(st.sampled_from(FundingSource), unique=True, max_size=len(FundingSource))
_PARTIAL_SOURCES = st.lists(st.sampled_from(FundingSource), unique=True, max_size=len(FundingSource) - 1)


@st.composite
def _budgets(draw: st.DrawFn, complete: bool | None, high: int) -> Budget:
    is_complete = draw(st.booleans()) if complete is None else complete
    sources = draw(_COMPLETE_SOURCES if is_complete else _PARTIAL_SOURCES)
    total = draw(st.integers(min_value=0, max_value=high))
    if is_complete:
        if not sources:
            return Budget(total=Money(0))
        cuts = sorted(
            draw(
                st.lists(
                    st.integers(min_value=0, max_value=total), min_size=len(sources) - 1, max_size=len(sources) - 1
                )
            )
        )
        bounds = [0, *cuts, total]
        amounts = [bounds[i + 1] - bounds[i] for i in range(len(sources))]
    else:
        amounts = []
        left = total
        for _ in sources:
            amount = draw(st.integers(min_value=0, max_value=left))
            amounts.append(amount)
            left -= amount
    parts = tuple(BudgetLine(source=s, amount=_cents(a)) for s, a in zip(sources, amounts, strict=True))
    return Budget(total=_cents(total), parts=parts, complete=is_complete)


def budgets(*, complete: bool | None = None, max_total: Money | None = None) -> st.SearchStrategy[Budget]:
    """Budgets (M-2) with totals of zero ... ``max_total`` (default EUR 100 million).

    ``complete``: only complete breakdowns (True), only partial ones (False),
    or both (None).  Parts are cut from the total, never filtered.
    """
    if complete is not None and type(complete) is not bool:
        raise InvalidArgument("complete must be a bool or None")
    return _budgets(complete, _max_cents(max_total))


def regulations() -> st.SearchStrategy[Regulation]:
    """Cabinet Regulations (F-3) adopted in 2000-2040, with or without a title."""
    return st.builds(
        Regulation,
        number=st.integers(min_value=1, max_value=99999),
        adopted=dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
        title=st.none() | texts(),
    )


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
