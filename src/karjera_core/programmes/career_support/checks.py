"""The compliance checks of career support: one per rule, in rule order (C-1 ... C-8), and :func:`check` for all.

Every check returns every :class:`~karjera_core.errors.Violation` at once
(empty: compliant), in a fixed order that does not depend on the order of
its input, and takes the day it is about as ``on=``.  A violation's path is
rooted in the check's own parameter names and follows the layout of
:func:`~karjera_core.serialization.unstructure`: the third assignment's load
is ``$.assignments[2].load``, the agreement's second pilot school
``$.agreement.pilot_schools[1]`` -- so that a form can show it beside the
field that caused it.  Missing data reads as missing: with no evidence,
every obligation is outstanding.

======  =============================  =========================================================
rule    check                          codes
======  =============================  =========================================================
C-1     :func:`check_parties`          ``pilot.other_municipality``, ``assignment.not_pilot_school``,
                                       ``assignment.outside_agreement``
C-2     :func:`check_pilot_set`        ``pilot.unknown_institution``, ``pilot.too_few_minority``,
                                       ``pilot.too_few_general``
C-3     :func:`check_qualifications`   ``qualification.unknown_consultant``, ``qualification.missing``
C-4     :func:`check_required_loads`   ``load.below_required``, ``load.above_required``,
                                       ``load.no_learner_count``, ``load.conflicting_learner_counts``
C-5     :func:`check_loads`            ``load.below_minimum``, ``load.total_above_cap``
C-6     :func:`check_training`         ``training.missing``
C-7     :func:`check_plan`             ``plan.incomplete``, ``plan.overdue``, ``plan.submitted_late``
                                       (and ``plan.other_municipality`` in :func:`check`)
C-8     :func:`check_obligations`      ``obligation.outstanding``
======  =============================  =========================================================

>>> from karjera_core.programmes.career_support import examples as ex
>>> [(v.path, v.code) for v in check_loads(ex.daugavpils_2017_agreement(), ex.daugavpils_2017_assignments(21),
...                                        on=date(2017, 12, 4))]
[('$.assignments', 'load.total_above_cap')]
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from karjera_core import _fields as fields
from karjera_core._records import arguments
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
from karjera_core.programmes.career_support.people import (
    Consultant,
    ConsultantAssignment,
    QualificationRecord,
    TrainingRecord,
    qualifies,
)
from karjera_core.programmes.career_support.plan import CareerSupportPlan, Obligation, ObligationEvidence
from karjera_core.schedule import Schedule
from karjera_core.time import SchoolYear

__all__ = [
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


#: The largest tolerance, in FTE, a required-load check accepts.
MAX_TOLERANCE = Decimal("100.00")
_TOLERANCE = fields.Dec(Decimal(0), MAX_TOLERANCE, 2, "a tolerance in FTE")
#: Institutions that count as general education for C-2: [000]'s target group is "vispārējās, tai skaitā
#: speciālās" (general, including special) institutions.
_GENERAL_INSTITUTIONS = frozenset((InstitutionKind.GENERAL, InstitutionKind.SPECIAL))

_Pilots = list[tuple[int, PilotSchool]]


def _pilots_on(agreement: Agreement, on: date) -> _Pilots:
    """The agreement's pilot-school entries ``on`` the day, with their indexes (one per school at most)."""
    return [(index, pilot) for index, pilot in enumerate(agreement.pilot_schools) if on in pilot.period]


def _in_force(agreement: Agreement, on: date) -> bool:
    return agreement.signed <= on and on in agreement.period


def _first_assignments(assignments: tuple[ConsultantAssignment, ...], on: date) -> dict[str, int]:
    """Each consultant assigned ``on`` the day, with the index of their first assignment in force."""
    first: dict[str, int] = {}
    for index, a in enumerate(assignments):
        if on in a.period:
            first.setdefault(a.consultant, index)
    return first


# ================================================================ C-1: parties


def _parties(
    agreement: Agreement, institutions: tuple[Institution, ...], assignments: tuple[ConsultantAssignment, ...], on: date
) -> list[Violation]:
    found: list[Violation] = []
    in_force = _in_force(agreement, on)
    pilots = _pilots_on(agreement, on)
    if in_force:
        by_number = {i.registration_number: i for i in institutions}
        for index, pilot in pilots:
            institution = by_number.get(pilot.registration_number)
            if institution is not None and institution.municipality != agreement.municipality:
                found.append(
                    Violation(
                        code="pilot.other_municipality",
                        rule="C-1",
                        message=f"pilot school {pilot.registration_number} is supervised by a municipality other "
                        f"than {agreement.municipality}",
                        path=f"$.agreement.pilot_schools[{index}]",
                    )
                )
    numbers = {pilot.registration_number for _, pilot in pilots}
    for index, a in enumerate(assignments):
        if on not in a.period:
            continue
        if not in_force:
            found.append(
                Violation(
                    code="assignment.outside_agreement",
                    rule="C-1",
                    message=f"consultant {a.consultant} has a load in {a.institution} on {on}, "
                    "when the agreement is not in force",
                    path=f"$.assignments[{index}].period",
                )
            )
        if a.institution not in numbers:
            found.append(
                Violation(
                    code="assignment.not_pilot_school",
                    rule="C-1",
                    message=f"consultant {a.consultant} has a load in {a.institution}, which is not a pilot school "
                    f"on {on}",
                    path=f"$.assignments[{index}].institution",
                )
            )
    return found


def check_parties(
    agreement: Agreement,
    institutions: Iterable[Institution],
    assignments: Iterable[ConsultantAssignment],
    *,
    on: date,
) -> tuple[Violation, ...]:
    """Whether the parties keep to the agreement ``on`` the day (C-1): the municipality nominates the schools it
    supervises, and consultants work in its pilot schools while the agreement is in force.

    * ``pilot.other_municipality`` -- a pilot school (among ``institutions``) supervised by another
      municipality, while the agreement is in force;
    * ``assignment.not_pilot_school`` -- an assignment in force in a school that is not a pilot school that day;
    * ``assignment.outside_agreement`` -- an assignment in force on a day the agreement is not.

    >>> from karjera_core.programmes.career_support import examples as ex
    >>> check_parties(ex.daugavpils_2017_agreement(), ex.daugavpils_2017_institutions(),
    ...               ex.daugavpils_2017_assignments(), on=date(2017, 12, 4))
    ()
    """
    agreement, known, assigned, on = _PARTIES(agreement, institutions, assignments, on)
    return sort_violations(_parties(agreement, known, assigned, on))


_PARTIES = arguments(
    agreement=Agreement,
    institutions=tuple[Institution, ...],
    assignments=tuple[ConsultantAssignment, ...],
    on=date,
)


# ================================================================ C-2: the pilot set


def _general_kind_ok(institution: Institution, kinds: tuple[GeneralProgrammeKind, ...]) -> bool:
    return (GeneralProgrammeKind.BASIC in kinds and institution.implements_basic) or (
        GeneralProgrammeKind.GENERAL_SECONDARY in kinds and institution.implements_general_secondary
    )


def _pilot_set(agreement: Agreement, institutions: tuple[Institution, ...], on: date) -> list[Violation]:
    if not _in_force(agreement, on):
        return []
    by_number = {i.registration_number: i for i in institutions}
    requirements = agreement.requirements
    found: list[Violation] = []
    pilots: list[Institution] = []
    for index, pilot in _pilots_on(agreement, on):
        institution = by_number.get(pilot.registration_number)
        if institution is None:
            found.append(
                Violation(
                    code="pilot.unknown_institution",
                    rule="C-2",
                    message=f"pilot school {pilot.registration_number} is not among the institutions given, "
                    "so it cannot be counted",
                    path=f"$.agreement.pilot_schools[{index}]",
                )
            )
        else:
            pilots.append(institution)
    minority = sum(1 for i in pilots if i.implements_minority)
    if minority < requirements.min_minority:
        found.append(
            Violation(
                code="pilot.too_few_minority",
                rule="C-2",
                message=f"{minority} pilot institution(s) implement a minority education programme on {on}; "
                f"at least {requirements.min_minority} required",
                path="$.agreement.pilot_schools",
            )
        )
    year = requirements.reference_year
    if year is None or on in year:
        kinds = requirements.general_kinds
        general = sum(1 for i in pilots if i.kind in _GENERAL_INSTITUTIONS and _general_kind_ok(i, kinds))
        if general < requirements.min_general:
            found.append(
                Violation(
                    code="pilot.too_few_general",
                    rule="C-2",
                    message=f"{general} general education pilot institution(s) implement "
                    f"{' or '.join(k.value for k in kinds)} programmes on {on}; "
                    f"at least {requirements.min_general} required",
                    path="$.agreement.pilot_schools",
                )
            )
    return found


def check_pilot_set(agreement: Agreement, institutions: Iterable[Institution], *, on: date) -> tuple[Violation, ...]:
    """Whether the agreement's pilot set ``on`` the day meets its requirements (C-2).

    ``institutions`` describe the pilot schools (by registration number).
    Nothing is required while the agreement is not in force.

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


_PILOT_SET = arguments(agreement=Agreement, institutions=tuple[Institution, ...], on=date)


# ================================================================ C-3: qualifications


def _qualifications(
    consultants: tuple[Consultant, ...],
    assignments: tuple[ConsultantAssignment, ...],
    on: date,
    rules: Schedule[QualificationRule],
) -> list[Violation]:
    held: dict[str, list[QualificationRecord]] = {}
    first_entry: dict[str, int] = {}
    for index, person in enumerate(consultants):
        held.setdefault(person.person_id, []).extend(person.qualifications)
        first_entry.setdefault(person.person_id, index)
    found: list[Violation] = []
    for person_id, index in _first_assignments(assignments, on).items():
        if person_id not in held:
            found.append(
                Violation(
                    code="qualification.unknown_consultant",
                    rule="C-3",
                    message=f"consultant {person_id} is assigned on {on} but not among the consultants given",
                    path=f"$.assignments[{index}].consultant",
                )
            )
        elif not qualifies(held[person_id], on=on, rules=rules):
            found.append(
                Violation(
                    code="qualification.missing",
                    rule="C-3",
                    message=f"consultant {person_id} holds no qualification meeting "
                    f"{rules.value_on(on=on).regulation} on {on}",
                    path=f"$.consultants[{first_entry[person_id]}].qualifications",
                )
            )
    return found


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
    consultants=tuple[Consultant, ...],
    assignments=tuple[ConsultantAssignment, ...],
    on=date,
    rules=Schedule[QualificationRule] | None,
)


# ================================================================ C-4: required loads


def _required_loads(
    agreement: Agreement,
    assignments: tuple[ConsultantAssignment, ...],
    counts: tuple[LearnerCount, ...],
    on: date,
    tolerance: Decimal,
) -> list[Violation]:
    if not _in_force(agreement, on):
        return []
    year = SchoolYear.containing(on)
    learners, conflicts = learner_totals(counts, year)
    assigned: dict[str, Decimal] = {}
    for a in assignments:
        if on in a.period:
            assigned[a.institution] = assigned.get(a.institution, Decimal("0.00")) + a.load
    found: list[Violation] = []
    for index, pilot in _pilots_on(agreement, on):
        number, path = pilot.registration_number, f"$.agreement.pilot_schools[{index}]"
        if number in conflicts:
            found.append(
                Violation(
                    code="load.conflicting_learner_counts",
                    rule="C-4",
                    message=f"pilot school {number} has learner counts for {year} that would count learners twice "
                    "(O-5)",
                    path=f"$.learner_counts[{conflicts[number]}]",
                )
            )
        elif number not in learners:
            found.append(
                Violation(
                    code="load.no_learner_count",
                    rule="C-4",
                    message=f"pilot school {number} has no learner count for {year}, so its required load is unknown",
                    path=path,
                )
            )
        else:
            required = agreement.ratio.required_load(learners[number], on=on)
            load = assigned.get(number, Decimal("0.00"))
            if load < required - tolerance:
                found.append(
                    Violation(
                        code="load.below_required",
                        rule="C-4",
                        message=f"pilot school {number} has {fte(load)} FTE on {on}; its {learners[number]} learners "
                        f"require {required} FTE",
                        path=path,
                    )
                )
            elif load > required + tolerance:
                found.append(
                    Violation(
                        code="load.above_required",
                        rule="C-4",
                        message=f"pilot school {number} has {fte(load)} FTE on {on}; its {learners[number]} learners "
                        f"require only {required} FTE",
                        path=path,
                    )
                )
    return found


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
    agreement=Agreement,
    assignments=tuple[ConsultantAssignment, ...],
    learner_counts=tuple[LearnerCount, ...],
    on=date,
    tolerance=_TOLERANCE,
)


# ================================================================ C-5: load bounds


def _loads(agreement: Agreement, assignments: tuple[ConsultantAssignment, ...], on: date) -> list[Violation]:
    loads: dict[tuple[str, str], tuple[int, Decimal]] = {}
    for index, a in enumerate(assignments):
        if on in a.period:
            first, load = loads.get((a.consultant, a.institution), (index, Decimal("0.00")))
            loads[(a.consultant, a.institution)] = (first, load + a.load)
    bounds = agreement.load_bounds
    pilots = {pilot.registration_number for _, pilot in _pilots_on(agreement, on)}
    found: list[Violation] = []
    total = Decimal("0.00")
    for (consultant, institution), (index, load) in loads.items():
        if institution in pilots:
            total += load
        if load < bounds.minimum:
            found.append(
                Violation(
                    code="load.below_minimum",
                    rule="C-5",
                    message=f"consultant {consultant} has {fte(load)} FTE in {institution} on {on}; "
                    f"at least {fte(bounds.minimum)} FTE required",
                    path=f"$.assignments[{index}].load",
                )
            )
    if total > bounds.total_cap:
        found.append(
            Violation(
                code="load.total_above_cap",
                rule="C-5",
                message=f"the loads in all pilot schools of {agreement.municipality} total {fte(total)} FTE on {on}; "
                f"the cap is {fte(bounds.total_cap)} FTE",
                path="$.assignments",
            )
        )
    return found


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


_LOADS = arguments(agreement=Agreement, assignments=tuple[ConsultantAssignment, ...], on=date)


# ================================================================ C-6: training


def _training(
    assignments: tuple[ConsultantAssignment, ...],
    records: tuple[TrainingRecord, ...],
    on: date,
    requirement: TrainingRequirement,
) -> list[Violation]:
    tenure: dict[str, date] = {}
    for a in assignments:
        start = a.period.start
        if start <= on and (a.consultant not in tenure or start < tenure[a.consultant]):
            tenure[a.consultant] = start
    hours: dict[str, Decimal] = {}
    for r in records:
        if r.end <= on:
            hours[r.person_id] = hours.get(r.person_id, Decimal("0.00")) + r.hours
    found: list[Violation] = []
    for person_id, index in _first_assignments(assignments, on).items():
        if (on - tenure[person_id]).days < requirement.grace_days:
            continue
        if person_id not in hours or hours[person_id] < requirement.min_hours:
            found.append(
                Violation(
                    code="training.missing",
                    rule="C-6",
                    message=f"consultant {person_id} has {hours.get(person_id, Decimal('0.00'))} hours of further "
                    f"education by {on}; at least one course and {requirement.min_hours} hours required",
                    path=f"$.assignments[{index}].consultant",
                )
            )
    return found


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
    assignments=tuple[ConsultantAssignment, ...],
    training_records=tuple[TrainingRecord, ...],
    on=date,
    requirement=TrainingRequirement | None,
)


# ================================================================ C-7: the plan


def _plan(plan: CareerSupportPlan, on: date, root: str) -> list[Violation]:
    year = plan.school_year
    found = [
        Violation(
            code="plan.incomplete",
            rule="C-7",
            message=f"the {year} plan does not cover aspect ({aspect.letter}): {aspect.label}",
            path=f"{root}.aspects",
        )
        for aspect in plan.missing_aspects
    ]
    submitted = plan.submitted if plan.submitted is not None and plan.submitted <= on else None
    due = plan.due
    if due is not None:
        if submitted is None and due < on:
            found.append(
                Violation(
                    code="plan.overdue",
                    rule="C-7",
                    message=f"the {year} plan was due on {due} and is not submitted by {on}",
                    path=f"{root}.submitted",
                )
            )
        elif submitted is not None and submitted > due:
            found.append(
                Violation(
                    code="plan.submitted_late",
                    rule="C-7",
                    message=f"the {year} plan was submitted on {submitted}, after its due date {due}",
                    path=f"{root}.submitted",
                )
            )
    return found


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


def _obligations(evidence: tuple[ObligationEvidence, ...], on: date, since: date | None) -> list[Violation]:
    met = {e.obligation for e in evidence if e.on <= on and (since is None or since <= e.on)}
    return [
        Violation(
            code="obligation.outstanding",
            rule="C-8",
            message=f"no evidence by {on} that the municipality did: {o.label}",
            path="$.evidence",
        )
        for o in Obligation
        if o not in met
    ]


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


_OBLIGATIONS = arguments(evidence=tuple[ObligationEvidence, ...], on=date, since=date | None)


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
    >>> check(ex.daugavpils_2017_agreement(), on=date(2017, 12, 4), assignments=ex.daugavpils_2017_assignments(),
    ...       **data)
    ()
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
            found.append(
                Violation(
                    code="plan.other_municipality",
                    rule="C-7",
                    message=f"the {plan.school_year} plan belongs to a municipality other than "
                    f"{agreement.municipality}",
                    path=f"{root}.municipality",
                )
            )
        found += _plan(plan, on, root)
    return sort_violations(found)


_CHECK = arguments(
    agreement=Agreement,
    on=date,
    institutions=tuple[Institution, ...],
    consultants=tuple[Consultant, ...],
    assignments=tuple[ConsultantAssignment, ...],
    learner_counts=tuple[LearnerCount, ...],
    training_records=tuple[TrainingRecord, ...],
    plans=tuple[CareerSupportPlan, ...],
    evidence=tuple[ObligationEvidence, ...],
    tolerance=_TOLERANCE,
)
