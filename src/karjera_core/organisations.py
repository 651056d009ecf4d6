"""Organisations and the places they belong to (rules O-1, O-2).

An :class:`Organisation` is anybody who takes part in a project: a national
agency, a municipality or its education board, a school, an Erasmus+ partner.
The national bodies of the seeds are ready-made: :data:`VIAA`, :data:`VISC`
and :data:`IKVD`.

A :class:`Municipality` is dated (O-2): which municipalities exist is a
question asked on a day, answered by :func:`municipalities_on` from the
shipped reference data (their sources are documented in
``karjera_core._municipality_data``) or from a table of the caller's own.

>>> len(municipalities_on(date(2020, 1, 1))), len(municipalities_on(date(2021, 7, 1)))
(119, 43)
>>> [m.name for m in municipalities_on(date(2025, 7, 1))][:3]
['Aizkraukles novads', 'Alūksnes novads', 'Augšdaugavas novads']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta

import attrs

from karjera_core import _municipality_data as _data
from karjera_core._enums import LabelledEnum
from karjera_core._iso3166 import ALPHA_2
from karjera_core.errors import Problem, ValidationError
from karjera_core.time import DateRange, check_day

__all__ = [
    "DATA_CONFIRMED_UNTIL",
    "IKVD",
    "MUNICIPALITIES",
    "MUNICIPALITY_DATA_START",
    "REFORM_2021",
    "VIAA",
    "VISC",
    "Municipality",
    "MunicipalityKind",
    "Organisation",
    "OrganisationKind",
    "municipalities_on",
]

MAX_NAME = 500


class OrganisationKind(LabelledEnum):
    """What kind of body an organisation is (O-1).  The value is what serialization writes."""

    NATIONAL_AGENCY = "national_agency", "valsts iestāde"
    MUNICIPALITY = "municipality", "pašvaldība"
    EDUCATION_BOARD = "education_board", "izglītības pārvalde"
    EDUCATION_INSTITUTION = "education_institution", "izglītības iestāde"
    REGIONAL_AUTHORITY = "regional_authority", "reģionāla iestāde"
    NGO = "ngo", "biedrība"
    TRAINING_PROVIDER = "training_provider", "mācību centrs"
    RESEARCH_CENTRE = "research_centre", "pētniecības centrs"
    COMPANY = "company", "uzņēmums"
    OTHER = "other", "cita organizācija"


def _is_country(value: object) -> bool:
    return type(value) is str and value in ALPHA_2


def _is_registration(value: object) -> bool:
    return type(value) is str and 0 < len(value) <= 40 and value.strip() == value


@attrs.frozen(kw_only=True)
class Organisation:
    """A body that takes part in a project (O-1).

    ``country`` is an ISO 3166-1 alpha-2 code (``"LV"``); ``registration_number``
    is optional and, when given, non-empty text.

    >>> board = Organisation(
    ...     name="Jelgavas novada Izglītības pārvalde", kind=OrganisationKind.EDUCATION_BOARD, country="LV"
    ... )
    >>> board.country, board.kind.label
    ('LV', 'izglītības pārvalde')
    """

    name: str
    kind: OrganisationKind
    country: str
    registration_number: str | None = None

    def __attrs_post_init__(self) -> None:
        if (
            type(self.name) is not str
            or not self.name.strip()
            or len(self.name) > MAX_NAME
            or type(self.kind) is not OrganisationKind
            or not _is_country(self.country)
            or (self.registration_number is not None and not _is_registration(self.registration_number))
        ):
            _reject_organisation(self)


def _reject_organisation(org: Organisation) -> None:
    problems: list[Problem] = []
    if type(org.name) is not str or not org.name.strip() or len(org.name) > MAX_NAME:
        problems.append(
            Problem(
                path="$.name",
                code="organisation.name",
                message=f"expected a non-blank name of at most {MAX_NAME} characters",
            )
        )
    if type(org.kind) is not OrganisationKind:
        problems.append(Problem(path="$.kind", code="organisation.kind", message="expected an OrganisationKind"))
    if not _is_country(org.country):
        problems.append(
            Problem(
                path="$.country",
                code="organisation.country",
                message="expected an ISO 3166-1 alpha-2 country code such as 'LV'",
            )
        )
    if org.registration_number is not None and not _is_registration(org.registration_number):
        problems.append(
            Problem(
                path="$.registration_number",
                code="organisation.registration_number",
                message="expected registration text of 1-40 characters without surrounding spaces",
            )
        )
    raise ValidationError(problems)


#: Valsts izglītības attīstības aģentūra -- the State Education Development Agency, which runs ESF 8.3.5 (O-1, C-1).
VIAA = Organisation(
    name="Valsts izglītības attīstības aģentūra",
    kind=OrganisationKind.NATIONAL_AGENCY,
    country="LV",
)
#: Valsts izglītības satura centrs -- the National Centre for Education, submitter of the ESF+ project of [003] (O-1).
VISC = Organisation(
    name="Valsts izglītības satura centrs",
    kind=OrganisationKind.NATIONAL_AGENCY,
    country="LV",
)
#: Izglītības kvalitātes valsts dienests -- the State Education Quality Service, which runs PuMPuRS (O-1).
IKVD = Organisation(
    name="Izglītības kvalitātes valsts dienests",
    kind=OrganisationKind.NATIONAL_AGENCY,
    country="LV",
)


# ---------------------------------------------------------------- municipalities (O-2)

#: The first day of the 2021 administrative-territorial reform: republic cities end the day before,
#: state cities begin on it (O-2).
REFORM_2021: date = _data.REFORM_2021
#: The first day the shipped municipality data cover (Mērsraga novads begins work; see ``_municipality_data``).
MUNICIPALITY_DATA_START: date = _data.DATA_START
#: The vintage of the shipped municipality data: :func:`municipalities_on` refuses a later day rather than guess.
DATA_CONFIRMED_UNTIL: date = _data.DATA_CONFIRMED_UNTIL


class MunicipalityKind(LabelledEnum):
    """What kind of municipality (O-2): a republic city (before the 2021 reform), a state city (from it), a novads."""

    REPUBLIC_CITY = "republic_city", "republikas pilsēta"
    STATE_CITY = "state_city", "valstspilsēta"
    NOVADS = "novads", "novads"


_ATVK = re.compile(r"[0-9]{7}")


def _is_name(value: object) -> bool:
    return type(value) is str and 0 < len(value) <= MAX_NAME and value.strip() == value


@attrs.frozen(kw_only=True)
class Municipality:
    """A Latvian municipality in force over ``valid`` (O-2).

    ``name`` is the official Latvian name ("Valmieras novads", "Rīga"),
    without surrounding spaces; ``atvk``, when given, is the 7-digit code of
    the CSP classifier.  A republic city must end before 2021-07-01 and a
    state city begin on or after it: the kinds belong to the two sides of the
    reform.  A municipality that went on across a change of its territory
    under the same name and kind is two objects, one per territory.

    >>> riga = Municipality(name="Rīga", kind=MunicipalityKind.STATE_CITY, valid=DateRange(start=date(2021, 7, 1)))
    >>> riga.in_force(on=date(2024, 1, 1)), riga.in_force(on=date(2021, 6, 30))
    (True, False)
    """

    name: str
    kind: MunicipalityKind
    valid: DateRange
    atvk: str | None = None

    def __attrs_post_init__(self) -> None:
        kind, valid, atvk = self.kind, self.valid, self.atvk
        if (
            not _is_name(self.name)
            or type(kind) is not MunicipalityKind
            or type(valid) is not DateRange
            or (atvk is not None and (type(atvk) is not str or not _ATVK.fullmatch(atvk)))
            or (kind is MunicipalityKind.REPUBLIC_CITY and (valid.end is None or valid.end >= REFORM_2021))
            or (kind is MunicipalityKind.STATE_CITY and valid.start < REFORM_2021)
        ):
            _reject_municipality(self)

    def in_force(self, *, on: date) -> bool:
        """True when the municipality is in force on the day ``on`` (False for anything but a date)."""
        return on in self.valid

    def __str__(self) -> str:
        return self.name


def _reject_municipality(m: Municipality) -> None:
    problems: list[Problem] = []
    if not _is_name(m.name):
        problems.append(
            Problem(
                path="$.name",
                code="municipality.name",
                message=f"expected a non-blank name of at most {MAX_NAME} characters without surrounding spaces",
            )
        )
    if type(m.kind) is not MunicipalityKind:
        problems.append(Problem(path="$.kind", code="municipality.kind", message="expected a MunicipalityKind"))
    if type(m.valid) is not DateRange:
        problems.append(Problem(path="$.valid", code="municipality.valid", message="expected a DateRange"))
    elif m.kind is MunicipalityKind.REPUBLIC_CITY and (m.valid.end is None or m.valid.end >= REFORM_2021):
        problems.append(
            Problem(
                path="$.valid",
                code="municipality.kind_period",
                message="expected a republic city to end by 2021-06-30: from 2021-07-01 cities are state cities (O-2)",
            )
        )
    elif m.kind is MunicipalityKind.STATE_CITY and m.valid.start < REFORM_2021:
        problems.append(
            Problem(
                path="$.valid",
                code="municipality.kind_period",
                message="expected a state city to begin on or after 2021-07-01: before, cities were republic cities "
                "(O-2)",
            )
        )
    if m.atvk is not None and (type(m.atvk) is not str or not _ATVK.fullmatch(m.atvk)):
        problems.append(Problem(path="$.atvk", code="municipality.atvk", message="expected an ATVK code of 7 digits"))
    raise ValidationError(problems)


#: Latvian alphabetical order: a letter with a diacritic is a letter of its own after the plain one.
_ALPHABET = "aābcčdeēfgģhiījkķlļmnņoprsštuūvzž"
_LETTER_ORDER: dict[str, float] = {letter: 1000 + index for index, letter in enumerate(_ALPHABET)}
#: Letters not in the Latvian alphabet: q after p; w, x, y after v.
_LETTER_ORDER.update(
    q=_LETTER_ORDER["p"] + 0.5, w=_LETTER_ORDER["v"] + 0.25, x=_LETTER_ORDER["v"] + 0.5, y=_LETTER_ORDER["v"] + 0.75
)
#: Letters of other alphabets sort after the Latvian ones; spaces, digits and punctuation before them.
_OTHER_LETTERS = 3000


def _latvian_key(name: str) -> tuple[tuple[float, ...], str]:
    """A sort key putting names in Latvian alphabetical order (Ā after A, Ķ after K ...), ties broken exactly."""
    order = _LETTER_ORDER
    return tuple(order.get(ch, float(ord(ch) + (_OTHER_LETTERS if ch.isalpha() else 0))) for ch in name.lower()), name


def _sorted(municipalities: list[Municipality]) -> tuple[Municipality, ...]:
    return tuple(sorted(municipalities, key=lambda m: _latvian_key(m.name)))


def _build_shipped() -> tuple[Municipality, ...]:
    kinds = {kind.value: kind for kind in MunicipalityKind}
    return tuple(
        Municipality(name=name, kind=kinds[kind], valid=DateRange(start=start, end=end))
        for name, kind, start, end in _data.ROWS
    )


#: Every shipped municipality (O-2), in the order of the source data: the 119 of 2011-2021, the 43 of 2021 and the
#: Madonas novads of 2025.  Add your own and pass ``table=`` to :func:`municipalities_on` to answer from them.
MUNICIPALITIES: tuple[Municipality, ...] = _build_shipped()


def _build_timeline() -> tuple[list[date], list[tuple[Municipality, ...]]]:
    """The days on which the shipped set changes, and the set in force from each of them (for bisection)."""
    changes = sorted(
        {m.valid.start for m in MUNICIPALITIES}
        | {m.valid.end + timedelta(days=1) for m in MUNICIPALITIES if m.valid.end is not None}
    )
    sets = [_sorted([m for m in MUNICIPALITIES if day in m.valid]) for day in changes]
    return changes, sets


_CHANGES, _SETS = _build_timeline()


def municipalities_on(day: date, *, table: tuple[Municipality, ...] | None = None) -> tuple[Municipality, ...]:
    """The municipalities in force on ``day``, in Latvian alphabetical order of their names (O-2).

    Without ``table`` the answer comes from the shipped data, which cover
    :data:`MUNICIPALITY_DATA_START` (2011-01-03) to :data:`DATA_CONFIRMED_UNTIL`
    (2026-11-23): 119 municipalities (9 republic cities, 110 novadi) until
    2021-06-30, 43 (7 state cities, 36 novadi) from 2021-07-01 and 42 from
    2025-07-01.  A day outside that span is refused
    (``municipalities.no_data``): the library never guesses.  The answer is
    precomputed per change date and found by bisection, so it is cheap to ask
    for every fact.

    With ``table`` (a tuple of :class:`Municipality`) the answer comes from it
    alone, with no limit on the day; two municipalities of the same name in
    force on the same day are refused (``municipalities.duplicate_name``).

    >>> len(municipalities_on(date(2021, 6, 30))), len(municipalities_on(date(2025, 6, 30)))
    (119, 43)
    >>> try:
    ...     municipalities_on(date(2030, 1, 1))
    ... except ValidationError as error:
    ...     print(error.problems[0].code)
    municipalities.no_data
    """
    if table is None:
        if type(day) is not date or not MUNICIPALITY_DATA_START <= day <= DATA_CONFIRMED_UNTIL:
            _reject_shipped_day(day)
        return _SETS[bisect_right(_CHANGES, day) - 1]
    check_day(day, "$.day")
    if type(table) is not tuple or any(type(m) is not Municipality for m in table):
        _reject_table(table)
    in_force = [(index, m) for index, m in enumerate(table) if day in m.valid]
    names = {m.name for _, m in in_force}
    if len(names) != len(in_force):
        _reject_duplicates(in_force)
    return _sorted([m for _, m in in_force])


def _reject_shipped_day(day: object) -> None:
    check_day(day, "$.day")
    raise ValidationError.single(
        "$.day",
        "municipalities.no_data",
        f"expected a day from {MUNICIPALITY_DATA_START.isoformat()} to {DATA_CONFIRMED_UNTIL.isoformat()}, "
        "the span of the shipped municipality data (O-2); pass table= to answer from other data",
    )


def _reject_table(table: object) -> None:
    if type(table) is not tuple:
        raise ValidationError.single("$.table", "municipalities.table", "expected a tuple of Municipality")
    raise ValidationError(
        Problem(path=f"$.table[{index}]", code="municipalities.table", message="expected a Municipality")
        for index, m in enumerate(table)
        if type(m) is not Municipality
    )


def _reject_duplicates(in_force: list[tuple[int, Municipality]]) -> None:
    seen: set[str] = set()
    problems: list[Problem] = []
    for index, m in in_force:
        if m.name in seen:
            problems.append(
                Problem(
                    path=f"$.table[{index}]",
                    code="municipalities.duplicate_name",
                    message="expected at most one municipality of each name in force on the day",
                )
            )
        seen.add(m.name)
    raise ValidationError(problems)
