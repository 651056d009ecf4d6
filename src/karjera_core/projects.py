"""Projects with their roles, dated amendments and status on a date (rules F-1 ... F-5).

* :class:`Project` -- number, title, programming period, implementation
  period as first approved, organisations in their roles, governing
  regulation, specific objective, target groups, activities, budget (F-3) and
  the amendments that changed its end, kept as history (F-4).
* :meth:`Project.end_on` -- the end date as known ``as_of`` a day (F-4);
  :meth:`Project.status` -- planned, active or closed ``on`` a day (F-5).
* :func:`check_project` -- the rules that need more than one record:
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

from collections.abc import Iterator
from datetime import date
from typing import Any, cast

import attrs

from karjera_core import _display
from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw
from karjera_core._enums import LabelledEnum
from karjera_core._records import record, rule
from karjera_core.errors import Violation
from karjera_core.funding import Budget, ProgrammingPeriod, ProjectNumber
from karjera_core.organisations import Organisation
from karjera_core.schedule import Regulation
from karjera_core.time import DateRange

__all__ = [
    "RESPONSIBLE_ROLES",
    "Amendment",
    "Project",
    "ProjectRole",
    "ProjectStatus",
    "Role",
    "check_project",
]


def __dir__() -> list[str]:
    return sorted(__all__)


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


@record
class ProjectRole:
    """An organisation in one of its roles in a project (F-3).

    >>> from karjera_core.organisations import OrganisationKind
    >>> visc = Organisation(name="Valsts izglītības satura centrs", kind=OrganisationKind.NATIONAL_AGENCY, country="LV")
    >>> ProjectRole(organisation=visc, role=Role.SUBMITTER).role.label
    'projekta iesniedzējs'
    """

    organisation: Organisation
    role: Role


@record
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
    source: str = fields.text(2000, what="a source")


def _in_date_order(amendments: tuple[Amendment, ...]) -> tuple[Amendment, ...]:
    """The amendments ordered by the day they were announced (F-4).

    Two amendments announced on one day stay as given: the project refuses
    them, at the positions the caller gave.
    """
    if len({a.announced for a in amendments}) != len(amendments):
        return amendments
    return tuple(sorted(amendments, key=lambda a: a.announced))


#: The largest number of roles, target groups, activities and amendments a project holds.
MAX_ROLES = 1000
MAX_ENTRIES = 100


@record
class Project:
    """An EU-funded project (F-3) with its end-date history (F-4).

    ``period`` is the implementation period as first approved; its end may be
    open (``None``) when no end was set.  Later changes of the end are
    :class:`Amendment` values in ``amendments``, kept in the order they were
    announced, never written over ``period``.  No two amendments may be
    announced on the same day (the end known on that day would be
    ambiguous), and no organisation may hold the same role twice.

    Rules that look beyond the record's own fields (F-1, F-2, F-3, F-4) are in
    :func:`check_project`.
    """

    number: ProjectNumber
    title: str = fields.name(2000, what="a title")
    programming_period: ProgrammingPeriod
    period: DateRange
    roles: tuple[ProjectRole, ...] = fields.items(max_size=MAX_ROLES, default=())
    regulation: Regulation | None = None
    specific_objective: str | None = fields.text(2000, what="a specific objective", default=None)
    target_groups: tuple[str, ...] = fields.items(
        fields.Text(2000, "a target group", lines=True, edges=True), max_size=MAX_ENTRIES, default=()
    )
    activities: tuple[str, ...] = fields.items(
        fields.Text(2000, "an activity", lines=True, edges=True), max_size=MAX_ENTRIES, default=()
    )
    budget: Budget | None = None
    amendments: tuple[Amendment, ...] = fields.items(max_size=MAX_ENTRIES, default=(), canonical=_in_date_order)

    @rule("roles")
    def _each_role_once(self) -> Iterator[Flaw] | None:
        roles = self.roles
        # Equal roles have the same role and organisation name: when no two share those, none are equal, and
        # no role is hashed (hashing one hashes its organisation and enumeration members, each a Python call).
        if len(roles) < 2 or len({(r.role._value_, r.organisation.name) for r in roles}) == len(roles):
            return None
        if len(set(roles)) == len(roles):
            return None
        return _repeated(
            self.roles, "$.roles", "", "project.duplicate_role", "each organisation in each role at most once"
        )

    @rule("amendments")
    def _one_amendment_a_day(self) -> Iterator[Flaw] | None:
        if len(self.amendments) < 2:
            return None
        days = [a.announced for a in self.amendments]
        if len(set(days)) == len(days):
            return None
        return _repeated(
            days, "$.amendments", ".announced", "project.amendments_same_day", "at most one amendment a day (F-4)"
        )

    # ------------------------------------------------------------ roles

    def organisations_with(self, role: Role) -> tuple[Organisation, ...]:
        """The organisations that hold ``role``, in the order of ``roles``."""
        (role,) = _ROLE(role)
        return tuple(entry.organisation for entry in self.roles if entry.role is role)

    def roles_of(self, organisation: Organisation) -> tuple[Role, ...]:
        """The roles ``organisation`` holds, in the order of ``roles``; empty when it takes no part."""
        (organisation,) = _ORGANISATION(organisation)
        return tuple(entry.role for entry in self.roles if entry.organisation == organisation)

    # ------------------------------------------------------------ time (F-4, F-5)

    def end_on(self, *, as_of: date) -> date | None:
        """The end date as known on ``as_of`` (F-4).

        The end of the latest amendment announced on or before ``as_of``;
        without one, the end as first approved (``None`` when that was open).
        """
        (as_of,) = _AS_OF(as_of)
        return self._end_known(as_of)

    def _end_known(self, as_of: date) -> date | None:
        end = self.period.end
        for amendment in self.amendments:
            if amendment.announced > as_of:
                break
            end = amendment.end
        return end

    def period_on(self, *, as_of: date) -> DateRange | None:
        """The implementation period as known on ``as_of``; ``None`` if an amendment then ended it before its start."""
        (as_of,) = _AS_OF(as_of)
        end = self._end_known(as_of)
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
        on, as_of = _STATUS(on, as_of)
        if on < self.period.start:
            return ProjectStatus.PLANNED
        end = self._end_known(on if as_of is None else as_of)
        if end is None or on <= end:
            return ProjectStatus.ACTIVE
        return ProjectStatus.CLOSED

    def __repr__(self) -> str:
        return _display.short_repr(self)

    def _repr_html_(self) -> str:
        return _display.project_html(self)

    def with_amendment(self, amendment: Amendment) -> Project:
        """A new project with ``amendment`` added to the history; this project is unchanged (F-4)."""
        (amendment,) = _AMENDMENT(amendment)
        changed: Project = attrs.evolve(cast(Any, self), amendments=(*self.amendments, amendment))
        return changed


def _repeated(values: tuple[object, ...] | list[date], path: str, tail: str, code: str, what: str) -> Iterator[Flaw]:
    """A flaw at each value equal to one before it."""
    seen: set[object] = set()
    for index, value in enumerate(values):
        if value in seen:
            yield Flaw(f"{path}[{index}]{tail}", code, f"expected {what}")
        seen.add(value)


_ROLE = arguments(role=Role)
_ORGANISATION = arguments(organisation=Organisation)
_AS_OF = arguments(as_of=date)
_STATUS = arguments(on=date, as_of=date | None)
_AMENDMENT = arguments(amendment=Amendment)


# ---------------------------------------------------------------- the check (F-1 ... F-4)


def check_project(project: Project) -> tuple[Violation, ...]:
    """Every rule ``project`` breaks, in rule order; empty when it complies.

    Paths are into the ``project`` argument as :func:`~karjera_core.serialization.unstructure`
    lays it out (``$.project.amendments[1].end``).

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
    >>> [(v.rule, v.path) for v in check_project(late)]
    [('F-1', '$.project.period'), ('F-3', '$.project.roles')]
    """
    (project,) = _CHECK(project)
    return (*_eligibility(project), *_number(project), *_responsible(project), *_amendments_after_start(project))


_CHECK = arguments(project=Project)


def _eligibility(project: Project) -> Iterator[Violation]:
    """F-1: the implementation period and every amended end inside a binding eligibility window."""
    programming = project.programming_period
    if not programming.binds_implementation:
        return
    window = programming.eligibility
    if not window.covers(project.period):
        yield Violation(
            code="project.outside_eligibility",
            rule="F-1",
            message=f"expected the implementation period inside the eligibility window {window}",
            path="$.project.period",
        )
    for index, amendment in enumerate(project.amendments):
        if amendment.end not in window:
            yield Violation(
                code="project.amendment_outside_eligibility",
                rule="F-1",
                message=f"expected the amended end inside the eligibility window {window}",
                path=f"$.project.amendments[{index}].end",
            )


def _number(project: Project) -> Iterator[Violation]:
    """F-2: the number's form and selection year fit the programming period."""
    programming = project.programming_period
    number = project.number
    expects_round = programming.numbers_have_round
    if expects_round is not None and expects_round != (number.selection_round is not None):
        yield Violation(
            code="project.number_period_mismatch",
            rule="F-2",
            message=(
                f"expected a project number {'with' if expects_round else 'without'} a selection round "
                "in this programming period"
            ),
            path="$.project.number",
        )
    window = programming.eligibility
    assert window.end is not None  # a programming period's window is closed
    if programming.binds_implementation and not window.start.year <= number.selection_year <= window.end.year:
        yield Violation(
            code="project.number_year_outside_period",
            rule="F-2",
            message=f"expected the selection year within {window.start.year}-{window.end.year}",
            path="$.project.number",
        )


def _responsible(project: Project) -> Iterator[Violation]:
    """F-3: somebody answers for the project."""
    if not any(entry.role in RESPONSIBLE_ROLES for entry in project.roles):
        yield Violation(
            code="project.no_responsible_organisation",
            rule="F-3",
            message="expected at least one submitter, implementer or lead partner",
            path="$.project.roles",
        )


def _amendments_after_start(project: Project) -> Iterator[Violation]:
    """F-4: no amendment ends the project before it starts."""
    for index, amendment in enumerate(project.amendments):
        if amendment.end < project.period.start:
            yield Violation(
                code="project.amendment_before_start",
                rule="F-4",
                message="expected the amended end on or after the project's start",
                path=f"$.project.amendments[{index}].end",
            )
