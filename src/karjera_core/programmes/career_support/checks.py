"""The compliance checks of career support: one per rule, in rule order (C-1 ... C-8), and :func:`check` for all.

Every check returns every :class:`~karjera_core.errors.Violation` at once
(empty: compliant), sorted whatever the order of its input, and takes its
day as ``on=``.  A violation's path is rooted in the check's parameter names
and follows :func:`~karjera_core.serialization.unstructure`'s layout (the
third assignment's load is ``$.assignments[2].load``), so that a form can
show it beside the field that caused it.  Missing data reads as missing.
:data:`MESSAGES` lists every code, by rule, with its message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core.education import Institution, InstitutionKind, LearnerCount
from karjera_core.errors import Violation
from karjera_core.programmes.career_support._common import fte, learner_totals, sort_violations
from karjera_core.programmes.career_support.agreement import Agreement, PilotSchool
from karjera_core.programmes.career_support.parameters import (
    QUALIFICATION_SCHEDULE,
    GeneralProgrammeKind,
    QualificationRule,
    TrainingRequirement,
)
from karjera_core.programmes.career_support.people import Consultant, ConsultantAssignment, TrainingRecord, _qualifies
from karjera_core.programmes.career_support.plan import CareerSupportPlan, Obligation, ObligationEvidence
from karjera_core.schedule import Schedule
from karjera_core.time import SchoolYear

__all__ = [
    "MESSAGES",
    "check",
    "check_loads",
    "check_obligations",
    "check_parties",
    "check_pilot_set",
    "check_plan",
    "check_qualifications",
    "check_required_loads",
    "check_training",
]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The codes of the checks: rule, code and message a line (an indented line continues the message above).
_TABLE = """\
C-1 pilot.other_municipality pilot school {school} is supervised by a municipality other than {municipality}
C-1 assignment.outside_agreement consultant {consultant} has a load in {school} on {on}, when the agreement is not
    in force
C-1 assignment.not_pilot_school consultant {consultant} has a load in {school}, which is not a pilot school on {on}
C-2 pilot.unknown_institution pilot school {school} is not among the institutions given, so it cannot be counted
C-2 pilot.too_few_minority {count} pilot institution(s) implement a minority education programme on {on}; at least
    {minimum} required
C-2 pilot.too_few_general {count} general education pilot institution(s) implement {kinds} programmes on {on}; at
    least {minimum} required
C-3 qualification.unknown_consultant consultant {consultant} is assigned on {on} but not among the consultants given
C-3 qualification.missing consultant {consultant} holds no qualification meeting {regulation} on {on}
C-4 load.conflicting_learner_counts pilot school {school} has learner counts for {year} that would count learners
    twice (O-5)
C-4 load.no_learner_count pilot school {school} has no learner count for {year}, so its required load is unknown
C-4 load.below_required pilot school {school} has {load} FTE on {on}; its {learners} learners require {required} FTE
C-4 load.above_required pilot school {school} has {load} FTE on {on}; its {learners} learners require only
    {required} FTE
C-5 load.below_minimum consultant {consultant} has {load} FTE in {school} on {on}; at least {minimum} FTE required
C-5 load.total_above_cap the loads in all pilot schools of {municipality} total {load} FTE on {on}; the cap is
    {cap} FTE
C-6 training.missing consultant {consultant} has {hours} hours of further education by {on}; at least one course
    and {minimum} hours required
C-7 plan.incomplete the {year} plan does not cover aspect ({letter}): {aspect}
C-7 plan.overdue the {year} plan was due on {due} and is not submitted by {on}
C-7 plan.submitted_late the {year} plan was submitted on {submitted}, after its due date {due}
C-7 plan.other_municipality the {year} plan belongs to a municipality other than {municipality}
C-8 obligation.outstanding no evidence by {on} that the municipality did: {obligation}
"""
#: Every code the checks report, with its rule and its message (``{...}`` stands for what it is about).
MESSAGES: dict[str, tuple[str, str]] = {
    code: (rule, message)
    for rule, code, message in (row.split(" ", 2) for row in re.sub("\n +", " ", _TABLE).splitlines())
}


def _found(code: str, path: str, **about: Any) -> Violation:
    rule, message = MESSAGES[code]
    return Violation(code=code, rule=rule, message=message.format(**about), path=path)


#: The largest tolerance, in FTE, a required-load check accepts.
MAX_TOLERANCE = Decimal("100.00")
_TOLERANCE = fields.Dec(Decimal(0), MAX_TOLERANCE, 2, "a tolerance in FTE")
#: Institutions that count as general education for C-2: [000]'s target group is "vispārējās, tai skaitā
#: speciālās" (general, including special) institutions.
_GENERAL_INSTITUTIONS = frozenset((InstitutionKind.GENERAL, InstitutionKind.SPECIAL))
#: The argument types of the checks: any iterable of each is accepted, and read as a tuple.
_INSTITUTIONS = tuple[Institution, ...]
_CONSULTANTS = tuple[Consultant, ...]
_ASSIGNMENTS = tuple[ConsultantAssignment, ...]
_COUNTS = tuple[LearnerCount, ...]
_RECORDS = tuple[TrainingRecord, ...]
_EVIDENCE = tuple[ObligationEvidence, ...]


def _pilots_on(agreement: Agreement, on: date) -> list[tuple[int, PilotSchool]]:
    """The agreement's pilot-school entries ``on`` the day, with their indexes (one per school at most)."""
    return [(index, pilot) for index, pilot in enumerate(agreement.pilot_schools) if on in pilot.period]


def _in_force(agreement: Agreement, on: date) -> bool:
    return agreement.signed <= on and on in agreement.period


def _by_number(institutions: _INSTITUTIONS) -> dict[str, list[Institution]]:
    """The institutions by registration number: one listed twice is each of its entries, whatever their order."""
    found: dict[str, list[Institution]] = {}
    for institution in institutions:
        found.setdefault(institution.registration_number, []).append(institution)
    return found


def _first_assignments(assignments: _ASSIGNMENTS, on: date) -> dict[str, int]:
    """Each consultant assigned ``on`` the day, with the index of their first assignment in force."""
    first: dict[str, int] = {}
    for index, a in enumerate(assignments):
        if on in a.period:
            first.setdefault(a.consultant, index)
    return first


# ================================================================ C-1: parties


def _parties(
    agreement: Agreement, institutions: _INSTITUTIONS, assignments: _ASSIGNMENTS, on: date
) -> Iterator[Violation]:
    in_force, pilots = _in_force(agreement, on), _pilots_on(agreement, on)
    if in_force:
        by_number = _by_number(institutions)
        for index, pilot in pilots:
            if any(i.municipality != agreement.municipality for i in by_number.get(pilot.registration_number, ())):
                path, school = f"$.agreement.pilot_schools[{index}]", pilot.registration_number
                yield _found("pilot.other_municipality", path, school=school, municipality=agreement.municipality)
    numbers = {pilot.registration_number for _, pilot in pilots}
    for index, a in enumerate(assignments):
        if on in a.period:
            about = {"consultant": a.consultant, "school": a.institution, "on": on}
            if not in_force:
                yield _found("assignment.outside_agreement", f"$.assignments[{index}].period", **about)
            if a.institution not in numbers:
                yield _found("assignment.not_pilot_school", f"$.assignments[{index}].institution", **about)


def check_parties(
    agreement: Agreement, institutions: Iterable[Institution], assignments: Iterable[ConsultantAssignment], *, on: date
) -> tuple[Violation, ...]:
    """Whether the parties keep to the agreement ``on`` the day (C-1): the municipality nominates the schools it
    supervises, and consultants work in its pilot schools while the agreement is in force.

    * ``pilot.other_municipality`` -- a pilot school supervised by another municipality (by any of its
      entries in ``institutions``), while the agreement is in force;
    * ``assignment.not_pilot_school`` -- an assignment in force in a school that is not a pilot school that day;
    * ``assignment.outside_agreement`` -- an assignment in force on a day the agreement is not.

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> check_parties(ex.daugavpils_2017_agreement(), ex.daugavpils_2017_institutions(),
    ...               ex.daugavpils_2017_assignments(), on=date(2017, 12, 4))
    ()
    """
    agreement, known, assigned, on = _PARTIES(agreement, institutions, assignments, on)
    return sort_violations(_parties(agreement, known, assigned, on))


_PARTIES = arguments(agreement=Agreement, institutions=_INSTITUTIONS, assignments=_ASSIGNMENTS, on=date)


# ================================================================ C-2: the pilot set


def _general_kind_ok(institution: Institution, kinds: tuple[GeneralProgrammeKind, ...]) -> bool:
    return institution.kind in _GENERAL_INSTITUTIONS and (
        (GeneralProgrammeKind.BASIC in kinds and institution.implements_basic)
        or (GeneralProgrammeKind.GENERAL_SECONDARY in kinds and institution.implements_general_secondary)
    )


def _pilot_set(agreement: Agreement, institutions: _INSTITUTIONS, on: date) -> Iterator[Violation]:
    if not _in_force(agreement, on):
        return
    by_number = _by_number(institutions)
    requirements = agreement.requirements
    pilots: list[list[Institution]] = []
    for index, pilot in _pilots_on(agreement, on):
        entries = by_number.get(pilot.registration_number)
        if entries is None:
            path = f"$.agreement.pilot_schools[{index}]"
            yield _found("pilot.unknown_institution", path, school=pilot.registration_number)
        else:
            pilots.append(entries)
    minority = sum(1 for entries in pilots if any(i.implements_minority for i in entries))
    if minority < requirements.min_minority:
        about = {"count": minority, "on": on, "minimum": requirements.min_minority}
        yield _found("pilot.too_few_minority", "$.agreement.pilot_schools", **about)
    year = requirements.reference_year
    if year is None or on in year:
        kinds = requirements.general_kinds
        general = sum(1 for entries in pilots if any(_general_kind_ok(i, kinds) for i in entries))
        if general < requirements.min_general:
            names = " or ".join(k.value for k in kinds)
            about = {"count": general, "kinds": names, "on": on, "minimum": requirements.min_general}
            yield _found("pilot.too_few_general", "$.agreement.pilot_schools", **about)


def check_pilot_set(agreement: Agreement, institutions: Iterable[Institution], *, on: date) -> tuple[Violation, ...]:
    """Whether the agreement's pilot set ``on`` the day meets its requirements (C-2).

    ``institutions`` describe the pilot schools (by registration number; a
    school listed twice counts by any of its entries).  Nothing is required
    while the agreement is not in force.

    * ``pilot.unknown_institution`` -- a pilot school not among ``institutions``;
    * ``pilot.too_few_minority`` -- fewer minority-programme institutions than required;
    * ``pilot.too_few_general`` -- fewer general (or special) institutions of the required programme
      kinds than required, in the reference year when one is set.

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> [v.code for v in check_pilot_set(ex.jelgava_agreement(met=False), ex.jelgava_institutions(),
    ...                                  on=date(2017, 3, 1))]
    ['pilot.too_few_general', 'pilot.too_few_minority']
    """
    agreement, known, on = _PILOT_SET(agreement, institutions, on)
    return sort_violations(_pilot_set(agreement, known, on))


_PILOT_SET = arguments(agreement=Agreement, institutions=_INSTITUTIONS, on=date)


# ================================================================ C-3: qualifications


def _qualifications(
    consultants: _CONSULTANTS, assignments: _ASSIGNMENTS, on: date, rules: Schedule[QualificationRule]
) -> Iterator[Violation]:
    held: dict[str, list[Any]] = {}
    first_entry: dict[str, int] = {}
    for index, person in enumerate(consultants):
        held.setdefault(person.person_id, []).extend(person.qualifications)
        first_entry.setdefault(person.person_id, index)
    for person_id, index in _first_assignments(assignments, on).items():
        if person_id not in held:
            path = f"$.assignments[{index}].consultant"
            yield _found("qualification.unknown_consultant", path, consultant=person_id, on=on)
        elif not _qualifies(held[person_id], on=on, rules=rules):
            path, regulation = f"$.consultants[{first_entry[person_id]}].qualifications", rules.value_on(on=on)
            yield _found("qualification.missing", path, consultant=person_id, regulation=regulation.regulation, on=on)


def check_qualifications(
    consultants: Iterable[Consultant],
    assignments: Iterable[ConsultantAssignment],
    *,
    on: date,
    rules: Schedule[QualificationRule] | None = None,
) -> tuple[Violation, ...]:
    """Whether every consultant with an assignment in force ``on`` the day is qualified that day (C-3).

    A consultant listed more than once holds the qualifications of every
    entry.  One violation per consultant:

    * ``qualification.unknown_consultant`` -- assigned, but not among ``consultants``;
    * ``qualification.missing`` -- holds no qualification the rule in force accepts.

    ``rules`` default to :data:`~karjera_core.programmes.career_support.parameters.QUALIFICATION_SCHEDULE`;
    a day before their first step is a ValidationError ``schedule.before_start`` when anyone is assigned.

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> check_qualifications(ex.daugavpils_2017_consultants(), ex.daugavpils_2017_assignments(), on=date(2017, 12, 4))
    ()
    """
    people, assigned, on, rules = _QUALIFICATIONS(consultants, assignments, on, rules)
    return sort_violations(_qualifications(people, assigned, on, rules or QUALIFICATION_SCHEDULE))


_QUALIFICATIONS = arguments(
    consultants=_CONSULTANTS, assignments=_ASSIGNMENTS, on=date, rules=Schedule[QualificationRule] | None
)


# ================================================================ C-4: required loads


def _required_loads(
    agreement: Agreement, assignments: _ASSIGNMENTS, counts: _COUNTS, on: date, tolerance: Decimal
) -> Iterator[Violation]:
    if not _in_force(agreement, on):
        return
    year = SchoolYear.containing(on)
    learners, conflicts = learner_totals(counts, year)
    assigned: dict[str, Decimal] = {}
    for a in assignments:
        if on in a.period:
            assigned[a.institution] = assigned.get(a.institution, Decimal("0.00")) + a.load
    for index, pilot in _pilots_on(agreement, on):
        number, path = pilot.registration_number, f"$.agreement.pilot_schools[{index}]"
        if number in conflicts:
            yield _found(
                "load.conflicting_learner_counts", f"$.learner_counts[{conflicts[number]}]", school=number, year=year
            )
        elif number not in learners:
            yield _found("load.no_learner_count", path, school=number, year=year)
        else:
            required = agreement.ratio.required_load(learners[number], on=on)
            load = assigned.get(number, Decimal("0.00"))
            about = {"school": number, "load": fte(load), "on": on, "learners": learners[number], "required": required}
            if load < required - tolerance:
                yield _found("load.below_required", path, **about)
            elif load > required + tolerance:
                yield _found("load.above_required", path, **about)


def check_required_loads(
    agreement: Agreement,
    assignments: Iterable[ConsultantAssignment],
    learner_counts: Iterable[LearnerCount],
    *,
    on: date,
    tolerance: Decimal = Decimal("0.00"),
) -> tuple[Violation, ...]:
    """Whether each pilot school's load ``on`` the day matches what its learners require (C-4).

    A school's required load is the agreement's
    :meth:`~karjera_core.programmes.career_support.parameters.RatioRule.required_load`
    for its learners in the school year containing ``on`` (its whole count,
    or the sum of its per-grade counts); its assigned load is the sum of its
    assignments in force that day.  ``tolerance`` (0.00-100.00 FTE) is the
    difference allowed either way.  Nothing is required while the agreement
    is not in force.

    * ``load.below_required`` / ``load.above_required`` -- short of, or above, the required load by more
      than the tolerance;
    * ``load.no_learner_count`` -- no learner count for the school and year;
    * ``load.conflicting_learner_counts`` -- counts that would count the school's learners twice (a whole
      count and per-grade counts, or one grade twice; O-5), at the first such count.

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> check_required_loads(ex.daugavpils_2017_agreement(), ex.daugavpils_2017_assignments(),
    ...     ex.daugavpils_2017_learner_counts(), on=date(2017, 12, 4))
    ()
    """
    agreement, assigned, counts, on, tolerance = _REQUIRED_LOADS(agreement, assignments, learner_counts, on, tolerance)
    return sort_violations(_required_loads(agreement, assigned, counts, on, tolerance))


_REQUIRED_LOADS = arguments(
    agreement=Agreement, assignments=_ASSIGNMENTS, learner_counts=_COUNTS, on=date, tolerance=_TOLERANCE
)


# ================================================================ C-5: load bounds


def _loads(agreement: Agreement, assignments: _ASSIGNMENTS, on: date) -> Iterator[Violation]:
    loads: dict[tuple[str, str], tuple[int, Decimal]] = {}
    for index, a in enumerate(assignments):
        if on in a.period:
            first, load = loads.get((a.consultant, a.institution), (index, Decimal("0.00")))
            loads[(a.consultant, a.institution)] = (first, load + a.load)
    bounds = agreement.load_bounds
    pilots = {pilot.registration_number for _, pilot in _pilots_on(agreement, on)}
    total = Decimal("0.00")
    for (consultant, school), (index, load) in loads.items():
        if school in pilots:
            total += load
        if load < bounds.minimum:
            about = {"consultant": consultant, "school": school, "on": on, "minimum": fte(bounds.minimum)}
            yield _found("load.below_minimum", f"$.assignments[{index}].load", load=fte(load), **about)
    if total > bounds.total_cap:
        about = {"municipality": agreement.municipality, "load": fte(total), "on": on, "cap": fte(bounds.total_cap)}
        yield _found("load.total_above_cap", "$.assignments", **about)


def check_loads(
    agreement: Agreement, assignments: Iterable[ConsultantAssignment], *, on: date
) -> tuple[Violation, ...]:
    """Whether the loads in force ``on`` the day keep the agreement's bounds (C-5).

    * ``load.below_minimum`` -- a consultant's load in a school (the sum of their assignments there that
      day) is below ``agreement.load_bounds.minimum``, at the first of those assignments' load;
    * ``load.total_above_cap`` -- the loads in all pilot schools together are above
      ``agreement.load_bounds.total_cap``.

    Daugavpils ran 20 consultants in 10 pilot schools [002]: 20 x 0.3 = 6.0 FTE, exactly the cap.

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> check_loads(ex.daugavpils_2017_agreement(), ex.daugavpils_2017_assignments(), on=date(2017, 12, 4))
    ()
    """
    agreement, assigned, on = _LOADS(agreement, assignments, on)
    return sort_violations(_loads(agreement, assigned, on))


_LOADS = arguments(agreement=Agreement, assignments=_ASSIGNMENTS, on=date)


# ================================================================ C-6: training


def _training(
    assignments: _ASSIGNMENTS, records: _RECORDS, on: date, requirement: TrainingRequirement
) -> Iterator[Violation]:
    tenure: dict[str, date] = {}
    for a in assignments:
        start = a.period.start
        if start <= on and (a.consultant not in tenure or start < tenure[a.consultant]):
            tenure[a.consultant] = start
    hours: dict[str, Decimal] = {}
    for r in records:
        if r.end <= on:
            hours[r.person_id] = hours.get(r.person_id, Decimal("0.00")) + r.hours
    for person_id, index in _first_assignments(assignments, on).items():
        if (on - tenure[person_id]).days >= requirement.grace_days and (
            person_id not in hours or hours[person_id] < requirement.min_hours
        ):
            about = {"hours": hours.get(person_id, Decimal("0.00")), "on": on, "minimum": requirement.min_hours}
            yield _found("training.missing", f"$.assignments[{index}].consultant", consultant=person_id, **about)


def check_training(
    assignments: Iterable[ConsultantAssignment],
    training_records: Iterable[TrainingRecord],
    *,
    on: date,
    requirement: TrainingRequirement | None = None,
) -> tuple[Violation, ...]:
    """Whether each consultant assigned ``on`` the day has taken part in further education (C-6).

    See :class:`~karjera_core.programmes.career_support.parameters.TrainingRequirement`
    (default: any participation within the first year).  A consultant's
    tenure starts at the earliest start of their assignments given that
    began by ``on``.  One ``training.missing`` violation per consultant past
    the grace period without enough training that ended by ``on``.

    >>> from karjera_core.programmes.career_support.people import ConsultantAssignment
    >>> from karjera_core.time import DateRange
    >>> a = ConsultantAssignment(consultant="c01", institution="4500000001", load=Decimal("0.3"),
    ...                          period=DateRange(start=date(2017, 3, 1), end=date(2018, 8, 31)))
    >>> check_training([a], [], on=date(2018, 2, 28)), [v.path for v in check_training([a], [], on=date(2018, 3, 1))]
    ((), ['$.assignments[0].consultant'])
    """
    assigned, records, on, requirement = _TRAINING(assignments, training_records, on, requirement)
    return sort_violations(_training(assigned, records, on, requirement or TrainingRequirement()))


_TRAINING = arguments(
    assignments=_ASSIGNMENTS, training_records=_RECORDS, on=date, requirement=TrainingRequirement | None
)


# ================================================================ C-7: the plan


def _plan(plan: CareerSupportPlan, on: date, root: str) -> Iterator[Violation]:
    year = plan.school_year
    for aspect in plan.missing_aspects:
        yield _found("plan.incomplete", f"{root}.aspects", year=year, letter=aspect.letter, aspect=aspect.label)
    submitted = plan.submitted if plan.submitted is not None and plan.submitted <= on else None
    if plan.due is not None:
        if submitted is None and plan.due < on:
            yield _found("plan.overdue", f"{root}.submitted", year=year, due=plan.due, on=on)
        elif submitted is not None and submitted > plan.due:
            yield _found("plan.submitted_late", f"{root}.submitted", year=year, submitted=submitted, due=plan.due)


def check_plan(plan: CareerSupportPlan, *, on: date) -> tuple[Violation, ...]:
    """What is wrong with ``plan`` as known ``on`` the day (C-7).

    * ``plan.incomplete`` -- one for each aspect it does not cover, at ``$.plan.aspects``;
    * ``plan.overdue`` -- it has a due date before ``on`` and was not submitted by ``on``;
    * ``plan.submitted_late`` -- it was submitted (by ``on``) after its due date.

    A submission dated after ``on`` has not happened yet as of ``on``.

    >>> from karjera_core.programmes.career_support.plan import PlanAspect
    >>> late = CareerSupportPlan(municipality="Jelgava", school_year=SchoolYear(2017),
    ...     aspects=(PlanAspect.IMPLEMENTATION_MODEL,), due=date(2017, 10, 2))
    >>> [(v.path, v.code) for v in check_plan(late, on=date(2017, 10, 3))]
    [('$.plan.aspects', 'plan.incomplete'), ('$.plan.aspects', 'plan.incomplete'), ('$.plan.submitted', 'plan.overdue')]
    """
    plan, on = _PLAN(plan, on)
    return sort_violations(_plan(plan, on, "$.plan"))


_PLAN = arguments(plan=CareerSupportPlan, on=date)


# ================================================================ C-8: obligations


def _obligations(evidence: _EVIDENCE, on: date, since: date | None) -> Iterator[Violation]:
    met = {e.obligation for e in evidence if e.on <= on and (since is None or since <= e.on)}
    for obligation in Obligation:
        if obligation not in met:
            yield _found("obligation.outstanding", "$.evidence", on=on, obligation=obligation.label)


def check_obligations(
    evidence: Iterable[ObligationEvidence], *, on: date, since: date | None = None
) -> tuple[Violation, ...]:
    """The obligations outstanding ``on`` the day: those with no evidence dated on or before it (C-8).

    ``since`` (optional) counts only evidence dated on or after it, e.g. for
    "current information" in this school year.  Each outstanding obligation
    is one ``obligation.outstanding`` violation at ``$.evidence`` (where its
    evidence is missing), its message naming the obligation.

    >>> from karjera_core.programmes.career_support.plan import Obligation
    >>> done = [ObligationEvidence(obligation=Obligation.NOMINATE_PILOT_SCHOOLS, on=date(2017, 2, 24), note="saraksts")]
    >>> len(check_obligations(done, on=date(2017, 3, 1))), check_obligations(done, on=date(2017, 3, 1))[0].path
    (4, '$.evidence')
    """
    found, on, since = _OBLIGATIONS(evidence, on, since)
    return sort_violations(_obligations(found, on, since))


_OBLIGATIONS = arguments(evidence=_EVIDENCE, on=date, since=date | None)


# ================================================================ all of them


def check(
    agreement: Agreement,
    *,
    on: date,
    institutions: Iterable[Institution] = (),
    consultants: Iterable[Consultant] = (),
    assignments: Iterable[ConsultantAssignment] = (),
    learner_counts: Iterable[LearnerCount] = (),
    training_records: Iterable[TrainingRecord] = (),
    plans: Iterable[CareerSupportPlan] = (),
    evidence: Iterable[ObligationEvidence] = (),
    tolerance: Decimal = Decimal("0.00"),
) -> tuple[Violation, ...]:
    """Every violation of the agreement's rules ``on`` the day (C-1 ... C-8), its inputs checked once.

    Runs every check of this module -- :func:`check_qualifications` with the
    agreement's ``qualification_rules``, :func:`check_training` with its
    ``training`` requirement, :func:`check_plan` for each of ``plans`` (at
    ``$.plans[i]``) -- and reports a plan of another municipality as
    ``plan.other_municipality`` (C-7).

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> data = dict(institutions=ex.daugavpils_2017_institutions(), consultants=ex.daugavpils_2017_consultants(21),
    ...     learner_counts=ex.daugavpils_2017_learner_counts(), training_records=ex.daugavpils_2017_training(21),
    ...     plans=[ex.daugavpils_2017_plan()], evidence=ex.daugavpils_2017_evidence())
    >>> [(v.rule, v.path, v.code) for v in check(ex.daugavpils_2017_agreement(), on=date(2017, 12, 4),
    ...     assignments=ex.daugavpils_2017_assignments(21), **data)]
    [('C-4', '$.agreement.pilot_schools[0]', 'load.above_required'), ('C-5', '$.assignments', 'load.total_above_cap')]
    """
    given = (institutions, consultants, assignments, learner_counts, training_records, plans, evidence, tolerance)
    agreement, on, known, people, assigned, counts, records, found_plans, found_evidence, tolerance = _CHECK(
        agreement, on, *given
    )
    found = [
        *_parties(agreement, known, assigned, on),
        *_pilot_set(agreement, known, on),
        *_qualifications(people, assigned, on, agreement.qualification_rules),
        *_required_loads(agreement, assigned, counts, on, tolerance),
        *_loads(agreement, assigned, on),
        *_training(assigned, records, on, agreement.training),
        *_obligations(found_evidence, on, None),
    ]
    for index, plan in enumerate(found_plans):
        root = f"$.plans[{index}]"
        if plan.municipality != agreement.municipality:
            about = {"year": plan.school_year, "municipality": agreement.municipality}
            found.append(_found("plan.other_municipality", f"{root}.municipality", **about))
        found += _plan(plan, on, root)
    return sort_violations(found)


_CHECK = arguments(
    agreement=Agreement,
    on=date,
    institutions=_INSTITUTIONS,
    consultants=_CONSULTANTS,
    assignments=_ASSIGNMENTS,
    learner_counts=_COUNTS,
    training_records=_RECORDS,
    plans=tuple[CareerSupportPlan, ...],
    evidence=_EVIDENCE,
    tolerance=_TOLERANCE,
)
