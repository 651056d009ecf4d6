"""Organisations (O-1) and dated municipalities (O-2)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core import DateRange, ValidationError, structure, unstructure
from karjera_core import _municipality_data as data
from karjera_core.organisations import (
    DATA_CONFIRMED_UNTIL,
    IKVD,
    MUNICIPALITIES,
    MUNICIPALITY_DATA_START,
    REFORM_2021,
    VIAA,
    VISC,
    Municipality,
    MunicipalityKind,
    Organisation,
    OrganisationKind,
    municipalities_on,
)
from karjera_core.strategies._organisations import (
    TYPE_STRATEGIES,
    municipalities,
    municipality_kinds,
    organisation_kinds,
    organisations,
)

NOVADS = MunicipalityKind.NOVADS
STATE_CITY = MunicipalityKind.STATE_CITY
REPUBLIC_CITY = MunicipalityKind.REPUBLIC_CITY


def codes(error: ValidationError) -> list[tuple[str, str]]:
    return [(p.path, p.code) for p in error.problems]


def names_on(day: date) -> list[str]:
    return [m.name for m in municipalities_on(day)]


def novads(name: str, start: date, end: date | None = None) -> Municipality:
    return Municipality(name=name, kind=NOVADS, valid=DateRange(start=start, end=end))


# ---------------------------------------------------------------- O-1 organisations


def test_o1_national_bodies_of_the_seeds_are_ready() -> None:
    assert VIAA.name == "Valsts izglītības attīstības aģentūra"
    assert VISC.name == "Valsts izglītības satura centrs"
    assert IKVD.name == "Izglītības kvalitātes valsts dienests"
    for body in (VIAA, VISC, IKVD):
        assert body.kind is OrganisationKind.NATIONAL_AGENCY
        assert body.country == "LV"
        assert body.registration_number is None


def test_o1_an_erasmus_partner_has_a_country_and_may_have_a_registration_number() -> None:
    partner = Organisation(
        name="Inspectoratul Școlar Județean Arad",
        kind=OrganisationKind.REGIONAL_AUTHORITY,
        country="RO",
        registration_number="RO-3519879",
    )
    assert partner.country == "RO"
    assert partner.registration_number == "RO-3519879"
    assert partner.kind.label == "reģionāla iestāde"


def test_o1_every_organisation_kind_has_a_latvian_label() -> None:
    labels = {kind.label for kind in OrganisationKind}
    assert len(labels) == len(OrganisationKind)
    assert OrganisationKind.MUNICIPALITY.label == "pašvaldība"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": "   "}, [("$.name", "organisation.name")]),
        ({"name": "x" * 501}, [("$.name", "organisation.name")]),
        ({"name": 42}, [("$.name", "organisation.name")]),
        ({"kind": "ngo"}, [("$.kind", "organisation.kind")]),
        ({"country": "LVA"}, [("$.country", "organisation.country")]),
        ({"country": "lv"}, [("$.country", "organisation.country")]),
        ({"registration_number": " 4000 "}, [("$.registration_number", "organisation.registration_number")]),
        ({"registration_number": ""}, [("$.registration_number", "organisation.registration_number")]),
        (
            {"name": "", "kind": None, "country": "XX", "registration_number": 7},
            [
                ("$.name", "organisation.name"),
                ("$.kind", "organisation.kind"),
                ("$.country", "organisation.country"),
                ("$.registration_number", "organisation.registration_number"),
            ],
        ),
    ],
)
def test_o1_bad_organisations_are_refused_with_every_problem(
    changes: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    fields: dict[str, Any] = {"name": "Biedrība", "kind": OrganisationKind.NGO, "country": "LV"}
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        Organisation(**fields)
    assert codes(caught.value) == expected


# ---------------------------------------------------------------- O-2 municipalities: the shipped sets


def test_o2_119_municipalities_before_the_reform() -> None:
    on = municipalities_on(date(2020, 1, 1))
    assert len(on) == 119
    assert sum(m.kind is REPUBLIC_CITY for m in on) == 9
    assert sum(m.kind is NOVADS for m in on) == 110
    assert {"Rīga", "Valmiera", "Jēkabpils", "Mērsraga novads", "Rojas novads"} <= {m.name for m in on}


def test_o2_43_municipalities_from_the_reform() -> None:
    on = municipalities_on(date(2021, 7, 1))
    assert len(on) == 43
    assert sum(m.kind is STATE_CITY for m in on) == 7
    assert sum(m.kind is NOVADS for m in on) == 36
    names = {m.name for m in on}
    assert {"Rīga", "Valmieras novads", "Varakļānu novads", "Augšdaugavas novads"} <= names
    assert "Valmiera" not in names
    assert "Jēkabpils" not in names


def test_o2_42_municipalities_after_varaklani_joins_madona() -> None:
    assert len(municipalities_on(date(2025, 6, 30))) == 43
    after = municipalities_on(date(2025, 7, 1))
    assert len(after) == 42
    assert "Varakļānu novads" not in {m.name for m in after}
    assert "Madonas novads" in {m.name for m in after}


@pytest.mark.parametrize(
    ("day", "count"),
    [
        (MUNICIPALITY_DATA_START, 119),
        (date(2021, 6, 30), 119),
        (date(2021, 7, 1), 43),
        (date(2025, 6, 30), 43),
        (date(2025, 7, 1), 42),
        (DATA_CONFIRMED_UNTIL, 42),
    ],
)
def test_o2_the_day_boundaries_are_exact(day: date, count: int) -> None:
    assert len(municipalities_on(day)) == count


def test_o2_a_municipality_that_goes_on_across_the_reform_is_a_new_object() -> None:
    before = {m.name: m for m in municipalities_on(date(2021, 6, 30))}
    after = {m.name: m for m in municipalities_on(date(2021, 7, 1))}
    for name in ("Ādažu novads", "Ventspils novads", "Cēsu novads"):
        assert before[name].kind is after[name].kind is NOVADS
        assert before[name] != after[name]
        assert before[name].valid.end == date(2021, 6, 30)
        assert after[name].valid.start == REFORM_2021
    assert before["Rīga"].kind is REPUBLIC_CITY
    assert after["Rīga"].kind is STATE_CITY


def test_o2_madona_before_and_after_the_merger_are_two_objects() -> None:
    madona = [m for m in MUNICIPALITIES if m.name == "Madonas novads"]
    assert [(m.valid.start, m.valid.end) for m in madona] == [
        (MUNICIPALITY_DATA_START, date(2021, 6, 30)),
        (REFORM_2021, date(2025, 6, 30)),
        (date(2025, 7, 1), None),
    ]


def test_o2_the_shipped_data_hold_the_sets_the_sources_name() -> None:
    assert len(data.REPUBLIC_CITIES) == 9
    assert len(data.NOVADI_2011) == len(set(data.NOVADI_2011)) == 110
    assert len(data.STATE_CITIES) == 7
    assert len(data.NOVADI_2021) == len(set(data.NOVADI_2021)) == 36
    assert all(name.endswith(" novads") for name in data.NOVADI_2011 + data.NOVADI_2021)
    assert len(MUNICIPALITIES) == len(data.ROWS) == 119 + 43 + 1
    assert all(m.atvk is None for m in MUNICIPALITIES)


def test_o2_names_are_in_latvian_alphabetical_order() -> None:
    names = names_on(date(2025, 7, 1))
    assert names[:4] == ["Aizkraukles novads", "Alūksnes novads", "Augšdaugavas novads", "Ādažu novads"]
    assert names.index("Jelgava") < names.index("Jelgavas novads") < names.index("Jēkabpils novads")
    assert names.index("Kuldīgas novads") < names.index("Ķekavas novads") < names.index("Liepāja")
    assert names[-1] == "Ventspils novads"


@given(st.dates(min_value=MUNICIPALITY_DATA_START, max_value=DATA_CONFIRMED_UNTIL))
def test_o2_the_precomputed_answer_equals_a_scan_of_the_table(day: date) -> None:
    shipped = municipalities_on(day)
    assert shipped == municipalities_on(day, table=MUNICIPALITIES)
    assert len({m.name for m in shipped}) == len(shipped)
    assert all(m.in_force(on=day) for m in shipped)


@pytest.mark.parametrize(
    "day",
    [MUNICIPALITY_DATA_START - timedelta(days=1), date(2010, 7, 1), DATA_CONFIRMED_UNTIL + timedelta(days=1)],
)
def test_o2_a_day_outside_the_shipped_data_is_refused_never_guessed(day: date) -> None:
    with pytest.raises(ValidationError) as caught:
        municipalities_on(day)
    assert codes(caught.value) == [("$.day", "municipalities.no_data")]
    assert day.isoformat() not in str(caught.value)


@pytest.mark.parametrize(
    ("day", "code"),
    [
        ("2020-01-01", "date.type"),
        (datetime(2020, 1, 1, 12, 0), "date.type"),
        (None, "date.type"),
        (date(2200, 1, 1), "date.range"),
    ],
)
def test_o2_a_day_that_is_not_a_plain_date_is_refused(day: Any, code: str) -> None:
    for table in (None, MUNICIPALITIES):
        with pytest.raises(ValidationError) as caught:
            municipalities_on(day, table=table)
        assert codes(caught.value) == [("$.day", code)]


# ---------------------------------------------------------------- O-2 municipalities: a table of one's own


def test_o2_a_callers_table_answers_without_a_vintage_limit() -> None:
    table = (
        novads("Zētas novads", date(1990, 1, 1)),
        novads("Alfas novads", date(1990, 1, 1), date(2100, 12, 31)),
        novads("Betas novads", date(2050, 1, 1)),
    )
    assert [m.name for m in municipalities_on(date(2060, 1, 1), table=table)] == [
        "Alfas novads",
        "Betas novads",
        "Zētas novads",
    ]
    assert municipalities_on(date(1950, 1, 1), table=table) == ()
    assert municipalities_on(date(2200, 12, 31) - timedelta(days=400), table=()) == ()


def test_o2_a_callers_table_sorts_other_letters_after_latvian_ones() -> None:
    table = tuple(novads(name, date(2000, 1, 1)) for name in ("Öland", "Zeta", "Ābele", "Aa 2", "Aa", "Quinta", "Rasa"))
    assert [m.name for m in municipalities_on(date(2001, 1, 1), table=table)] == [
        "Aa",
        "Aa 2",
        "Ābele",
        "Quinta",
        "Rasa",
        "Zeta",
        "Öland",
    ]


def test_o2_a_table_must_be_a_tuple_of_municipalities() -> None:
    riga = Municipality(name="Rīga", kind=STATE_CITY, valid=DateRange(start=REFORM_2021))
    with pytest.raises(ValidationError) as caught:
        municipalities_on(date(2022, 1, 1), table=[riga])  # type: ignore[arg-type]
    assert codes(caught.value) == [("$.table", "municipalities.table")]
    with pytest.raises(ValidationError) as caught:
        municipalities_on(date(2022, 1, 1), table=(riga, "Jelgava", riga, None))  # type: ignore[arg-type]
    assert codes(caught.value) == [("$.table[1]", "municipalities.table"), ("$.table[3]", "municipalities.table")]


def test_o2_two_municipalities_of_one_name_in_force_at_once_are_refused() -> None:
    table = (
        novads("Alfas novads", date(2000, 1, 1)),
        novads("Betas novads", date(2000, 1, 1)),
        novads("Alfas novads", date(2010, 1, 1)),
        novads("Alfas novads", date(2020, 1, 1)),
    )
    assert len(municipalities_on(date(2005, 1, 1), table=table)) == 2
    with pytest.raises(ValidationError) as caught:
        municipalities_on(date(2021, 1, 1), table=table)
    assert codes(caught.value) == [
        ("$.table[2]", "municipalities.duplicate_name"),
        ("$.table[3]", "municipalities.duplicate_name"),
    ]
    assert "Alfas" not in str(caught.value)


# ---------------------------------------------------------------- O-2 the Municipality type


def test_o2_a_municipality_is_in_force_over_its_validity() -> None:
    valmiera = novads("Valmieras novads", REFORM_2021)
    assert valmiera.in_force(on=REFORM_2021)
    assert not valmiera.in_force(on=date(2021, 6, 30))
    assert not valmiera.in_force(on="2022-01-01")  # type: ignore[arg-type]
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
        ({"name": " Rīga"}, [("$.name", "municipality.name")]),
        ({"name": ""}, [("$.name", "municipality.name")]),
        ({"name": None}, [("$.name", "municipality.name")]),
        ({"kind": "novads"}, [("$.kind", "municipality.kind")]),
        ({"valid": (date(2021, 7, 1), None)}, [("$.valid", "municipality.valid")]),
        ({"atvk": "000100"}, [("$.atvk", "municipality.atvk")]),
        ({"atvk": "00010000"}, [("$.atvk", "municipality.atvk")]),
        ({"atvk": "LV00010"}, [("$.atvk", "municipality.atvk")]),
        ({"atvk": "０００１０００"}, [("$.atvk", "municipality.atvk")]),
        ({"atvk": 1000}, [("$.atvk", "municipality.atvk")]),
        ({"kind": REPUBLIC_CITY, "valid": AFTER}, [("$.valid", "municipality.kind_period")]),
        (
            {"kind": REPUBLIC_CITY, "valid": DateRange(start=date(2011, 1, 3), end=REFORM_2021)},
            [("$.valid", "municipality.kind_period")],
        ),
        ({"kind": STATE_CITY, "valid": BEFORE}, [("$.valid", "municipality.kind_period")]),
        (
            {"name": "", "kind": 3, "valid": None, "atvk": ""},
            [
                ("$.name", "municipality.name"),
                ("$.kind", "municipality.kind"),
                ("$.valid", "municipality.valid"),
                ("$.atvk", "municipality.atvk"),
            ],
        ),
        (
            {"name": "", "kind": NOVADS, "valid": AFTER},
            [("$.name", "municipality.name")],
        ),
    ],
)
def test_o2_bad_municipalities_are_refused(fields: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    values: dict[str, Any] = {"name": "Rīga", "kind": STATE_CITY, "valid": AFTER}
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        Municipality(**values)
    assert codes(caught.value) == expected
    if isinstance(fields.get("atvk"), str) and fields["atvk"]:
        assert fields["atvk"] not in str(caught.value)


def test_o2_republic_and_state_cities_belong_to_their_side_of_the_reform() -> None:
    assert Municipality(name="Rīga", kind=REPUBLIC_CITY, valid=BEFORE).valid.end == date(2021, 6, 30)
    assert Municipality(name="Rīga", kind=STATE_CITY, valid=AFTER).valid.start == REFORM_2021
    assert novads("Rojas novads", date(2009, 7, 1), date(2011, 1, 2)).valid.days == 551


# ---------------------------------------------------------------- serialization and strategies


@given(st.data())
def test_o1_o2_values_round_trip_through_json(data_: st.DataObject) -> None:
    for cls, strategy in TYPE_STRATEGIES.items():
        value = data_.draw(strategy)
        assert structure(unstructure(value), cls) == value


def test_o2_a_shipped_municipality_serializes_to_plain_json() -> None:
    valmiera = next(m for m in municipalities_on(date(2022, 1, 1)) if m.name == "Valmieras novads")
    assert unstructure(valmiera) == {
        "name": "Valmieras novads",
        "kind": "novads",
        "valid": {"start": "2021-07-01", "end": None},
        "atvk": None,
    }


@given(organisations(kinds=[OrganisationKind.NGO, OrganisationKind.COMPANY], countries=["FI", "ES"], registered=True))
def test_o1_organisation_strategy_narrows(org: Organisation) -> None:
    assert org.kind in (OrganisationKind.NGO, OrganisationKind.COMPANY)
    assert org.country in ("FI", "ES")
    assert org.registration_number is not None


@given(organisations(registered=False), organisation_kinds(), municipality_kinds())
def test_o1_organisations_without_registration(
    org: Organisation, kind: OrganisationKind, municipality_kind: MunicipalityKind
) -> None:
    assert org.registration_number is None
    assert org.name.strip() == org.name
    assert type(kind) is OrganisationKind
    assert type(municipality_kind) is MunicipalityKind


@given(municipalities())
def test_o2_municipality_strategy_keeps_kinds_on_their_side_of_the_reform(m: Municipality) -> None:
    if m.kind is REPUBLIC_CITY:
        assert m.valid.end is not None
        assert m.valid.end < REFORM_2021
    if m.kind is STATE_CITY:
        assert m.valid.start >= REFORM_2021


@given(st.data(), st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)))
def test_o2_municipality_strategy_on_a_day(data_: st.DataObject, day: date) -> None:
    m = data_.draw(municipalities(on=day))
    assert m.in_force(on=day)
    city = STATE_CITY if day >= REFORM_2021 else REPUBLIC_CITY
    assert data_.draw(municipalities(on=day, kinds=[city])).kind is city


@given(st.data(), st.dates(min_value=MUNICIPALITY_DATA_START, max_value=DATA_CONFIRMED_UNTIL))
def test_o2_reference_municipalities_come_from_the_shipped_set(data_: st.DataObject, day: date) -> None:
    m = data_.draw(municipalities(on=day, reference=True))
    assert m in municipalities_on(day)


@pytest.mark.parametrize(
    "arguments",
    [
        {"kinds": []},
        {"kinds": ["novads"]},
        {"kinds": NOVADS},
        {"on": "2020-01-01"},
        {"on": datetime(2020, 1, 1)},
        {"reference": None},
        {"on": date(2022, 1, 1), "kinds": [REPUBLIC_CITY]},
        {"on": date(2005, 1, 1), "reference": True},
    ],
)
def test_o2_municipality_strategy_refuses_bad_arguments(arguments: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        municipalities(**arguments)


@pytest.mark.parametrize("arguments", [{"countries": ["LVA"]}, {"kinds": ("ngo",)}, {"registered": 1}])
def test_o1_organisation_strategy_refuses_bad_arguments(arguments: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        organisations(**arguments)
