"""pydantic v2 models enforcing the library's field and cross-field rules: the competitor a user would pick.

Every model is ``ConfigDict(strict=True, extra="forbid", frozen=True)``:
no coercion (``"5"`` is not an int, ``1`` not a bool), unknown keys refused,
immutable.  Strict mode also refuses, for *Python* input such as the JSON
dicts the benchmark feeds, the text forms JSON uses for four kinds of value,
so those fields alone are declared ``Strict(False)`` -- and each is guarded so
that it is not laxer than the library:

* dates -- ``Annotated[date, Strict(False)]`` plus a before-validator that
  passes only a ``datetime.date`` or a ten-character ``YYYY-MM-DD`` string (lax
  pydantic also takes the int ``0`` as 1970-01-01 and datetime strings), and
  the library's years 1900-2199;
* decimals (money, FTE, hours, fact values) -- ``Strict(False)`` plus a
  before-validator that passes only a ``Decimal`` or a plain decimal string
  ``-?digits(.digits)?`` (lax pydantic also takes floats, ints and exponents);
  they are written back with ``format(value, "f")`` and quantized where the
  library stores a fixed number of places;
* enumerations -- ``Strict(False)``: lax mode takes the member's value;
* tuples -- ``Strict(False)``: lax mode takes a list (JSON's only array; the
  sets and generators it would also take are not JSON).

The rules are the library's (brief rules in brackets): every text field is a
single-line name (no control or format characters, no surrounding spaces) or
free text (tab and line breaks allowed, not blank), bounded in length, and
refuses a personal code through :func:`karjera_core.privacy.looks_like_personal_code`
in a field validator (P-7); integers and decimals are bounded; cross-field
rules are model validators.  ``_equivalence.py`` checks before any timing
that every model accepts exactly what the library accepts and dumps the same
JSON -- that is what makes the models a fair competitor, and where the
library's declarations move while they are migrated, that check names the
rule that differs.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    Strict,
    field_validator,
    model_serializer,
    model_validator,
)

from karjera_core import (
    CaseOutcome,
    ConsultativeKind,
    EconomicKind,
    EventKind,
    EventStatus,
    FactKind,
    Founder,
    Fund,
    FundingSource,
    GeneralProgrammeKind,
    InstitutionKind,
    OrganisationKind,
    OrganiserLevel,
    PartnerKind,
    PersonalItem,
    RatioPolicy,
    Role,
    RoundingMode,
    Selection,
    looks_like_personal_code,
)
from karjera_core._iso3166 import ALPHA_2  # the ISO 3166-1 alpha-2 codes, the data of rule O-1

FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)
MAX_ITEMS = 10_000


@dataclass(frozen=True)
class Probe:
    """What a field kind declares, for the equivalence check to probe its edges (pydantic ignores it)."""

    kind: str
    max_length: int = 0
    min_length: int = 0
    pattern: str | None = None
    minimum: int = 0
    maximum: int = 0
    places: int = 0
    bounds: dict[str, Any] | None = field(default=None, hash=False)


# ---------------------------------------------------------------- field kinds

_FORMAT = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ud800-\udfff"
_CONTROL_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_FORMAT}]")
_CONTROL_TEXT = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_FORMAT}]")


def _line(value: str) -> str:
    if _CONTROL_LINE.search(value) is not None or value[0].isspace() or value[-1].isspace():
        raise ValueError("expected a single line without control characters or spaces at either end")
    if looks_like_personal_code(value):
        raise ValueError("expected pseudonymous text; a Latvian personal code is refused (P-7)")
    return value


def _text(value: str) -> str:
    if _CONTROL_TEXT.search(value) is not None or value.isspace():
        raise ValueError("expected text that is not blank, without control characters other than line breaks")
    if looks_like_personal_code(value):
        raise ValueError("expected pseudonymous text; a Latvian personal code is refused (P-7)")
    return value


def Name(max_length: int) -> Any:
    """A single-line name, title or id of 1-``max_length`` characters."""
    return Annotated[str, Field(min_length=1, max_length=max_length), AfterValidator(_line), Probe("name", max_length)]


def Text(max_length: int) -> Any:
    """Free text of 1-``max_length`` characters, line breaks allowed."""
    return Annotated[str, Field(min_length=1, max_length=max_length), AfterValidator(_text), Probe("text", max_length)]


def Code(pattern: str, max_length: int) -> Any:
    """A single line whose whole text matches ``pattern``."""
    return Annotated[
        str,
        Field(min_length=1, max_length=max_length, pattern=f"^(?:{pattern})$"),
        AfterValidator(_line),
        Probe("code", max_length, pattern=pattern),
    ]


def Int(minimum: int, maximum: int) -> Any:
    """An int (strict: never a bool or a str) from ``minimum`` to ``maximum``."""
    return Annotated[int, Field(ge=minimum, le=maximum), Probe("int", minimum=minimum, maximum=maximum)]


def _day_shape(value: Any) -> Any:
    if type(value) is str:
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            return value
    elif type(value) is date:
        return value
    raise ValueError("expected a date written YYYY-MM-DD")


Day = Annotated[date, Field(ge=FIRST_DAY, le=LAST_DAY), Strict(False), BeforeValidator(_day_shape), Probe("day")]

_DECIMAL = re.compile(r"-?[0-9]{1,30}(?:\.[0-9]{1,30})?").fullmatch


def _decimal_shape(value: Any) -> Any:
    if (type(value) is str and _DECIMAL(value) is not None) or type(value) is Decimal:
        return value
    raise ValueError("expected a decimal number written as a string, such as '0.30'")


def _plain(value: Decimal) -> str:
    return format(value, "f")


def Dec(
    *,
    places: int,
    ge: Decimal | int | None = None,
    gt: Decimal | int | None = None,
    le: Decimal | int | None = None,
    lt: Decimal | int | None = None,
    fixed: bool = False,
) -> Any:
    """A finite Decimal with at most ``places`` places within the bounds; ``fixed`` stores exactly ``places``."""
    limits = Field(ge=ge, gt=gt, le=le, lt=lt, decimal_places=places, allow_inf_nan=False)
    quantum = Decimal(1).scaleb(-places)
    after: list[Any] = []
    if fixed:
        after.append(AfterValidator(lambda v: v.quantize(quantum) or quantum * 0))
    bounds = {"ge": ge, "gt": gt, "le": le, "lt": lt}
    return Annotated[
        Decimal,
        limits,
        Strict(False),
        *after,
        BeforeValidator(_decimal_shape),
        PlainSerializer(_plain, return_type=str),
        Probe("decimal", places=places, bounds=bounds),
    ]


#: Euros, exact to the cent, below a trillion in magnitude (M-1); zero or more where a budget needs it (M-2).
LIMIT = 10**12
Money = Dec(places=2, gt=-LIMIT, lt=LIMIT, fixed=True)
MoneyNonNegative = Dec(places=2, ge=0, lt=LIMIT, fixed=True)
MoneyPositive = Dec(places=2, gt=0, lt=LIMIT, fixed=True)


def Choice(cls: type) -> Any:
    """A member of an enumeration, given as its value."""
    return Annotated[cls, Strict(False), Probe("enum")]


def Many(item: Any, *, max_size: int = MAX_ITEMS, min_size: int = 0) -> Any:
    """A tuple (a JSON array) of ``min_size``-``max_size`` items."""
    return Annotated[
        tuple[item, ...],
        Field(min_length=min_size, max_length=max_size),
        Strict(False),
        Probe("many", max_size, min_size),
    ]


def _unique(values: tuple[Any, ...], what: str) -> None:
    if len(set(values)) != len(values):
        raise ValueError(f"expected each {what} at most once")


class Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


# ---------------------------------------------------------------- time (T-2 ... T-4)


class DateRange(Model):
    start: Day
    end: Day | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "DateRange":
        if self.end is not None and self.end < self.start:
            raise ValueError("expected an end on or after the start (T-2)")
        return self


SchoolYear = Int(1900, 2198)


class Semester(Model):
    school_year: SchoolYear
    number: Int(1, 2)

    @property
    def end(self) -> date:
        year = self.school_year
        return date(year, 12, 31) if self.number == 1 else date(year + 1, 8, 31)


# ---------------------------------------------------------------- funding and projects (F-1 ... F-4)


class Regulation(Model):
    number: Int(1, 99999)
    adopted: Day
    title: Name(1000) | None = None


_PART = re.compile(r"[0-9]{1,2}").fullmatch
_YEAR = re.compile(r"[0-9]{2}").fullmatch
_SEQUENCE = re.compile(r"[0-9]{3}").fullmatch
_SELECTION = {"I": Selection.LIMITED, "1": Selection.LIMITED, "A": Selection.OPEN}


def parse_project_number(text: str) -> dict[str, Any]:
    """The parts of a project number as the library reads it (F-2): variants normalised, anything else refused."""
    if len(text) > 64:
        raise ValueError("expected a project number of at most 64 characters")
    parts = text.strip().split("/")
    if len(parts) not in (4, 5):
        raise ValueError("expected measure/year/selection/sequence, with the round after the measure in 2021-2027")
    pieces = parts[0].removesuffix(".").split(".")
    round_text = parts[1] if len(parts) == 5 else None
    year, selection, sequence = parts[-3:]
    if len(pieces) != 4 or not all(_PART(p) for p in pieces) or int(pieces[0]) == 0:
        raise ValueError("expected a measure of four dot-separated numbers")
    if round_text is not None and (not _PART(round_text) or int(round_text) == 0):
        raise ValueError("expected a selection round of one or two digits, not 0")
    if not _YEAR(year) or selection not in _SELECTION or not _SEQUENCE(sequence) or sequence == "000":
        raise ValueError("expected a two-digit year, the letter I or A and a three-digit sequence")
    return {
        "measure": tuple(map(int, pieces)),
        "selection_round": None if round_text is None else int(round_text),
        "year": int(year),
        "selection": _SELECTION[selection],
        "sequence": int(sequence),
    }


class ProjectNumber(Model):
    """Read and written as its canonical text, like the library's."""

    measure: Annotated[tuple[Int(0, 99), ...], Field(min_length=4, max_length=4)]
    selection_round: Int(1, 99) | None = None
    year: Int(0, 99)
    selection: Selection
    sequence: Int(1, 999)

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, data: Any) -> Any:
        if type(data) is not str:
            raise ValueError("expected a project number as text, such as '8.3.5.0/16/I/001'")
        return parse_project_number(data)

    @model_serializer
    def _text(self) -> str:
        rnd = "" if self.selection_round is None else f"/{self.selection_round}"
        measure = ".".join(map(str, self.measure))
        return f"{measure}{rnd}/{self.year:02d}/{self.selection.value}/{self.sequence:03d}"


class ProgrammingPeriod(Model):
    code: Code(r"[a-z0-9_]{1,40}", 40)
    name: Name(500)
    fund: Choice(Fund)
    eligibility: DateRange
    legal_basis: Name(500) | None = None
    binds_implementation: bool = True
    numbers_have_round: bool | None = None

    @model_validator(mode="after")
    def _closed(self) -> "ProgrammingPeriod":
        if self.eligibility.end is None:
            raise ValueError("expected a closed eligibility window (F-1)")
        return self


class Organisation(Model):
    name: Name(500)
    kind: Choice(OrganisationKind)
    country: Literal[tuple(sorted(ALPHA_2))]
    registration_number: Name(40) | None = None


class ProjectRole(Model):
    organisation: Organisation
    role: Choice(Role)


class Amendment(Model):
    announced: Day
    end: Day
    source: Text(2000)


_SOURCE_ORDER = {source: index for index, source in enumerate(FundingSource)}


class BudgetLine(Model):
    source: Choice(FundingSource)
    amount: MoneyNonNegative


def _sorted_lines(lines: tuple[BudgetLine, ...]) -> tuple[BudgetLine, ...]:
    _unique(tuple(line.source for line in lines), "funding source")
    return tuple(sorted(lines, key=lambda line: _SOURCE_ORDER[line.source]))


class Budget(Model):
    total: MoneyNonNegative
    parts: Annotated[Many(BudgetLine, max_size=len(FundingSource)), AfterValidator(_sorted_lines)] = ()
    complete: bool = True

    @model_validator(mode="after")
    def _sums(self) -> "Budget":
        known = sum((line.amount for line in self.parts), Decimal("0.00"))
        if self.complete and known != self.total:
            raise ValueError("expected the parts of a complete budget to sum exactly to the total (M-2)")
        if not self.complete and (known > self.total or len(self.parts) == len(FundingSource)):
            raise ValueError("expected the known parts of an incomplete budget within the total, some source unknown")
        return self


def _amendments_in_order(amendments: tuple[Amendment, ...]) -> tuple[Amendment, ...]:
    _unique(tuple(a.announced for a in amendments), "announcement day")
    return tuple(sorted(amendments, key=lambda a: (a.announced, a.end, a.source)))


class Project(Model):
    number: ProjectNumber
    title: Name(2000)
    programming_period: ProgrammingPeriod
    period: DateRange
    roles: Many(ProjectRole, max_size=1000) = ()
    regulation: Regulation | None = None
    specific_objective: Text(2000) | None = None
    target_groups: Many(Text(2000), max_size=100) = ()
    activities: Many(Text(2000), max_size=100) = ()
    budget: Budget | None = None
    amendments: Annotated[Many(Amendment, max_size=100), AfterValidator(_amendments_in_order)] = ()

    @field_validator("roles")
    @classmethod
    def _roles_once(cls, roles: tuple[ProjectRole, ...]) -> tuple[ProjectRole, ...]:
        _unique(roles, "role of an organisation")
        return roles


# ---------------------------------------------------------------- education (O-3 ... O-5)

Registration = Code(r"[0-9]{10}", 10)


class Programme(Model):
    code: Code(r"[0-9]{8}", 8)
    title: Name(500)
    basic: bool
    general_secondary: bool
    vocational: bool
    special: bool
    minority: bool

    @model_validator(mode="after")
    def _flags(self) -> "Programme":
        code = self.code
        if (code[:2] == "21" and (not self.basic or self.general_secondary)) or (
            code[:2] == "31" and (self.basic or not self.general_secondary)
        ):
            raise ValueError("expected basic / general secondary flags as the code says (O-4)")
        if code[0] in "123" and code[1] == "1" and (self.vocational or self.special != (code[4] == "5")):
            raise ValueError("expected the vocational and special flags as a general-education code says (O-4)")
        return self


class Institution(Model):
    registration_number: Registration
    name: Name(500)
    founder: Choice(Founder)
    municipality: Name(500)
    kind: Choice(InstitutionKind)
    programmes: Many(Programme, max_size=1000) = ()


# ---------------------------------------------------------------- PuMPuRS (P-3 ... P-5)


class RiskFactor(Model):
    group: Code(r"[a-z][a-z0-9_]{0,63}", 64)
    description: Text(200)


class RiskAssessment(Model):
    assessed_on: Day
    factors: Many(RiskFactor, min_size=1, max_size=50)
    assessor_role: Name(200) | None = None
    note: Text(2000) | None = None


class ConsultativeMeasure(Model):
    kind: Choice(ConsultativeKind)
    subject: Name(200) | None = None
    note: Text(2000) | None = None

    @model_validator(mode="after")
    def _subject(self) -> "ConsultativeMeasure":
        if self.subject is not None and self.kind is not ConsultativeKind.SUBJECT_TEACHER:
            raise ValueError("expected a subject only for a subject teacher (P-4)")
        return self


class EconomicMeasure(Model):
    kind: Choice(EconomicKind)
    amount: MoneyPositive | None = None
    items: Many(Choice(PersonalItem), max_size=10) = ()
    note: Text(2000) | None = None

    @model_validator(mode="after")
    def _items(self) -> "EconomicMeasure":
        if self.items and self.kind is not EconomicKind.PERSONAL_ITEMS:
            raise ValueError("expected items only for individual-use items (P-4)")
        _unique(self.items, "item")
        return self


class SupportPlan(Model):
    semester: Semester
    drawn_up: Day
    consultative: Many(ConsultativeMeasure, max_size=20) = ()
    economic: Many(EconomicMeasure, max_size=20) = ()
    note: Text(2000) | None = None

    @model_validator(mode="after")
    def _plan(self) -> "SupportPlan":
        if self.drawn_up > self.semester.end:
            raise ValueError("expected the plan drawn up by the semester's end (P-4)")
        if not self.consultative and not self.economic:
            raise ValueError("expected at least one consultative or economic measure (P-4)")
        return self


class SupportCase(Model):
    case_id: Name(64)
    learner: Code(r"[A-Za-z0-9_-]+", 64)  # LearnerRef: an ASCII token (P-7)
    institution: Registration
    grade: Int(1, 12) | None = None
    course: Int(1, 4) | None = None
    opened: Day
    assessment: RiskAssessment
    plans: Many(SupportPlan, max_size=100) = ()
    closed: Day | None = None
    outcome: Choice(CaseOutcome) | None = None

    @model_validator(mode="after")
    def _case(self) -> "SupportCase":
        if (self.grade is None) == (self.course is None):
            raise ValueError("expected exactly one of grade and course (O-5)")
        if self.assessment.assessed_on > self.opened:
            raise ValueError("expected the assessment on or before the opening day (P-5)")
        if self.closed is not None and self.closed < self.opened:
            raise ValueError("expected the closing day on or after the opening day (P-5)")
        if (self.closed is None) != (self.outcome is None):
            raise ValueError("expected an outcome exactly when the case is closed (P-5)")
        return self


# ---------------------------------------------------------------- career support (C-1 ... C-9)

MAX_PARTICIPANTS = 10**12


class EventPartner(Model):
    kind: Choice(PartnerKind)
    name: Name(500)


class GradeParticipants(Model):
    grade: Int(1, 12)
    count: Int(0, MAX_PARTICIPANTS)


class CareerEvent(Model):
    title: Name(500)
    kind: Choice(EventKind)
    status: Choice(EventStatus)
    period: DateRange
    level: Choice(OrganiserLevel)
    schools: Many(Name(500), max_size=1000) = ()
    pilot_schools: Many(Name(500), max_size=1000) = ()
    participants: Many(GradeParticipants, max_size=12) = ()
    non_pilot_participants: Int(0, MAX_PARTICIPANTS) = 0
    partners: Many(EventPartner, max_size=100) = ()

    @model_validator(mode="after")
    def _event(self) -> "CareerEvent":
        if self.period.end is None:
            raise ValueError("expected an event with an end")
        _unique(self.schools, "school")
        _unique(self.pilot_schools, "pilot school")
        if self.schools and not set(self.pilot_schools) <= set(self.schools):
            raise ValueError("expected pilot schools among the schools")
        _unique(tuple(p.grade for p in self.participants), "grade")
        total = sum(p.count for p in self.participants)
        if self.non_pilot_participants > total:
            raise ValueError("expected non-pilot participants at most the participants of all grades")
        if self.schools and (
            (len(self.pilot_schools) == len(self.schools) and self.non_pilot_participants != 0)
            or (not self.pilot_schools and self.non_pilot_participants != total)
        ):
            raise ValueError("expected the pilot / non-pilot split to agree with the schools (C-9)")
        return self


class ConsultantAssignment(Model):
    consultant: Name(64)
    institution: Registration
    load: Dec(places=2, gt=0, le=1, fixed=True)
    period: DateRange


class PilotSchool(Model):
    registration_number: Registration
    period: DateRange


class PilotRequirements(Model):
    min_minority: Int(0, 10_000) = 1
    min_general: Int(0, 10_000) = 6
    reference_year: SchoolYear | None = 2016
    general_kinds: Many(Choice(GeneralProgrammeKind), min_size=1, max_size=2) = (GeneralProgrammeKind.BASIC,)

    @field_validator("general_kinds")
    @classmethod
    def _once(cls, kinds: tuple[GeneralProgrammeKind, ...]) -> tuple[GeneralProgrammeKind, ...]:
        _unique(kinds, "programme kind")
        return kinds


def _increasing(starts: list[date], what: str) -> None:
    if any(a >= b for a, b in pairwise(starts)):
        raise ValueError(f"expected {what} in strictly increasing order of start")


class Source(Model):
    citation: Name(500)
    regulation: Regulation | None = None


class RatioStep(Model):
    start: Day
    value: Int(1, 100_000)
    source: Source


class RatioSchedule(Model):
    steps: Many(RatioStep, min_size=1, max_size=1000)

    @model_validator(mode="after")
    def _order(self) -> "RatioSchedule":
        _increasing([s.start for s in self.steps], "ratio steps")
        return self


_RATIO_SCHEDULE = {
    "steps": [
        {
            "start": "2016-10-01",
            "value": 700,
            "source": {"citation": "[000] 3b: viens pedagogs karjeras konsultants uz 700 izglītojamiem 2017.gadā"},
        },
        {
            "start": "2020-01-01",
            "value": 600,
            "source": {"citation": "[000] 3b: viens pedagogs karjeras konsultants uz 600 izglītojamiem 2020.gadā"},
        },
    ]
}


class RatioRule(Model):
    schedule: RatioSchedule = RatioSchedule.model_validate(_RATIO_SCHEDULE)
    policy: Choice(RatioPolicy) = RatioPolicy.STEP
    places: Int(0, 6) = 2
    rounding: Choice(RoundingMode) = RoundingMode.HALF_UP


class LoadBounds(Model):
    minimum: Dec(places=2, gt=0, le=1, fixed=True) = Decimal("0.30")
    total_cap: Dec(places=2, gt=0, le=10_000, fixed=True) = Decimal("6.00")

    @model_validator(mode="after")
    def _cap(self) -> "LoadBounds":
        if self.total_cap < self.minimum:
            raise ValueError("expected a cap at least the minimum")
        return self


class QualificationRule(Model):
    regulation: Regulation
    also_accepts: Many(Regulation, max_size=100) = ()

    @model_validator(mode="after")
    def _rule(self) -> "QualificationRule":
        _unique((self.regulation, *self.also_accepts), "regulation")
        return self


class QualificationStep(Model):
    start: Day
    value: QualificationRule
    source: Source


class QualificationSchedule(Model):
    steps: Many(QualificationStep, min_size=1, max_size=1000)

    @model_validator(mode="after")
    def _order(self) -> "QualificationSchedule":
        _increasing([s.start for s in self.steps], "qualification rules")
        return self


class TrainingRequirement(Model):
    min_hours: Dec(places=2, ge=0, le=10_000, fixed=True) = Decimal("0.00")
    grace_days: Int(0, 3660) = 365


_MK_TITLE = (
    "Noteikumi par pedagogiem nepieciešamo izglītību un profesionālo kvalifikāciju "
    "un pedagogu profesionālās kompetences pilnveides kārtību"
)
_MK_662 = {"number": 662, "adopted": "2014-10-28", "title": _MK_TITLE}
_MK_569 = {"number": 569, "adopted": "2018-09-11", "title": _MK_TITLE}
#: The brief's defaults (C-2 ... C-6), written out here rather than taken from the library.
DEFAULTS: dict[str, tuple[type[Model], dict[str, Any]]] = {
    "period": (DateRange, {"start": "2016-10-01", "end": "2020-12-31"}),
    "requirements": (PilotRequirements, {}),
    "ratio": (
        RatioRule,
        {"schedule": _RATIO_SCHEDULE},
    ),
    "load_bounds": (LoadBounds, {}),
    "qualification_rules": (
        QualificationSchedule,
        {
            "steps": [
                {
                    "start": "2014-10-28",
                    "value": {"regulation": _MK_662},
                    "source": {
                        "citation": "[000] 3a: kvalifikācijas prasības 2014.gada 28.oktobra MK noteikumos Nr. 662",
                        "regulation": _MK_662,
                    },
                },
                {
                    "start": "2018-09-11",
                    "value": {"regulation": _MK_569, "also_accepts": [_MK_662]},
                    "source": {
                        "citation": "[pub] likumi.lv id 301572: MK noteikumi Nr. 569 (2018-09-11) aizstāj Nr. 662",
                        "regulation": _MK_569,
                    },
                },
            ]
        },
    ),
    "training": (TrainingRequirement, {}),
}
_DEFAULT = {name: model.model_validate(data) for name, (model, data) in DEFAULTS.items()}


def _overlapping(pilots: tuple[PilotSchool, ...]) -> bool:
    seen: dict[str, list[DateRange]] = {}
    for pilot in pilots:
        earlier = seen.setdefault(pilot.registration_number, [])
        if any(_overlap(pilot.period, other) for other in earlier):
            return True
        earlier.append(pilot.period)
    return False


def _overlap(a: DateRange, b: DateRange) -> bool:
    return (a.end is None or b.start <= a.end) and (b.end is None or a.start <= b.end)


def _covers(outer: DateRange, inner: DateRange) -> bool:
    if inner.start < outer.start:
        return False
    return outer.end is None or (inner.end is not None and inner.end <= outer.end)


class Agreement(Model):
    municipality: Name(200)
    signed: Day
    period: DateRange = _DEFAULT["period"]
    pilot_schools: Many(PilotSchool) = ()
    requirements: PilotRequirements = _DEFAULT["requirements"]
    qualification_rules: QualificationSchedule = _DEFAULT["qualification_rules"]
    ratio: RatioRule = _DEFAULT["ratio"]
    load_bounds: LoadBounds = _DEFAULT["load_bounds"]
    training: TrainingRequirement = _DEFAULT["training"]

    @model_validator(mode="after")
    def _agreement(self) -> "Agreement":
        period = self.period
        if period.end is not None and self.signed > period.end:
            raise ValueError("expected the agreement signed by its period's end")
        if not all(_covers(period, p.period) for p in self.pilot_schools):
            raise ValueError("expected each pilot school's period inside the agreement's period")
        if _overlapping(self.pilot_schools):
            raise ValueError("expected each school once for any day")
        start = max(self.signed, period.start)
        if self.ratio.schedule.steps[0].start > start or self.qualification_rules.steps[0].start > start:
            raise ValueError("expected the ratio and qualification rules in force from the agreement's first day")
        if any(step.start < step.value.regulation.adopted for step in self.qualification_rules.steps):
            raise ValueError("expected a qualification rule to start on or after its regulation's adoption")
        return self


# ---------------------------------------------------------------- indicators (I-2)


class Fact(Model):
    indicator: Name(50)
    on: Day
    subject: Name(200)
    value: Dec(places=10, gt=-(10**15), lt=10**15) | None = None
    kind: Choice(FactKind) = FactKind.OCCURRED

    @model_validator(mode="after")
    def _value(self) -> "Fact":
        value, kind = self.value, self.kind
        if value is None:
            if kind is not FactKind.OCCURRED:
                raise ValueError("expected a value for a total or a measurement")
        elif kind is not FactKind.MEASUREMENT and (
            value < 0 or (kind is FactKind.TOTAL and value != value.to_integral_value())
        ):
            raise ValueError("expected a value of zero or more (a whole number for a total)")
        return self


#: The model of each benchmarked library class, by the class's name.
MODELS: dict[str, type[Model]] = {
    "Project": Project,
    "SupportCase": SupportCase,
    "CareerEvent": CareerEvent,
    "Agreement": Agreement,
    "Institution": Institution,
    "Fact": Fact,
    "ConsultantAssignment": ConsultantAssignment,
}

__all__ = ["MODELS", "Model", "Probe", "parse_project_number"]
