"""Erasmus+ partnerships: members, meetings, trainings, outputs and eligibility (rules E-1 ... E-3)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from karjera_core.errors import ValidationError
from karjera_core.funding import ERASMUS_PLUS_2014_2020, ERASMUS_PLUS_2021_2027
from karjera_core.organisations import Organisation, OrganisationKind
from karjera_core.programmes.erasmus import (
    Meeting,
    Output,
    OutputKind,
    Partnership,
    PartnershipFormat,
    PartnershipRules,
    TrainingEvent,
    TrainingScope,
    check_partnership,
)
from karjera_core.serialization import structure, unstructure
from karjera_core.strategies import _erasmus
from karjera_core.strategies._erasmus import meetings, outputs, partnership_rules, partnerships, training_events
from karjera_core.time import DateRange

COUNTRIES = ("RO", "LV", "IT", "TR", "PT", "ES", "FI")


def untyped(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


def codes(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [problem.code for problem in error.value.problems]


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


def months(start: date, end: date) -> DateRange:
    return DateRange(start=start, end=end)


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
    assert codes(error) == [
        "partnership.title",
        "partnership.format",
        "partnership.coordinator",
        "partnership.partners",
        "partnership.period",
        "partnership.aim",
        "partnership.meetings",
        "partnership.trainings",
        "partnership.outputs",
    ]
    assert "Ko darīsi rīt?" not in str(error.value)


def test_e1_partners_are_distinct_organisations_other_than_the_coordinator() -> None:
    with pytest.raises(ValidationError) as error:
        partnership(partners=untyped((org("LV"), org("RO"), "CERSEO", org("LV"))))
    assert [(p.code, p.path) for p in error.value.problems] == [
        ("partnership.coordinator_as_partner", "$.partners[1]"),
        ("partnership.partners", "$.partners[2]"),
        ("partnership.duplicate_partner", "$.partners[3]"),
    ]


def test_e1_activity_entries_must_have_their_types() -> None:
    meeting = Meeting(place="Arada", country="RO")
    with pytest.raises(ValidationError) as error:
        partnership(meetings=untyped((meeting, "Arada")), trainings=untyped(("oktobrī",)))
    assert [(p.code, p.path) for p in error.value.problems] == [
        ("partnership.meetings", "$.meetings[1]"),
        ("partnership.trainings", "$.trainings[0]"),
    ]


def test_e1_a_known_period_is_closed() -> None:
    with pytest.raises(ValidationError) as error:
        partnership(period=DateRange(start=date(2022, 1, 1)))
    assert codes(error) == ["partnership.period"]


# ---------------------------------------------------------------- E-2 eligibility


def test_e2_default_rules_of_each_format() -> None:
    strategic = PartnershipFormat.STRATEGIC_2014_2020.default_rules
    cooperation = PartnershipFormat.COOPERATION_2021_2027.default_rules
    small = PartnershipFormat.SMALL_SCALE_2021_2027.default_rules
    assert (strategic.min_organisations, strategic.min_countries, strategic.min_months, strategic.max_months) == (
        3,
        3,
        12,
        36,
    )
    assert cooperation == strategic
    assert (small.min_organisations, small.min_countries, small.min_months, small.max_months) == (2, 2, 6, 24)
    assert small.eligible_countries is None


def test_e2_seven_organisations_from_seven_countries_pass_every_format() -> None:
    p = partnership()
    for fmt in PartnershipFormat:
        assert check_partnership(p, rules=fmt.default_rules) == ()


def test_e2_too_few_organisations_and_countries() -> None:
    p = partnership(partners=(org("LV"), org("RO", "Arad school")))
    violations = check_partnership(p)
    assert [(v.code, v.rule, v.path) for v in violations] == [("partnership.too_few_countries", "E-2", "$.partners")]
    lonely = partnership(partners=(org("LV"),))
    assert [v.code for v in check_partnership(lonely)] == [
        "partnership.too_few_organisations",
        "partnership.too_few_countries",
    ]


def test_e2_small_scale_needs_two_from_two() -> None:
    pair = partnership(format=PartnershipFormat.SMALL_SCALE_2021_2027, partners=(org("LV"),))
    assert check_partnership(pair) == ()
    alone = partnership(format=PartnershipFormat.SMALL_SCALE_2021_2027, partners=())
    assert [v.code for v in check_partnership(alone)] == [
        "partnership.too_few_organisations",
        "partnership.too_few_countries",
    ]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2020, 9, 1), date(2021, 8, 31), []),
        (date(2020, 9, 1), date(2021, 8, 30), ["partnership.too_short"]),
        (date(2020, 9, 1), date(2023, 8, 31), []),
        (date(2020, 9, 1), date(2023, 9, 1), ["partnership.too_long"]),
        (date(2020, 1, 31), date(2021, 1, 30), []),
    ],
)
def test_e2_duration_is_checked_in_whole_months_when_the_period_is_known(
    start: date, end: date, expected: list[str]
) -> None:
    violations = check_partnership(partnership(period=months(start, end)))
    assert [v.code for v in violations] == expected
    assert all(v.path == "$.period" and v.rule == "E-2" for v in violations)


def test_e2_small_scale_duration_bounds() -> None:
    small = PartnershipFormat.SMALL_SCALE_2021_2027
    assert check_partnership(partnership(format=small, period=months(date(2022, 3, 1), date(2022, 8, 31)))) == ()
    too_short = partnership(format=small, period=months(date(2022, 3, 1), date(2022, 8, 30)))
    assert [v.code for v in check_partnership(too_short)] == ["partnership.too_short"]
    too_long = partnership(format=small, period=months(date(2022, 3, 1), date(2024, 3, 1)))
    assert [v.code for v in check_partnership(too_long)] == ["partnership.too_long"]


def test_e2_only_eligible_countries_count_when_the_rules_name_them() -> None:
    rules = PartnershipRules(
        min_organisations=3, min_countries=3, min_months=12, max_months=36, eligible_countries=("LV", "RO")
    )
    violations = check_partnership(partnership(), rules=rules)
    assert [v.code for v in violations] == ["partnership.too_few_organisations", "partnership.too_few_countries"]
    assert "eligible" in violations[0].message
    assert "eligible" in violations[1].message


def test_e2_rules_refuse_bad_values() -> None:
    with pytest.raises(ValidationError) as error:
        PartnershipRules(
            min_organisations=0,
            min_countries=untyped(True),
            min_months=untyped("12"),
            max_months=1001,
            eligible_countries=untyped(["LV"]),
        )
    assert codes(error) == [
        "partnership_rules.min_organisations",
        "partnership_rules.min_countries",
        "partnership_rules.min_months",
        "partnership_rules.max_months",
        "partnership_rules.eligible_countries",
    ]
    with pytest.raises(ValidationError) as error:
        PartnershipRules(min_organisations=3, min_countries=3, min_months=36, max_months=12)
    assert codes(error) == ["partnership_rules.months_order"]
    with pytest.raises(ValidationError) as error:
        PartnershipRules(min_organisations=3, min_countries=3, min_months=1, max_months=2, eligible_countries=("XX",))
    assert codes(error) == ["partnership_rules.eligible_countries"]


def test_check_partnership_refuses_bad_arguments() -> None:
    with pytest.raises(ValidationError) as error:
        check_partnership(untyped("S.O.S."))
    assert codes(error) == ["partnership.type"]
    with pytest.raises(ValidationError) as error:
        check_partnership(partnership(), rules=untyped({"min_organisations": 3}))
    assert codes(error) == ["partnership.rules"]


# ---------------------------------------------------------------- E-3 activities


def test_e3_meeting_without_a_year_keeps_its_dates_unknown() -> None:
    meeting = Meeting(place="Arada", country="RO", note="šā gada 18. un 19.maijā")
    assert meeting.dates is None
    assert meeting.note == "šā gada 18. un 19.maijā"


def test_e3_meeting_refuses_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        Meeting(place=" ", country="Romania", dates=untyped("18.-19.05."), note="")
    assert codes(error) == ["meeting.place", "meeting.country", "meeting.dates", "meeting.note"]
    assert "Romania" not in str(error.value)
    with pytest.raises(ValidationError) as error:
        Meeting(place="Arada", country="RO", dates=DateRange(start=date(2022, 5, 18)), note=untyped(5))
    assert codes(error) == ["meeting.note"]
    with pytest.raises(ValidationError) as error:
        Meeting(place="Arada", country=untyped(None), note="18. un 19.maijā")
    assert codes(error) == ["meeting.country"]


def test_e3_training_month_without_year() -> None:
    host = org("LV")
    event = TrainingEvent(host=host, scope=TrainingScope.INTERNATIONAL, country="LV", month=10)
    assert event.month == 10
    assert event.dates is None
    dated = TrainingEvent(
        host=host, scope=TrainingScope.LOCAL, country="LV", month=10, dates=months(date(2022, 10, 3), date(2022, 10, 7))
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
    assert codes(error) == [
        "training.host",
        "training.scope",
        "training.country",
        "training.month",
        "training.dates",
        "training.title",
        "training.note",
    ]


def test_e3_training_dates_must_start_in_its_month() -> None:
    with pytest.raises(ValidationError) as error:
        TrainingEvent(
            host=org("LV"),
            scope=TrainingScope.INTERNATIONAL,
            country="LV",
            month=10,
            dates=months(date(2022, 11, 1), date(2022, 11, 2)),
        )
    assert codes(error) == ["training.month_mismatch"]


def test_e3_training_month_must_be_an_int() -> None:
    with pytest.raises(ValidationError) as error:
        TrainingEvent(host=org("LV"), scope=TrainingScope.LOCAL, country="LV", month=untyped(10.0))
    assert codes(error) == ["training.month"]


def test_e3_outputs() -> None:
    guide = Output(kind=OutputKind.CAREER_GUIDE, title="Ko darīsi rīt?")
    assert guide.details == ()
    with pytest.raises(ValidationError) as error:
        Output(kind=untyped("guide"), title="", details=untyped(["e-mācību moduļi"]))
    assert codes(error) == ["output.kind", "output.title", "output.details"]
    with pytest.raises(ValidationError) as error:
        Output(kind=OutputKind.ONLINE_PLATFORM, title="platforma", details=("rīki", " "))
    assert [(p.code, p.path) for p in error.value.problems] == [("output.details", "$.details[1]")]


def test_e3_training_hosted_by_a_non_member_is_a_violation() -> None:
    outsider = org("DE")
    p = partnership(trainings=(TrainingEvent(host=outsider, scope=TrainingScope.LOCAL, country="DE"),))
    assert [(v.code, v.rule, v.path) for v in check_partnership(p)] == [
        ("partnership.training_host_not_member", "E-3", "$.trainings[0].host")
    ]


def test_e3_known_dates_outside_a_known_period_are_violations() -> None:
    period = months(date(2022, 1, 1), date(2023, 12, 31))
    host = org("LV")
    p = partnership(
        period=period,
        meetings=(
            Meeting(place="Arada", country="RO", dates=months(date(2022, 5, 18), date(2022, 5, 19))),
            Meeting(place="Arada", country="RO", dates=months(date(2021, 5, 18), date(2021, 5, 19))),
            Meeting(place="Jelgava", country="LV"),
        ),
        trainings=(
            TrainingEvent(host=host, scope=TrainingScope.INTERNATIONAL, country="LV", month=10),
            TrainingEvent(
                host=host,
                scope=TrainingScope.INTERNATIONAL,
                country="LV",
                dates=months(date(2024, 1, 8), date(2024, 1, 9)),
            ),
            TrainingEvent(
                host=host, scope=TrainingScope.LOCAL, country="LV", dates=months(date(2022, 10, 3), date(2022, 10, 4))
            ),
        ),
    )
    assert [(v.code, v.path) for v in check_partnership(p)] == [
        ("partnership.meeting_outside_period", "$.meetings[1].dates"),
        ("partnership.training_outside_period", "$.trainings[1].dates"),
    ]


def test_e3_dates_are_not_checked_without_a_period() -> None:
    p = partnership(
        meetings=(Meeting(place="Arada", country="RO", dates=months(date(2001, 5, 18), date(2001, 5, 19))),),
        trainings=(
            TrainingEvent(
                host=org("LV"),
                scope=TrainingScope.LOCAL,
                country="LV",
                dates=months(date(2001, 1, 1), date(2001, 1, 2)),
            ),
        ),
    )
    assert check_partnership(p) == ()


# ---------------------------------------------------------------- strategies


@given(partnerships())
def test_e2_drawn_partnerships_comply_with_their_format(p: Partnership) -> None:
    assert check_partnership(p) == ()
    assert structure(unstructure(p), Partnership) == p


@pytest.mark.parametrize("fmt", list(PartnershipFormat))
@given(data=st.data())
def test_e2_partnerships_of_a_format(fmt: PartnershipFormat, data: st.DataObject) -> None:
    p = data.draw(partnerships(format=fmt))
    assert p.format is fmt
    assert check_partnership(p) == ()
    assert data.draw(partnership_rules(format=fmt)) == fmt.default_rules


@given(st.data())
def test_every_erasmus_type_round_trips_through_serialization(data: st.DataObject) -> None:
    for cls, strategy in _erasmus.TYPE_STRATEGIES.items():
        value = data.draw(strategy)
        assert type(value) is cls
        assert structure(unstructure(value), cls) == value


@given(
    meetings(within=months(date(2022, 1, 1), date(2022, 12, 31))),
    training_events(host=org("LV"), within=months(date(2022, 1, 1), date(2022, 12, 31))),
    outputs(kind=OutputKind.CAREER_GUIDE),
)
def test_e3_narrowed_activity_strategies(meeting: Meeting, training: TrainingEvent, output: Output) -> None:
    period = months(date(2022, 1, 1), date(2022, 12, 31))
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
