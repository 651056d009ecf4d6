"""Organisations and the places they belong to (rules O-1, O-2).

An :class:`Organisation` is anybody who takes part in a project: a national
agency, a municipality or its education board, a school, an Erasmus+ partner.
The national bodies of the seeds are ready-made: :data:`VIAA`, :data:`VISC`
and :data:`IKVD`.

A :class:`Municipality` is dated (O-2): which municipalities exist is a
question asked ``on`` a day, answered by :func:`municipalities_on` from the
shipped reference data (their sources are documented in
``karjera_core._municipality_data``) or from a table of the caller's own.

Every field is declared once (:mod:`karjera_core._fields`): a name refuses a
personal code (P-7), a country is one of the ISO 3166-1 alpha-2 codes.

>>> len(municipalities_on(on=date(2020, 1, 1))), len(municipalities_on(on=date(2021, 7, 1)))
(119, 43)
>>> [m.name for m in municipalities_on(on=date(2025, 7, 1))][:3]
['Aizkraukles novads', 'Alūksnes novads', 'Augšdaugavas novads']
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta

from karjera_core import _fields as fields
from karjera_core import _municipality_data as _data
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw, Sink
from karjera_core._enums import LabelledEnum
from karjera_core._iso3166 import ALPHA_2
from karjera_core._records import error, record, rule
from karjera_core.errors import fail
from karjera_core.time import DateRange

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


def __dir__() -> list[str]:
    return sorted(__all__)


#: The longest name (of an organisation, a municipality, a school) accepted.
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


@record
class Organisation:
    """A body that takes part in a project (O-1).

    ``name`` is a single-line name of at most 500 characters; ``country`` an
    ISO 3166-1 alpha-2 code (``"LV"``); ``registration_number`` is optional
    and, when given, a single line of at most 40 characters in the form of
    the organisation's own country (``"RO-3519879"``; an education
    institution's is the 10-digit number of O-3).  No text here may hold a
    personal code (P-7).

    >>> board = Organisation(
    ...     name="Jelgavas novada Izglītības pārvalde", kind=OrganisationKind.EDUCATION_BOARD, country="LV"
    ... )
    >>> board.country, board.kind.label
    ('LV', 'izglītības pārvalde')
    >>> Organisation(name="Biedrība", kind=OrganisationKind.NGO, country="LVA")
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.country: expected an ISO 3166-1 alpha-2 country code such as 'LV' [text.choice]
    """

    name: str = fields.name(MAX_NAME, what="an organisation's name")
    kind: OrganisationKind
    country: str = fields.choice(ALPHA_2, what="an ISO 3166-1 alpha-2 country code such as 'LV'")
    registration_number: str | None = fields.ident(40, what="a registration number", default=None)


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


@record
class Municipality:
    """A Latvian municipality in force over ``valid`` (O-2).

    ``name`` is the official Latvian name ("Valmieras novads", "Rīga"), a
    single line without spaces at either end; ``atvk``, when given, is the
    7-digit code of the CSP classifier.  A republic city must end by
    2021-06-30 and a state city begin on or after 2021-07-01: the kinds belong
    to the two sides of the reform (``municipality.kind_period``).  A
    municipality that went on across a change of its territory under the same
    name and kind is two objects, one per territory.

    >>> riga = Municipality(name="Rīga", kind=MunicipalityKind.STATE_CITY, valid=DateRange(start=date(2021, 7, 1)))
    >>> riga.in_force(on=date(2024, 1, 1)), riga.in_force(on=date(2021, 6, 30))
    (True, False)
    """

    name: str = fields.name(MAX_NAME, what="a municipality's name")
    kind: MunicipalityKind
    valid: DateRange
    atvk: str | None = fields.code("[0-9]{7}", what="an ATVK code of 7 digits", max_length=7, default=None)

    @rule("kind", "valid")
    def _kind_on_its_side_of_the_reform(self) -> Flaw | None:
        kind, valid = self.kind, self.valid
        if kind is MunicipalityKind.REPUBLIC_CITY and (valid.end is None or valid.end >= REFORM_2021):
            return Flaw("$.valid", "municipality.kind_period", _REPUBLIC_CITY_PERIOD)
        if kind is MunicipalityKind.STATE_CITY and valid.start < REFORM_2021:
            return Flaw("$.valid", "municipality.kind_period", _STATE_CITY_PERIOD)
        return None

    def in_force(self, *, on: date) -> bool:
        """True when the municipality is in force ``on`` the day: within ``valid``, both ends included."""
        (on,) = _ON(on)
        return on in self.valid

    def __str__(self) -> str:
        return self.name


_REPUBLIC_CITY_PERIOD = "expected a republic city to end by 2021-06-30: from 2021-07-01 cities are state cities (O-2)"
_STATE_CITY_PERIOD = "expected a state city to begin on or after 2021-07-01: before, cities were republic cities (O-2)"
_ON = arguments(on=date)

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
_MUNICIPALITIES_ON = arguments(on=date, table=tuple[Municipality, ...] | None)
_NO_DATA = (
    f"expected a day from {MUNICIPALITY_DATA_START.isoformat()} to {DATA_CONFIRMED_UNTIL.isoformat()}, "
    "the span of the shipped municipality data (O-2); pass table= to answer from other data"
)
_DUPLICATE = "expected at most one municipality of each name in force on the day"


def municipalities_on(*, on: date, table: tuple[Municipality, ...] | None = None) -> tuple[Municipality, ...]:
    """The municipalities in force ``on`` the day, in Latvian alphabetical order of their names (O-2).

    Without ``table`` the answer comes from the shipped data, which cover
    :data:`MUNICIPALITY_DATA_START` (2011-01-03) to :data:`DATA_CONFIRMED_UNTIL`
    (2026-11-23): 119 municipalities (9 republic cities, 110 novadi) until
    2021-06-30, 43 (7 state cities, 36 novadi) from 2021-07-01 and 42 from
    2025-07-01.  A day outside that span is refused at ``$.on``
    (``municipalities.no_data``): the library never guesses.  The answer is
    precomputed per change date and found by bisection, so it is cheap to ask
    for every fact.

    With ``table`` (any iterable of :class:`Municipality`) the answer comes
    from it alone, with no limit on the day; two municipalities of the same
    name in force on the same day are refused, each later one at
    ``$.table[index]`` (``municipalities.duplicate_name``).

    >>> len(municipalities_on(on=date(2021, 6, 30))), len(municipalities_on(on=date(2025, 6, 30)))
    (119, 43)
    >>> municipalities_on(on=date(2030, 1, 1))
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.on: expected a day from 2011-01-03 to 2026-11-23, the span of the shipped municipality data (O-2); \
pass table= to answer from other data [municipalities.no_data]
    """
    on, table = _MUNICIPALITIES_ON(on, table)
    if table is None:
        if not MUNICIPALITY_DATA_START <= on <= DATA_CONFIRMED_UNTIL:
            fail("$.on", "municipalities.no_data", _NO_DATA)
        return _SETS[bisect_right(_CHANGES, on) - 1]
    in_force = [(index, m) for index, m in enumerate(table) if on in m.valid]
    sink = Sink()
    seen: set[str] = set()
    for index, m in in_force:
        if m.name in seen:
            sink.add(f"$.table[{index}]", "municipalities.duplicate_name", _DUPLICATE)
        seen.add(m.name)
    if sink:
        raise error(sink)
    return _sorted([m for _, m in in_force])
