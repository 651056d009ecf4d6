"""Erasmus+ partnerships: members, meetings, trainings, outputs and eligibility (rules E-1 ... E-3)."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import karjera_core
from karjera_core import reference
from karjera_core.errors import PersonalDataRejected, ValidationError, Violation
from karjera_core.funding import ERASMUS_PLUS_2014_2020, ERASMUS_PLUS_2021_2027
from karjera_core.organisations import Organisation, OrganisationKind
from karjera_core.programmes import erasmus
from karjera_core.programmes.erasmus import (
    DEFAULT_RULES,
    RULE_SOURCES,
    SOS_CAREER_PARTNERSHIP,
    Meeting,
    Output,
    OutputKind,
    Partnership,
    PartnershipFormat,
    PartnershipRules,
    TrainingEvent,
    TrainingScope,
    check,
    check_activities,
    check_eligibility,
    check_partnership,
)
from karjera_core.programmes.erasmus import checks as checks_module
from karjera_core.programmes.erasmus import examples as examples_module
from karjera_core.programmes.erasmus import parameters as parameters_module
from karjera_core.programmes.erasmus import partnership as partnership_module
from karjera_core.schedule import Source
from karjera_core.serialization import json_schema, structure, unstructure
from karjera_core.strategies import _erasmus
from karjera_core.strategies._erasmus import meetings, outputs, partnership_rules, partnerships, training_events
from karjera_core.time import DateRange

#: Read through importlib: the package ships no type stubs.
jsonschema: Any = importlib.import_module("jsonschema")

COUNTRIES = ("RO", "LV", "IT", "TR", "PT", "ES", "FI")
COUNTRY = "expected an ISO 3166-1 alpha-2 country code such as 'LV'"
ONE_DAY = timedelta(days=1)
CHECKS: list[Callable[..., tuple[Violation, ...]]] = [check, check_eligibility, check_partnership]


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def problems(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.value.problems]


_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]")


def node(root: Any, path: str) -> Any:
    """The node of ``root`` that ``path`` ($, .name, [index]) names; KeyError / IndexError when there is none."""
    assert path.startswith("$")
    here = root
    for name, index in _STEP.findall(path[1:]):
        here = here[name] if name else here[int(index)]
    return here


def checked(p: Partnership, rules: PartnershipRules | None = None) -> list[tuple[str, str, str, str]]:
    """``check``'s violations, each path naming a node of the call's unstructured arguments; the per-rule
    checks and ``check_partnership`` must together say the same."""
    found = check(p, rules=rules)
    assert check_partnership(p, rules=rules) == found
    assert (*check_eligibility(p, rules=rules), *check_activities(p)) == found
    arguments = {"partnership": unstructure(p), "rules": None if rules is None else unstructure(rules)}
    for violation in found:
        node(arguments, violation.path)
    return [(v.path, v.code, v.rule, v.message) for v in found]


def org(country: str, name: str | None = None) -> Organisation:
    return Organisation(name=name or f"Partner {country}", kind=OrganisationKind.NGO, country=country)


def partnership(**changes: Any) -> Partnership:
    """Seven organisations from seven countries, as in [001], with no period."""
    fields: dict[str, Any] = {
        "title": "S.O.S. karjera panākumiem",
        "format": PartnershipFormat.STRATEGIC_2014_2020,
        "coordinator": org("RO"),
        "partners": tuple(org(country) for country in COUNTRIES[1:]),
    }
    fields.update(changes)
    return Partnership(**fields)


def span(start: date, end: date) -> DateRange:
    return DateRange(start=start, end=end)


def too_few_organisations(n: int, among: str = "") -> tuple[str, str, str, str]:
    message = f"expected at least {n}{among} organisations, coordinator included"
    return ("$.partnership.partners", "partnership.too_few_organisations", "E-2", message)


def too_few_countries(n: int, among: str = "") -> tuple[str, str, str, str]:
    message = f"expected organisations from at least {n} different{among} countries"
    return ("$.partnership.partners", "partnership.too_few_countries", "E-2", message)


def too_short(months: int) -> tuple[str, str, str, str]:
    return ("$.partnership.period", "partnership.too_short", "E-2", f"expected a duration of at least {months} months")


def too_long(months: int) -> tuple[str, str, str, str]:
    return ("$.partnership.period", "partnership.too_long", "E-2", f"expected a duration of at most {months} months")


# ---------------------------------------------------------------- E-1 the partnership


def test_e1_coordinator_and_partners() -> None:
    p = partnership()
    assert p.coordinator == org("RO")
    assert len(p.partners) == 6
    assert p.organisations[0] == p.coordinator
    assert p.countries == tuple(sorted(COUNTRIES))
    assert p.period is None
    assert p.programming_period is ERASMUS_PLUS_2014_2020


def test_e1_formats_belong_to_their_generation() -> None:
    assert PartnershipFormat.STRATEGIC_2014_2020.programming_period is ERASMUS_PLUS_2014_2020
    assert PartnershipFormat.COOPERATION_2021_2027.programming_period is ERASMUS_PLUS_2021_2027
    assert PartnershipFormat.SMALL_SCALE_2021_2027.programming_period is ERASMUS_PLUS_2021_2027


def test_e1_every_enumeration_has_a_latvian_label() -> None:
    for enumeration in (PartnershipFormat, TrainingScope, OutputKind):
        for member in enumeration:
            assert member.label.strip()
    assert PartnershipFormat.STRATEGIC_2014_2020.label == "stratēģiskā partnerība"


def test_e1_partnership_refuses_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as error:
        Partnership(
            title="",
            format=untyped("strategic"),
            coordinator=untyped("Arad"),
            partners=untyped([org("LV")]),
            period=untyped("2020..2022"),
            aim=" ",
            meetings=untyped(None),
            trainings=untyped([]),
            outputs=untyped("Ko darīsi rīt?"),
        )
    assert problems(error) == [
        ("$.title", "text.blank", "expected a title that is not blank"),
        ("$.format", "enum.type", "expected a PartnershipFormat"),
        ("$.coordinator", "record.type", "expected an Organisation"),
        ("$.partners", "array.type", "expected a tuple of items, each an Organisation"),
        ("$.period", "record.type", "expected a DateRange"),
        ("$.aim", "text.blank", "expected an aim that is not blank"),
        ("$.meetings", "array.type", "expected a tuple of items, each a Meeting"),
        ("$.trainings", "array.type", "expected a tuple of items, each a TrainingEvent"),
        ("$.outputs", "array.type", "expected a tuple of items, each an Output"),
    ]
    assert "Ko darīsi rīt?" not in str(error.value)


def test_e1_partners_are_distinct_organisations_other_than_the_coordinator() -> None:
    coordinator_as_partner = (
        "partnership.coordinator_as_partner",
        "expected the coordinator not to be listed as a partner",
    )
    duplicate = ("partnership.duplicate_partner", "expected each partner at most once")
    with pytest.raises(ValidationError) as error:
        partnership(partners=(org("LV"), org("RO"), org("IT"), org("LV"), org("RO"), org("LV")))
    assert problems(error) == [
        ("$.partners[1]", *coordinator_as_partner),
        ("$.partners[4]", *coordinator_as_partner),
        ("$.partners[3]", *duplicate),
        ("$.partners[5]", *duplicate),
    ]
    with pytest.raises(ValidationError) as error:
        partnership(partners=untyped((org("LV"), "CERSEO")))
    assert problems(error) == [("$.partners[1]", "record.type", "expected an Organisation")]


def test_e1_a_partner_listed_twice_is_refused_whether_or_not_the_coordinator_is_listed() -> None:
    duplicate = ("partnership.duplicate_partner", "expected each partner at most once")
    with pytest.raises(ValidationError) as error:
        partnership(partners=(org("LV"), org("IT"), org("LV")))
    assert problems(error) == [("$.partners[2]", *duplicate)]
    with pytest.raises(ValidationError) as error:
        partnership(partners=(org("LV"), org("RO"), org("LV")))
    assert problems(error) == [
        (
            "$.partners[1]",
            "partnership.coordinator_as_partner",
            "expected the coordinator not to be listed as a partner",
        ),
        ("$.partners[2]", *duplicate),
    ]
    assert partnership(partners=(org("LV"), org("IT"))).partners == (org("LV"), org("IT"))


def test_e1_activity_entries_must_have_their_types() -> None:
    meeting = Meeting(place="Arada", country="RO")
    with pytest.raises(ValidationError) as error:
        partnership(meetings=untyped((meeting, "Arada")), trainings=untyped(("oktobrī",)))
    assert problems(error) == [
        ("$.meetings[1]", "record.type", "expected a Meeting"),
        ("$.trainings[0]", "record.type", "expected a TrainingEvent"),
    ]


def test_e1_a_known_period_is_closed() -> None:
    with pytest.raises(ValidationError) as error:
        partnership(period=DateRange(start=date(2022, 1, 1)))
    assert problems(error) == [("$.period.end", "partnership.open_period", "expected None or a closed period")]


def test_p7_partnership_texts_refuse_a_personal_code_without_echoing_it() -> None:
    personal = ("privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)")
    with pytest.raises(PersonalDataRejected) as error:
        partnership(title="161175-19997", aim="vadītājs 161175-19997")
    assert problems(error) == [("$.title", *personal), ("$.aim", *personal)]
    with pytest.raises(PersonalDataRejected) as error:
        Meeting(place="Arada", country="RO", note="dalībnieks 16117519997")
    assert problems(error) == [("$.note", *personal)]
    with pytest.raises(PersonalDataRejected) as error:
        Output(kind=OutputKind.OTHER, title="x", details=("328673-00679",))
    assert problems(error) == [("$.details[0]", *personal)]
    assert "328673" not in str(error.value)


def test_e1_partnership_from_json_reports_every_problem() -> None:
    data = unstructure(partnership())
    data.update(format="strategic", extra=1)
    data["partners"][2]["country"] = "Italy"
    with pytest.raises(ValidationError) as error:
        structure(data, Partnership)
    found = problems(error)
    keys = "title, format, coordinator, partners, period, aim, meetings, trainings, outputs"
    assert found[0] == ("$.extra", "object.unknown_key", f"unexpected key; expected only: {keys}")
    assert found[1] == (
        "$.format",
        "enum.value",
        "expected one of: cooperation_2021_2027, small_scale_2021_2027, strategic_2014_2020",
    )
    assert [p[0] for p in found[2:]] == ["$.partners[2].country"]


# ---------------------------------------------------------------- E-2 eligibility


def test_e2_default_rules_of_each_format_name_their_source() -> None:
    strategic = PartnershipFormat.STRATEGIC_2014_2020.default_rules
    assert strategic == PartnershipRules(min_organisations=3, min_countries=3, min_months=12, max_months=36)
    assert PartnershipFormat.COOPERATION_2021_2027.default_rules == strategic
    small = PartnershipFormat.SMALL_SCALE_2021_2027.default_rules
    assert small == PartnershipRules(min_organisations=2, min_countries=2, min_months=6, max_months=24)
    assert small.eligible_countries is None
    assert set(DEFAULT_RULES) == set(RULE_SOURCES) == set(PartnershipFormat)
    for fmt in PartnershipFormat:
        assert fmt.default_rules is DEFAULT_RULES[fmt]
        assert type(fmt.source) is Source
        assert fmt.source.citation.startswith("[pub] SOURCES §7")
    assert "KA210" in PartnershipFormat.SMALL_SCALE_2021_2027.source.citation


def test_e2_seven_organisations_from_seven_countries_pass_every_format() -> None:
    p = partnership()
    for fmt in PartnershipFormat:
        assert checked(p, fmt.default_rules) == []


def test_e2_three_organisations_from_three_countries_the_least_that_passes() -> None:
    assert checked(partnership(partners=(org("LV"), org("IT")))) == []
    assert checked(partnership(partners=(org("LV"), org("RO", "Arad school")))) == [too_few_countries(3)]
    assert checked(partnership(partners=(org("LV"),))) == [too_few_organisations(3), too_few_countries(3)]


def test_e2_small_scale_needs_two_from_two() -> None:
    small = PartnershipFormat.SMALL_SCALE_2021_2027
    assert checked(partnership(format=small, partners=(org("LV"),))) == []
    assert checked(partnership(format=small, partners=(org("RO", "Arad school"),))) == [too_few_countries(2)]
    assert checked(partnership(format=small, partners=())) == [too_few_organisations(2), too_few_countries(2)]


@pytest.mark.parametrize("fmt", [PartnershipFormat.STRATEGIC_2014_2020, PartnershipFormat.COOPERATION_2021_2027])
@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (date(2021, 8, 30), [too_short(12)]),
        (date(2021, 8, 31), []),
        (date(2021, 9, 1), []),
        (date(2023, 8, 30), []),
        (date(2023, 8, 31), []),
        (date(2023, 9, 1), [too_long(36)]),
    ],
)
def test_e2_12_to_36_months_the_day_before_on_and_after_each_bound(
    fmt: PartnershipFormat, end: date, expected: list[tuple[str, str, str, str]]
) -> None:
    assert checked(partnership(format=fmt, period=span(date(2020, 9, 1), end))) == expected


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (date(2022, 8, 30), [too_short(6)]),
        (date(2022, 8, 31), []),
        (date(2022, 9, 1), []),
        (date(2024, 2, 28), []),
        (date(2024, 2, 29), []),
        (date(2024, 3, 1), [too_long(24)]),
    ],
)
def test_e2_small_scale_6_to_24_months_the_day_before_on_and_after_each_bound(
    end: date, expected: list[tuple[str, str, str, str]]
) -> None:
    small = partnership(format=PartnershipFormat.SMALL_SCALE_2021_2027, period=span(date(2022, 3, 1), end))
    assert checked(small) == expected


def test_e2_months_end_on_the_day_before_the_same_date_or_the_month_end() -> None:
    assert checked(partnership(period=span(date(2020, 1, 31), date(2021, 1, 30)))) == []
    assert checked(partnership(period=span(date(2020, 1, 31), date(2021, 1, 29)))) == [too_short(12)]
    assert checked(partnership(period=span(date(2020, 2, 29), date(2021, 2, 27)))) == []
    assert checked(partnership(period=span(date(2020, 2, 29), date(2021, 2, 26)))) == [too_short(12)]


def test_e2_only_eligible_countries_count_when_the_rules_name_them() -> None:
    rules = PartnershipRules(
        min_organisations=3, min_countries=3, min_months=12, max_months=36, eligible_countries=("LV", "RO")
    )
    assert checked(partnership(), rules) == [
        too_few_organisations(3, " eligible"),
        too_few_countries(3, " eligible"),
    ]
    wider = PartnershipRules(
        min_organisations=3, min_countries=3, min_months=12, max_months=36, eligible_countries=("LV", "RO", "IT")
    )
    assert checked(partnership(), wider) == []


def test_e2_rules_replace_the_defaults() -> None:
    p = partnership(period=span(date(2020, 9, 1), date(2021, 2, 28)))
    assert checked(p) == [too_short(12)]
    assert checked(p, PartnershipFormat.SMALL_SCALE_2021_2027.default_rules) == []


def test_e2_rules_refuse_bad_values() -> None:
    months = "expected a number of months: an int (not a bool) from 1 to 1000"
    with pytest.raises(ValidationError) as error:
        PartnershipRules(
            min_organisations=0,
            min_countries=untyped(True),
            min_months=untyped("12"),
            max_months=1001,
            eligible_countries=untyped(["LV"]),
        )
    assert problems(error) == [
        (
            "$.min_organisations",
            "integer.range",
            "expected a number of organisations: an int (not a bool) from 1 to 1000",
        ),
        ("$.min_countries", "integer.type", "expected a number of countries: an int (not a bool) from 1 to 1000"),
        ("$.min_months", "integer.type", months),
        ("$.max_months", "integer.range", months),
        ("$.eligible_countries", "array.type", f"expected a tuple of items, each {COUNTRY[9:]}"),
    ]
    with pytest.raises(ValidationError) as error:
        PartnershipRules(min_organisations=3, min_countries=3, min_months=13, max_months=12)
    assert problems(error) == [
        ("$.max_months", "partnership_rules.months_order", "expected max_months of at least min_months")
    ]
    assert PartnershipRules(min_organisations=3, min_countries=3, min_months=12, max_months=12).max_months == 12
    with pytest.raises(ValidationError) as error:
        PartnershipRules(min_organisations=3, min_countries=3, min_months=1, max_months=2, eligible_countries=("XX",))
    assert problems(error) == [("$.eligible_countries[0]", "text.choice", COUNTRY)]


@pytest.mark.parametrize("function", CHECKS)
def test_e2_checks_refuse_bad_arguments(function: Callable[..., tuple[Violation, ...]]) -> None:
    with pytest.raises(ValidationError) as error:
        function(untyped("S.O.S."))
    assert problems(error) == [("$.partnership", "record.type", "expected a Partnership")]
    with pytest.raises(ValidationError) as error:
        function(partnership(), rules=untyped({"min_organisations": 3}))
    assert problems(error) == [("$.rules", "record.type", "expected a PartnershipRules")]


def test_e3_check_activities_refuses_a_bad_argument() -> None:
    with pytest.raises(ValidationError) as error:
        check_activities(untyped(None))
    assert problems(error) == [("$.partnership", "record.type", "expected a Partnership")]


# ---------------------------------------------------------------- E-3 activities


def test_e3_meeting_without_a_year_keeps_its_dates_unknown() -> None:
    meeting = Meeting(place="Arada", country="RO", note="šā gada 18. un 19.maijā")
    assert meeting.dates is None
    assert meeting.note == "šā gada 18. un 19.maijā"


def test_e3_meeting_refuses_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        Meeting(place=" ", country="Romania", dates=untyped("18.-19.05."), note="")
    assert problems(error) == [
        ("$.place", "text.blank", "expected a place that is not blank"),
        ("$.country", "text.choice", COUNTRY),
        ("$.dates", "record.type", "expected a DateRange"),
        ("$.note", "text.blank", "expected a note that is not blank"),
    ]
    assert "Romania" not in str(error.value)
    with pytest.raises(ValidationError) as error:
        Meeting(place="Arada", country=untyped(None), note=untyped(5))
    assert problems(error) == [
        ("$.country", "text.choice", COUNTRY),
        ("$.note", "text.type", "expected a note as a str"),
    ]


def test_e3_training_month_without_year() -> None:
    host = org("LV")
    event = TrainingEvent(host=host, scope=TrainingScope.INTERNATIONAL, country="LV", month=10)
    assert event.month == 10
    assert event.dates is None
    dated = TrainingEvent(
        host=host, scope=TrainingScope.LOCAL, country="LV", month=10, dates=span(date(2022, 10, 3), date(2022, 10, 7))
    )
    assert dated.dates is not None


def test_e3_training_refuses_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        TrainingEvent(
            host=untyped("Jelgava"),
            scope=untyped("international"),
            country="lv",
            month=13,
            dates=untyped("oktobrī"),
            title="",
            note=" ",
        )
    assert problems(error) == [
        ("$.host", "record.type", "expected an Organisation"),
        ("$.scope", "enum.type", "expected a TrainingScope"),
        ("$.country", "text.choice", COUNTRY),
        ("$.month", "integer.range", "expected a month: an int (not a bool) from 1 to 12"),
        ("$.dates", "record.type", "expected a DateRange"),
        ("$.title", "text.blank", "expected a title that is not blank"),
        ("$.note", "text.blank", "expected a note that is not blank"),
    ]


def test_e3_training_dates_must_start_in_its_month() -> None:
    def event(start: date) -> TrainingEvent:
        return TrainingEvent(
            host=org("LV"),
            scope=TrainingScope.INTERNATIONAL,
            country="LV",
            month=10,
            dates=span(start, date(2022, 11, 2)),
        )

    for start in (date(2022, 10, 1), date(2022, 10, 31)):
        assert event(start).month == 10
    for start in (date(2022, 9, 30), date(2022, 11, 1)):
        with pytest.raises(ValidationError) as error:
            event(start)
        assert problems(error) == [
            ("$.month", "training_event.month_mismatch", "expected the dates to start in the given month")
        ]


def test_e3_training_month_must_be_an_int() -> None:
    with pytest.raises(ValidationError) as error:
        TrainingEvent(host=org("LV"), scope=TrainingScope.LOCAL, country="LV", month=untyped(10.0))
    assert problems(error) == [("$.month", "integer.type", "expected a month: an int (not a bool) from 1 to 12")]


def test_e3_outputs() -> None:
    guide = Output(kind=OutputKind.CAREER_GUIDE, title="Ko darīsi rīt?")
    assert guide.details == ()
    with pytest.raises(ValidationError) as error:
        Output(kind=untyped("guide"), title="", details=untyped(["e-mācību moduļi"]))
    assert problems(error) == [
        ("$.kind", "enum.type", "expected an OutputKind"),
        ("$.title", "text.blank", "expected a title that is not blank"),
        ("$.details", "array.type", "expected a tuple of items, each a detail"),
    ]
    with pytest.raises(ValidationError) as error:
        Output(kind=OutputKind.ONLINE_PLATFORM, title="platforma", details=("rīki", " "))
    assert problems(error) == [("$.details[1]", "text.blank", "expected a detail that is not blank")]


HOST_NOT_MEMBER = "expected a training hosted by the coordinator or a partner"
MEETING_OUTSIDE = "expected the meeting within the partnership's period"
TRAINING_OUTSIDE = "expected the training within the partnership's period"


def test_e3_training_hosted_by_a_non_member_is_a_violation() -> None:
    outsider = org("DE")
    p = partnership(
        trainings=(
            TrainingEvent(host=org("LV"), scope=TrainingScope.LOCAL, country="LV"),
            TrainingEvent(host=outsider, scope=TrainingScope.LOCAL, country="DE"),
            TrainingEvent(host=org("RO"), scope=TrainingScope.LOCAL, country="RO"),
        )
    )
    assert checked(p) == [
        ("$.partnership.trainings[1].host", "partnership.training_host_not_member", "E-3", HOST_NOT_MEMBER)
    ]


def test_e3_known_dates_the_day_inside_and_the_day_outside_a_known_period() -> None:
    start, end = date(2022, 1, 1), date(2023, 12, 31)
    host = org("LV")

    def training(dates: DateRange | None) -> TrainingEvent:
        return TrainingEvent(host=host, scope=TrainingScope.INTERNATIONAL, country="LV", dates=dates)

    p = partnership(
        period=span(start, end),
        meetings=(
            Meeting(place="Arada", country="RO", dates=span(start, start)),
            Meeting(place="Arada", country="RO", dates=span(start - ONE_DAY, start)),
            Meeting(place="Jelgava", country="LV"),
            Meeting(place="Arada", country="RO", dates=span(end, end + ONE_DAY)),
            Meeting(place="Arada", country="RO", dates=span(end, end)),
        ),
        trainings=(
            training(None),
            training(span(end, end + ONE_DAY)),
            training(span(start, end)),
            training(span(start - ONE_DAY, start - ONE_DAY)),
        ),
    )
    assert checked(p) == [
        ("$.partnership.meetings[1].dates", "partnership.meeting_outside_period", "E-3", MEETING_OUTSIDE),
        ("$.partnership.meetings[3].dates", "partnership.meeting_outside_period", "E-3", MEETING_OUTSIDE),
        ("$.partnership.trainings[1].dates", "partnership.training_outside_period", "E-3", TRAINING_OUTSIDE),
        ("$.partnership.trainings[3].dates", "partnership.training_outside_period", "E-3", TRAINING_OUTSIDE),
    ]


def test_e3_dates_are_not_checked_without_a_period() -> None:
    p = partnership(
        meetings=(Meeting(place="Arada", country="RO", dates=span(date(2001, 5, 18), date(2001, 5, 19))),),
        trainings=(
            TrainingEvent(
                host=org("LV"), scope=TrainingScope.LOCAL, country="LV", dates=span(date(2001, 1, 1), date(2001, 1, 2))
            ),
        ),
    )
    assert checked(p) == []


def test_e2_e3_every_violation_at_once_in_rule_order() -> None:
    p = partnership(
        partners=(org("LV"),),
        period=span(date(2022, 1, 1), date(2022, 6, 30)),
        trainings=(TrainingEvent(host=org("DE"), scope=TrainingScope.LOCAL, country="DE"),),
        meetings=(Meeting(place="Riga", country="LV", dates=span(date(2022, 7, 1), date(2022, 7, 1))),),
    )
    assert checked(p) == [
        too_few_organisations(3),
        too_few_countries(3),
        too_short(12),
        ("$.partnership.meetings[0].dates", "partnership.meeting_outside_period", "E-3", MEETING_OUTSIDE),
        ("$.partnership.trainings[0].host", "partnership.training_host_not_member", "E-3", HOST_NOT_MEMBER),
    ]


# ---------------------------------------------------------------- the seed partnership [001]


def test_e1_the_seed_partnership_has_seven_organisations_from_seven_countries() -> None:
    p = SOS_CAREER_PARTNERSHIP
    assert p.coordinator == examples_module.ARAD_COUNTY_EDUCATION_BOARD
    assert p.countries == tuple(sorted(COUNTRIES))
    assert [meeting.dates for meeting in p.meetings] == [None]
    assert [(t.host.country, t.month) for t in p.trainings] == [("LV", 10), ("ES", None), ("FI", None)]
    for fmt in PartnershipFormat:
        assert checked(p, fmt.default_rules) == []
    assert structure(unstructure(p), Partnership) == p


def test_e1_the_seed_partnership_is_the_one_reference_offers() -> None:
    assert reference.SOS_CAREER_PARTNERSHIP == SOS_CAREER_PARTNERSHIP
    assert reference.JELGAVA_NOVADS_EDUCATION_BOARD == examples_module.JELGAVA_NOVADS_EDUCATION_BOARD


# ---------------------------------------------------------------- the package and its modules


def test_the_package_is_the_programme_interface() -> None:
    assert karjera_core.erasmus is erasmus
    assert karjera_core.check_partnership is check_partnership
    assert karjera_core.Partnership is Partnership
    assert "erasmus" in karjera_core.__all__
    for name in ("facts", "indicators", "figures"):
        assert not hasattr(erasmus, name)


@pytest.mark.parametrize(
    "module", [erasmus, checks_module, examples_module, parameters_module, partnership_module], ids=lambda m: m.__name__
)
def test_every_module_lists_its_names_and_defines_its_classes_publicly(module: Any) -> None:
    assert dir(module) == sorted(module.__all__)
    for name in module.__all__:
        value = getattr(module, name)
        if isinstance(value, type):
            assert not any(part.startswith("_") for part in value.__module__.split("."))


def test_the_index_names_every_rule() -> None:
    doc = erasmus.__doc__ or ""
    for rule_id in ("E-1", "E-2", "E-3"):
        assert rule_id in doc
    for name in erasmus.__all__:
        assert name in doc


# ---------------------------------------------------------------- strategies


@given(partnerships())
def test_e2_drawn_partnerships_comply_with_their_format(p: Partnership) -> None:
    assert checked(p) == []
    assert structure(unstructure(p), Partnership) == p


@pytest.mark.parametrize("fmt", list(PartnershipFormat))
@given(data=st.data())
def test_e2_partnerships_of_a_format(fmt: PartnershipFormat, data: st.DataObject) -> None:
    p = data.draw(partnerships(format=fmt))
    assert p.format is fmt
    assert checked(p) == []
    assert data.draw(partnership_rules(format=fmt)) == fmt.default_rules


@given(st.data())
def test_every_erasmus_type_round_trips_through_serialization_and_fits_its_schema(data: st.DataObject) -> None:
    for cls, strategy in _erasmus.TYPE_STRATEGIES.items():
        value = data.draw(strategy)
        assert type(value) is cls
        dumped = unstructure(value)
        assert structure(json.loads(json.dumps(dumped, allow_nan=False)), cls) == value
        jsonschema.validate(dumped, json_schema(cls))


@given(
    meetings(within=span(date(2022, 1, 1), date(2022, 12, 31))),
    training_events(host=org("LV"), within=span(date(2022, 1, 1), date(2022, 12, 31))),
    outputs(kind=OutputKind.CAREER_GUIDE),
)
def test_e3_narrowed_activity_strategies(meeting: Meeting, training: TrainingEvent, output: Output) -> None:
    period = span(date(2022, 1, 1), date(2022, 12, 31))
    assert meeting.dates is None or period.covers(meeting.dates)
    assert training.host == org("LV")
    assert training.dates is None or period.covers(training.dates)
    assert output.kind is OutputKind.CAREER_GUIDE


@pytest.mark.parametrize(
    "build",
    [
        lambda: partnerships(format=untyped("strategic")),
        lambda: partnership_rules(format=untyped(3)),
        lambda: meetings(within=DateRange(start=date(2022, 1, 1))),
        lambda: training_events(within=untyped("2022")),
        lambda: training_events(host=untyped("Jelgava")),
        lambda: outputs(kind=untyped("guide")),
    ],
)
def test_erasmus_strategies_refuse_bad_arguments(build: Any) -> None:
    with pytest.raises(InvalidArgument):
        build()
