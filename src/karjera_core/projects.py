"""Projects with their roles, dated amendments and status on a date (rules F-1 ... F-5).

* :class:`Project` -- number, title, programming period, implementation
  period as first approved, organisations in their roles, governing
  regulation, specific objective, target groups, activities, budget (F-3) and
  the amendments that changed its end, kept as history (F-4).
* :meth:`Project.end_on` -- the end date as known on a day (F-4);
  :meth:`Project.status` -- planned, active or closed on a day (F-5).
* :func:`check_project` -- the rules that need more than one field:
  eligibility window (F-1), number format for the period (F-2), a
  responsible organisation (F-3), amendments that end before the start (F-4).

>>> from karjera_core.funding import ESF_2014_2020, ProjectNumber
>>> project = Project(
...     number=ProjectNumber.parse("8.3.4.0/16/I/001"),
...     title="Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai",
...     programming_period=ESF_2014_2020,
...     period=DateRange(start=date(2017, 3, 16), end=date(2022, 12, 31)),
... )
>>> extended = project.with_amendment(
...     Amendment(announced=date(2021, 4, 30), end=date(2023, 12, 31), source="extended by 12 months")
... )
>>> extended.end_on(as_of=date(2020, 10, 1)), extended.end_on(as_of=date(2021, 5, 1))
(datetime.date(2022, 12, 31), datetime.date(2023, 12, 31))
>>> project.amendments, extended.status(on=date(2023, 6, 1)).value
((), 'active')
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from karjera_core._enums import LabelledEnum
from karjera_core.errors import ROOT, Problem, ValidationError, Violation, fail
from karjera_core.funding import MAX_TEXT, Budget, ProgrammingPeriod, ProjectNumber, Regulation
from karjera_core.organisations import Organisation
from karjera_core.time import MAX_YEAR, MIN_YEAR, DateRange

__all__ = [
    "Amendment",
    "Project",
    "ProjectRole",
    "ProjectStatus",
    "Role",
    "check_project",
]


def _is_text(value: object, limit: int = MAX_TEXT) -> bool:
    return type(value) is str and 0 < len(value) <= limit and not value.isspace()


def _is_day(value: object) -> bool:
    return type(value) is date and MIN_YEAR <= value.year <= MAX_YEAR


def _day_or_fail(value: object, path: str) -> date:
    if not _is_day(value):
        fail(path, "date.type", f"expected a date (datetime.date, not datetime) in {MIN_YEAR}-{MAX_YEAR}")
    assert isinstance(value, date)
    return value


class Role(LabelledEnum):
    """What an organisation does in a project (F-3).  One organisation may hold several roles."""

    SUBMITTER = "submitter", "projekta iesniedzējs"
    INITIATOR = "initiator", "ierosinātājs"
    IMPLEMENTER = "implementer", "īstenotājs"
    PARTNER = "partner", "partneris"
    COOPERATION_PARTNER = "cooperation_partner", "sadarbības partneris"
    LEAD_PARTNER = "lead_partner", "vadošais partneris"


#: Roles that make an organisation answerable for a project (F-3).
RESPONSIBLE_ROLES = frozenset({Role.SUBMITTER, Role.IMPLEMENTER, Role.LEAD_PARTNER})


class ProjectStatus(LabelledEnum):
    """A project's state on a day (F-5)."""

    PLANNED = "planned", "plānots"
    ACTIVE = "active", "tiek īstenots"
    CLOSED = "closed", "noslēdzies"


@attrs.frozen(kw_only=True)
class ProjectRole:
    """An organisation in one of its roles in a project (F-3).

    >>> from karjera_core.organisations import OrganisationKind
    >>> visc = Organisation(name="Valsts izglītības satura centrs", kind=OrganisationKind.NATIONAL_AGENCY, country="LV")
    >>> ProjectRole(organisation=visc, role=Role.SUBMITTER).role.label
    'projekta iesniedzējs'
    """

    organisation: Organisation
    role: Role

    def __attrs_post_init__(self) -> None:
        if type(self.organisation) is not Organisation or type(self.role) is not Role:
            problems: list[Problem] = []
            if type(self.organisation) is not Organisation:
                problems.append(
                    Problem(path="$.organisation", code="project_role.organisation", message="expected an Organisation")
                )
            if type(self.role) is not Role:
                problems.append(Problem(path="$.role", code="project_role.role", message="expected a Role"))
            raise ValidationError(problems)


@attrs.frozen(kw_only=True)
class Amendment:
    """A change of a project's end date, as made public on a day (F-4).

    ``announced`` is the day the new end became known (the earliest dated
    public source, when the decision's own date is not known); ``end`` the
    new end; ``source`` where that is written, so that a reader can check it.
    An amendment may shorten a project as well as extend it.

    >>> Amendment(announced=date(2021, 4, 30), end=date(2023, 12, 31), source="IKVD").end
    datetime.date(2023, 12, 31)
    """

    announced: date
    end: date
    source: str

    def __attrs_post_init__(self) -> None:
        if not _is_day(self.announced) or not _is_day(self.end) or not _is_text(self.source):
            problems: list[Problem] = []
            for name, value in (("announced", self.announced), ("end", self.end)):
                if not _is_day(value):
                    problems.append(
                        Problem(
                            path=f"$.{name}",
                            code=f"amendment.{name}",
                            message=f"expected a date in {MIN_YEAR}-{MAX_YEAR}",
                        )
                    )
            if not _is_text(self.source):
                problems.append(
                    Problem(
                        path="$.source",
                        code="amendment.source",
                        message=f"expected non-blank text of at most {MAX_TEXT} characters",
                    )
                )
            raise ValidationError(problems)


def _in_date_order(amendments: tuple[Amendment, ...]) -> tuple[Amendment, ...]:
    """The amendments ordered by the day they were announced (F-4).

    Anything that is not a tuple of amendments is passed on unchanged for the
    constructor to refuse.
    """
    if type(amendments) is not tuple or not all(type(a) is Amendment for a in amendments):
        return amendments
    return tuple(sorted(amendments, key=lambda a: (a.announced, a.end, a.source)))


@attrs.frozen(kw_only=True)
class Project:
    """An EU-funded project (F-3) with its end-date history (F-4).

    ``period`` is the implementation period as first approved; its end may be
    open (``None``) when no end was set.  Later changes of the end are
    :class:`Amendment` values in ``amendments``, kept in the order they were
    announced, never written over ``period``.  No two amendments may be
    announced on the same day: the end known on that day would be ambiguous.

    Rules that look across fields (F-1, F-2, F-3, F-4) are in :func:`check_project`.
    """

    number: ProjectNumber
    title: str
    programming_period: ProgrammingPeriod
    period: DateRange
    roles: tuple[ProjectRole, ...] = ()
    regulation: Regulation | None = None
    specific_objective: str | None = None
    target_groups: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    budget: Budget | None = None
    amendments: tuple[Amendment, ...] = attrs.field(default=(), converter=_in_date_order)

    def __attrs_post_init__(self) -> None:
        if (
            type(self.number) is not ProjectNumber
            or not _is_text(self.title)
            or type(self.programming_period) is not ProgrammingPeriod
            or type(self.period) is not DateRange
            or not _roles_ok(self.roles)
            or (self.regulation is not None and type(self.regulation) is not Regulation)
            or (self.specific_objective is not None and not _is_text(self.specific_objective))
            or not _texts_ok(self.target_groups)
            or not _texts_ok(self.activities)
            or (self.budget is not None and type(self.budget) is not Budget)
            or not _amendments_ok(self.amendments)
        ):
            _reject_project(self)

    # ------------------------------------------------------------ roles

    def organisations_with(self, role: Role) -> tuple[Organisation, ...]:
        """The organisations that hold ``role``, in the order of ``roles``."""
        if type(role) is not Role:
            fail(ROOT, "project.role", "expected a Role")
        return tuple(entry.organisation for entry in self.roles if entry.role is role)

    def roles_of(self, organisation: Organisation) -> tuple[Role, ...]:
        """The roles ``organisation`` holds, in the order of ``roles``; empty when it takes no part."""
        if type(organisation) is not Organisation:
            fail(ROOT, "project.organisation", "expected an Organisation")
        return tuple(entry.role for entry in self.roles if entry.organisation == organisation)

    # ------------------------------------------------------------ time (F-4, F-5)

    def end_on(self, *, as_of: date) -> date | None:
        """The end date as known on ``as_of`` (F-4).

        The end of the latest amendment announced on or before ``as_of``;
        without one, the end as first approved (``None`` when that was open).
        """
        day = _day_or_fail(as_of, "$.as_of")
        end = self.period.end
        for amendment in self.amendments:
            if amendment.announced > day:
                break
            end = amendment.end
        return end

    def period_on(self, *, as_of: date) -> DateRange | None:
        """The implementation period as known on ``as_of``; ``None`` if an amendment then ended it before its start."""
        end = self.end_on(as_of=as_of)
        if end is not None and end < self.period.start:
            return None
        return DateRange(start=self.period.start, end=end)

    def status(self, *, on: date, as_of: date | None = None) -> ProjectStatus:
        """The project's status on the day ``on`` (F-5).

        PLANNED before the start; CLOSED after the end as amended by the
        amendments known on ``as_of``; ACTIVE otherwise.  ``as_of`` defaults to
        ``on``: what could be said on that day.  Pass a later ``as_of`` to ask
        with hindsight (an extension announced after the original end made a
        project that looked closed active again).

        >>> from karjera_core.funding import ESF_PLUS_2021_2027, ProjectNumber
        >>> p = Project(number=ProjectNumber.parse("4.2.2.3/1/24/I/001"), title="Pedagogu atbalsts",
        ...             programming_period=ESF_PLUS_2021_2027,
        ...             period=DateRange(start=date(2024, 10, 1), end=date(2029, 12, 31)))
        >>> [p.status(on=d).value for d in (date(2024, 9, 30), date(2024, 10, 1), date(2029, 12, 31), date(2030, 1, 1))]
        ['planned', 'active', 'active', 'closed']
        """
        day = _day_or_fail(on, "$.on")
        known = day if as_of is None else _day_or_fail(as_of, "$.as_of")
        if day < self.period.start:
            return ProjectStatus.PLANNED
        end = self.end_on(as_of=known)
        if end is None or day <= end:
            return ProjectStatus.ACTIVE
        return ProjectStatus.CLOSED

    def with_amendment(self, amendment: Amendment) -> Project:
        """A new project with ``amendment`` added to the history; this project is unchanged (F-4)."""
        if type(amendment) is not Amendment:
            fail(ROOT, "project.amendment", "expected an Amendment")
        return attrs.evolve(self, amendments=(*self.amendments, amendment))


def _roles_ok(roles: object) -> bool:
    return type(roles) is tuple and all(type(entry) is ProjectRole for entry in roles) and len(set(roles)) == len(roles)


def _texts_ok(texts: object) -> bool:
    return type(texts) is tuple and all(_is_text(text) for text in texts)


def _amendments_ok(amendments: object) -> bool:
    if type(amendments) is not tuple or not all(type(a) is Amendment for a in amendments):
        return False
    days = [a.announced for a in amendments]
    return len(set(days)) == len(days)


def _reject_project(project: Project) -> None:
    problems: list[Problem] = []
    if type(project.number) is not ProjectNumber:
        problems.append(Problem(path="$.number", code="project.number", message="expected a ProjectNumber"))
    if not _is_text(project.title):
        problems.append(
            Problem(
                path="$.title",
                code="project.title",
                message=f"expected a non-blank title of at most {MAX_TEXT} characters",
            )
        )
    if type(project.programming_period) is not ProgrammingPeriod:
        problems.append(
            Problem(
                path="$.programming_period", code="project.programming_period", message="expected a ProgrammingPeriod"
            )
        )
    if type(project.period) is not DateRange:
        problems.append(Problem(path="$.period", code="project.period", message="expected a DateRange"))
    problems.extend(_role_problems(project.roles))
    if project.regulation is not None and type(project.regulation) is not Regulation:
        problems.append(
            Problem(path="$.regulation", code="project.regulation", message="expected None or a Regulation")
        )
    if project.specific_objective is not None and not _is_text(project.specific_objective):
        problems.append(
            Problem(
                path="$.specific_objective",
                code="project.specific_objective",
                message="expected None or non-blank text",
            )
        )
    problems.extend(_text_problems(project.target_groups, "target_groups"))
    problems.extend(_text_problems(project.activities, "activities"))
    if project.budget is not None and type(project.budget) is not Budget:
        problems.append(Problem(path="$.budget", code="project.budget", message="expected None or a Budget"))
    problems.extend(_amendment_problems(project.amendments))
    raise ValidationError(problems)


def _role_problems(roles: object) -> Iterable[Problem]:
    if type(roles) is not tuple:
        yield Problem(path="$.roles", code="project.roles", message="expected a tuple of ProjectRole")
        return
    seen: set[ProjectRole] = set()
    for index, entry in enumerate(roles):
        if type(entry) is not ProjectRole:
            yield Problem(path=f"$.roles[{index}]", code="project.roles", message="expected a ProjectRole")
        elif entry in seen:
            yield Problem(
                path=f"$.roles[{index}]",
                code="project.duplicate_role",
                message="expected each organisation in each role at most once",
            )
        else:
            seen.add(entry)


def _text_problems(texts: object, name: str) -> Iterable[Problem]:
    if type(texts) is not tuple:
        yield Problem(path=f"$.{name}", code=f"project.{name}", message="expected a tuple of text")
        return
    for index, text in enumerate(texts):
        if not _is_text(text):
            yield Problem(
                path=f"$.{name}[{index}]",
                code=f"project.{name}",
                message=f"expected non-blank text of at most {MAX_TEXT} characters",
            )


def _amendment_problems(amendments: object) -> Iterable[Problem]:
    if type(amendments) is not tuple:
        yield Problem(path="$.amendments", code="project.amendments", message="expected a tuple of Amendment")
        return
    seen: set[date] = set()
    for index, amendment in enumerate(amendments):
        if type(amendment) is not Amendment:
            yield Problem(path=f"$.amendments[{index}]", code="project.amendments", message="expected an Amendment")
        elif amendment.announced in seen:
            yield Problem(
                path=f"$.amendments[{index}].announced",
                code="project.amendments_same_day",
                message="expected at most one amendment announced on any one day (F-4)",
            )
        else:
            seen.add(amendment.announced)


def check_project(project: Project) -> tuple[Violation, ...]:
    """Every cross-field rule ``project`` breaks; empty when it complies.

    * F-1 ``project.outside_eligibility`` -- the implementation period as
      first approved is not inside the programming period's eligibility
      window (only where the window binds projects: ESF, ESF+);
    * F-1 ``project.amendment_outside_eligibility`` -- an amended end falls
      outside that window;
    * F-2 ``project.number_period_mismatch`` -- a 2014-2020 number with a
      selection round, or a 2021-2027 number without one;
    * F-2 ``project.number_year_outside_period`` -- the number's selection
      year is outside the years of a binding eligibility window;
    * F-3 ``project.no_responsible_organisation`` -- no submitter,
      implementer or lead partner;
    * F-4 ``project.amendment_before_start`` -- an amendment ends the project
      before it starts.  (An amendment announced after the end it replaces is
      no violation: extensions were often made public late.)

    >>> from karjera_core.funding import ESF_PLUS_2021_2027, ProjectNumber
    >>> late = Project(number=ProjectNumber.parse("4.2.2.3/1/24/I/001"), title="Pedagogu atbalsts",
    ...                programming_period=ESF_PLUS_2021_2027,
    ...                period=DateRange(start=date(2024, 10, 1), end=date(2030, 6, 30)))
    >>> [v.code for v in check_project(late)]
    ['project.outside_eligibility', 'project.no_responsible_organisation']
    """
    if type(project) is not Project:
        fail(ROOT, "project.type", "expected a Project")
    found: list[Violation] = []
    programming = project.programming_period
    window = programming.eligibility
    binds = programming.binds_implementation
    if binds and not window.covers(project.period):
        found.append(
            Violation(
                code="project.outside_eligibility",
                rule="F-1",
                message=f"expected the implementation period inside the eligibility window {window} "
                f"of {programming.name}",
                path="$.period",
            )
        )
    found.extend(_number_violations(project))
    if not any(entry.role in RESPONSIBLE_ROLES for entry in project.roles):
        found.append(
            Violation(
                code="project.no_responsible_organisation",
                rule="F-3",
                message="expected at least one submitter, implementer or lead partner",
                path="$.roles",
            )
        )
    for index, amendment in enumerate(project.amendments):
        path = f"$.amendments[{index}].end"
        if binds and amendment.end not in window:
            found.append(
                Violation(
                    code="project.amendment_outside_eligibility",
                    rule="F-1",
                    message=f"expected the amended end inside the eligibility window {window} of {programming.name}",
                    path=path,
                )
            )
        if amendment.end < project.period.start:
            found.append(
                Violation(
                    code="project.amendment_before_start",
                    rule="F-4",
                    message="expected the amended end on or after the project's start",
                    path=path,
                )
            )
    return tuple(found)


def _number_violations(project: Project) -> Iterable[Violation]:
    programming = project.programming_period
    number = project.number
    expects_round = programming.numbers_have_round
    if expects_round is not None and expects_round != (number.selection_round is not None):
        yield Violation(
            code="project.number_period_mismatch",
            rule="F-2",
            message=(
                f"expected a project number {'with' if expects_round else 'without'} a selection round "
                f"in {programming.name}"
            ),
            path="$.number",
        )
    window = programming.eligibility
    assert window.end is not None
    if programming.binds_implementation and not window.start.year <= number.selection_year <= window.end.year:
        yield Violation(
            code="project.number_year_outside_period",
            rule="F-2",
            message=f"expected the selection year within {window.start.year}-{window.end.year}",
            path="$.number",
        )
