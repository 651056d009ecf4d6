"""Reading rows of the register of education institutions (Izglītības iestāžu reģistrs, VIIS) into institutions (O-3).

A pure import: the caller hands in the rows -- an iterable of dicts, or CSV
lines turned into dicts by :func:`register_rows` -- and the day the export
describes; nothing here opens a file.  :func:`read_register` maps the
columns (:class:`RegisterColumns`, by default :data:`VIIS_COLUMNS`) to an
:class:`~karjera_core.education.Institution` per good row and reports every
bad row's problems with its row number, at ``$.rows[index].<field>`` where
``<field>`` is the :class:`RegisterColumns` field of the column.  The result
(:class:`RegisterImport`) always holds both: an import is never half done
without saying so -- ``RegisterImport.complete`` is True only without
problems.

Columns and values (what they rest on):

* **Column names** (:data:`VIIS_COLUMNS`): "Iestādes reģistrācijas Nr.",
  "Iestādes nosaukums", "Pakļautība", "Iestādes veids" and "Adrese", as in the
  VIIS extracts IZM publishes on data.gov.lv (the learner counts per
  institution, ``izglitojamoskvispizglprogr_pa_iestadem``: "Pašvaldība",
  "Iestādes reģistrācijas Nr.", "Iestādes nosaukums", "Iestādes veids",
  "Iestādes tips", "Pakļautība", "Faktiskais dibinātājs", "Adreses ATVK kods";
  the list of general-education institutions with contacts,
  ``ml_visparizgl_izgl_iest_kontaktinfo``: "Novads/valstspilsēta", "Iestādes
  reģistrācijas Nr.", "Iestādes nosaukums", "Pakļautība", "Iestādes veids",
  "Iestādes tips", "Adrese", "Epasts", "Tālrunis", "Direktors") -- read from
  third-party importers of those files in the stored code index, not from the
  portal itself (https://data.gov.lv/dati/lv/organization/izm).  The
  register's own export ("izglitibas-iestades") was not in the stored
  corpora; **"Juridiskais statuss" (legal status) is not confirmed** as a
  column name and is optional: a row without it is read with no legal status.
  Pass :class:`RegisterColumns` with other names for another export.
* **Kinds** (:data:`KIND_VALUES`): the VIIS kinds IZM names on data.gov.lv
  ("Vispārējās izglītības iestāde", "Speciālās izglītības iestāde",
  "Pirmsskolas izglītības iestāde", "Profesionālās pamata un vidējās izglītības
  iestāde", "Augstākās izglītības iestāde",
  https://data.gov.lv/dati/lv/dataset/pedagogu-skaits-vispareja-un-profesionala-izglitiba-pec-iestades-veida-pa-pasvaldibam),
  plus the other kinds of the Education Law as a documented choice.
* **Founders** (:data:`FOUNDER_VALUES` and the endings below): the values of
  "Pakļautība" were not in the stored sources; the table is a documented
  choice covering the founder kinds the register records (IKVD: a municipality,
  the state, a legal or natural person, https://www.ikvd.gov.lv/lv/izglitibas-iestazu-registracija).
  A value ending in "pašvaldība" (a named municipality, "Ludzas novada
  pašvaldība") is a municipality, one ending in "ministrija" the state, one
  starting "SIA", "AS", "biedrība" or "nodibinājums" a private founder.
* **Municipality**: the address's municipality (the last part that names a
  municipality in force on the day, looked up as
  :func:`~karjera_core.organisations.municipality` does, so "LUDZAS NOV." and
  "RĪGA" both work), stored under its official name.  A pre-2009 district
  ("Ludzas raj.", "Ludzas rajons") names no municipality and is reported.

>>> rows = [{"Iestādes reģistrācijas Nr.": "4213900473", "Iestādes nosaukums": " Ciblas vidusskola ",
...          "Pakļautība": "Pašvaldība", "Iestādes veids": "Vispārējās izglītības iestāde",
...          "Adrese": "Skolas iela 2, Blonti, Ciblas pag., CIBLAS NOV., LV-5709"}]
>>> found = read_register(rows, on=date(2020, 9, 1))
>>> found.complete, [(i.name, i.municipality, i.founder.value) for i in found.institutions]
(True, [('Ciblas vidusskola', 'Ciblas novads', 'municipality')])
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from karjera_core import _fields as fields
from karjera_core._arguments import Where, arguments
from karjera_core._compile import BAD, UNBOUNDED, Sink, predicate
from karjera_core._latvian import fold
from karjera_core._records import plan_of, record
from karjera_core.education import Founder, Institution, InstitutionKind
from karjera_core.errors import Problem, fail
from karjera_core.organisations import municipalities_on

__all__ = [
    "FOUNDER_VALUES",
    "KIND_VALUES",
    "VIIS_COLUMNS",
    "RegisterColumns",
    "RegisterEntry",
    "RegisterImport",
    "read_register",
    "register_rows",
]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The most rows one import holds: far above the register's few thousand entries.
MAX_ROWS = 1_000_000
_COLUMN = "a column name"


@record
class RegisterColumns:
    """The column of a register export that holds each field (O-3); the defaults are VIIS's (module docstring).

    ``legal_status`` is optional in the rows: a row without the column has no legal status.
    """

    registration_number: str = fields.name(200, what=_COLUMN, default="Iestādes reģistrācijas Nr.")
    name: str = fields.name(200, what=_COLUMN, default="Iestādes nosaukums")
    founder: str = fields.name(200, what=_COLUMN, default="Pakļautība")
    kind: str = fields.name(200, what=_COLUMN, default="Iestādes veids")
    legal_status: str = fields.name(200, what=_COLUMN, default="Juridiskais statuss")
    address: str = fields.name(200, what=_COLUMN, default="Adrese")


#: The column names of the VIIS extracts (sources in the module docstring; "Juridiskais statuss" not confirmed).
VIIS_COLUMNS = RegisterColumns()


@record
class RegisterEntry:
    """One good row of a register export: its row number, the institution and the legal status it gave (O-3)."""

    row: int = fields.count(MAX_ROWS, what="a row number")
    institution: Institution
    legal_status: str | None = fields.name(200, what="a legal status", default=None)


@record
class RegisterImport:
    """What :func:`read_register` read: an entry per good row and the problems of the bad rows (O-3).

    ``problems`` are in row order, each at ``$.rows[index].<field>`` (or
    ``$.rows[index]`` for a row that is not a mapping): every problem up to
    the first 50, as many as a ``ValidationError`` lists; past them a bad
    row is left out without a problem listed (``complete`` is False either way).
    """

    entries: tuple[RegisterEntry, ...] = fields.items(max_size=MAX_ROWS, default=())
    problems: tuple[Problem, ...] = fields.items(max_size=10 * MAX_ROWS, default=())

    @property
    def institutions(self) -> tuple[Institution, ...]:
        """The institutions of the good rows, in row order."""
        return tuple(entry.institution for entry in self.entries)

    @property
    def complete(self) -> bool:
        """True when every row was read: no problems."""
        return not self.problems


#: The values of "Iestādes veids" and the kind each means, by folded value (case and diacritics ignored).
KIND_VALUES: Mapping[str, InstitutionKind] = {
    fold(value): kind
    for value, kind in (
        ("Vispārējās izglītības iestāde", InstitutionKind.GENERAL),
        ("Speciālās izglītības iestāde", InstitutionKind.SPECIAL),
        ("Pirmsskolas izglītības iestāde", InstitutionKind.PRESCHOOL),
        ("Profesionālās pamata un vidējās izglītības iestāde", InstitutionKind.VOCATIONAL),
        ("Profesionālās izglītības iestāde", InstitutionKind.VOCATIONAL),
        ("Augstākās izglītības iestāde", InstitutionKind.OTHER),
        ("Profesionālās ievirzes izglītības iestāde", InstitutionKind.OTHER),
        ("Interešu izglītības iestāde", InstitutionKind.OTHER),
        ("Pieaugušo izglītības iestāde", InstitutionKind.OTHER),
    )
}

#: The values of "Pakļautība" read as a founder, by folded value; see also the endings in the module docstring.
FOUNDER_VALUES: Mapping[str, Founder] = {
    fold(value): founder
    for value, founder in (
        ("Pašvaldība", Founder.MUNICIPALITY),
        ("Pašvaldības", Founder.MUNICIPALITY),
        ("Pašvaldības iestāde", Founder.MUNICIPALITY),
        ("Valsts", Founder.STATE),
        ("Valsts iestāde", Founder.STATE),
        ("Privāta", Founder.PRIVATE),
        ("Privātā", Founder.PRIVATE),
        ("Privāts", Founder.PRIVATE),
        ("Privāts dibinātājs", Founder.PRIVATE),
        ("Privātais dibinātājs", Founder.PRIVATE),
        ("Juridiska persona", Founder.PRIVATE),
        ("Fiziska persona", Founder.PRIVATE),
    )
}
_FOUNDER_ENDINGS = ((" pasvaldiba", Founder.MUNICIPALITY), (" ministrija", Founder.STATE))
_PRIVATE_STARTS = ("sia ", "as ", "biedriba ", "nodibinajums ")


@functools.lru_cache(maxsize=1024)  # a register repeats a few founder values over thousands of rows
def _founder(value: str) -> Founder | None:
    folded = fold(value)
    if folded in FOUNDER_VALUES:
        return FOUNDER_VALUES[folded]
    for ending, founder in _FOUNDER_ENDINGS:
        if folded.endswith(ending):
            return founder
    return Founder.PRIVATE if folded.startswith(_PRIVATE_STARTS) else None


_DISTRICT = re.compile(r".+ (?:rajons|raj\.?)")


@functools.lru_cache(maxsize=4096)  # a register repeats its municipalities and postcodes over thousands of rows
def _fold_part(part: str) -> str:
    return fold(part)


def _municipality_of(address: str, names: Mapping[str, str]) -> tuple[str | None, str]:
    """The official name of the address's municipality (``names``: folded name to official one), or None and
    the problem's code.  Its parts are read from the end: the first that names a municipality is the one."""
    parts = address.split(",")
    for part in reversed(parts):
        folded = _fold_part(part)
        if folded in names:  # never a postcode
            return names[folded], ""
    district = any(_DISTRICT.fullmatch(_fold_part(part)) for part in parts)
    return None, "register.district" if district else "register.municipality_unknown"


_MESSAGES = {
    "register.row_type": "expected a row as a mapping from column names to cells",
    "register.missing_column": "expected the row to have this field's column",
    "register.cell_type": "expected the cell as text (a str) or empty",
    "register.blank": "expected a value in the cell",
    "register.founder_unknown": "expected a founder (Pakļautība) the import knows: a municipality, the state "
    "(a ministry) or a private founder (see FOUNDER_VALUES)",
    "register.kind_unknown": "expected a kind of institution (Iestādes veids) the import knows (see KIND_VALUES)",
    "register.district": "expected the address to name a municipality in force on the day; a pre-2009 district "
    "(rajons) names none (O-2)",
    "register.municipality_unknown": "expected the address to name a municipality in force on the day (O-2)",
    "register.duplicate_number": "expected each registration number once in the register (O-3)",
}
#: What a reader returns for a cell it could not read (its problems are in the sink).
_BAD: Any = BAD
_KINDS = {field.name: field.kind for field in plan_of(Institution).fields}
_KINDS["legal_status"] = next(field.kind for field in plan_of(RegisterEntry).fields if field.name == "legal_status")


#: How one cell is read: from its text and the day's municipalities (folded name to official name) to its value
#: or :data:`_BAD`; and how the problems of a cell that gave :data:`_BAD` are told, at its path, into a sink.
Reader = Callable[[str, Mapping[str, str]], Any]
Teller = Callable[[str, str, Mapping[str, str], Sink], None]


def _text(field: str) -> tuple[Reader, Teller]:
    kind = _KINDS[field]
    ok = predicate(kind)

    def read(value: str, names: Mapping[str, str]) -> Any:
        return value if ok(value) else _BAD

    def tell(value: str, path: str, names: Mapping[str, str], sink: Sink) -> None:
        kind.problems(value, path, sink)

    return read, tell


def _lookup(find: Callable[[str], object | None], code: str) -> tuple[Reader, Teller]:
    def read(value: str, names: Mapping[str, str]) -> Any:
        found = find(value)
        return _BAD if found is None else found

    def tell(value: str, path: str, names: Mapping[str, str], sink: Sink) -> None:
        sink.add(path, code, _MESSAGES[code])

    return read, tell


def _read_address(value: str, names: Mapping[str, str]) -> Any:
    official, _ = _municipality_of(value, names)
    return _BAD if official is None else official


def _tell_address(value: str, path: str, names: Mapping[str, str], sink: Sink) -> None:
    code = _municipality_of(value, names)[1]
    sink.add(path, code, _MESSAGES[code])


@functools.lru_cache(maxsize=1024)  # as for the founder: few distinct values
def _kind(value: str) -> InstitutionKind | None:
    return KIND_VALUES.get(fold(value))


#: The trusted builders of an institution and an entry (their fields in order), and the check of an institution's
#: municipality's name.
_INSTITUTION, _ENTRY = plan_of(Institution).build, plan_of(RegisterEntry).build
_MUNICIPALITY = predicate(_KINDS["municipality"])
#: Each field: how its cell is read and its problems told, and whether a value is required.
_READERS: tuple[tuple[str, tuple[Reader, Teller], bool], ...] = (
    ("registration_number", _text("registration_number"), True),
    ("name", _text("name"), True),
    ("founder", _lookup(_founder, "register.founder_unknown"), True),
    ("kind", _lookup(_kind, "register.kind_unknown"), True),
    ("address", (_read_address, _tell_address), True),
    ("legal_status", _text("legal_status"), False),
)
#: One field as a call reads it: its name, its column, its reader and teller, whether it is required.
_Column = tuple[str, str, Reader, Teller, bool]


def _read_row(
    row: object, index: int, names: Mapping[str, str], trusted: set[str], plan: tuple[_Column, ...], sink: Sink
) -> RegisterEntry | None:
    """The row as an entry, or None with its problems added to ``sink``.  Once ``sink`` is full, the import
    lists no more problems: a bad row is then read only up to its first one.  ``trusted``: the official names
    of ``names`` that are valid municipality names of an institution (all of them, unless the table is wrong)."""
    quick = sink.full
    if type(row) is not dict and not isinstance(row, Mapping):
        if not quick:
            sink.add(f"$.rows[{index}]", "register.row_type", _MESSAGES["register.row_type"])
        return None
    found = Sink()
    values: dict[str, Any] = {}
    for field, column, read, tell, required in plan:
        if column not in row:
            if required:
                if quick:
                    return None
                found.add(f"$.rows[{index}].{field}", "register.missing_column", _MESSAGES["register.missing_column"])
            continue
        cell = row[column]
        if cell is not None and type(cell) is not str:
            if quick:
                return None
            found.add(f"$.rows[{index}].{field}", "register.cell_type", _MESSAGES["register.cell_type"])
        elif cell is None or not (cell := cell.strip()):
            if required:
                if quick:
                    return None
                found.add(f"$.rows[{index}].{field}", "register.blank", _MESSAGES["register.blank"])
        else:
            value = values[field] = read(cell, names)
            if value is _BAD:
                if quick:
                    return None
                tell(cell, f"$.rows[{index}].{field}", names, found)
    if found:
        for flaw in found.flaws:
            sink.add(*flaw)
        return None
    legal_status = values.pop("legal_status", None)
    municipality = values.pop("address")
    if municipality in trusted and index <= MAX_ROWS:  # every value is one the readers checked with its kind
        number, name, founder, kind = values["registration_number"], values["name"], values["founder"], values["kind"]
        entry: RegisterEntry = _ENTRY(index, _INSTITUTION(number, name, founder, municipality, kind, ()), legal_status)
        return entry
    institution = Institution(**values, municipality=municipality)
    return RegisterEntry(row=index, institution=institution, legal_status=legal_status)


_READ = arguments(rows=fields.Items(Where(lambda _: True, "a row"), UNBOUNDED), on=date, columns=RegisterColumns)


def read_register(
    rows: Iterable[Mapping[str, str | None]], *, on: date, columns: RegisterColumns = VIIS_COLUMNS
) -> RegisterImport:
    """The institutions of a register export's ``rows``, and the problems of its bad rows (O-3).

    ``rows`` is any iterable of mappings from column name to cell (dicts, a
    :class:`csv.DictReader`, :func:`register_rows`); ``on`` is the day the
    export describes, on which the addresses' municipalities must be in
    force; ``columns`` names the columns (default :data:`VIIS_COLUMNS`).
    Cells are text: surrounding spaces are stripped and an empty cell is
    blank.  Each row gives either a :class:`RegisterEntry` (its row number is
    its index in ``rows``, from 0) or problems, all of them, at
    ``$.rows[index].<field>`` -- ``register.missing_column``,
    ``register.cell_type``, ``register.blank``, ``register.founder_unknown``,
    ``register.kind_unknown``, ``register.district``,
    ``register.municipality_unknown``, the field kinds' own codes for the
    registration number, name and legal status (``text.format``,
    ``privacy.personal_code``, ...), and ``register.duplicate_number`` for a
    number already read from an earlier good row; the first 50 problems are
    listed (see :class:`RegisterImport`).  Columns not mapped (phone,
    e-mail, director) are never read.  Linear in the rows.

    >>> bad = read_register([{"Iestādes reģistrācijas Nr.": "42139004730", "Iestādes nosaukums": "Skola",
    ...                       "Pakļautība": "Pašvaldība", "Iestādes veids": "Vispārējās izglītības iestāde",
    ...                       "Adrese": "Skolas iela 1, Ludzas raj."}], on=date(2020, 9, 1))
    >>> bad.complete, [(p.path, p.code) for p in bad.problems]
    (False, [('$.rows[0].registration_number', 'text.too_long'), ('$.rows[0].address', 'register.district')])
    """
    rows, on, columns = _READ(rows, on, columns)
    names = {fold(m.name): m.name for m in municipalities_on(on=on)}
    plan = tuple((field, getattr(columns, field), *how, required) for field, how, required in _READERS)
    trusted = {official for official in names.values() if _MUNICIPALITY(official)}
    sink = Sink()
    entries: list[RegisterEntry] = []
    seen: set[str] = set()
    for index, row in enumerate(rows):
        entry = _read_row(row, index, names, trusted, plan, sink)
        if entry is None:
            continue
        number = entry.institution.registration_number
        if number in seen:
            sink.add(
                f"$.rows[{index}].registration_number",
                "register.duplicate_number",
                _MESSAGES["register.duplicate_number"],
            )
            continue
        seen.add(number)
        entries.append(entry)
    problems = [Problem(path=path, code=code, message=message) for path, code, message in sink.flaws]
    return RegisterImport(entries=tuple(entries), problems=tuple(problems))


_ROWS = arguments(
    lines=fields.Items(Where(lambda line: type(line) is str, "a line of text", "text.type"), UNBOUNDED),
    delimiter=fields.Choice(frozenset({",", ";", "\t"}), "a delimiter: ',', ';' or a tab"),
)
_CSV = "expected CSV text with a header line"


def register_rows(lines: Iterable[str], *, delimiter: str = ",") -> tuple[dict[str, str | None], ...]:
    """The rows of a register export's CSV ``lines`` as dicts from the header's column names to cells.

    ``lines`` is any iterable of ``str`` (``text.splitlines()``, an open text
    file the caller opened); the first line is the header, and a byte-order
    mark before it is dropped.  A short row's missing cells are None.  Text
    that is not CSV is refused at ``$.lines[index]`` (``register.csv``).

    >>> register_rows(["Iestādes nosaukums;Adrese", "Skola;Rīga"], delimiter=";")
    ({'Iestādes nosaukums': 'Skola', 'Adrese': 'Rīga'},)
    """
    given: tuple[str, ...]
    given, delimiter = _ROWS(lines, delimiter)
    if given and given[0].startswith("\ufeff"):
        given = (given[0][1:], *given[1:])
    reader = csv.reader(given, delimiter=delimiter, strict=True)
    found: list[dict[str, str | None]] = []
    try:  # as csv.DictReader reads them: blank lines skipped, a short row's cells None, a long row's extra dropped
        header: list[str] = next(reader, [])
        width = len(header)
        for row in reader:
            if len(row) == width and row:
                found.append(dict(zip(header, row, strict=True)))
            elif row:
                found.append(dict(zip(header, [*row[:width], *[None] * (width - len(row))], strict=True)))
    except csv.Error:
        fail(f"$.lines[{reader.line_num - 1}]", "register.csv", _CSV)
    return tuple(found)
