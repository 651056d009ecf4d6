"""Education institutions, their programmes, grades, courses and learner counts (rules O-3 ... O-5).

* :class:`Grade` (1-12, general education) and :class:`VocationalCourse`
  (1-4, vocational education) are two different kinds of value (O-5): a grade
  is never equal to a course, even with the same number.
* :class:`Programme` -- an education programme with its 8-digit code from the
  Latvian education classification and explicit flags checked against the
  code where the code determines them (O-4).
* :class:`Institution` -- an education institution of the state register (O-3).
* :class:`LearnerCount` and :class:`VocationalLearnerCount` -- learners of an
  institution in a school year, whole or per grade / per course (O-5), and
  :func:`total_learners` to add them up without double counting.

>>> Grade(4) == VocationalCourse(4)
False
>>> Grade(5) < Grade(10), str(Grade(5)), str(VocationalCourse(2))
(True, '5. klase', '2. kurss')
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from karjera_core._enums import LabelledEnum
from karjera_core.errors import Problem, ValidationError
from karjera_core.organisations import MAX_NAME, Organisation, OrganisationKind
from karjera_core.time import SchoolYear

__all__ = [
    "Founder",
    "Grade",
    "Institution",
    "InstitutionKind",
    "LearnerCount",
    "Programme",
    "VocationalCourse",
    "VocationalLearnerCount",
    "total_learners",
]

_PROGRAMME_CODE = re.compile(r"[0-9]{8}")


def _is_text(value: object) -> bool:
    return type(value) is str and 0 < len(value) <= MAX_NAME and value.strip() == value


def is_registration_number(value: object) -> bool:
    """True for an institution's registration number: a ``str`` of exactly ten ASCII digits (O-3).

    The one statement of the rule; every module that holds a registration number asks it.

    >>> is_registration_number("4213900473"), is_registration_number("421390047"), is_registration_number(4213900473)
    (True, False, False)
    """
    return type(value) is str and len(value) == 10 and value.isascii() and value.isdigit()


_TEXT_MESSAGE = f"non-blank text of at most {MAX_NAME} characters without surrounding spaces"
_REGISTRATION_MESSAGE = "expected a registration number of exactly 10 digits (state register of education institutions)"


# ---------------------------------------------------------------- grades and courses (O-5)


@attrs.frozen(order=True, repr=False)
class Grade:
    """A grade ("klase") of general education, 1-12 (O-5).

    Grades 1-9 are basic education, 10-12 general secondary.  A grade is
    never equal to a :class:`VocationalCourse`, and the two cannot be ordered
    against each other.

    >>> Grade(9).is_basic, Grade(10).is_secondary
    (True, True)
    >>> Grade(13)
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $: expected an int grade from 1 to 12 (O-5) [grade.number]
    """

    number: int

    def __attrs_post_init__(self) -> None:
        if type(self.number) is not int or not 1 <= self.number <= 12:
            _reject_grade()

    @property
    def is_basic(self) -> bool:
        """True for grades 1-9 (basic education)."""
        return self.number <= 9

    @property
    def is_secondary(self) -> bool:
        """True for grades 10-12 (general secondary education)."""
        return self.number >= 10

    def __repr__(self) -> str:
        return f"Grade({self.number!r})"

    def __str__(self) -> str:
        return f"{self.number}. klase"


def _reject_grade() -> None:
    raise ValidationError.single("$", "grade.number", "expected an int grade from 1 to 12 (O-5)")


@attrs.frozen(order=True, repr=False)
class VocationalCourse:
    """A course ("kurss") of vocational education, 1-4 (O-5); never a :class:`Grade`.

    >>> VocationalCourse(1) < VocationalCourse(4)
    True
    >>> VocationalCourse(2)
    VocationalCourse(2)
    """

    number: int

    def __attrs_post_init__(self) -> None:
        if type(self.number) is not int or not 1 <= self.number <= 4:
            _reject_course()

    def __repr__(self) -> str:
        return f"VocationalCourse({self.number!r})"

    def __str__(self) -> str:
        return f"{self.number}. kurss"


def _reject_course() -> None:
    raise ValidationError.single("$", "vocational_course.number", "expected an int course from 1 to 4 (O-5)")


# ---------------------------------------------------------------- enumerations (O-3)


class Founder(LabelledEnum):
    """Who founded an education institution (O-3).  The value is what serialization writes."""

    STATE = "state", "valsts"
    MUNICIPALITY = "municipality", "pašvaldība"
    PRIVATE = "private", "privāts dibinātājs"


class InstitutionKind(LabelledEnum):
    """What kind of education institution (O-3).  The value is what serialization writes."""

    GENERAL = "general", "vispārējās izglītības iestāde"
    SPECIAL = "special", "speciālās izglītības iestāde"
    VOCATIONAL = "vocational", "profesionālās izglītības iestāde"
    PRESCHOOL = "preschool", "pirmsskolas izglītības iestāde"
    OTHER = "other", "cita izglītības iestāde"


# ---------------------------------------------------------------- programmes (O-4)

_FLAGS = ("basic", "general_secondary", "vocational", "special", "minority")


def _is_general_code(code: str) -> bool:
    """A general-education code: first digit 1-3 (level), second digit 1 (general type)."""
    return code[0] in "123" and code[1] == "1"


def _expected_flags(code: str) -> dict[str, bool]:
    """The flags the code determines (O-4), by name; flags it leaves open are absent."""
    expected: dict[str, bool] = {}
    if code[:2] == "21":
        expected.update(basic=True, general_secondary=False)
    elif code[:2] == "31":
        expected.update(basic=False, general_secondary=True)
    if _is_general_code(code):
        expected.update(vocational=False, special=code[4] == "5")
    return expected


@attrs.frozen(kw_only=True)
class Programme:
    """An education programme with its 8-digit classification code and explicit flags (O-4).

    The code comes from the Latvian education classification (MK 322, 2017):
    the first two digits give level and type (21 = basic education, grades
    1-9; 31 = general secondary), and a general-education code (first digit
    1-3, second digit 1) carries 5 in its 5th digit exactly when the programme
    is a special education programme.  Design choice: the flags are explicit
    fields, checked against the code only where the code determines them:

    * code 21...: ``basic`` is True and ``general_secondary`` False;
    * code 31...: ``general_secondary`` is True and ``basic`` False;
    * a general-education code: ``vocational`` is False, and ``special`` is
      True exactly when the 5th digit is 5.

    The ``minority`` flag cannot be checked against the code: how minority
    programmes are coded is not public (the often-cited 7th digit 2 was found
    in no source), so it is taken as given.  Other flags of other codes
    (preschool 01..., vocational 22..., 32..., 33..., 35...) are taken as given.

    >>> p = Programme(code="21011111", title="Pamatizglītības programma", basic=True,
    ...               general_secondary=False, vocational=False, special=False, minority=False)
    >>> p.is_general_education
    True
    >>> try:
    ...     Programme(code="21015611", title="Speciālās pamatizglītības programma", basic=True,
    ...               general_secondary=False, vocational=False, special=False, minority=False)
    ... except ValidationError as error:
    ...     print(error.problems[0].path, error.problems[0].code)
    $.special programme.flag_mismatch
    """

    code: str
    title: str
    basic: bool
    general_secondary: bool
    vocational: bool
    special: bool
    minority: bool

    def __attrs_post_init__(self) -> None:
        code, basic, secondary = self.code, self.basic, self.general_secondary
        if (
            type(code) is not str
            or not _PROGRAMME_CODE.fullmatch(code)
            or not _is_text(self.title)
            or type(basic) is not bool
            or type(secondary) is not bool
            or type(self.vocational) is not bool
            or type(self.special) is not bool
            or type(self.minority) is not bool
            or (code[:2] == "21" and (not basic or secondary))
            or (code[:2] == "31" and (basic or not secondary))
            or (_is_general_code(code) and (self.vocational or self.special != (code[4] == "5")))
        ):
            _reject_programme(self)

    @property
    def is_general_education(self) -> bool:
        """True for a general-education code: first digit 1-3 and second digit 1 (O-4)."""
        return _is_general_code(self.code)


_FLAG_REASONS = {
    "basic": "a code starting 21 is basic education and one starting 31 is not",
    "general_secondary": "a code starting 31 is general secondary education and one starting 21 is not",
    "vocational": "a general-education code (first digit 1-3, second digit 1) is not vocational",
    "special": "the code's 5th digit marks a special education programme exactly when it is 5",
}


def _reject_programme(p: Programme) -> None:
    problems: list[Problem] = []
    code_ok = type(p.code) is str and _PROGRAMME_CODE.fullmatch(p.code) is not None
    if not code_ok:
        problems.append(
            Problem(path="$.code", code="programme.code", message="expected a programme code of exactly 8 digits")
        )
    if not _is_text(p.title):
        problems.append(Problem(path="$.title", code="programme.title", message=f"expected a title: {_TEXT_MESSAGE}"))
    flags = {name: getattr(p, name) for name in _FLAGS}
    for name, value in flags.items():
        if type(value) is not bool:
            problems.append(Problem(path=f"$.{name}", code="programme.flag", message="expected True or False"))
    if code_ok:
        for name, wanted in _expected_flags(p.code).items():
            if type(flags[name]) is bool and flags[name] is not wanted:
                problems.append(
                    Problem(
                        path=f"$.{name}",
                        code="programme.flag_mismatch",
                        message=f"expected {name}={wanted}: {_FLAG_REASONS[name]} (O-4)",
                    )
                )
    raise ValidationError(problems)


# ---------------------------------------------------------------- institutions (O-3)


@attrs.frozen(kw_only=True)
class Institution:
    """An education institution of the state register (O-3).

    ``registration_number`` is the 10-digit number of the register of
    education institutions (only length and digits are checked: what each
    digit means is not public); ``municipality`` is the name of the
    supervising municipality as :func:`~karjera_core.organisations.municipalities_on`
    gives it ("Jelgavas novads", "Daugavpils"); ``programmes`` is a tuple of
    the :class:`Programme` s it implements.

    >>> basic = Programme(code="21011111", title="Pamatizglītības programma", basic=True,
    ...                   general_secondary=False, vocational=False, special=False, minority=False)
    >>> school = Institution(registration_number="4213900473", name="Ciblas vidusskola", founder=Founder.MUNICIPALITY,
    ...                      municipality="Ludzas novads", kind=InstitutionKind.GENERAL, programmes=(basic,))
    >>> school.implements_basic, school.implements_general_secondary, school.implements_minority
    (True, False, False)
    """

    registration_number: str
    name: str
    founder: Founder
    municipality: str
    kind: InstitutionKind
    programmes: tuple[Programme, ...] = ()

    def __attrs_post_init__(self) -> None:
        programmes = self.programmes
        if (
            not is_registration_number(self.registration_number)
            or not _is_text(self.name)
            or type(self.founder) is not Founder
            or not _is_text(self.municipality)
            or type(self.kind) is not InstitutionKind
            or type(programmes) is not tuple
            or any(type(p) is not Programme for p in programmes)
        ):
            _reject_institution(self)

    @property
    def implements_basic(self) -> bool:
        """True when the institution implements a basic education programme (O-4, C-2)."""
        return any(p.basic for p in self.programmes)

    @property
    def implements_general_secondary(self) -> bool:
        """True when the institution implements a general secondary education programme (O-4, C-2)."""
        return any(p.general_secondary for p in self.programmes)

    @property
    def implements_minority(self) -> bool:
        """True when the institution implements a minority education programme (O-4, C-2)."""
        return any(p.minority for p in self.programmes)

    @property
    def implements_special(self) -> bool:
        """True when the institution implements a special education programme (O-4)."""
        return any(p.special for p in self.programmes)

    @property
    def implements_vocational(self) -> bool:
        """True when the institution implements a vocational education programme (O-4)."""
        return any(p.vocational for p in self.programmes)

    def as_organisation(self) -> Organisation:
        """The institution as an :class:`~karjera_core.organisations.Organisation` (O-1), e.g. a project partner.

        >>> school = Institution(registration_number="4219902694", name="Krāslavas Valsts ģimnāzija",
        ...                      founder=Founder.MUNICIPALITY, municipality="Krāslavas novads",
        ...                      kind=InstitutionKind.GENERAL)
        >>> school.as_organisation().registration_number
        '4219902694'
        """
        return Organisation(
            name=self.name,
            kind=OrganisationKind.EDUCATION_INSTITUTION,
            country="LV",
            registration_number=self.registration_number,
        )


def _reject_institution(i: Institution) -> None:
    problems: list[Problem] = []
    if not is_registration_number(i.registration_number):
        problems.append(
            Problem(path="$.registration_number", code="institution.registration_number", message=_REGISTRATION_MESSAGE)
        )
    if not _is_text(i.name):
        problems.append(Problem(path="$.name", code="institution.name", message=f"expected a name: {_TEXT_MESSAGE}"))
    if type(i.founder) is not Founder:
        problems.append(Problem(path="$.founder", code="institution.founder", message="expected a Founder"))
    if not _is_text(i.municipality):
        problems.append(
            Problem(
                path="$.municipality",
                code="institution.municipality",
                message=f"expected the supervising municipality's name: {_TEXT_MESSAGE}",
            )
        )
    if type(i.kind) is not InstitutionKind:
        problems.append(Problem(path="$.kind", code="institution.kind", message="expected an InstitutionKind"))
    if type(i.programmes) is not tuple:
        problems.append(
            Problem(path="$.programmes", code="institution.programmes", message="expected a tuple of Programme")
        )
    else:
        problems.extend(
            Problem(path=f"$.programmes[{index}]", code="institution.programmes", message="expected a Programme")
            for index, p in enumerate(i.programmes)
            if type(p) is not Programme
        )
    raise ValidationError(problems)


# ---------------------------------------------------------------- learner counts (O-5)


@attrs.frozen(kw_only=True)
class LearnerCount:
    """Learners of general education in an institution in a school year (O-5).

    ``institution`` is the institution's 10-digit registration number;
    ``grade=None`` counts all its learners in grades, a :class:`Grade` counts
    that grade only.  Vocational learners are counted in courses by
    :class:`VocationalLearnerCount`, never here.

    >>> LearnerCount(institution="4213900473", school_year=SchoolYear(2016), learners=23, grade=Grade(5)).grade
    Grade(5)
    """

    institution: str
    school_year: SchoolYear
    learners: int
    grade: Grade | None = None

    def __attrs_post_init__(self) -> None:
        if (
            not is_registration_number(self.institution)
            or type(self.school_year) is not SchoolYear
            or type(self.learners) is not int
            or self.learners < 0
            or (self.grade is not None and type(self.grade) is not Grade)
        ):
            _reject_count(self, "learner_count", "grade", Grade)


@attrs.frozen(kw_only=True)
class VocationalLearnerCount:
    """Learners of vocational education in an institution in a school year (O-5).

    ``course=None`` counts all its vocational learners, a
    :class:`VocationalCourse` counts that course only.

    >>> VocationalLearnerCount(institution="4213900473", school_year=SchoolYear(2020), learners=41).course is None
    True
    """

    institution: str
    school_year: SchoolYear
    learners: int
    course: VocationalCourse | None = None

    def __attrs_post_init__(self) -> None:
        if (
            not is_registration_number(self.institution)
            or type(self.school_year) is not SchoolYear
            or type(self.learners) is not int
            or self.learners < 0
            or (self.course is not None and type(self.course) is not VocationalCourse)
        ):
            _reject_count(self, "vocational_learner_count", "course", VocationalCourse)


def _reject_count(count: LearnerCount | VocationalLearnerCount, what: str, part: str, part_type: type) -> None:
    problems: list[Problem] = []
    if not is_registration_number(count.institution):
        problems.append(Problem(path="$.institution", code=f"{what}.institution", message=_REGISTRATION_MESSAGE))
    if type(count.school_year) is not SchoolYear:
        problems.append(Problem(path="$.school_year", code=f"{what}.school_year", message="expected a SchoolYear"))
    if type(count.learners) is not int or count.learners < 0:
        problems.append(
            Problem(path="$.learners", code=f"{what}.learners", message="expected an int number of learners, 0 or more")
        )
    value = getattr(count, part)
    if value is not None and type(value) is not part_type:
        problems.append(
            Problem(path=f"$.{part}", code=f"{what}.{part}", message=f"expected a {part_type.__name__} or None (O-5)")
        )
    raise ValidationError(problems)


def total_learners(
    counts: Iterable[LearnerCount | VocationalLearnerCount], *, institution: str, school_year: SchoolYear
) -> int:
    """The number of learners of ``institution`` in ``school_year``, from ``counts`` (O-5).

    Counts of other institutions and years are ignored.  General learners
    (:class:`LearnerCount`) and vocational learners
    (:class:`VocationalLearnerCount`) are different people and are added.
    Within each, the institution's learners are given either as one
    whole-institution count or as counts per grade (per course), not both,
    and no grade (course) twice: either would count learners twice, so it is
    refused with every offending entry named (``learners.mixed_whole_and_per_grade``,
    ``learners.mixed_whole_and_per_course``, ``learners.duplicate``).  Linear
    in the counts; totals of disjoint parts add up (I-4).

    >>> year = SchoolYear(2016)
    >>> counts = [LearnerCount(institution="4213900473", school_year=year, learners=20, grade=Grade(g)) for g in (1, 2)]
    >>> total_learners(counts, institution="4213900473", school_year=year)
    40
    >>> whole = LearnerCount(institution="4213900473", school_year=year, learners=40)
    >>> try:
    ...     total_learners([*counts, whole], institution="4213900473", school_year=year)
    ... except ValidationError as error:
    ...     print(error.problems[0].path, error.problems[0].code)
    $.counts[2] learners.mixed_whole_and_per_grade
    """
    problems: list[Problem] = []
    if not is_registration_number(institution):
        problems.append(Problem(path="$.institution", code="learners.institution", message=_REGISTRATION_MESSAGE))
    if type(school_year) is not SchoolYear:
        problems.append(Problem(path="$.school_year", code="learners.school_year", message="expected a SchoolYear"))
    try:
        items = iter(counts)
    except TypeError:
        problems.append(
            Problem(
                path="$.counts",
                code="learners.counts",
                message="expected an iterable of LearnerCount or VocationalLearnerCount",
            )
        )
    if problems:
        raise ValidationError(problems)
    general = _Tally("grade")
    vocational = _Tally("course")
    for index, count in enumerate(items):
        if type(count) is LearnerCount:
            if count.institution == institution and count.school_year == school_year:
                general.add(index, count.grade, count.learners)
        elif type(count) is VocationalLearnerCount:
            if count.institution == institution and count.school_year == school_year:
                vocational.add(index, count.course, count.learners)
        else:
            problems.append(
                Problem(
                    path=f"$.counts[{index}]",
                    code="learners.count_type",
                    message="expected a LearnerCount or a VocationalLearnerCount",
                )
            )
    problems += general.problems() + vocational.problems()
    if problems:
        raise ValidationError(sorted(problems, key=_problem_order))
    return general.total + vocational.total


def _problem_order(problem: Problem) -> tuple[int, str]:
    index = problem.path[len("$.counts[") : -1]
    return int(index), problem.code


class _Tally:
    """Learners of one kind (general or vocational) of one institution and year, checked for double counting."""

    def __init__(self, part: str) -> None:
        self.part = part
        self.total = 0
        self.wholes: list[int] = []
        self.parts: list[int] = []
        self.duplicates: list[int] = []
        self.seen: set[Grade | VocationalCourse] = set()

    def add(self, index: int, part: Grade | VocationalCourse | None, learners: int) -> None:
        self.total += learners
        if part is None:
            if self.wholes:
                self.duplicates.append(index)
            self.wholes.append(index)
        else:
            if part in self.seen:
                self.duplicates.append(index)
            self.seen.add(part)
            self.parts.append(index)

    def problems(self) -> list[Problem]:
        found = [
            Problem(
                path=f"$.counts[{index}]",
                code="learners.duplicate",
                message=f"expected each {self.part} (and the whole institution) counted at most once: "
                "a second count would count learners twice (O-5)",
            )
            for index in self.duplicates
        ]
        if self.wholes and self.parts:
            found.append(
                Problem(
                    path=f"$.counts[{max(self.wholes[0], self.parts[0])}]",
                    code=f"learners.mixed_whole_and_per_{self.part}",
                    message=f"expected either one whole-institution count or counts per {self.part} for the "
                    "institution and school year, not both: they would count learners twice (O-5)",
                )
            )
        return found
