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
    """What :func:`read_register` read: an entry per good row and every problem of the bad rows (O-3).

    ``problems`` are in row order, each at ``$.rows[index].<field>`` (or
    ``$.rows[index]`` for a row that is not a mapping).
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


_POSTCODE = re.compile(r"lv-? ?[0-9]{4}")
_DISTRICT = re.compile(r".+ (?:rajons|raj\.?)")


def _municipality_of(address: str, names: Mapping[str, str]) -> tuple[str | None, str]:
    """The official name of the address's municipality (``names``: folded name to official one), or None and
    the problem's code."""
    parts = [fold(part) for part in address.split(",")]
    named = [part for part in parts if part and _POSTCODE.fullmatch(part) is None]
    for part in reversed(named):
        if part in names:
            return names[part], ""
    district = any(_DISTRICT.fullmatch(part) for part in named)
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


#: How one cell is read: from its text, its path, the day's municipalities (folded name to official name) and the
#: sink for its problems, to its value or :data:`_BAD`.
Reader = Callable[[str, str, Mapping[str, str], Sink], Any]


def _text(field: str) -> Reader:
    kind = _KINDS[field]
    ok = predicate(kind)

    def read(value: str, path: str, names: Mapping[str, str], sink: Sink) -> Any:
        return value if ok(value) or kind.problems(value, path, sink) else _BAD

    return read


def _lookup(find: Callable[[str], object | None], code: str) -> Reader:
    def read(value: str, path: str, names: Mapping[str, str], sink: Sink) -> Any:
        found = find(value)
        if found is None:
            sink.add(path, code, _MESSAGES[code])
            return _BAD
        return found

    return read


def _address(value: str, path: str, names: Mapping[str, str], sink: Sink) -> Any:
    official, code = _municipality_of(value, names)
    if official is None:
        sink.add(path, code, _MESSAGES[code])
        return _BAD
    return official


@functools.lru_cache(maxsize=1024)  # as for the founder: few distinct values
def _kind(value: str) -> InstitutionKind | None:
    return KIND_VALUES.get(fold(value))


#: Each field: how its cell is read, and whether a value is required.
_READERS: tuple[tuple[str, Reader, bool], ...] = (
    ("registration_number", _text("registration_number"), True),
    ("name", _text("name"), True),
    ("founder", _lookup(_founder, "register.founder_unknown"), True),
    ("kind", _lookup(_kind, "register.kind_unknown"), True),
    ("address", _address, True),
    ("legal_status", _text("legal_status"), False),
)


def _read_row(
    row: object, index: int, names: Mapping[str, str], columns: RegisterColumns, sink: Sink
) -> RegisterEntry | None:
    """The row as an entry, or None with its problems added to ``sink``."""
    path = f"$.rows[{index}]"
    if not isinstance(row, Mapping):
        sink.add(path, "register.row_type", _MESSAGES["register.row_type"])
        return None
    found = Sink()
    values: dict[str, Any] = {}
    for field, read, required in _READERS:
        where, column = f"{path}.{field}", getattr(columns, field)
        if column not in row:
            if required:
                found.add(where, "register.missing_column", _MESSAGES["register.missing_column"])
            continue
        cell = row[column]
        if cell is not None and type(cell) is not str:
            found.add(where, "register.cell_type", _MESSAGES["register.cell_type"])
        elif cell is None or not cell.strip():
            if required:
                found.add(where, "register.blank", _MESSAGES["register.blank"])
        else:
            values[field] = read(cell.strip(), where, names, found)
    if found:
        for flaw in found.flaws:
            sink.add(*flaw)
        return None
    legal_status = values.pop("legal_status", None)
    values["municipality"] = values.pop("address")
    return RegisterEntry(row=index, institution=Institution(**values), legal_status=legal_status)


_READ = arguments(rows=fields.Items(Where(lambda _: True, "a row"), UNBOUNDED), on=date, columns=RegisterColumns)


def read_register(
    rows: Iterable[Mapping[str, str | None]], *, on: date, columns: RegisterColumns = VIIS_COLUMNS
) -> RegisterImport:
    """The institutions of a register export's ``rows``, and every problem of its bad rows (O-3).

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
    number already read from an earlier good row.  Columns not mapped (phone,
    e-mail, director) are never read.  Linear in the rows.

    >>> bad = read_register([{"Iestādes reģistrācijas Nr.": "42139004730", "Iestādes nosaukums": "Skola",
    ...                       "Pakļautība": "Pašvaldība", "Iestādes veids": "Vispārējās izglītības iestāde",
    ...                       "Adrese": "Skolas iela 1, Ludzas raj."}], on=date(2020, 9, 1))
    >>> bad.complete, [(p.path, p.code) for p in bad.problems]
    (False, [('$.rows[0].registration_number', 'text.too_long'), ('$.rows[0].address', 'register.district')])
    """
    rows, on, columns = _READ(rows, on, columns)
    names = {fold(m.name): m.name for m in municipalities_on(on=on)}
    sink = Sink()
    entries: list[RegisterEntry] = []
    seen: set[str] = set()
    for index, row in enumerate(rows):
        entry = _read_row(row, index, names, columns, sink)
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
    reader = csv.DictReader(given, delimiter=delimiter, strict=True)
    try:
        return tuple({key: value for key, value in row.items() if key is not None} for row in reader)
    except csv.Error:
        fail(f"$.lines[{reader.reader.line_num - 1}]", "register.csv", _CSV)
