"""Reading rows of the VIIS register of education institutions into institutions, with every problem (O-3)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given

from karjera_core import (
    VIIS_COLUMNS,
    Founder,
    Institution,
    InstitutionKind,
    PersonalDataRejected,
    RegisterColumns,
    RegisterEntry,
    RegisterImport,
    ValidationError,
    read_register,
    register,
    register_rows,
    structure,
    unstructure,
)
from karjera_core.serialization import json_schema
from karjera_core.strategies._education import register_columns, register_entries, register_imports

SAMPLE = (Path(__file__).parent / "data" / "viis_register_sample.csv").read_text(encoding="utf-8")
ON = date(2020, 9, 1)
PERSONAL_CODE = "161175-19997"
DAY_MESSAGE = "expected a date (datetime.date, not datetime) in the years 1900-2199"
M = {
    "blank": "expected a value in the cell",
    "missing": "expected the row to have this field's column",
    "cell": "expected the cell as text (a str) or empty",
    "row": "expected a row as a mapping from column names to cells",
    "founder": "expected a founder (Pakļautība) the import knows: a municipality, the state (a ministry) or a private "
    "founder (see FOUNDER_VALUES)",
    "kind": "expected a kind of institution (Iestādes veids) the import knows (see KIND_VALUES)",
    "district": "expected the address to name a municipality in force on the day; a pre-2009 district (rajons) "
    "names none (O-2)",
    "unknown": "expected the address to name a municipality in force on the day (O-2)",
    "duplicate": "expected each registration number once in the register (O-3)",
    "number_long": "expected a 10-digit registration number of at most 10 characters",
    "number_format": "expected a 10-digit registration number",
    "personal": "expected pseudonymous text; a Latvian personal code is refused (P-7)",
}


def loose(value: object) -> Any:
    """``value`` typed as Any, to hand a wrongly typed argument to a function under test."""
    return value


def problems(found: RegisterImport | ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in found.problems]


def row(**cells: str | None) -> dict[str, str | None]:
    values: dict[str, str | None] = {
        "Iestādes reģistrācijas Nr.": "4213900473",
        "Iestādes nosaukums": "Ciblas vidusskola",
        "Pakļautība": "Pašvaldība",
        "Iestādes veids": "Vispārējās izglītības iestāde",
        "Adrese": "Skolas iela 2, Blonti, Ciblas pag., Ciblas nov., LV-5709",
    }
    values.update({VIIS_NAMES[key]: value for key, value in cells.items()})
    return values


VIIS_NAMES = {
    "number": "Iestādes reģistrācijas Nr.",
    "name": "Iestādes nosaukums",
    "founder": "Pakļautība",
    "kind": "Iestādes veids",
    "legal": "Juridiskais statuss",
    "address": "Adrese",
}


def test_public_names_are_listed() -> None:
    assert dir(register) == sorted(register.__all__)
    for cls in (RegisterColumns, RegisterEntry, RegisterImport):
        assert cls.__module__ == "karjera_core.register"


# ---------------------------------------------------------------- the realistic sample


def test_o3_a_register_sample_is_read_into_institutions_and_every_problem() -> None:
    found = read_register(register_rows(SAMPLE.splitlines()), on=ON)
    assert not found.complete
    assert [
        (e.row, e.institution.registration_number, e.institution.name, e.institution.founder, e.institution.kind,
         e.institution.municipality, e.legal_status)
        for e in found.entries
    ] == [
        (0, "4213900473", "Ciblas vidusskola", Founder.MUNICIPALITY, InstitutionKind.GENERAL, "Ciblas novads",
         "Nav juridiska persona"),
        (1, "4219902694", "Krāslavas Valsts ģimnāzija", Founder.MUNICIPALITY, InstitutionKind.GENERAL,
         "Krāslavas novads", "Nav juridiska persona"),
        (2, "4201900001", "Rīgas 1. pirmsskolas izglītības iestāde", Founder.MUNICIPALITY, InstitutionKind.PRESCHOOL,
         "Rīga", None),
        (3, "4213900010", "Valmieras Valsts ģimnāzija", Founder.MUNICIPALITY, InstitutionKind.GENERAL, "Valmiera",
         "Nav juridiska persona"),
        (4, "3010800020", 'Privātā pamatskola "Ābele"', Founder.PRIVATE, InstitutionKind.GENERAL, "Jūrmala",
         "Juridiska persona"),
        (5, "3343800030", "Rīgas Tehniskā koledža", Founder.STATE, InstitutionKind.VOCATIONAL, "Rīga",
         "Nav juridiska persona"),
        (6, "4212900040", "Ludzas speciālā pamatskola", Founder.MUNICIPALITY, InstitutionKind.SPECIAL,
         "Ludzas novads", None),
        (7, "4212900050", "AGLONAS VIDUSSKOLA", Founder.MUNICIPALITY, InstitutionKind.GENERAL, "Aglonas novads", None),
        (16, "4313900120", "Jēkabpils Mākslas skola", Founder.MUNICIPALITY, InstitutionKind.OTHER, "Jēkabpils", None),
        (18, "4313900130", "Mērsraga vidusskola", Founder.MUNICIPALITY, InstitutionKind.GENERAL, "Mērsraga novads",
         None),
        (19, "4313900140", "Daugavpils 12. vidusskola", Founder.MUNICIPALITY, InstitutionKind.GENERAL, "Daugavpils",
         "Nav juridiska persona"),
    ]  # fmt: skip
    assert problems(found) == [
        ("$.rows[8].address", "register.district", M["district"]),
        ("$.rows[9].founder", "register.founder_unknown", M["founder"]),
        ("$.rows[10].name", "register.blank", M["blank"]),
        ("$.rows[11].registration_number", "text.too_long", M["number_long"]),
        ("$.rows[12].name", "privacy.personal_code", M["personal"]),
        ("$.rows[13].kind", "register.kind_unknown", M["kind"]),
        ("$.rows[14].address", "register.municipality_unknown", M["unknown"]),
        ("$.rows[15].registration_number", "register.duplicate_number", M["duplicate"]),
        ("$.rows[17].registration_number", "text.format", M["number_format"]),
        ("$.rows[17].founder", "register.blank", M["blank"]),
        ("$.rows[17].kind", "register.blank", M["blank"]),
    ]
    assert PERSONAL_CODE not in repr(found)
    assert found.institutions == tuple(e.institution for e in found.entries)
    assert all(type(i) is Institution for i in found.institutions)


def test_p7_phones_and_unmapped_columns_never_trip_the_personal_code_guard() -> None:
    """The sample's phones (+371..., "tel. +371...") pass; a code in the unmapped "Direktors" column is never read."""
    rows = register_rows(SAMPLE.splitlines())
    assert rows[1]["Tālrunis"] == "tel. +37125168811"
    assert rows[13]["Direktors"] == PERSONAL_CODE
    found = read_register(rows, on=ON)
    assert [p.path for p in found.problems if p.path.startswith("$.rows[13]")] == ["$.rows[13].kind"]
    assert [p.path for p in found.problems if p.path.startswith("$.rows[0]")] == []


def test_o2_o3_the_same_export_read_after_the_reform_reports_the_old_municipalities() -> None:
    found = read_register(register_rows(SAMPLE.splitlines()), on=date(2021, 7, 1))
    unknown = [p.path for p in found.problems if p.code == "register.municipality_unknown"]
    # Ciblas, Valmiera, Aglonas, Dagdas, (Atlantīda), Ciblas again, Jēkabpils and Mērsraga are not in force in 2021.
    assert unknown == [
        "$.rows[0].address",
        "$.rows[3].address",
        "$.rows[7].address",
        "$.rows[11].address",
        "$.rows[14].address",
        "$.rows[15].address",
        "$.rows[16].address",
        "$.rows[18].address",
    ]
    assert {e.institution.municipality for e in found.entries} >= {"Krāslavas novads", "Rīga", "Ludzas novads"}


def test_o3_an_import_round_trips_through_json_and_matches_its_schema() -> None:
    found = read_register(register_rows(SAMPLE.splitlines()), on=ON)
    data = unstructure(found)
    assert structure(data, RegisterImport) == found
    jsonschema.validate(data, json_schema(RegisterImport))
    assert data["problems"][0] == {
        "path": "$.rows[8].address",
        "code": "register.district",
        "message": M["district"],
        "rule": None,
    }


# ---------------------------------------------------------------- rows as dicts


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({}, []),
        ({"name": "  Ciblas vidusskola  "}, []),
        ({"legal": ""}, []),
        ({"legal": "  Nav juridiska persona "}, []),
        ({"founder": "Izglītības un zinātnes ministrija"}, []),
        ({"founder": "biedrība Skolas draugi"}, []),
        ({"founder": "Nodibinājums Izglītība"}, []),
        ({"founder": "AS Skola"}, []),
        ({"founder": "Rīgas valstspilsētas pašvaldība"}, []),
        ({"founder": "privāts dibinātājs"}, []),
        ({"founder": "Fiziska persona"}, []),
        ({"kind": "Augstākās izglītības iestāde"}, []),
        ({"address": "Skolas iela 2, Ciblas novads"}, []),
        ({"address": "Ciblas nov."}, []),
        ({"address": "Ludzas raj., LV-5701"}, [("$.rows[0].address", "register.district", M["district"])]),
        ({"address": "Rīgas iela 1, LUDZAS RAJONS"}, [("$.rows[0].address", "register.district", M["district"])]),
        ({"address": "LV-5701"}, [("$.rows[0].address", "register.municipality_unknown", M["unknown"])]),
        ({"address": "Rīgas iela 1, Ludza, Ludzas raj., Ludzas nov."}, []),
        ({"number": None}, [("$.rows[0].registration_number", "register.blank", M["blank"])]),
        ({"number": " "}, [("$.rows[0].registration_number", "register.blank", M["blank"])]),
        ({"number": "4213-90047"}, [("$.rows[0].registration_number", "text.format", M["number_format"])]),
        ({"number": PERSONAL_CODE}, [
            ("$.rows[0].registration_number", "text.too_long", M["number_long"]),
        ]),
        ({"name": f"Skola {PERSONAL_CODE}"}, [("$.rows[0].name", "privacy.personal_code", M["personal"])]),
        ({"name": "Skola\u200bX"}, [
            ("$.rows[0].name", "text.control",
             "expected an institution's name without control characters or format characters"),
        ]),
        ({"name": "x" * 501}, [
            ("$.rows[0].name", "text.too_long", "expected an institution's name of at most 500 characters")
        ]),
        ({"legal": "x" * 201}, [
            ("$.rows[0].legal_status", "text.too_long", "expected a legal status of at most 200 characters")
        ]),
        ({"founder": "Pasaules valdība"}, [("$.rows[0].founder", "register.founder_unknown", M["founder"])]),
        ({"kind": "Skola"}, [("$.rows[0].kind", "register.kind_unknown", M["kind"])]),
        (
            {"number": "", "name": "", "founder": "", "kind": "", "address": ""},
            [
                ("$.rows[0].registration_number", "register.blank", M["blank"]),
                ("$.rows[0].name", "register.blank", M["blank"]),
                ("$.rows[0].founder", "register.blank", M["blank"]),
                ("$.rows[0].kind", "register.blank", M["blank"]),
                ("$.rows[0].address", "register.blank", M["blank"]),
            ],
        ),
    ],
)  # fmt: skip
def test_o3_each_cell_is_read_or_reported_at_its_field(
    cells: dict[str, str | None], expected: list[tuple[str, str, str]]
) -> None:
    found = read_register([row(**cells)], on=ON)
    assert problems(found) == expected
    assert len(found.entries) == (0 if expected else 1)
    assert PERSONAL_CODE not in repr(found)


def test_o3_a_row_without_a_column_or_with_a_non_text_cell_is_reported() -> None:
    missing = row()
    del missing["Pakļautība"]
    odd: dict[str, Any] = row()
    odd["Iestādes reģistrācijas Nr."] = 4213900473
    odd["Juridiskais statuss"] = 1
    found = read_register([missing, odd, loose("not a row"), loose(None), row(number="4219902694")], on=ON)
    assert problems(found) == [
        ("$.rows[0].founder", "register.missing_column", M["missing"]),
        ("$.rows[1].registration_number", "register.cell_type", M["cell"]),
        ("$.rows[1].legal_status", "register.cell_type", M["cell"]),
        ("$.rows[2]", "register.row_type", M["row"]),
        ("$.rows[3]", "register.row_type", M["row"]),
    ]
    assert [e.row for e in found.entries] == [4]


def test_o3_a_missing_column_does_not_hide_the_problems_of_the_later_cells() -> None:
    missing: dict[str, Any] = row(address=" ")
    del missing["Pakļautība"]
    missing["Juridiskais statuss"] = 5
    found = read_register([missing], on=ON)
    assert problems(found) == [
        ("$.rows[0].founder", "register.missing_column", M["missing"]),
        ("$.rows[0].address", "register.blank", M["blank"]),
        ("$.rows[0].legal_status", "register.cell_type", M["cell"]),
    ]
    assert found.entries == ()


def test_o3_a_row_without_the_optional_legal_status_column_is_read() -> None:
    found = read_register(iter([row()]), on=ON)
    assert found.complete
    assert found.entries[0] == RegisterEntry(
        row=0,
        institution=Institution(
            registration_number="4213900473",
            name="Ciblas vidusskola",
            founder=Founder.MUNICIPALITY,
            municipality="Ciblas novads",
            kind=InstitutionKind.GENERAL,
        ),
    )


def test_o3_only_a_good_row_claims_a_registration_number() -> None:
    found = read_register([row(name=""), row(), row(name="Cita skola")], on=ON)
    assert [e.row for e in found.entries] == [1]
    assert problems(found) == [
        ("$.rows[0].name", "register.blank", M["blank"]),
        ("$.rows[2].registration_number", "register.duplicate_number", M["duplicate"]),
    ]


def test_o3_other_column_names_are_read_with_register_columns() -> None:
    columns = RegisterColumns(registration_number="Reģ. nr.", name="Nosaukums", address="Pašvaldība")
    found = read_register(
        [{"Reģ. nr.": "4213900473", "Nosaukums": "Ciblas vidusskola", "Pakļautība": "Pašvaldība",
          "Iestādes veids": "Vispārējās izglītības iestāde", "Pašvaldība": "CIBLAS NOVADS"}],
        on=ON,
        columns=columns,
    )  # fmt: skip
    assert found.complete
    assert found.institutions[0].municipality == "Ciblas novads"
    assert RegisterColumns() == VIIS_COLUMNS
    assert VIIS_COLUMNS.founder == "Pakļautība"


def test_o3_an_empty_register_is_complete() -> None:
    found = read_register([], on=ON)
    assert (found.entries, found.problems, found.complete) == ((), (), True)


def test_o3_once_fifty_problems_are_listed_every_later_bad_row_is_still_left_out() -> None:
    """Past the cap an import lists no more problems, so a bad row is read only up to its first one: it is
    still no entry, and the good rows after it still are."""
    missing = row()
    del missing["Pakļautība"]
    odd: dict[str, Any] = row(number="4219900002")
    odd["Iestādes veids"] = 7
    rows: list[Any] = [row(number=f"{4219800000 + i}", name="") for i in range(50)]
    rows += [
        missing,
        odd,
        "not a row",
        row(number="4219900003", kind=" "),
        row(number="4219900004", name=PERSONAL_CODE),
    ]
    rows += [
        row(number="4219900005", founder="Nezināms"),
        row(number="4219900006"),
        row(number="4219900006", name="Cita"),
    ]
    found = read_register(rows, on=ON)
    assert problems(found) == [(f"$.rows[{i}].name", "register.blank", M["blank"]) for i in range(50)]
    assert [(e.row, e.institution.registration_number) for e in found.entries] == [(56, "4219900006")]
    assert not found.complete
    assert PERSONAL_CODE not in repr(found)


def test_o3_a_row_is_read_alike_whether_its_municipality_is_trusted_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    """Institutions are built without a second check only when every value is known valid; else by the class."""
    trusted = read_register([row(), row(number="4219900001", legal="Pastāv")], on=ON)
    monkeypatch.setattr(register, "_MUNICIPALITY", lambda name: False)
    checked = read_register([row(), row(number="4219900001", legal="Pastāv")], on=ON)
    assert checked == trusted
    assert [(e.institution.municipality, e.legal_status) for e in checked.entries] == [
        ("Ciblas novads", None),
        ("Ciblas novads", "Pastāv"),
    ]


# ---------------------------------------------------------------- CSV lines


def test_o3_csv_lines_become_rows() -> None:
    lines = ["\ufeffIestādes nosaukums;Adrese;Tālrunis", 'Skola;"Rīgas iela 1; Rīga";+37129196866', "Īsā rinda"]
    assert register_rows(lines, delimiter=";") == (
        {"Iestādes nosaukums": "Skola", "Adrese": "Rīgas iela 1; Rīga", "Tālrunis": "+37129196866"},
        {"Iestādes nosaukums": "Īsā rinda", "Adrese": None, "Tālrunis": None},
    )
    assert register_rows(iter(["a\tb", "1\t2\t3"]), delimiter="\t") == ({"a": "1", "b": "2"},)
    assert register_rows([]) == ()
    assert register_rows(["a,b"]) == ()
    assert register_rows(["a,b", "", "1,2", ""]) == ({"a": "1", "b": "2"},)  # blank lines are skipped
    assert register_rows(["", "1,2", ""]) == ({},)  # no column names: each row holds none
    assert register_rows(["a,a", "1", "1,2"]) == ({"a": None}, {"a": "2"})  # a repeated name: its last cell


def test_o3_text_that_is_not_csv_is_refused_at_its_line() -> None:
    with pytest.raises(ValidationError) as caught:
        register_rows(["a,b", "1,2", '"open,3'])
    assert problems(caught.value) == [("$.lines[2]", "register.csv", "expected CSV text with a header line")]


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (
            {"lines": "a,b"},
            [("$.lines", "array.type", "expected an iterable (not text) of items, each a line of text")],
        ),
        ({"lines": ["a,b", 5]}, [("$.lines[1]", "text.type", "expected a line of text")]),
        ({"delimiter": "|"}, [("$.delimiter", "text.choice", "expected a delimiter: ',', ';' or a tab")]),
    ],
)
def test_o3_bad_csv_arguments_are_refused_with_their_paths(
    arguments: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    values: dict[str, Any] = {"lines": ["a,b"], "delimiter": ",", **arguments}
    with pytest.raises(ValidationError) as caught:
        register_rows(values["lines"], delimiter=values["delimiter"])
    assert problems(caught.value) == expected


# ---------------------------------------------------------------- bad arguments


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"rows": "a,b"}, [("$.rows", "array.type", "expected an iterable (not text) of items, each a row")]),
        ({"rows": {"a": "b"}}, [("$.rows", "array.type", "expected an iterable (not text) of items, each a row")]),
        ({"on": "2020-09-01"}, [("$.on", "date.type", DAY_MESSAGE)]),
        ({"on": datetime(2020, 9, 1)}, [("$.on", "date.type", DAY_MESSAGE)]),
        ({"columns": {"name": "Nosaukums"}}, [("$.columns", "record.type", "expected a RegisterColumns")]),
        (
            {"on": date(2010, 12, 31)},
            [
                (
                    "$.on",
                    "municipalities.no_data",
                    "expected a day on or after 2011-01-03, the first day the shipped municipality data cover (O-2); "
                    "pass table= to answer from other data",
                )
            ],
        ),
    ],
)
def test_o3_bad_import_arguments_are_refused_with_their_paths(
    arguments: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    values: dict[str, Any] = {"rows": [row()], "on": ON, "columns": VIIS_COLUMNS, **arguments}
    with pytest.raises(ValidationError) as caught:
        read_register(values["rows"], on=values["on"], columns=values["columns"])
    assert problems(caught.value) == expected


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda: RegisterColumns(name=" Nosaukums"),
            [("$.name", "text.whitespace", "expected a column name without spaces at either end")],
        ),
        (lambda: RegisterEntry(row=-1, institution=loose(None)), [
            ("$.row", "integer.range", "expected a row number: an int (not a bool) from 0 to 1000000"),
            ("$.institution", "record.type", "expected an Institution"),
        ]),
        (lambda: RegisterImport(entries=loose([]), problems=loose(None)), [
            ("$.entries", "array.type", "expected a tuple of items, each a RegisterEntry"),
            ("$.problems", "array.type", "expected a tuple of items, each a Problem"),
        ]),
    ],
)  # fmt: skip
def test_o3_bad_register_records_are_refused_with_every_problem(
    make: Any, expected: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        make()
    assert problems(caught.value) == expected


def test_p7_a_column_name_holds_no_personal_code() -> None:
    with pytest.raises(PersonalDataRejected):
        RegisterColumns(address=PERSONAL_CODE)


# ---------------------------------------------------------------- strategies


@given(register_columns(), register_entries(), register_imports())
def test_o3_register_values_round_trip_through_json(
    columns: RegisterColumns, entry: RegisterEntry, found: RegisterImport
) -> None:
    for value, cls in ((columns, RegisterColumns), (entry, RegisterEntry), (found, RegisterImport)):
        assert structure(unstructure(value), cls) == value
        jsonschema.validate(unstructure(value), json_schema(cls))
