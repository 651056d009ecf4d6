"""Municipalities' ATVK and ISO 3166-2:LV codes, and look-up by name, ATVK or ISO code on a day (O-2)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from karjera_core import DateRange, ValidationError, municipality
from karjera_core import _municipality_data as data
from karjera_core._latvian import fold, latvian_key
from karjera_core.organisations import (
    ISO_3166_2_LV,
    MUNICIPALITIES,
    MUNICIPALITY_DATA_START,
    MUNICIPALITY_DATA_VINTAGE,
    Municipality,
    MunicipalityKind,
    municipalities_on,
)

DAY = timedelta(days=1)
NOVADS = MunicipalityKind.NOVADS
DAY_MESSAGE = "expected a date (datetime.date, not datetime) in the years 1900-2199"
UNKNOWN_NAME = (
    "municipality.unknown",
    "expected the name of a municipality in force on the day (case, diacritics and 'nov.' for 'novads' are ignored)",
)
UNKNOWN_ATVK = ("municipality.unknown", "expected the ATVK code of a municipality in force on the day")
UNKNOWN_ISO = ("municipality.unknown", "expected the ISO 3166-2:LV code of a municipality in force on the day")
QUERY = ("municipality.query", "expected exactly one of name=, atvk= or iso_code=")
AMBIGUOUS = (
    "municipality.ambiguous",
    "expected a term that matches one municipality in force on the day; it matches several in the table",
)
NO_DATA = (
    "municipalities.no_data",
    "expected a day on or after 2011-01-03, the first day the shipped municipality data cover (O-2); "
    "pass table= to answer from other data",
)
#: Every day on which the shipped set changes, and the days either side of each.
CHANGE_DAYS = sorted(
    {m.valid.start + k * DAY for m in MUNICIPALITIES for k in (-1, 0, 1)}
    | {m.valid.end + k * DAY for m in MUNICIPALITIES if m.valid.end is not None for k in (-1, 0, 1)}
    | {MUNICIPALITY_DATA_VINTAGE, MUNICIPALITY_DATA_VINTAGE + DAY}
)
SHIPPED_DAYS = [day for day in CHANGE_DAYS if day >= MUNICIPALITY_DATA_START]


def loose(value: object) -> Any:
    """``value`` typed as Any, to hand a wrongly typed argument to a function under test."""
    return value


def problems(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


# ---------------------------------------------------------------- the codes


def test_o2_every_shipped_municipality_carries_its_iso_code_and_all_but_one_their_atvk() -> None:
    assert all(m.iso_code is not None for m in MUNICIPALITIES)
    missing = [(m.name, m.valid.start, m.valid.end) for m in MUNICIPALITIES if m.atvk is None]
    assert missing == [("Varakļānu novads", date(2021, 7, 1), date(2025, 6, 30))]


def test_o2_each_shipped_code_has_its_form() -> None:
    for m in MUNICIPALITIES:
        assert m.iso_code is not None
        assert re.fullmatch(ISO_3166_2_LV, m.iso_code)
        city = m.kind is not NOVADS
        assert m.iso_code[3:].isalpha() is city
        if m.atvk is not None:
            assert re.fullmatch("[0-9]{7}", m.atvk)


def test_o2_atvk_2021_codes_follow_the_csp_scheme() -> None:
    """Positions 3-4: 01-19 for state cities, 20-99 for novadi; the 7th counts modifications (CSP, MK 379)."""
    for m in municipalities_on(on=date(2022, 1, 1)) + municipalities_on(on=date(2025, 7, 1)):
        if m.atvk is None:
            continue
        assert m.atvk[:2] == "00"
        territory = int(m.atvk[2:4])
        assert (1 <= territory <= 19) is (m.kind is MunicipalityKind.STATE_CITY)
        assert m.atvk[4:6] == "00"


def test_o2_atvk_2010_novads_codes_start_with_their_former_district() -> None:
    districts = {"032", "036", "038", "040", "042", "044", "046", "050", "054", "056", "060", "062", "064", "066"}
    districts |= {"068", "070", "074", "076", "078", "080", "084", "088", "090", "094", "096", "098"}
    for m in municipalities_on(on=date(2020, 1, 1)):
        assert m.atvk is not None
        if m.kind is NOVADS:
            assert m.atvk[:3] in districts
        else:
            assert m.atvk.endswith("0000")


@pytest.mark.parametrize("day", SHIPPED_DAYS)
def test_o2_names_and_codes_are_unique_among_those_in_force_on_each_day(day: date) -> None:
    in_force = municipalities_on(on=day)
    for key in (lambda m: fold(m.name), lambda m: m.atvk, lambda m: m.iso_code):
        values = [key(m) for m in in_force if key(m) is not None]
        assert len(values) == len(set(values))


@pytest.mark.parametrize(
    ("name", "day", "atvk", "iso_code"),
    [
        ("Rīga", date(2020, 1, 1), "0010000", "LV-RIX"),
        ("Rīga", date(2021, 7, 1), "0001000", "LV-RIX"),
        ("Jēkabpils", date(2021, 6, 30), "0110000", "LV-JKB"),
        ("Jēkabpils novads", date(2021, 7, 1), "0031000", "LV-042"),
        ("Valmiera", date(2021, 6, 30), "0250000", "LV-VMR"),
        ("Valmieras novads", date(2021, 7, 1), "0054000", "LV-113"),
        ("Daugavpils", date(2024, 1, 1), "0002000", "LV-DGV"),
        ("Augšdaugavas novads", date(2024, 1, 1), "0022000", "LV-111"),
        ("Dienvidkurzemes novads", date(2024, 1, 1), "0027000", "LV-112"),
        ("Aglonas novads", date(2020, 1, 1), "0604300", "LV-001"),
        ("Mērsraga novads", date(2020, 1, 1), "0887600", "LV-063"),
        ("Zilupes novads", date(2020, 1, 1), "0681801", "LV-110"),
        ("Madonas novads", date(2025, 6, 30), "0038000", "LV-059"),
        ("Madonas novads", date(2025, 7, 1), "0038001", "LV-059"),
        ("Varakļānu novads", date(2025, 6, 30), None, "LV-102"),
        ("Varakļānu novads", date(2021, 6, 30), "0701800", "LV-102"),
    ],
)
def test_o2_codes_of_the_classifiers(name: str, day: date, atvk: str | None, iso_code: str) -> None:
    found = municipality(name=name, on=day)
    assert (found.atvk, found.iso_code) == (atvk, iso_code)


def test_o2_the_shipped_rows_are_the_sets_of_the_sources() -> None:
    assert len(data.MUNICIPALITIES_2011) == 119
    assert len(data.MUNICIPALITIES_2021) == 43
    assert [row[0] for row in data.MUNICIPALITIES_2011] == list(data.REPUBLIC_CITIES + data.NOVADI_2011)
    assert [row[0] for row in data.MUNICIPALITIES_2021] == list(data.STATE_CITIES + data.NOVADI_2021)
    novadi = [row for row in data.MUNICIPALITIES_2011 if row[1] == "novads"]
    assert sorted(row[3] for row in novadi) == [f"LV-{n:03d}" for n in range(1, 111)]
    # ISO numbered them alphabetically but for one pair: LV-085 Salas novads, LV-086 Salacgrīvas novads.
    assert [row[0] for row in novadi if row[3] in ("LV-085", "LV-086")] == ["Salacgrīvas novads", "Salas novads"]
    assert [row[3] for row in novadi if row[3] not in ("LV-085", "LV-086")] == [
        f"LV-{n:03d}" for n in range(1, 111) if n not in (85, 86)
    ]
    assert [row[0] for row in novadi] == sorted((row[0] for row in novadi), key=latvian_key)


def test_o2_latvian_order_puts_q_after_p_and_w_x_y_after_v_before_z() -> None:
    letters = ["z", "y", "x", "w", "v", "ū", "u", "q", "p", "r"]
    assert sorted(letters, key=latvian_key) == ["p", "q", "r", "u", "ū", "v", "w", "x", "y", "z"]
    assert sorted(["Yz", "Vz", "Xa", "Za", "Ūz"], key=latvian_key) == ["Ūz", "Vz", "Xa", "Yz", "Za"]


# ---------------------------------------------------------------- look-up by name


@pytest.mark.parametrize(
    ("written", "day", "official"),
    [
        ("AGLONAS NOVADS", date(2020, 1, 1), "Aglonas novads"),
        ("aglonas novads", date(2020, 1, 1), "Aglonas novads"),
        ("RĪGA", date(2020, 1, 1), "Rīga"),
        ("RIGA", date(2022, 1, 1), "Rīga"),
        ("riga", date(2022, 1, 1), "Rīga"),
        ("  Ķekavas   novads ", date(2022, 1, 1), "Ķekavas novads"),
        ("KEKAVAS NOVADS", date(2022, 1, 1), "Ķekavas novads"),
        ("Ludzas nov.", date(2022, 1, 1), "Ludzas novads"),
        ("LUDZAS NOV", date(2022, 1, 1), "Ludzas novads"),
        ("Jekabpils", date(2021, 6, 30), "Jēkabpils"),
        ("JEKABPILS NOVADS", date(2021, 7, 1), "Jēkabpils novads"),
        ("VARAKLANU NOVADS", date(2025, 6, 30), "Varakļānu novads"),
    ],
)
def test_o2_a_name_is_found_ignoring_case_diacritics_and_spaces(written: str, day: date, official: str) -> None:
    found = municipality(name=written, on=day)
    assert found.name == official
    assert found.in_force(on=day)


@pytest.mark.parametrize(
    ("name", "day", "found"),
    [
        ("Valmiera", date(2021, 6, 30), True),
        ("Valmiera", date(2021, 7, 1), False),
        ("Valmieras novads", date(2021, 6, 30), False),
        ("Valmieras novads", date(2021, 7, 1), True),
        ("Varakļānu novads", date(2025, 6, 30), True),
        ("Varakļānu novads", date(2025, 7, 1), False),
        ("Mērsraga novads", MUNICIPALITY_DATA_START, True),
        ("Madonas novads", MUNICIPALITY_DATA_VINTAGE, True),
        ("Madonas novads", MUNICIPALITY_DATA_VINTAGE + DAY, True),
        ("Madonas novads", date(2199, 12, 31), True),
    ],
)
def test_o2_a_name_is_found_only_on_the_days_it_is_in_force(name: str, day: date, found: bool) -> None:
    if found:
        assert municipality(name=name, on=day).in_force(on=day)
        return
    with pytest.raises(ValidationError) as caught:
        municipality(name=name, on=day)
    assert problems(caught.value) == [("$.name", *UNKNOWN_NAME)]


def test_o2_the_madona_of_each_side_of_the_merger_is_found_on_its_own_days() -> None:
    before = municipality(name="MADONAS NOVADS", on=date(2025, 6, 30))
    after = municipality(name="MADONAS NOVADS", on=date(2025, 7, 1))
    assert before != after
    assert (before.valid.end, after.valid.start) == (date(2025, 6, 30), date(2025, 7, 1))


# ---------------------------------------------------------------- look-up by code


@pytest.mark.parametrize(
    ("query", "day", "official"),
    [
        ({"atvk": "0010000"}, date(2021, 6, 30), "Rīga"),
        ({"atvk": "0001000"}, date(2021, 7, 1), "Rīga"),
        ({"atvk": "0038001"}, date(2025, 7, 1), "Madonas novads"),
        ({"iso_code": "LV-RIX"}, date(2021, 6, 30), "Rīga"),
        ({"iso_code": "LV-RIX"}, date(2021, 7, 1), "Rīga"),
        ({"iso_code": "LV-042"}, date(2021, 6, 30), "Jēkabpils novads"),
        ({"iso_code": "LV-042"}, date(2021, 7, 1), "Jēkabpils novads"),
        ({"iso_code": "LV-113"}, date(2021, 7, 1), "Valmieras novads"),
        ({"iso_code": "LV-102"}, date(2025, 6, 30), "Varakļānu novads"),
    ],
)
def test_o2_a_code_is_found_on_a_day(query: dict[str, Any], day: date, official: str) -> None:
    assert municipality(**query, on=day).name == official


@pytest.mark.parametrize(
    ("query", "day", "expected"),
    [
        ({"atvk": "0001000"}, date(2021, 6, 30), ("$.atvk", *UNKNOWN_ATVK)),
        ({"atvk": "0010000"}, date(2021, 7, 1), ("$.atvk", *UNKNOWN_ATVK)),
        ({"atvk": "0038000"}, date(2025, 7, 1), ("$.atvk", *UNKNOWN_ATVK)),
        ({"iso_code": "LV-JKB"}, date(2021, 7, 1), ("$.iso_code", *UNKNOWN_ISO)),
        ({"iso_code": "LV-113"}, date(2021, 6, 30), ("$.iso_code", *UNKNOWN_ISO)),
        ({"iso_code": "LV-102"}, date(2025, 7, 1), ("$.iso_code", *UNKNOWN_ISO)),
        ({"name": "Ludzas rajons"}, date(2020, 1, 1), ("$.name", *UNKNOWN_NAME)),
        ({"name": "Riga city"}, date(2020, 1, 1), ("$.name", *UNKNOWN_NAME)),
    ],
)
def test_o2_an_unknown_term_is_refused_at_its_path(query: dict[str, Any], day: date, expected: tuple[str, ...]) -> None:
    with pytest.raises(ValidationError) as caught:
        municipality(**query, on=day)
    assert problems(caught.value) == [expected]


# ---------------------------------------------------------------- a table of one's own


def novads(name: str, start: date, **codes: str) -> Municipality:
    return Municipality(name=name, kind=NOVADS, valid=DateRange(start=start), **codes)


def test_o2_a_callers_table_is_searched_on_any_day() -> None:
    table = (novads("Alfas novads", date(2050, 1, 1), atvk="0099000", iso_code="LV-999"),)
    assert municipality(name="ALFAS NOV.", on=date(2060, 1, 1), table=table) == table[0]
    assert municipality(atvk="0099000", on=date(2060, 1, 1), table=table) == table[0]
    assert municipality(iso_code="LV-999", on=date(2060, 1, 1), table=table) == table[0]
    with pytest.raises(ValidationError) as caught:
        municipality(name="Alfas novads", on=date(2049, 12, 31), table=table)
    assert problems(caught.value) == [("$.name", *UNKNOWN_NAME)]
    with pytest.raises(ValidationError) as caught:
        municipality(iso_code="LV-RIX", on=date(2060, 1, 1), table=table)
    assert problems(caught.value) == [("$.iso_code", *UNKNOWN_ISO)]


def test_o2_a_term_matching_several_in_a_table_is_ambiguous() -> None:
    table = (
        novads("Ābeļu novads", date(2000, 1, 1), atvk="0099000"),
        novads("Abelu novads", date(2000, 1, 1), atvk="0099000"),
    )
    with pytest.raises(ValidationError) as caught:
        municipality(name="ABELU NOVADS", on=date(2001, 1, 1), table=table)
    assert problems(caught.value) == [("$.name", *AMBIGUOUS)]
    with pytest.raises(ValidationError) as caught:
        municipality(atvk="0099000", on=date(2001, 1, 1), table=table)
    assert problems(caught.value) == [("$.atvk", *AMBIGUOUS)]
    assert municipality(name="Ābeļu novads", on=date(2001, 1, 1), table=table[:1]) == table[0]


def test_o2_a_table_with_one_name_twice_is_refused_as_by_municipalities_on() -> None:
    table = (novads("Alfas novads", date(2000, 1, 1)), novads("Alfas novads", date(2000, 1, 1)))
    with pytest.raises(ValidationError) as caught:
        municipality(name="Alfas novads", on=date(2001, 1, 1), table=table)
    assert problems(caught.value) == [
        (
            "$.table[1]",
            "municipalities.duplicate_name",
            "expected at most one municipality of each name in force on the day",
        )
    ]


# ---------------------------------------------------------------- bad arguments


@pytest.mark.parametrize(
    "query",
    [{}, {"name": "Rīga", "atvk": "0001000"}, {"atvk": "0001000", "iso_code": "LV-RIX"}],
)
def test_o2_exactly_one_term_is_asked(query: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        municipality(**query, on=date(2022, 1, 1))
    assert problems(caught.value) == [("$", *QUERY)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"name": 5}, [("$.name", "text.type", "expected a municipality's name as a str")]),
        ({"name": ""}, [("$.name", "text.blank", "expected a municipality's name that is not blank")]),
        ({"name": "   "}, [("$.name", "text.blank", "expected a municipality's name that is not blank")]),
        (
            {"name": "Rīga\n"},
            [
                (
                    "$.name",
                    "text.control",
                    "expected a municipality's name without control characters or format characters",
                )
            ],
        ),
        (
            {"name": "161175-19997"},
            [
                (
                    "$.name",
                    "privacy.personal_code",
                    "expected pseudonymous text; a Latvian personal code is refused (P-7)",
                )
            ],
        ),
        ({"atvk": "001000"}, [("$.atvk", "text.format", "expected an ATVK code of 7 digits")]),
        ({"atvk": 1000}, [("$.atvk", "text.type", "expected an ATVK code of 7 digits as a str")]),
        (
            {"atvk": " 0001000"},
            [("$.atvk", "text.too_long", "expected an ATVK code of 7 digits of at most 7 characters")],
        ),
        ({"iso_code": "lv-rix"}, [("$.iso_code", "text.format", "expected an ISO 3166-2:LV code such as 'LV-RIX'")]),
        ({"iso_code": "LV-1"}, [("$.iso_code", "text.format", "expected an ISO 3166-2:LV code such as 'LV-RIX'")]),
        (
            {"on": "2022-01-01", "name": None, "atvk": 5},
            [("$.on", "date.type", DAY_MESSAGE), ("$.atvk", "text.type", "expected an ATVK code of 7 digits as a str")],
        ),
        ({"on": datetime(2022, 1, 1), "name": "Rīga"}, [("$.on", "date.type", DAY_MESSAGE)]),
        ({"on": date(2010, 12, 31), "name": "Rīga"}, [("$.on", *NO_DATA)]),
        (
            {"name": "Rīga", "table": "Rīga"},
            [("$.table", "array.type", "expected an iterable (not text) of items, each a Municipality")],
        ),
        ({"name": "Rīga", "table": [None]}, [("$.table[0]", "record.type", "expected a Municipality")]),
    ],
)
def test_o2_bad_look_up_arguments_are_refused_with_their_paths(
    query: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    arguments: dict[str, Any] = {"on": date(2022, 1, 1), **query}
    with pytest.raises(ValidationError) as caught:
        municipality(**arguments)
    assert problems(caught.value) == expected
    assert "161175-19997" not in str(caught.value)


def test_o2_the_look_up_is_asked_by_keyword_only() -> None:
    with pytest.raises(TypeError):
        municipality(loose("Rīga"), on=date(2022, 1, 1))  # type: ignore[misc]


def test_o2_fold_drops_marks_alike_once_its_cache_is_full(monkeypatch: pytest.MonkeyPatch) -> None:
    import karjera_core._latvian as latvian

    monkeypatch.setattr(latvian, "_NO_MARKS", latvian._Marks())  # the translate table is the cache
    monkeypatch.setattr(latvian, "_CACHE_LIMIT", 1)
    assert fold("Ķekavas NOV.") == fold("Ķekavas NOV.") == "kekavas novads"
    assert len(latvian._NO_MARKS) == 1
    assert fold("Rīga") == fold("RIGA") == "riga"
