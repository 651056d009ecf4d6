"""Dated municipalities (O-2): tables of one's own and the Municipality type, its reform rule and its validity."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from karjera_core import (
    DateRange,
    ValidationError,
    structure,
)
from karjera_core.organisations import (
    MUNICIPALITY_DATA_START,
    REFORM_2021,
    Municipality,
    MunicipalityKind,
    municipalities_on,
)

NOVADS = MunicipalityKind.NOVADS
STATE_CITY = MunicipalityKind.STATE_CITY
REPUBLIC_CITY = MunicipalityKind.REPUBLIC_CITY
DAY = timedelta(days=1)
PERSONAL_CODE = "161175-19997"

DAY_MESSAGE = "expected a date (datetime.date, not datetime) in the years 1900-2199"
PERSONAL = ("privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)")
ATVK = "expected an ATVK code of 7 digits"
REPUBLIC_CITY_PERIOD = (
    "municipality.kind_period",
    "expected a republic city to end by 2021-06-30: from 2021-07-01 cities are state cities (O-2)",
)
STATE_CITY_PERIOD = (
    "municipality.kind_period",
    "expected a state city to begin on or after 2021-07-01: before, cities were republic cities (O-2)",
)
DUPLICATE = (
    "municipalities.duplicate_name",
    "expected at most one municipality of each name in force on the day",
)


def loose(value: object) -> Any:
    """``value`` typed as Any, to hand a wrongly typed argument to a function under test."""
    return value


def problems(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


def novads(name: str, start: date, end: date | None = None) -> Municipality:
    return Municipality(name=name, kind=NOVADS, valid=DateRange(start=start, end=end))


# ---------------------------------------------------------------- O-2 municipalities: a table of one's own


def test_o2_a_callers_table_answers_without_a_vintage_limit() -> None:
    table = (
        novads("Zētas novads", date(1990, 1, 1)),
        novads("Alfas novads", date(1990, 1, 1), date(2100, 12, 31)),
        novads("Betas novads", date(2050, 1, 1)),
    )
    assert [m.name for m in municipalities_on(on=date(2060, 1, 1), table=table)] == [
        "Alfas novads",
        "Betas novads",
        "Zētas novads",
    ]
    assert municipalities_on(on=date(1950, 1, 1), table=table) == ()
    assert municipalities_on(on=date(2199, 12, 31), table=()) == ()


@pytest.mark.parametrize(
    ("day", "names"),
    [
        (date(2049, 12, 31), ["Alfas novads"]),
        (date(2050, 1, 1), ["Alfas novads", "Betas novads"]),
        (date(2050, 1, 2), ["Alfas novads", "Betas novads"]),
        (date(2100, 12, 31), ["Alfas novads", "Betas novads"]),
        (date(2101, 1, 1), ["Betas novads"]),
    ],
)
def test_o2_a_table_is_read_with_both_ends_of_each_validity_included(day: date, names: list[str]) -> None:
    table = [novads("Alfas novads", date(1990, 1, 1), date(2100, 12, 31)), novads("Betas novads", date(2050, 1, 1))]
    assert [m.name for m in municipalities_on(on=day, table=table)] == names  # type: ignore[arg-type]


def test_o2_a_callers_table_sorts_other_letters_after_latvian_ones() -> None:
    table = tuple(novads(name, date(2000, 1, 1)) for name in ("Öland", "Zeta", "Ābele", "Aa 2", "Aa", "Quinta", "Rasa"))
    assert [m.name for m in municipalities_on(on=date(2001, 1, 1), table=table)] == [
        "Aa",
        "Aa 2",
        "Ābele",
        "Quinta",
        "Rasa",
        "Zeta",
        "Öland",
    ]


def test_o2_a_table_may_be_any_iterable_of_municipalities() -> None:
    riga = Municipality(name="Rīga", kind=STATE_CITY, valid=DateRange(start=REFORM_2021))
    assert municipalities_on(on=date(2022, 1, 1), table=loose([riga])) == (riga,)
    assert municipalities_on(on=date(2022, 1, 1), table=loose(iter([riga]))) == (riga,)


def test_o2_a_table_of_anything_else_is_refused_with_every_problem() -> None:
    riga = Municipality(name="Rīga", kind=STATE_CITY, valid=DateRange(start=REFORM_2021))
    with pytest.raises(ValidationError) as caught:
        municipalities_on(on=date(2022, 1, 1), table=loose((riga, "Jelgava", riga, None)))
    assert problems(caught.value) == [
        ("$.table[1]", "record.type", "expected a Municipality"),
        ("$.table[3]", "record.type", "expected a Municipality"),
    ]
    assert "Jelgava" not in str(caught.value)
    for not_a_table in (riga, "Rīga", 5, {"Rīga": riga}):
        with pytest.raises(ValidationError) as caught:
            municipalities_on(on=loose("2022-01-01"), table=loose(not_a_table))
        assert problems(caught.value) == [
            ("$.on", "date.type", DAY_MESSAGE),
            ("$.table", "array.type", "expected an iterable (not text) of items, each a Municipality"),
        ]


def test_o2_two_municipalities_of_one_name_in_force_at_once_are_refused() -> None:
    table = (
        novads("Alfas novads", date(2000, 1, 1)),
        novads("Betas novads", date(2000, 1, 1)),
        novads("Alfas novads", date(2010, 1, 1)),
        novads("Alfas novads", date(2020, 1, 1)),
    )
    assert len(municipalities_on(on=date(2009, 12, 31), table=table)) == 2
    with pytest.raises(ValidationError) as caught:
        municipalities_on(on=date(2010, 1, 1), table=table)
    assert problems(caught.value) == [("$.table[2]", *DUPLICATE)]
    with pytest.raises(ValidationError) as caught:
        municipalities_on(on=date(2021, 1, 1), table=table)
    assert problems(caught.value) == [("$.table[2]", *DUPLICATE), ("$.table[3]", *DUPLICATE)]
    assert "Alfas" not in str(caught.value)


# ---------------------------------------------------------------- O-2 the Municipality type


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (REFORM_2021 - DAY, False),
        (REFORM_2021, True),
        (REFORM_2021 + DAY, True),
        (date(2025, 6, 29), True),
        (date(2025, 6, 30), True),
        (date(2025, 7, 1), False),
    ],
)
def test_o2_a_municipality_is_in_force_over_its_validity_both_ends_included(day: date, expected: bool) -> None:
    varaklani = novads("Varakļānu novads", REFORM_2021, date(2025, 6, 30))
    assert varaklani.in_force(on=day) is expected


def test_o2_an_open_validity_has_no_last_day_and_the_labels_are_latvian() -> None:
    valmiera = novads("Valmieras novads", REFORM_2021)
    assert valmiera.in_force(on=date(2199, 12, 31))
    assert str(valmiera) == "Valmieras novads"
    assert MunicipalityKind.REPUBLIC_CITY.label == "republikas pilsēta"
    assert MunicipalityKind.STATE_CITY.label == "valstspilsēta"
    assert MunicipalityKind.NOVADS.label == "novads"


def test_o2_an_atvk_code_has_seven_digits() -> None:
    riga = Municipality(name="Rīga", kind=STATE_CITY, valid=DateRange(start=REFORM_2021), atvk="0001000")
    assert riga.atvk == "0001000"


BEFORE = DateRange(start=date(2011, 1, 3), end=date(2021, 6, 30))
AFTER = DateRange(start=REFORM_2021)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"name": " Rīga"},
            [("$.name", "text.whitespace", "expected a municipality's name without spaces at either end")],
        ),
        ({"name": ""}, [("$.name", "text.blank", "expected a municipality's name that is not blank")]),
        ({"name": None}, [("$.name", "text.type", "expected a municipality's name as a str")]),
        ({"name": PERSONAL_CODE}, [("$.name", *PERSONAL)]),
        ({"kind": "novads"}, [("$.kind", "enum.type", "expected a MunicipalityKind")]),
        ({"valid": (date(2021, 7, 1), None)}, [("$.valid", "record.type", "expected a DateRange")]),
        ({"atvk": "000100"}, [("$.atvk", "text.format", ATVK)]),
        ({"atvk": "00010000"}, [("$.atvk", "text.too_long", f"{ATVK} of at most 7 characters")]),
        ({"atvk": "LV00010"}, [("$.atvk", "text.format", ATVK)]),
        ({"atvk": "０００１０００"}, [("$.atvk", "text.format", ATVK)]),
        ({"atvk": 1000}, [("$.atvk", "text.type", f"{ATVK} as a str")]),
        ({"kind": REPUBLIC_CITY, "valid": AFTER}, [("$.valid", *REPUBLIC_CITY_PERIOD)]),
        ({"kind": STATE_CITY, "valid": BEFORE}, [("$.valid", *STATE_CITY_PERIOD)]),
        (
            {"name": "", "kind": 3, "valid": None, "atvk": ""},
            [
                ("$.name", "text.blank", "expected a municipality's name that is not blank"),
                ("$.kind", "enum.type", "expected a MunicipalityKind"),
                ("$.valid", "record.type", "expected a DateRange"),
                ("$.atvk", "text.blank", f"{ATVK} that is not blank"),
                ("$.atvk", "text.format", ATVK),
            ],
        ),
        (
            {"name": "", "kind": REPUBLIC_CITY, "valid": AFTER},
            [
                ("$.name", "text.blank", "expected a municipality's name that is not blank"),
                ("$.valid", *REPUBLIC_CITY_PERIOD),
            ],
        ),
    ],
)
def test_o2_bad_municipalities_are_refused_with_every_problem(
    fields: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    values: dict[str, Any] = {"name": "Rīga", "kind": STATE_CITY, "valid": AFTER}
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        Municipality(**values)
    assert problems(caught.value) == expected
    if isinstance(fields.get("atvk"), str) and fields["atvk"]:
        assert fields["atvk"] not in str(caught.value)


@pytest.mark.parametrize(
    ("kind", "valid", "fine"),
    [
        (REPUBLIC_CITY, DateRange(start=MUNICIPALITY_DATA_START, end=REFORM_2021 - 2 * DAY), True),
        (REPUBLIC_CITY, DateRange(start=MUNICIPALITY_DATA_START, end=REFORM_2021 - DAY), True),
        (REPUBLIC_CITY, DateRange(start=MUNICIPALITY_DATA_START, end=REFORM_2021), False),
        (REPUBLIC_CITY, DateRange(start=MUNICIPALITY_DATA_START), False),
        (STATE_CITY, DateRange(start=REFORM_2021 - DAY), False),
        (STATE_CITY, DateRange(start=REFORM_2021), True),
        (STATE_CITY, DateRange(start=REFORM_2021 + DAY), True),
        (NOVADS, DateRange(start=date(2009, 7, 1)), True),
    ],
)
def test_o2_republic_and_state_cities_belong_to_their_side_of_the_reform(
    kind: MunicipalityKind, valid: DateRange, fine: bool
) -> None:
    if fine:
        assert Municipality(name="Rīga", kind=kind, valid=valid).valid == valid
        return
    with pytest.raises(ValidationError) as caught:
        Municipality(name="Rīga", kind=kind, valid=valid)
    period = REPUBLIC_CITY_PERIOD if kind is REPUBLIC_CITY else STATE_CITY_PERIOD
    assert problems(caught.value) == [("$.valid", *period)]


def test_o2_the_reform_rule_holds_for_json_too() -> None:
    with pytest.raises(ValidationError) as caught:
        structure({"name": "Rīga", "kind": "state_city", "valid": {"start": "2021-06-30"}}, Municipality)
    assert problems(caught.value) == [("$.valid", *STATE_CITY_PERIOD)]
    with pytest.raises(ValidationError) as caught:
        structure({"name": "Rīga", "kind": "city", "valid": {"start": "2021-07-01", "end": "2021-06-30"}}, Municipality)
    assert problems(caught.value) == [
        ("$.kind", "enum.value", "expected one of: novads, republic_city, state_city"),
        ("$.valid.end", "period.end_before_start", "expected an end on or after the start"),
    ]
