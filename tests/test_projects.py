"""Projects, roles, amendments, status on a date and the cross-record checks (rules F-1 ... F-5)."""

from __future__ import annotations

import importlib
import json
import re
from datetime import date, datetime, timedelta
from typing import Any, cast

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import karjera_core.projects as projects_module
from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.funding import (
    ERASMUS_PLUS_2021_2027,
    ESF_2014_2020,
    ESF_PLUS_2021_2027,
    Budget,
    ProjectNumber,
)
from karjera_core.money import Money
from karjera_core.organisations import Organisation, OrganisationKind
from karjera_core.projects import Amendment, Project, ProjectRole, ProjectStatus, Role, check_project
from karjera_core.schedule import Regulation
from karjera_core.serialization import json_schema, structure, unstructure
from karjera_core.strategies import _projects
from karjera_core.strategies._projects import amendments, project_roles, projects
from karjera_core.strategies._time import dates
from karjera_core.time import DateRange

#: Read through importlib: the package ships no type stubs.
jsonschema: Any = importlib.import_module("jsonschema")

IKVD = Organisation(name="Izglītības kvalitātes valsts dienests", kind=OrganisationKind.NATIONAL_AGENCY, country="LV")
JELGAVA = Organisation(name="Jelgavas novada pašvaldība", kind=OrganisationKind.MUNICIPALITY, country="LV")
VISC = Organisation(name="Valsts izglītības satura centrs", kind=OrganisationKind.NATIONAL_AGENCY, country="LV")
ORDER = {ProjectStatus.PLANNED: 0, ProjectStatus.ACTIVE: 1, ProjectStatus.CLOSED: 2}
DAY = "expected a date (datetime.date, not datetime) in the years 1900-2199"
ONE_DAY = timedelta(days=1)


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


def checked(project: Project) -> list[tuple[str, str, str, str]]:
    """check_project's violations, each path checked to name a node of the call's unstructured arguments."""
    found = check_project(project)
    arguments = {"project": unstructure(project)}
    for violation in found:
        node(arguments, violation.path)
    return [(v.path, v.code, v.rule, v.message) for v in found]


def pumpurs(**changes: Any) -> Project:
    """A PuMPuRS-like project: 2017-03-16 .. 2022-12-31, ESF 2014-2020."""
    fields: dict[str, Any] = {
        "number": ProjectNumber.parse("8.3.4.0/16/I/001"),
        "title": "Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai",
        "programming_period": ESF_2014_2020,
        "period": DateRange(start=date(2017, 3, 16), end=date(2022, 12, 31)),
        "roles": (ProjectRole(organisation=IKVD, role=Role.IMPLEMENTER),),
    }
    fields.update(changes)
    return Project(**fields)


def teacher_support(end: date = date(2029, 12, 31), **changes: Any) -> Project:
    """The [003] project: 2024-10-01 .. 2029-12-31, ESF+ 2021-2027."""
    fields: dict[str, Any] = {
        "number": ProjectNumber.parse("4.2.2.3/1/24/I/001"),
        "title": "Pedagogu profesionālā atbalsta sistēmas izveide",
        "programming_period": ESF_PLUS_2021_2027,
        "period": DateRange(start=date(2024, 10, 1), end=end),
        "roles": (ProjectRole(organisation=VISC, role=Role.SUBMITTER),),
    }
    fields.update(changes)
    return Project(**fields)


def amended(end: date, announced: date = date(2021, 4, 30), source: str = "IKVD") -> Amendment:
    return Amendment(announced=announced, end=end, source=source)


EXTENSION = Amendment(announced=date(2021, 4, 30), end=date(2023, 12, 31), source="IKVD: 03.2017. - 12.2023.")
ESF_WINDOW = "2014-01-01..2023-12-31"
ESF_PLUS_WINDOW = "2021-01-01..2029-12-31"
Listed = tuple[str, str, str, str]


def outside(window: str = ESF_WINDOW) -> Listed:
    message = f"expected the implementation period inside the eligibility window {window}"
    return ("$.project.period", "project.outside_eligibility", "F-1", message)


def amended_outside(index: int, window: str = ESF_WINDOW) -> Listed:
    message = f"expected the amended end inside the eligibility window {window}"
    return (f"$.project.amendments[{index}].end", "project.amendment_outside_eligibility", "F-1", message)


def mismatch(expects_round: bool) -> Listed:
    form = "with" if expects_round else "without"
    message = f"expected a project number {form} a selection round in this programming period"
    return ("$.project.number", "project.number_period_mismatch", "F-2", message)


YEAR_OUTSIDE = (
    "$.project.number",
    "project.number_year_outside_period",
    "F-2",
    "expected the selection year within 2014-2023",
)
NO_ONE = (
    "$.project.roles",
    "project.no_responsible_organisation",
    "F-3",
    "expected at least one submitter, implementer or lead partner",
)


def before_start(index: int) -> Listed:
    message = "expected the amended end on or after the project's start"
    return (f"$.project.amendments[{index}].end", "project.amendment_before_start", "F-4", message)


# ---------------------------------------------------------------- F-3 the project and its roles


def test_f3_a_project_holds_its_fields() -> None:
    budget = Budget(total=Money(10), complete=False)
    regulation = Regulation(number=460, adopted=date(2016, 7, 12))
    project = pumpurs(
        regulation=regulation,
        specific_objective="Samazināt priekšlaicīgu mācību pārtraukšanu",
        target_groups=("5.-12. klašu skolēni",),
        activities=("individuāls atbalsts,\nekonomiskais atbalsts",),
        budget=budget,
    )
    assert project.number == ProjectNumber.parse("8.3.4.0/16/1/001")
    assert project.regulation == regulation
    assert project.budget == budget
    assert project.target_groups == ("5.-12. klašu skolēni",)
    assert project.amendments == ()


def test_f3_one_organisation_may_hold_several_roles() -> None:
    project = pumpurs(
        roles=(
            ProjectRole(organisation=IKVD, role=Role.SUBMITTER),
            ProjectRole(organisation=IKVD, role=Role.IMPLEMENTER),
            ProjectRole(organisation=JELGAVA, role=Role.COOPERATION_PARTNER),
        )
    )
    assert project.roles_of(IKVD) == (Role.SUBMITTER, Role.IMPLEMENTER)
    assert project.roles_of(JELGAVA) == (Role.COOPERATION_PARTNER,)
    assert project.organisations_with(Role.IMPLEMENTER) == (IKVD,)
    assert project.organisations_with(Role.LEAD_PARTNER) == ()
    assert project.roles_of(VISC) == ()


def test_f3_role_queries_refuse_wrong_arguments() -> None:
    project = pumpurs()
    with pytest.raises(ValidationError) as error:
        project.organisations_with(untyped("implementer"))
    assert problems(error) == [("$.role", "enum.type", "expected a Role")]
    with pytest.raises(ValidationError) as error:
        project.roles_of(untyped("IKVD"))
    assert problems(error) == [("$.organisation", "record.type", "expected an Organisation")]


def test_f3_every_role_and_status_has_a_latvian_label() -> None:
    for enumeration in (Role, ProjectStatus):
        for member in enumeration:
            assert member.label.strip()
    assert Role.COOPERATION_PARTNER.label == "sadarbības partneris"


def test_f3_project_role_refuses_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        ProjectRole(organisation=untyped("IKVD"), role=untyped("implementer"))
    assert problems(error) == [
        ("$.organisation", "record.type", "expected an Organisation"),
        ("$.role", "enum.type", "expected a Role"),
    ]
    with pytest.raises(ValidationError) as error:
        ProjectRole(organisation=IKVD, role=untyped(None))
    assert problems(error) == [("$.role", "enum.type", "expected a Role")]


def test_f3_project_refuses_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as error:
        Project(
            number=untyped("8.3.4.0/16/I/001"),
            title=" ",
            programming_period=untyped(None),
            period=untyped((date(2017, 3, 16), date(2022, 12, 31))),
            roles=untyped([]),
            regulation=untyped("MK 460"),
            specific_objective="",
            target_groups=untyped(["a"]),
            activities=untyped(None),
            budget=untyped(Money(10)),
            amendments=untyped([EXTENSION]),
        )
    assert problems(error) == [
        ("$.number", "record.type", "expected a ProjectNumber"),
        ("$.title", "text.blank", "expected a title that is not blank"),
        ("$.programming_period", "record.type", "expected a ProgrammingPeriod"),
        ("$.period", "record.type", "expected a DateRange"),
        ("$.roles", "array.type", "expected a tuple of items, each a ProjectRole"),
        ("$.regulation", "record.type", "expected a Regulation"),
        ("$.specific_objective", "text.blank", "expected a specific objective that is not blank"),
        ("$.target_groups", "array.type", "expected a tuple of items, each a target group"),
        ("$.activities", "array.type", "expected a tuple of items, each an activity"),
        ("$.budget", "record.type", "expected a Budget"),
        ("$.amendments", "array.type", "expected a tuple of items, each an Amendment"),
    ]
    assert "8.3.4.0/16/I/001" not in str(error.value)


def test_f3_project_refuses_bad_entries_with_their_paths() -> None:
    role = ProjectRole(organisation=IKVD, role=Role.IMPLEMENTER)
    with pytest.raises(ValidationError) as error:
        pumpurs(
            roles=untyped((role, "IKVD", role)),
            target_groups=untyped(("skolēni", " ", 5)),
            activities=("atbalsts",),
            amendments=untyped((EXTENSION, "2023-12-31")),
        )
    assert problems(error) == [
        ("$.roles[1]", "record.type", "expected a ProjectRole"),
        ("$.target_groups[1]", "text.blank", "expected a target group that is not blank"),
        ("$.target_groups[2]", "text.type", "expected a target group as a str"),
        ("$.amendments[1]", "record.type", "expected an Amendment"),
    ]


def test_f3_each_organisation_in_each_role_once() -> None:
    role = ProjectRole(organisation=IKVD, role=Role.IMPLEMENTER)
    other = ProjectRole(organisation=IKVD, role=Role.SUBMITTER)
    with pytest.raises(ValidationError) as error:
        pumpurs(roles=(role, other, role, other))
    assert problems(error) == [
        ("$.roles[2]", "project.duplicate_role", "expected each organisation in each role at most once"),
        ("$.roles[3]", "project.duplicate_role", "expected each organisation in each role at most once"),
    ]


@pytest.mark.parametrize("count", [8, 9, 20])
def test_f3_each_organisation_in_each_role_once_however_many_roles(count: int) -> None:
    # a few roles are compared in pairs, more through a set: the same answer either way
    roles = tuple(
        ProjectRole(
            organisation=Organisation(name=f"Biedrība {index}", kind=OrganisationKind.NGO, country="LV"),
            role=Role.PARTNER,
        )
        for index in range(count)
    )
    assert pumpurs(roles=roles).roles == roles
    with pytest.raises(ValidationError) as error:
        pumpurs(roles=(*roles, roles[0], roles[-1]))
    assert problems(error) == [
        (f"$.roles[{count}]", "project.duplicate_role", "expected each organisation in each role at most once"),
        (f"$.roles[{count + 1}]", "project.duplicate_role", "expected each organisation in each role at most once"),
    ]


def test_f3_organisations_of_one_name_are_told_apart_by_their_other_fields() -> None:
    same_name = [
        Organisation(name="Biedrība „Zaļā klase”", kind=OrganisationKind.NGO, country="LV"),
        Organisation(name="Biedrība „Zaļā klase”", kind=OrganisationKind.NGO, country="EE"),
    ]
    roles = tuple(ProjectRole(organisation=o, role=Role.PARTNER) for o in same_name)
    assert pumpurs(roles=roles).roles == roles
    with pytest.raises(ValidationError) as error:
        pumpurs(roles=(*roles, roles[1]))
    assert problems(error) == [
        ("$.roles[2]", "project.duplicate_role", "expected each organisation in each role at most once")
    ]


def test_p7_project_texts_refuse_a_personal_code_without_echoing_it() -> None:
    personal = ("privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)")
    with pytest.raises(PersonalDataRejected) as error:
        pumpurs(
            title="Skolēns 161175-19997",
            specific_objective="32867300679",
            target_groups=("skolēni", "161175 19997"),
            activities=("161175/19997",),
        )
    assert problems(error) == [
        ("$.title", *personal),
        ("$.specific_objective", *personal),
        ("$.target_groups[1]", *personal),
        ("$.activities[0]", *personal),
    ]
    assert "161175" not in str(error.value)
    with pytest.raises(PersonalDataRejected) as error:
        Amendment(announced=date(2021, 4, 30), end=date(2023, 12, 31), source="pēc 161175-19997 iesnieguma")
    assert problems(error) == [("$.source", *personal)]


def test_f3_project_from_json_reports_every_problem_with_its_path() -> None:
    data = unstructure(pumpurs(amendments=(EXTENSION,)))
    data.update(number="8.3.4/16/I/001", title="")
    data["amendments"][0]["end"] = "2023-13-01"
    with pytest.raises(ValidationError) as error:
        structure(data, Project)
    assert problems(error) == [
        ("$.number", "project_number.measure", "expected a measure of four dot-separated numbers, such as 8.3.5.0"),
        ("$.title", "text.blank", "expected a title that is not blank"),
        ("$.amendments[0].end", "date.invalid", "expected a real calendar date"),
    ]


# ---------------------------------------------------------------- F-4 amendments are history


def test_f4_amendment_refuses_bad_fields() -> None:
    with pytest.raises(ValidationError) as error:
        Amendment(announced=untyped(datetime(2021, 4, 30)), end=untyped("2023-12-31"), source="")
    assert problems(error) == [
        ("$.announced", "date.type", DAY),
        ("$.end", "date.type", DAY),
        ("$.source", "text.blank", "expected a source that is not blank"),
    ]
    with pytest.raises(ValidationError) as error:
        Amendment(announced=date(2021, 4, 30), end=date(2023, 12, 31), source=untyped(None))
    assert problems(error) == [("$.source", "text.type", "expected a source as a str")]


def test_f4_no_two_amendments_on_the_same_day_reported_where_the_caller_put_them() -> None:
    twin = Amendment(announced=EXTENSION.announced, end=date(2023, 6, 30), source="other")
    later = amended(date(2023, 6, 30), announced=date(2022, 1, 1))
    same_day = ("project.amendments_same_day", "expected at most one amendment a day (F-4)")
    with pytest.raises(ValidationError) as error:
        pumpurs(amendments=(later, EXTENSION, twin))
    assert problems(error) == [("$.amendments[2].announced", *same_day)]
    with pytest.raises(ValidationError) as error:
        pumpurs(amendments=(EXTENSION,)).with_amendment(twin)
    assert problems(error) == [("$.amendments[1].announced", *same_day)]
    day_after = Amendment(announced=EXTENSION.announced + ONE_DAY, end=date(2023, 6, 30), source="other")
    assert pumpurs(amendments=(day_after, EXTENSION)).amendments == (EXTENSION, day_after)


def test_f4_amendments_must_be_a_tuple() -> None:
    with pytest.raises(ValidationError) as error:
        pumpurs(amendments=untyped([EXTENSION]))
    assert problems(error) == [("$.amendments", "array.type", "expected a tuple of items, each an Amendment")]


def test_f4_amendments_are_kept_in_the_order_they_were_announced() -> None:
    later = Amendment(announced=date(2022, 6, 1), end=date(2023, 6, 30), source="later")
    project = pumpurs(amendments=(later, EXTENSION))
    assert project.amendments == (EXTENSION, later)
    assert project == pumpurs(amendments=(EXTENSION, later))
    data = unstructure(project)
    data["amendments"].reverse()
    assert structure(data, Project) == project


def test_f4_end_as_known_the_day_before_on_and_after_the_announcement() -> None:
    project = pumpurs(amendments=(EXTENSION,))
    assert project.end_on(as_of=date(2020, 10, 1)) == date(2022, 12, 31)
    assert project.end_on(as_of=date(2021, 4, 29)) == date(2022, 12, 31)
    assert project.end_on(as_of=date(2021, 4, 30)) == date(2023, 12, 31)
    assert project.end_on(as_of=date(2021, 5, 1)) == date(2023, 12, 31)


def test_f4_latest_amendment_known_wins_even_when_it_shortens() -> None:
    shorter = Amendment(announced=date(2022, 1, 10), end=date(2023, 6, 30), source="shortened")
    project = pumpurs(amendments=(EXTENSION, shorter))
    assert project.end_on(as_of=date(2022, 1, 9)) == date(2023, 12, 31)
    assert project.end_on(as_of=date(2022, 1, 10)) == date(2023, 6, 30)
    assert project.end_on(as_of=date(2022, 1, 11)) == date(2023, 6, 30)


def test_f4_open_period_has_no_end_until_amended() -> None:
    project = pumpurs(period=DateRange(start=date(2017, 3, 16)))
    assert project.end_on(as_of=date(2030, 1, 1)) is None
    assert project.status(on=date(2040, 1, 1)) is ProjectStatus.ACTIVE
    assert project.period_on(as_of=date(2030, 1, 1)) == DateRange(start=date(2017, 3, 16))


def test_f4_period_on_a_day() -> None:
    project = pumpurs(amendments=(EXTENSION,))
    assert project.period_on(as_of=date(2021, 4, 29)) == DateRange(start=date(2017, 3, 16), end=date(2022, 12, 31))
    assert project.period_on(as_of=date(2021, 4, 30)) == DateRange(start=date(2017, 3, 16), end=date(2023, 12, 31))
    start = date(2017, 3, 16)
    for end, expected in ((start - ONE_DAY, None), (start, DateRange(start=start, end=start))):
        one = pumpurs(amendments=(amended(end, announced=date(2017, 1, 5)),))
        assert one.period_on(as_of=date(2017, 1, 5)) == expected
        assert one.period_on(as_of=date(2017, 1, 4)) == DateRange(start=start, end=date(2022, 12, 31))


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2021-05-01", "date.type"),
        (datetime(2021, 5, 1), "date.type"),
        (None, "date.type"),
        (date(1899, 12, 31), "date.range"),
    ],
)
def test_f4_end_on_and_period_on_need_a_plain_as_of_date(value: object, code: str) -> None:
    with pytest.raises(ValidationError) as error:
        pumpurs().end_on(as_of=untyped(value))
    assert problems(error) == [("$.as_of", code, DAY)]
    with pytest.raises(ValidationError) as error:
        pumpurs().period_on(as_of=untyped(value))
    assert problems(error) == [("$.as_of", code, DAY)]


def test_f4_with_amendment_returns_a_new_project_and_leaves_the_original() -> None:
    original = pumpurs()
    extended = original.with_amendment(EXTENSION)
    assert original.amendments == ()
    assert original.end_on(as_of=date(2021, 5, 1)) == date(2022, 12, 31)
    assert extended.amendments == (EXTENSION,)
    assert extended.end_on(as_of=date(2021, 5, 1)) == date(2023, 12, 31)
    assert attrs.evolve(cast(Any, extended), amendments=()) == original


def test_f4_with_amendment_needs_an_amendment() -> None:
    with pytest.raises(ValidationError) as error:
        pumpurs().with_amendment(untyped((date(2021, 4, 30), date(2023, 12, 31))))
    assert problems(error) == [("$.amendment", "record.type", "expected an Amendment")]


# ---------------------------------------------------------------- F-5 status on a date


def test_f5_status_the_day_before_on_and_after_the_start_and_the_end() -> None:
    project = pumpurs()
    assert project.status(on=date(2017, 3, 15)) is ProjectStatus.PLANNED
    assert project.status(on=date(2017, 3, 16)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2017, 3, 17)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2022, 12, 30)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2022, 12, 31)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2023, 1, 1)) is ProjectStatus.CLOSED


def test_f5_closed_after_the_end_as_amended_by_that_day() -> None:
    project = pumpurs(amendments=(EXTENSION,))
    assert project.status(on=date(2023, 6, 1)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2023, 12, 31)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2024, 1, 1)) is ProjectStatus.CLOSED


def test_f5_late_extension_reopens_and_hindsight_sees_it() -> None:
    late = Amendment(announced=date(2023, 3, 1), end=date(2023, 12, 31), source="announced after the end")
    project = pumpurs(amendments=(late,))
    assert project.status(on=date(2023, 2, 28)) is ProjectStatus.CLOSED
    assert project.status(on=date(2023, 3, 1)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2023, 2, 1), as_of=date(2023, 2, 28)) is ProjectStatus.CLOSED
    assert project.status(on=date(2023, 2, 1), as_of=date(2023, 3, 1)) is ProjectStatus.ACTIVE
    assert project.status(on=date(2017, 3, 15), as_of=date(2023, 3, 1)) is ProjectStatus.PLANNED


def test_f5_status_of_the_003_project_on_its_first_and_last_day() -> None:
    project = teacher_support()
    days = (date(2024, 9, 30), date(2024, 10, 1), date(2029, 12, 31), date(2030, 1, 1))
    assert [project.status(on=day) for day in days] == [
        ProjectStatus.PLANNED,
        ProjectStatus.ACTIVE,
        ProjectStatus.ACTIVE,
        ProjectStatus.CLOSED,
    ]


def test_f5_status_needs_plain_dates() -> None:
    with pytest.raises(ValidationError) as error:
        pumpurs().status(on=untyped("2020-01-01"))
    assert problems(error) == [("$.on", "date.type", DAY)]
    with pytest.raises(ValidationError) as error:
        pumpurs().status(on=date(2020, 1, 1), as_of=untyped(datetime(2020, 1, 1)))
    assert problems(error) == [("$.as_of", "date.type", DAY)]
    with pytest.raises(ValidationError) as error:
        pumpurs().status(on=untyped(None), as_of=untyped(1))
    assert problems(error) == [("$.on", "date.type", DAY), ("$.as_of", "date.type", DAY)]


@given(projects(extensions_only=True), dates(), dates())
def test_f5_status_never_goes_back_when_amendments_only_extend_in_time(project: Project, one: date, two: date) -> None:
    early, late = sorted((one, two))
    assert ORDER[project.status(on=early)] <= ORDER[project.status(on=late)]
    assert (project.end_on(as_of=early) or date.max) <= (project.end_on(as_of=late) or date.max)


@given(projects(), dates(), dates(), dates())
def test_f5_status_never_goes_back_for_a_fixed_history(project: Project, one: date, two: date, known: date) -> None:
    early, late = sorted((one, two))
    assert ORDER[project.status(on=early, as_of=known)] <= ORDER[project.status(on=late, as_of=known)]


@given(projects(), amendments())
def test_f4_with_amendment_never_changes_the_project(project: Project, amendment: Amendment) -> None:
    before = unstructure(project)
    if amendment.announced in {a.announced for a in project.amendments}:
        with pytest.raises(ValidationError):
            project.with_amendment(amendment)
    else:
        extended = project.with_amendment(amendment)
        assert amendment in extended.amendments
        assert len(extended.amendments) == len(project.amendments) + 1
        assert extended.end_on(as_of=amendment.announced) == amendment.end
    assert unstructure(project) == before


# ---------------------------------------------------------------- check_project (F-1 ... F-4)


def test_f1_a_compliant_project_has_no_violations() -> None:
    assert checked(pumpurs(amendments=(EXTENSION,))) == []


def test_f1_period_the_day_inside_and_the_day_outside_the_eligibility_window() -> None:
    start, end = date(2014, 1, 1), date(2023, 12, 31)
    violation = outside()
    number = ProjectNumber.parse("8.3.4.0/14/I/001")
    assert checked(pumpurs(number=number, period=DateRange(start=start, end=end))) == []
    assert checked(pumpurs(number=number, period=DateRange(start=start - ONE_DAY, end=end))) == [violation]
    assert checked(pumpurs(number=number, period=DateRange(start=start, end=end + ONE_DAY))) == [violation]


def test_f1_the_003_project_ending_exactly_on_2029_12_31_is_eligible() -> None:
    assert checked(teacher_support(date(2029, 12, 30))) == []
    assert checked(teacher_support(date(2029, 12, 31))) == []
    assert checked(teacher_support(date(2030, 1, 1))) == [outside(ESF_PLUS_WINDOW)]


def test_f1_open_period_is_never_inside_a_closed_window() -> None:
    assert checked(pumpurs(period=DateRange(start=date(2017, 3, 16)))) == [outside()]


def test_f1_amended_end_the_day_inside_and_the_day_outside_the_window() -> None:
    inside = teacher_support(amendments=(amended(date(2029, 12, 31), announced=date(2029, 6, 1)),))
    assert checked(inside) == []
    late = teacher_support(
        amendments=(
            amended(date(2029, 6, 30), announced=date(2027, 1, 1)),
            amended(date(2030, 1, 1), announced=date(2029, 6, 1)),
        )
    )
    assert checked(late) == [amended_outside(1, ESF_PLUS_WINDOW)]


def test_f1_amended_end_outside_the_esf_window() -> None:
    late = Amendment(announced=date(2023, 6, 1), end=date(2024, 1, 1), source="too late")
    assert checked(pumpurs(amendments=(late, EXTENSION))) == [amended_outside(1)]


def test_f1_erasmus_programme_years_do_not_bind_the_period() -> None:
    project = pumpurs(
        programming_period=ERASMUS_PLUS_2021_2027,
        period=DateRange(start=date(2027, 9, 1), end=date(2030, 8, 31)),
        number=ProjectNumber.parse("1.1.1.1/1/27/I/001"),
        amendments=(Amendment(announced=date(2030, 1, 1), end=date(2031, 8, 31), source="x"),),
    )
    assert checked(project) == []


def test_f2_number_style_must_match_the_programming_period() -> None:
    with_round = pumpurs(number=ProjectNumber.parse("8.3.4.0/1/16/I/001"))
    assert checked(with_round) == [mismatch(False)]
    without_round = teacher_support(number=ProjectNumber.parse("4.2.2.3/24/I/001"))
    assert checked(without_round) == [mismatch(True)]


@pytest.mark.parametrize(("year", "fits"), [(13, False), (14, True), (23, True), (24, False)])
def test_f2_selection_year_inside_the_window_years(year: int, fits: bool) -> None:
    project = pumpurs(number=ProjectNumber.parse(f"8.3.4.0/{year}/I/001"))
    assert checked(project) == ([] if fits else [YEAR_OUTSIDE])


def test_f3_a_project_needs_a_responsible_organisation() -> None:
    cooperating = pumpurs(roles=(ProjectRole(organisation=JELGAVA, role=Role.COOPERATION_PARTNER),))
    assert checked(cooperating) == [NO_ONE]
    for role in (Role.SUBMITTER, Role.IMPLEMENTER, Role.LEAD_PARTNER):
        assert checked(pumpurs(roles=(ProjectRole(organisation=JELGAVA, role=role),))) == []


def test_f4_amendment_ending_the_day_before_the_start_is_a_violation() -> None:
    start = date(2017, 3, 16)
    early = amended(start - ONE_DAY, announced=date(2016, 12, 1), source="cancelled")
    assert checked(pumpurs(amendments=(early,))) == [before_start(0)]
    assert checked(pumpurs(amendments=(amended(start, announced=date(2016, 12, 1)),))) == []


def test_f4_amendment_announced_after_the_end_it_replaces_is_fine() -> None:
    late = Amendment(announced=date(2023, 3, 1), end=date(2023, 12, 31), source="after the end")
    assert checked(pumpurs(amendments=(late,))) == []


def test_f1_every_violation_is_reported_at_once_in_rule_order() -> None:
    project = pumpurs(
        number=ProjectNumber.parse("8.3.4.0/1/12/I/001"),
        period=DateRange(start=date(2013, 1, 1), end=date(2024, 1, 1)),
        roles=(),
        amendments=(Amendment(announced=date(2012, 1, 1), end=date(2012, 6, 30), source="x"),),
    )
    assert checked(project) == [
        outside(),
        amended_outside(0),
        mismatch(False),
        YEAR_OUTSIDE,
        NO_ONE,
        before_start(0),
    ]


@pytest.mark.parametrize("value", [{"number": "8.3.4.0/16/I/001"}, None, "8.3.4.0/16/I/001"])
def test_check_project_refuses_what_is_not_a_project(value: object) -> None:
    with pytest.raises(ValidationError) as error:
        check_project(untyped(value))
    assert problems(error) == [("$.project", "record.type", "expected a Project")]


@given(projects())
def test_f1_drawn_projects_comply(project: Project) -> None:
    assert checked(project) == []
    assert structure(unstructure(project), Project) == project


@given(projects(programming_period=ESF_PLUS_2021_2027))
def test_f1_projects_of_a_period_lie_inside_its_window(project: Project) -> None:
    window = ESF_PLUS_2021_2027.eligibility
    assert project.programming_period == ESF_PLUS_2021_2027
    assert window.covers(project.period)
    assert all(a.end in window for a in project.amendments)


# ---------------------------------------------------------------- the module, strategies, serialization


def test_projects_module_lists_its_names() -> None:
    assert dir(projects_module) == sorted(projects_module.__all__)
    assert all("._" not in cls.__module__ for cls in (Project, ProjectRole, Amendment, Role, ProjectStatus))


@given(st.data())
def test_every_project_type_round_trips_through_serialization_and_fits_its_schema(data: st.DataObject) -> None:
    for cls, strategy in _projects.TYPE_STRATEGIES.items():
        value = data.draw(strategy)
        assert type(value) is cls
        dumped = unstructure(value)
        assert structure(json.loads(json.dumps(dumped, allow_nan=False)), cls) == value
        jsonschema.validate(dumped, json_schema(cls))


@given(
    project_roles(role=Role.PARTNER, organisation=IKVD),
    amendments(within=DateRange(start=date(2020, 1, 1), end=date(2020, 12, 31))),
)
def test_narrowed_role_and_amendment_strategies(role: ProjectRole, amendment: Amendment) -> None:
    assert role == ProjectRole(organisation=IKVD, role=Role.PARTNER)
    assert date(2020, 1, 1) <= amendment.announced <= date(2020, 12, 31)
    assert date(2020, 1, 1) <= amendment.end <= date(2020, 12, 31)


@pytest.mark.parametrize(
    "build",
    [
        lambda: project_roles(role=untyped("partner")),
        lambda: project_roles(organisation=untyped("IKVD")),
        lambda: amendments(within=DateRange(start=date(2020, 1, 1))),
        lambda: amendments(within=untyped("2020")),
        lambda: projects(programming_period=untyped("esf_2014_2020")),
        lambda: projects(extensions_only=untyped(None)),
    ],
)
def test_project_strategies_refuse_bad_arguments(build: Any) -> None:
    with pytest.raises(InvalidArgument):
        build()
