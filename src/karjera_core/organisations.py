"""Organisations and the places they belong to (rules O-1, O-2).

An :class:`Organisation` is anybody who takes part in a project: a national
agency, a municipality or its education board, a school, an Erasmus+ partner.
The national bodies of the seeds are ready-made: :data:`VIAA`, :data:`VISC`
and :data:`IKVD`.

A :class:`Municipality` is dated (O-2): which municipalities exist is a
question asked ``on`` a day, answered by :func:`municipalities_on` from the
shipped reference data or from a table of the caller's own.  Each shipped
municipality carries its ATVK and ISO 3166-2:LV codes (their sources, and the
one code not confirmed, are documented in ``karjera_core._municipality_data``);
:func:`municipality` finds one by name (case and diacritics ignored), ATVK or
ISO code on a day; :data:`SUCCESSIONS`, :func:`successors` and
:func:`predecessors` say which municipalities of one day hold the territory
of another day's, across the reforms of 2021 and 2025.

Every field is declared once (:mod:`karjera_core._fields`): a name refuses a
personal code (P-7), a country is one of the ISO 3166-1 alpha-2 codes.

>>> len(municipalities_on(on=date(2020, 1, 1))), len(municipalities_on(on=date(2021, 7, 1)))
(119, 43)
>>> [m.name for m in municipalities_on(on=date(2025, 7, 1))][:3]
['Aizkraukles novads', 'Alūksnes novads', 'Augšdaugavas novads']
>>> aglona = municipality(name="AGLONAS NOVADS", on=date(2020, 1, 1))
>>> aglona.name, aglona.iso_code, [m.name for m in successors(aglona, on=date(2021, 7, 1))]
('Aglonas novads', 'LV-001', ['Preiļu novads'])
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date, timedelta

from karjera_core import _fields as fields
from karjera_core import _municipality_data as _data
from karjera_core import _succession_data as _succession
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw, Sink
from karjera_core._enums import LabelledEnum
from karjera_core._iso3166 import ALPHA_2
from karjera_core._latvian import fold, latvian_key
from karjera_core._records import error, plan_of, record, rule
from karjera_core.errors import fail
from karjera_core.time import DateRange

__all__ = [
    "DATA_CONFIRMED_UNTIL",
    "IKVD",
    "ISO_3166_2_LV",
    "MUNICIPALITIES",
    "MUNICIPALITY_DATA_START",
    "MUNICIPALITY_DATA_VINTAGE",
    "REFORM_2021",
    "SUCCESSIONS",
    "VARAKLANI_MERGED",
    "VIAA",
    "VISC",
    "Municipality",
    "MunicipalityKind",
    "Organisation",
    "OrganisationKind",
    "Succession",
    "municipalities_on",
    "municipality",
    "predecessors",
    "successors",
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
#: The first day of Madonas novads with the territory of Varakļānu novads in it (O-2).
VARAKLANI_MERGED: date = _data.VARAKLANI_MERGED
#: The first day the shipped municipality data cover (Mērsraga novads begins work; see ``_municipality_data``).
#: :func:`municipalities_on` refuses an earlier day.
MUNICIPALITY_DATA_START: date = _data.DATA_START
#: The vintage of the shipped municipality data: the last day they were checked against their sources.
#: Information, not a limit: a later day is answered from the data as known.
MUNICIPALITY_DATA_VINTAGE: date = _data.DATA_VINTAGE
#: The same day as :data:`MUNICIPALITY_DATA_VINTAGE`, under its earlier name (no longer a limit).
DATA_CONFIRMED_UNTIL: date = _data.DATA_VINTAGE
#: The form of an ISO 3166-2:LV code: ``LV-`` and three digits (a novads) or three capitals (a city).
ISO_3166_2_LV = "LV-(?:[0-9]{3}|[A-Z]{3})"


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
    7-digit code of the CSP classifier (ATVK of 2010 before the reform, ATVK
    2021 from it); ``iso_code``, when given, the ISO 3166-2:LV code
    (``"LV-RIX"``, ``"LV-002"``).  Every shipped municipality has both,
    except Varakļānu novads of 2021-2025, whose ATVK code no source at hand
    confirms (``None``).  A republic city must end by 2021-06-30 and a state
    city begin on or after 2021-07-01 (``municipality.kind_period``).  A
    municipality that went on across a change of its territory under the same
    name and kind is two objects, one per territory.

    >>> riga = Municipality(name="Rīga", kind=MunicipalityKind.STATE_CITY, valid=DateRange(start=date(2021, 7, 1)),
    ...                     atvk="0001000", iso_code="LV-RIX")
    >>> riga.in_force(on=date(2024, 1, 1)), riga.in_force(on=date(2021, 6, 30))
    (True, False)
    """

    name: str = fields.name(MAX_NAME, what="a municipality's name")
    kind: MunicipalityKind
    valid: DateRange
    atvk: str | None = fields.code("[0-9]{7}", what="an ATVK code of 7 digits", max_length=7, default=None)
    iso_code: str | None = fields.code(
        ISO_3166_2_LV, what="an ISO 3166-2:LV code such as 'LV-RIX' or 'LV-002'", max_length=6, default=None
    )

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


def _sorted(municipalities: list[Municipality]) -> tuple[Municipality, ...]:
    return tuple(sorted(municipalities, key=lambda m: latvian_key(m.name)))


def _build_shipped() -> tuple[Municipality, ...]:
    kinds = {kind.value: kind for kind in MunicipalityKind}
    return tuple(
        Municipality(name=name, kind=kinds[kind], valid=DateRange(start=start, end=end), atvk=atvk, iso_code=iso)
        for name, kind, start, end, atvk, iso in _data.ROWS
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
    f"expected a day on or after {MUNICIPALITY_DATA_START.isoformat()}, the first day the shipped municipality "
    "data cover (O-2); pass table= to answer from other data"
)
_DUPLICATE = "expected at most one municipality of each name in force on the day"


def _shipped_on(on: date) -> tuple[Municipality, ...]:
    if on < MUNICIPALITY_DATA_START:
        fail("$.on", "municipalities.no_data", _NO_DATA)
    return _SETS[bisect_right(_CHANGES, on) - 1]


def _table_on(on: date, table: tuple[Municipality, ...]) -> tuple[Municipality, ...]:
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


def municipalities_on(*, on: date, table: tuple[Municipality, ...] | None = None) -> tuple[Municipality, ...]:
    """The municipalities in force ``on`` the day, in Latvian alphabetical order of their names (O-2).

    Without ``table`` the answer comes from the shipped data, which start on
    :data:`MUNICIPALITY_DATA_START` (2011-01-03): 119 municipalities (9
    republic cities, 110 novadi) until 2021-06-30, 43 (7 state cities, 36
    novadi) from 2021-07-01 and 42 from 2025-07-01.  A day before the data's
    start is refused at ``$.on`` (``municipalities.no_data``): the library
    does not guess the 118 of 2009-2010.  A day after the data's vintage
    (:data:`MUNICIPALITY_DATA_VINTAGE`, 2026-11-23) is answered from the data
    as known -- the municipalities in force on the vintage -- never refused
    merely because time has passed.  The answer is precomputed per change
    date and found by bisection, so it is cheap to ask for every fact.

    With ``table`` (any iterable of :class:`Municipality`) the answer comes
    from it alone, with no limit on the day; two municipalities of the same
    name in force on the same day are refused, each later one at
    ``$.table[index]`` (``municipalities.duplicate_name``).

    >>> len(municipalities_on(on=date(2021, 6, 30))), len(municipalities_on(on=date(2025, 6, 30)))
    (119, 43)
    >>> len(municipalities_on(on=date(2030, 1, 1)))
    42
    >>> municipalities_on(on=date(2010, 12, 31))
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.on: expected a day on or after 2011-01-03, the first day the shipped municipality data cover (O-2); \
pass table= to answer from other data [municipalities.no_data]
    """
    on, table = _MUNICIPALITIES_ON(on, table)
    return _shipped_on(on) if table is None else _table_on(on, table)


# ---------------------------------------------------------------- look-up by name, ATVK or ISO code (O-2)

#: How a query term is read, per look-up: the key of a municipality and the key of the caller's term.
_KEYS: dict[str, tuple[Callable[[Municipality], str | None], Callable[[str], str]]] = {
    "name": (lambda m: fold(m.name), fold),
    "atvk": (lambda m: m.atvk, str),
    "iso_code": (lambda m: m.iso_code, str),
}
_UNKNOWN = {
    "name": "expected the name of a municipality in force on the day (case, diacritics and 'nov.' for 'novads' "
    "are ignored)",
    "atvk": "expected the ATVK code of a municipality in force on the day",
    "iso_code": "expected the ISO 3166-2:LV code of a municipality in force on the day",
}
_AMBIGUOUS = "expected a term that matches one municipality in force on the day; it matches several in the table"
_QUERY = "expected exactly one of name=, atvk= or iso_code="
_MUNICIPALITY = arguments(
    on=date,
    name=fields.Optional(fields.Text(MAX_NAME, "a municipality's name", edges=True)),
    atvk=fields.Optional(fields.Text(7, "an ATVK code of 7 digits", pattern="[0-9]{7}")),
    iso_code=fields.Optional(fields.Text(6, "an ISO 3166-2:LV code such as 'LV-RIX'", pattern=ISO_3166_2_LV)),
    table=tuple[Municipality, ...] | None,
)


def _index(municipalities: tuple[Municipality, ...], by: str) -> dict[str, list[Municipality]]:
    key = _KEYS[by][0]
    found: dict[str, list[Municipality]] = {}
    for m in municipalities:
        value = key(m)
        if value is not None:
            found.setdefault(value, []).append(m)
    return found


#: The shipped sets' indexes per change date and look-up (no folded name, ATVK or ISO code repeats within a set).
_INDEXES = [{by: _index(in_force, by) for by in _KEYS} for in_force in _SETS]


def municipality(
    *,
    on: date,
    name: str | None = None,
    atvk: str | None = None,
    iso_code: str | None = None,
    table: tuple[Municipality, ...] | None = None,
) -> Municipality:
    """The municipality in force ``on`` the day with the given name, ATVK code or ISO 3166-2:LV code (O-2).

    Give exactly one of ``name``, ``atvk`` or ``iso_code`` (else ``$``,
    ``municipality.query``).  A name is matched ignoring case, diacritics and
    runs of spaces, and "nov." reads as "novads", as exports and addresses
    write them ("AGLONAS NOVADS", "RIGA", "Ludzas nov."); the answer carries
    the official name.  A code is matched exactly.  Nothing in force matches: refused at
    the term's path (``municipality.unknown``).  The day is read as by
    :func:`municipalities_on`, from the shipped data or from ``table``; in a
    table, a term matching several municipalities is refused
    (``municipality.ambiguous``).

    >>> municipality(name="RĪGA", on=date(2020, 1, 1)).kind.label
    'republikas pilsēta'
    >>> municipality(iso_code="LV-113", on=date(2022, 1, 1)).name
    'Valmieras novads'
    >>> municipality(atvk="0010000", on=date(2022, 1, 1))
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.atvk: expected the ATVK code of a municipality in force on the day [municipality.unknown]
    """
    on, name, atvk, iso_code, table = _MUNICIPALITY(on, name, atvk, iso_code, table)
    terms = [(by, term) for by, term in (("name", name), ("atvk", atvk), ("iso_code", iso_code)) if term is not None]
    if len(terms) != 1:
        fail("$", "municipality.query", _QUERY)
    by, term = terms[0]
    key = _KEYS[by][1](term)
    if table is None:
        _shipped_on(on)  # refuses a day before the data's start
        found = _INDEXES[bisect_right(_CHANGES, on) - 1][by].get(key, [])
    else:
        found = _index(_table_on(on, table), by).get(key, [])
    if not found:
        fail(f"$.{by}", "municipality.unknown", _UNKNOWN[by])
    if len(found) > 1:
        fail(f"$.{by}", "municipality.ambiguous", _AMBIGUOUS)
    return found[0]


# ---------------------------------------------------------------- succession across the reforms (O-2)


@record
class Succession:
    """The territory of ``predecessor`` (or the ``part`` of it named) became part of ``successor`` (O-2).

    The successor begins the day after the predecessor ends
    (``succession.not_adjacent`` at ``$.successor``).  ``part`` names the
    territorial units that went, when the predecessor was split (Inčukalna
    novads in 2021); ``None`` means the whole territory.

    >>> split = [s for s in SUCCESSIONS if s.part is not None]
    >>> [(s.predecessor.name, s.successor.name, s.part) for s in split]
    [('Inčukalna novads', 'Ropažu novads', 'Vangažu pilsēta'), ('Inčukalna novads', 'Siguldas novads', \
'Inčukalna pagasts')]
    """

    predecessor: Municipality
    successor: Municipality
    part: str | None = fields.name(MAX_NAME, what="the part of the predecessor's territory", default=None)

    @rule("predecessor", "successor")
    def _adjacent(self) -> Flaw | None:
        end = self.predecessor.valid.end
        if end is None or self.successor.valid.start != end + timedelta(days=1):
            return Flaw("$.successor", "succession.not_adjacent", _NOT_ADJACENT)
        return None


_NOT_ADJACENT = "expected a successor that begins the day after its predecessor ends (O-2)"


def _build_successions() -> tuple[Succession, ...]:
    build = plan_of(Succession).build
    before = {m.name: m for m in _SETS[bisect_right(_CHANGES, _data.LAST_DAY_BEFORE_REFORM) - 1]}
    reform = {m.name: m for m in _SETS[bisect_right(_CHANGES, REFORM_2021) - 1]}
    merged = {m.name: m for m in _SETS[bisect_right(_CHANGES, VARAKLANI_MERGED) - 1]}
    found = [build(before[old], reform[new], part) for old, new, part in _succession.SUCCESSION_2021]
    found += [build(reform[old], merged[new], part) for old, new, part in _succession.SUCCESSION_2025]
    return tuple(found)


#: How the territory of every shipped municipality that ended went on (O-2): each of the 119 of 2011-2021 into
#: the 43 of 2021-07-01 (the whole territory, except Inčukalna novads, split in two), and Varakļānu novads and
#: Madonas novads into the Madonas novads of 2025-07-01.  Sources in ``karjera_core._succession_data``.
SUCCESSIONS: tuple[Succession, ...] = _build_successions()


def _links() -> tuple[dict[Municipality, list[Municipality]], dict[Municipality, list[Municipality]]]:
    """Each predecessor's successors and each successor's predecessors, in :data:`SUCCESSIONS` order."""
    forward: dict[Municipality, list[Municipality]] = {}
    back: dict[Municipality, list[Municipality]] = {}
    for succession in SUCCESSIONS:
        forward.setdefault(succession.predecessor, []).append(succession.successor)
        back.setdefault(succession.successor, []).append(succession.predecessor)
    return forward, back


_NEXT, _PREVIOUS = _links()
_SHIPPED = frozenset(MUNICIPALITIES)
_SUCCESSION_ARGUMENTS = arguments(municipality=Municipality, on=date)
_NOT_SHIPPED = "expected one of the shipped municipalities (MUNICIPALITIES): succession is known for them only"
_BEFORE_START = "expected a day on or after the municipality's first day: successors lie forward in time (O-2)"
_AFTER_END = "expected a day on or before the municipality's last day: predecessors lie back in time (O-2)"


def _follow(start: Municipality, on: date, links: dict[Municipality, list[Municipality]]) -> tuple[Municipality, ...]:
    """The municipalities in force ``on`` the day reached from ``start`` along ``links``."""
    found: set[Municipality] = set()
    frontier = [start]
    while frontier:
        m = frontier.pop()
        if on in m.valid:
            found.add(m)
        else:
            frontier.extend(links[m])
    return _sorted(list(found))


def successors(municipality: Municipality, *, on: date) -> tuple[Municipality, ...]:
    """The municipalities in force ``on`` the day that hold the territory of ``municipality`` (O-2).

    ``municipality`` itself when it is still in force on the day; else the
    municipalities its territory became part of, followed across 2021 and
    2025, in Latvian alphabetical order.  Every one of the 119 of 2011-2021
    has one successor on 2021-07-01, except Inčukalna novads, which has two
    (see :data:`SUCCESSIONS` for the parts).  Only shipped municipalities are
    known (``$.municipality``, ``succession.unknown``); a day before the
    municipality's first day is refused (``$.on``, ``succession.before_start``).

    >>> valmiera = municipality(name="Valmiera", on=date(2020, 1, 1))
    >>> [m.name for m in successors(valmiera, on=date(2021, 7, 1))]
    ['Valmieras novads']
    >>> varaklani = municipality(name="Varakļānu novads", on=date(2020, 1, 1))
    >>> [(m.name, m.valid.start.isoformat()) for m in successors(varaklani, on=date(2026, 1, 1))]
    [('Madonas novads', '2025-07-01')]
    """
    municipality, on = _SUCCESSION_ARGUMENTS(municipality, on)
    if municipality not in _SHIPPED:
        fail("$.municipality", "succession.unknown", _NOT_SHIPPED)
    if on < municipality.valid.start:
        fail("$.on", "succession.before_start", _BEFORE_START)
    return _follow(municipality, on, _NEXT)


def predecessors(municipality: Municipality, *, on: date) -> tuple[Municipality, ...]:
    """The municipalities in force ``on`` an earlier day whose territory (or part of it) ``municipality`` holds (O-2).

    The inverse of :func:`successors`: ``municipality`` itself when it was
    already in force on the day; else the municipalities it was formed from,
    followed back across 2025 and 2021, in Latvian alphabetical order -- so an
    indicator over the 43 (or 42) can be compared with one over the 119.  Only
    shipped municipalities are known (``$.municipality``,
    ``succession.unknown``); a day after the municipality's last day
    (``$.on``, ``succession.after_end``) or before the data's start
    (``municipalities.no_data``) is refused.

    >>> preili = municipality(name="Preiļu novads", on=date(2022, 1, 1))
    >>> [m.name for m in predecessors(preili, on=date(2021, 6, 30))]
    ['Aglonas novads', 'Preiļu novads', 'Riebiņu novads', 'Vārkavas novads']
    """
    municipality, on = _SUCCESSION_ARGUMENTS(municipality, on)
    if municipality not in _SHIPPED:
        fail("$.municipality", "succession.unknown", _NOT_SHIPPED)
    if municipality.valid.end is not None and on > municipality.valid.end:
        fail("$.on", "succession.after_end", _AFTER_END)
    if on < MUNICIPALITY_DATA_START:
        fail("$.on", "municipalities.no_data", _NO_DATA)
    return _follow(municipality, on, _PREVIOUS)
