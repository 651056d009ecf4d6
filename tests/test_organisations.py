"""Organisations (O-1) and dated municipalities (O-2)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core import (
    DateRange,
    PersonalDataRejected,
    ValidationError,
    organisations,
    structure,
    unstructure,
)
from karjera_core import _municipality_data as data
from karjera_core._iso3166 import ALPHA_2
from karjera_core.organisations import (
    DATA_CONFIRMED_UNTIL,
    IKVD,
    MUNICIPALITIES,
    MUNICIPALITY_DATA_START,
    MUNICIPALITY_DATA_VINTAGE,
    REFORM_2021,
    VIAA,
    VISC,
    Municipality,
    MunicipalityKind,
    Organisation,
    OrganisationKind,
    municipalities_on,
)
from karjera_core.serialization import json_schema
from karjera_core.strategies._organisations import (
    TYPE_STRATEGIES,
    municipalities,
    municipality_kinds,
    organisation_kinds,
)
from karjera_core.strategies._organisations import (
    organisations as organisation_strategy,
)

NOVADS = MunicipalityKind.NOVADS
STATE_CITY = MunicipalityKind.STATE_CITY
REPUBLIC_CITY = MunicipalityKind.REPUBLIC_CITY
DAY = timedelta(days=1)
PERSONAL_CODE = "161175-19997"

DAY_MESSAGE = "expected a date (datetime.date, not datetime) in the years 1900-2199"
PERSONAL = ("privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)")
COUNTRY = ("text.choice", "expected an ISO 3166-1 alpha-2 country code such as 'LV'")
NO_DATA = (
    "municipalities.no_data",
    "expected a day on or after 2011-01-03, the first day the shipped municipality data cover (O-2); "
    "pass table= to answer from other data",
)


def problems(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


def names_on(day: date) -> list[str]:
    return [m.name for m in municipalities_on(on=day)]


def novads(name: str, start: date, end: date | None = None) -> Municipality:
    return Municipality(name=name, kind=NOVADS, valid=DateRange(start=start, end=end))


def test_public_names_are_listed() -> None:
    assert dir(organisations) == sorted(organisations.__all__)
    assert Organisation.__module__ == Municipality.__module__ == "karjera_core.organisations"


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


def test_o1_every_iso_3166_alpha_2_code_is_a_country_and_nothing_else() -> None:
    assert len(ALPHA_2) == 249
    for country in ("LV", "RO", "IT", "TR", "PT", "ES", "FI"):  # the partners of [001]
        assert Organisation(name="Partneris", kind=OrganisationKind.NGO, country=country).country == country
    for country in sorted(ALPHA_2):
        assert len(country) == 2
        assert country.isupper()
        assert country.isascii()


def test_o1_a_latvian_company_number_is_not_a_personal_code() -> None:
    company = Organisation(
        name="SIA Piemērs", kind=OrganisationKind.COMPANY, country="LV", registration_number="40003014197"
    )
    assert company.registration_number == "40003014197"


ORG: dict[str, Any] = {"name": "Biedrība", "kind": OrganisationKind.NGO, "country": "LV"}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": "   "}, [("$.name", "text.blank", "expected an organisation's name that is not blank")]),
        (
            {"name": "x" * 501},
            [("$.name", "text.too_long", "expected an organisation's name of at most 500 characters")],
        ),
        ({"name": 42}, [("$.name", "text.type", "expected an organisation's name as a str")]),
        (
            {"name": " Biedrība"},
            [("$.name", "text.whitespace", "expected an organisation's name without spaces at either end")],
        ),
        (
            {"name": "Biedrība\nX"},
            [
                (
                    "$.name",
                    "text.control",
                    "expected an organisation's name without control characters or format characters",
                )
            ],
        ),
        ({"kind": "ngo"}, [("$.kind", "enum.type", "expected an OrganisationKind")]),
        ({"country": "LVA"}, [("$.country", *COUNTRY)]),
        ({"country": "lv"}, [("$.country", *COUNTRY)]),
        ({"country": "XX"}, [("$.country", *COUNTRY)]),
        ({"country": None}, [("$.country", *COUNTRY)]),
        (
            {"registration_number": " 4000 "},
            [
                (
                    "$.registration_number",
                    "text.whitespace",
                    "expected a registration number without spaces at either end",
                )
            ],
        ),
        (
            {"registration_number": ""},
            [("$.registration_number", "text.blank", "expected a registration number that is not blank")],
        ),
        (
            {"registration_number": "4" * 41},
            [("$.registration_number", "text.too_long", "expected a registration number of at most 40 characters")],
        ),
        (
            {"name": "", "kind": None, "country": "XX", "registration_number": 7},
            [
                ("$.name", "text.blank", "expected an organisation's name that is not blank"),
                ("$.kind", "enum.type", "expected an OrganisationKind"),
                ("$.country", *COUNTRY),
                ("$.registration_number", "text.type", "expected a registration number as a str"),
            ],
        ),
    ],
)
def test_o1_bad_organisations_are_refused_with_every_problem(
    changes: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        Organisation(**{**ORG, **changes})
    assert problems(caught.value) == expected


@pytest.mark.parametrize("field", ["name", "registration_number"])
@pytest.mark.parametrize("text", [PERSONAL_CODE, "16117519997", f"Skola {PERSONAL_CODE}", "328673 00679"])
def test_p7_o1_no_text_of_an_organisation_holds_a_personal_code(field: str, text: str) -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        Organisation(**{**ORG, field: text})
    assert problems(caught.value) == [(f"$.{field}", *PERSONAL)]
    assert text not in str(caught.value)
    assert text not in repr(caught.value.args)


def test_o1_bad_json_for_an_organisation_is_refused_with_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        structure({"name": 1, "kind": "charity", "country": "lv", "extra": 1}, Organisation)
    assert problems(caught.value) == [
        ("$.extra", "object.unknown_key", "unexpected key; expected only: name, kind, country, registration_number"),
        ("$.name", "type.string", "expected a string"),
        (
            "$.kind",
            "enum.value",
            "expected one of: company, education_board, education_institution, municipality, national_agency, "
            "ngo, other, regional_authority, research_centre, training_provider",
        ),
        ("$.country", *COUNTRY),
    ]
    with pytest.raises(PersonalDataRejected) as caught:
        structure({"name": PERSONAL_CODE, "kind": "ngo", "country": "LV"}, Organisation)
    assert problems(caught.value) == [("$.name", *PERSONAL)]


def test_o1_an_organisation_serializes_to_plain_json_and_back() -> None:
    assert unstructure(VIAA) == {
        "name": "Valsts izglītības attīstības aģentūra",
        "kind": "national_agency",
        "country": "LV",
        "registration_number": None,
    }
    assert structure({"name": VIAA.name, "kind": "national_agency", "country": "LV"}, Organisation) == VIAA
    schema = json_schema(Organisation)["$defs"]["Organisation"]
    assert schema["required"] == ["name", "kind", "country"]
    assert schema["properties"]["country"]["enum"] == sorted(ALPHA_2)


# ---------------------------------------------------------------- O-2 municipalities: the shipped sets


def test_o2_119_municipalities_before_the_reform() -> None:
    on = municipalities_on(on=date(2020, 1, 1))
    assert len(on) == 119
    assert sum(m.kind is REPUBLIC_CITY for m in on) == 9
    assert sum(m.kind is NOVADS for m in on) == 110
    assert {"Rīga", "Valmiera", "Jēkabpils", "Mērsraga novads", "Rojas novads"} <= {m.name for m in on}


def test_o2_43_municipalities_from_the_reform() -> None:
    on = municipalities_on(on=date(2021, 7, 1))
    assert len(on) == 43
    assert sum(m.kind is STATE_CITY for m in on) == 7
    assert sum(m.kind is NOVADS for m in on) == 36
    names = {m.name for m in on}
    assert {"Rīga", "Valmieras novads", "Varakļānu novads", "Augšdaugavas novads"} <= names
    assert "Valmiera" not in names
    assert "Jēkabpils" not in names


def test_o2_42_municipalities_after_varaklani_joins_madona() -> None:
    before = {m.name for m in municipalities_on(on=date(2025, 6, 30))}
    after = {m.name for m in municipalities_on(on=date(2025, 7, 1))}
    assert (len(before), len(after)) == (43, 42)
    assert before - after == {"Varakļānu novads"}
    assert "Madonas novads" in after


@pytest.mark.parametrize(
    ("day", "count"),
    [
        (MUNICIPALITY_DATA_START, 119),
        (MUNICIPALITY_DATA_START + DAY, 119),
        (REFORM_2021 - DAY, 119),
        (REFORM_2021, 43),
        (REFORM_2021 + DAY, 43),
        (date(2025, 6, 30), 43),
        (date(2025, 7, 1), 42),
        (date(2025, 7, 2), 42),
        (MUNICIPALITY_DATA_VINTAGE - DAY, 42),
        (MUNICIPALITY_DATA_VINTAGE, 42),
        (MUNICIPALITY_DATA_VINTAGE + DAY, 42),
        (date(2026, 12, 1), 42),
        (date(2199, 12, 31), 42),
    ],
)
def test_o2_the_day_boundaries_are_exact(day: date, count: int) -> None:
    assert len(municipalities_on(on=day)) == count


def test_o2_a_day_after_the_vintage_is_answered_from_the_data_as_known() -> None:
    assert DATA_CONFIRMED_UNTIL == MUNICIPALITY_DATA_VINTAGE == date(2026, 11, 23)
    after = municipalities_on(on=date(2026, 12, 1))
    assert after == municipalities_on(on=MUNICIPALITY_DATA_VINTAGE) == municipalities_on(on=date(2025, 7, 1))
    assert "Madonas novads" in {m.name for m in after}


@pytest.mark.parametrize("day", [MUNICIPALITY_DATA_START - DAY, date(2010, 7, 1), date(1900, 1, 1)])
def test_o2_a_day_before_the_shipped_data_is_refused_never_guessed(day: date) -> None:
    with pytest.raises(ValidationError) as caught:
        municipalities_on(on=day)
    assert problems(caught.value) == [("$.on", *NO_DATA)]
    assert day.isoformat() not in str(caught.value)


def test_o2_the_data_start_on_the_day_mersrags_began_work() -> None:
    assert date(2011, 1, 3) == MUNICIPALITY_DATA_START
    assert "Mērsraga novads" in names_on(MUNICIPALITY_DATA_START)


def test_o2_a_municipality_that_goes_on_across_the_reform_is_a_new_object() -> None:
    before = {m.name: m for m in municipalities_on(on=REFORM_2021 - DAY)}
    after = {m.name: m for m in municipalities_on(on=REFORM_2021)}
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
    assert [m.in_force(on=date(2025, 6, 30)) for m in madona] == [False, True, False]
    assert [m.in_force(on=date(2025, 7, 1)) for m in madona] == [False, False, True]


def test_o2_the_shipped_data_hold_the_sets_the_sources_name() -> None:
    assert len(data.REPUBLIC_CITIES) == 9
    assert len(data.NOVADI_2011) == len(set(data.NOVADI_2011)) == 110
    assert len(data.STATE_CITIES) == 7
    assert len(data.NOVADI_2021) == len(set(data.NOVADI_2021)) == 36
    assert all(name.endswith(" novads") for name in data.NOVADI_2011 + data.NOVADI_2021)
    assert len(MUNICIPALITIES) == len(data.ROWS) == 119 + 43 + 1
    assert all(m.iso_code is not None for m in MUNICIPALITIES)
    assert [m.name for m in MUNICIPALITIES if m.atvk is None] == ["Varakļānu novads"]


def test_o2_names_are_in_latvian_alphabetical_order() -> None:
    names = names_on(date(2025, 7, 1))
    assert names[:4] == ["Aizkraukles novads", "Alūksnes novads", "Augšdaugavas novads", "Ādažu novads"]
    assert names.index("Jelgava") < names.index("Jelgavas novads") < names.index("Jēkabpils novads")
    assert names.index("Kuldīgas novads") < names.index("Ķekavas novads") < names.index("Liepāja")
    assert names[-1] == "Ventspils novads"


@given(st.dates(min_value=MUNICIPALITY_DATA_START, max_value=date(2199, 12, 31)))
def test_o2_the_precomputed_answer_equals_a_scan_of_the_table(day: date) -> None:
    shipped = municipalities_on(on=day)
    assert shipped == municipalities_on(on=day, table=MUNICIPALITIES)
    assert len({m.name for m in shipped}) == len(shipped)
    assert all(m.in_force(on=day) for m in shipped)


@pytest.mark.parametrize(
    ("day", "code"),
    [
        ("2020-01-01", "date.type"),
        (datetime(2020, 1, 1, 12, 0), "date.type"),
        (None, "date.type"),
        (20200101, "date.type"),
        (date(2200, 1, 1), "date.range"),
    ],
)
def test_o2_a_day_that_is_not_a_plain_date_is_refused_at_on(day: Any, code: str) -> None:
    for table in (None, MUNICIPALITIES):
        with pytest.raises(ValidationError) as caught:
            municipalities_on(on=day, table=table)
        assert problems(caught.value) == [("$.on", code, DAY_MESSAGE)]
    with pytest.raises(ValidationError) as caught:
        novads("Alfas novads", date(2000, 1, 1)).in_force(on=day)
    assert problems(caught.value) == [("$.on", code, DAY_MESSAGE)]


def test_o2_the_day_is_asked_by_keyword_only() -> None:
    with pytest.raises(TypeError):
        municipalities_on(date(2020, 1, 1))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        novads("Alfas novads", date(2000, 1, 1)).in_force(date(2020, 1, 1))  # type: ignore[call-arg]


# ---------------------------------------------------------------- serialization and strategies


@given(st.data())
def test_o1_o2_values_round_trip_through_json_and_match_the_schema(data_: st.DataObject) -> None:
    for cls, strategy in TYPE_STRATEGIES.items():
        value = data_.draw(strategy)
        assert structure(unstructure(value), cls) == value
        jsonschema.validate(unstructure(value), json_schema(cls))


def test_o2_a_shipped_municipality_serializes_to_plain_json() -> None:
    valmiera = next(m for m in municipalities_on(on=date(2022, 1, 1)) if m.name == "Valmieras novads")
    assert unstructure(valmiera) == {
        "name": "Valmieras novads",
        "kind": "novads",
        "valid": {"start": "2021-07-01", "end": None},
        "atvk": "0054000",
        "iso_code": "LV-113",
    }
    assert structure(unstructure(valmiera), Municipality) == valmiera


@given(
    organisation_strategy(
        kinds=[OrganisationKind.NGO, OrganisationKind.COMPANY], countries=["FI", "ES"], registered=True
    )
)
def test_o1_organisation_strategy_narrows(org: Organisation) -> None:
    assert org.kind in (OrganisationKind.NGO, OrganisationKind.COMPANY)
    assert org.country in ("FI", "ES")
    assert org.registration_number is not None


@given(organisation_strategy(registered=False), organisation_kinds(), municipality_kinds())
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
    assert m in municipalities_on(on=day)


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
        organisation_strategy(**arguments)
