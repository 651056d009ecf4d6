"""Education institutions, their programmes, grades, courses and learner counts (rules O-3 ... O-5).

* :class:`Grade` (1-12, general education) and :class:`VocationalCourse`
  (1-4, vocational education) are two different kinds of value (O-5): a grade
  is never equal to a course, even with the same number.
* :class:`Programme` -- a programme with its 8-digit code and flags checked
  against the code (O-4), its :class:`StudyForm`; :func:`check_programmes`.
* :class:`Institution` -- an institution of the state register (O-3);
  :func:`check_institutions` (its municipality on a day).
* :class:`LearnerCount` and :class:`VocationalLearnerCount` -- learners of an
  institution in a school year, whole or per grade / per course (O-5), and
  :func:`total_learners` to add them up without double counting.

The registration number of O-3 is stated once, as the field kind
:data:`REGISTRATION_NUMBER` (exactly ten ASCII digits): every field and
argument holding one declares it, and :func:`is_registration_number` is its
predicate.  Every text field refuses a personal code (P-7).

>>> Grade(4) == VocationalCourse(4)
False
>>> Grade(5) < Grade(10), str(Grade(5)), str(VocationalCourse(2))
(True, '5. klase', '2. kurss')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date

from karjera_core import _fields as fields
from karjera_core._arguments import arguments
from karjera_core._compile import Flaw, Sink, predicate
from karjera_core._enums import LabelledEnum
from karjera_core._latvian import fold
from karjera_core._records import error, record, rule
from karjera_core.errors import Violation
from karjera_core.organisations import MAX_NAME, Municipality, Organisation, OrganisationKind, municipalities_on
from karjera_core.time import SchoolYear

__all__ = [
    "COMMONLY_CITED_MINORITY_DIGITS",
    "Founder",
    "Grade",
    "Institution",
    "InstitutionKind",
    "LearnerCount",
    "Programme",
    "StudyForm",
    "VocationalCourse",
    "VocationalLearnerCount",
    "check_institutions",
    "check_programmes",
    "is_registration_number",
    "total_learners",
]


def __dir__() -> list[str]:
    return sorted(__all__)


#: The registration number of an education institution (O-3) as a declared kind: exactly ten ASCII digits
#: (the state register of education institutions; what each digit means is not public).  Declare a field
#: with ``fields.field(REGISTRATION_NUMBER)`` and an argument with ``arguments(institution=REGISTRATION_NUMBER)``.
REGISTRATION_NUMBER = fields.Text(10, "a 10-digit registration number", pattern="[0-9]{10}")
_is_registration_number = predicate(REGISTRATION_NUMBER)


def is_registration_number(value: object) -> bool:
    """True for an institution's registration number: a ``str`` of exactly ten ASCII digits (O-3).

    The predicate of :data:`REGISTRATION_NUMBER`, the one statement of the rule.

    >>> is_registration_number("4213900473"), is_registration_number("421390047"), is_registration_number(4213900473)
    (True, False, False)
    """
    return _is_registration_number(value)


#: The most learners one count may hold: far above any school, low enough that every sum stays small.
MAX_LEARNERS = 10**7


# ---------------------------------------------------------------- grades and courses (O-5)


@record(kw_only=False, order=True)
class Grade:
    """A grade ("klase") of general education, 1-12 (O-5).

    Grades 1-9 are basic education, 10-12 general secondary.  A grade is
    never equal to a :class:`VocationalCourse`, and the two cannot be ordered
    against each other.  JSON writes a grade as its number.

    >>> Grade(9).is_basic, Grade(10).is_secondary
    (True, True)
    >>> Grade(13)
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $: expected a grade of general education (O-5): an int (not a bool) from 1 to 12 [integer.range]
    """

    number: int = fields.integer(1, 12, what="a grade of general education (O-5)")

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


@record(kw_only=False, order=True)
class VocationalCourse:
    """A course ("kurss") of vocational education, 1-4 (O-5); never a :class:`Grade`.

    >>> VocationalCourse(1) < VocationalCourse(4)
    True
    >>> VocationalCourse(2)
    VocationalCourse(2)
    """

    number: int = fields.integer(1, 4, what="a course of vocational education (O-5)")

    def __repr__(self) -> str:
        return f"VocationalCourse({self.number!r})"

    def __str__(self) -> str:
        return f"{self.number}. kurss"


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


def _is_general_code(code: str) -> bool:
    """A general-education code: first digit 1-3 (level), second digit 1 (general type)."""
    return code[0] in "123" and code[1] == "1"


@functools.lru_cache(maxsize=4096)
def _expected_flags(code: str) -> dict[str, bool]:
    """The flags the code determines (O-4), by name; flags it leaves open are absent (cached: do not change it)."""
    level = code[:2]
    expected = {"basic": level == "21", "general_secondary": level == "31"} if level in ("21", "31") else {}
    if _is_general_code(code):
        expected.update(vocational=False, special=code[4] == "5")
    return expected


_FLAG_REASONS = {
    "basic": "a code starting 21 is basic education and one starting 31 is not",
    "general_secondary": "a code starting 31 is general secondary education and one starting 21 is not",
    "vocational": "a general-education code (first digit 1-3, second digit 1) is not vocational",
    "special": "the code's 5th digit marks a special education programme exactly when it is 5",
}


def _mismatch(flag: str, wanted: bool) -> Flaw:
    return Flaw(f"$.{flag}", "programme.flag_mismatch", f"expected {flag}={wanted}: {_FLAG_REASONS[flag]} (O-4)")


@record
class Programme:
    """An education programme with its 8-digit classification code and explicit flags (O-4).

    The code comes from the Latvian education classification (MK 322, 2017):
    the first two digits give level and type (21 = basic education, grades
    1-9; 31 = general secondary), and a general-education code (first digit
    1-3, second digit 1) carries 5 in its 5th digit exactly when the programme
    is a special education programme.  Design choice: the flags are explicit
    fields, checked against the code only where the code determines them
    (``programme.flag_mismatch``, at the flag):

    * code 21...: ``basic`` is True and ``general_secondary`` False;
    * code 31...: ``general_secondary`` is True and ``basic`` False;
    * a general-education code: ``vocational`` is False, and ``special`` is
      True exactly when the 5th digit is 5.

    Other flags of other codes (preschool 01..., vocational 22..., 32...,
    33..., 35...) are taken as given.  In general education the 6th, 7th and
    8th digits are the programme's special type, its language of instruction
    and its form of study (MK 322 point 3.1): :attr:`study_form` reads the
    8th, :attr:`language_digit` gives the 7th.  Which 7th digit marks a
    minority programme no source at hand confirms, so ``minority`` is taken as
    given here and checked against the digits the caller names with
    :func:`check_programmes`.

    >>> p = Programme(code="21011111", title="Pamatizglītības programma", basic=True,
    ...               general_secondary=False, vocational=False, special=False, minority=False)
    >>> p.is_general_education
    True
    >>> Programme(code="21015611", title="Speciālās pamatizglītības programma", basic=True,
    ...           general_secondary=False, vocational=False, special=False, minority=False)
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.special: expected special=True: the code's 5th digit marks a special education programme exactly when \
it is 5 (O-4) [programme.flag_mismatch]
    """

    code: str = fields.code("[0-9]{8}", what="a programme code of 8 digits (O-4)", max_length=8)
    title: str = fields.name(MAX_NAME, what="a programme's title")
    basic: bool
    general_secondary: bool
    vocational: bool
    special: bool
    minority: bool

    @rule("code", "basic")
    def _basic_agrees(self) -> Flaw | None:
        wanted = _expected_flags(self.code).get("basic")
        return None if wanted is None or self.basic is wanted else _mismatch("basic", wanted)

    @rule("code", "general_secondary")
    def _general_secondary_agrees(self) -> Flaw | None:
        wanted = _expected_flags(self.code).get("general_secondary")
        return None if wanted is None or self.general_secondary is wanted else _mismatch("general_secondary", wanted)

    @rule("code", "vocational")
    def _vocational_agrees(self) -> Flaw | None:
        wanted = _expected_flags(self.code).get("vocational")
        return None if wanted is None or self.vocational is wanted else _mismatch("vocational", wanted)

    @rule("code", "special")
    def _special_agrees(self) -> Flaw | None:
        wanted = _expected_flags(self.code).get("special")
        return None if wanted is None or self.special is wanted else _mismatch("special", wanted)

    @property
    def is_general_education(self) -> bool:
        """True for a general-education code: first digit 1-3 and second digit 1 (O-4)."""
        return _is_general_code(self.code)

    @property
    def language_digit(self) -> str | None:
        """The 7th digit of a general-education code, the language of instruction (MK 322 point 3.1); else None."""
        return self.code[6] if _is_general_code(self.code) else None

    @property
    def study_form(self) -> StudyForm | None:
        """The form of study a general-education code's 8th digit gives (MK 322 point 3.1), or None.

        None for other codes, and for an 8th digit that names no form (0, 5-9).

        >>> Programme(code="31011012", title="Vispārējās vidējās izglītības programma", basic=False,
        ...           general_secondary=True, vocational=False, special=False, minority=False).study_form.label
        'vakara (maiņu) izglītības ieguves forma'
        """
        return _STUDY_FORMS.get(self.code[7]) if _is_general_code(self.code) else None


class StudyForm(LabelledEnum):
    """The form of study (izglītības ieguves forma) of a general-education programme: its code's 8th digit (O-4).

    MK 322 point 3.1 makes the 8th digit the form of study; the CSP classifier
    counts four forms.  2 is the evening (shift) form by MK 737 (2021) point 6
    ("vakara (maiņu) izglītības ieguves formā (astotais koda cipars 2)").  1, 3
    and 4 (full-time, part-time, distance) follow MK 322 annex 3 as commonly
    quoted: **not confirmed** (the annex was not in the stored sources).
    """

    FULL_TIME = "full_time", "klātienes izglītības ieguves forma"
    EVENING = "evening", "vakara (maiņu) izglītības ieguves forma"
    PART_TIME = "part_time", "neklātienes izglītības ieguves forma"
    DISTANCE = "distance", "tālmācības izglītības ieguves forma"


_STUDY_FORMS = {"1": StudyForm.FULL_TIME, "2": StudyForm.EVENING, "3": StudyForm.PART_TIME, "4": StudyForm.DISTANCE}

#: The 7th digit most often cited as marking a minority programme (e.g. "21011121"), offered for
#: :func:`check_programmes`.  **Not confirmed** by any stored source (SOURCES.md §6): pass it explicitly if you
#: accept it; the library never assumes it.
COMMONLY_CITED_MINORITY_DIGITS: tuple[str, ...] = ("2",)
_DIGITS = fields.Items(fields.Text(1, "a digit", pattern="[0-9]"), max_size=10)
_CHECK_PROGRAMMES = arguments(programmes=tuple[Programme, ...], minority_digits=_DIGITS)
_MINORITY = (
    "expected minority={wanted}: the code's 7th digit (language of instruction, MK 322 point 3.1) "
    "{verb} one of the digits given for minority programmes (O-4)"
)


def check_programmes(programmes: Iterable[Programme], *, minority_digits: Iterable[str]) -> tuple[Violation, ...]:
    """Each general-education programme whose ``minority`` flag disagrees with its code's 7th digit (O-4).

    ``minority_digits`` are the 7th-digit values that mark a minority
    programme: supplied by the caller, since no source at hand confirms them
    (:data:`COMMONLY_CITED_MINORITY_DIGITS` is the commonly cited ``("2",)``).
    A general-education programme (:attr:`Programme.is_general_education`) is
    a minority programme exactly when its 7th digit is one of them; other
    codes are not checked.  Each disagreement is a violation at
    ``$.programmes[index].minority`` (``programme.minority_mismatch``), in
    input order.

    >>> p = Programme(code="21011121", title="Pamatizglītības programma", basic=True,
    ...               general_secondary=False, vocational=False, special=False, minority=False)
    >>> [str(v) for v in check_programmes([p], minority_digits=COMMONLY_CITED_MINORITY_DIGITS)]
    ["$.programmes[0].minority: expected minority=True: the code's 7th digit (language of instruction, MK 322 \
point 3.1) is one of the digits given for minority programmes (O-4) [O-4 programme.minority_mismatch]"]
    """
    programmes, minority_digits = _CHECK_PROGRAMMES(programmes, minority_digits)
    found = []
    for index, programme in enumerate(programmes):
        digit = programme.language_digit
        if digit is not None and programme.minority is not (digit in minority_digits):
            wanted = not programme.minority
            found.append(
                Violation(
                    code="programme.minority_mismatch",
                    rule="O-4",
                    message=_MINORITY.format(wanted=wanted, verb="is" if wanted else "is not"),
                    path=f"$.programmes[{index}].minority",
                )
            )
    return tuple(found)


# ---------------------------------------------------------------- institutions (O-3)


@record
class Institution:
    """An education institution of the state register (O-3).

    ``registration_number`` is the 10-digit number of the register of
    education institutions (only length and digits are checked: what each
    digit means is not public); ``municipality`` is the name of the
    supervising municipality as :func:`~karjera_core.organisations.municipalities_on`
    gives it ("Jelgavas novads", "Daugavpils"); ``programmes`` is a tuple of
    the :class:`Programme` s it implements (at most 1000).

    >>> basic = Programme(code="21011111", title="Pamatizglītības programma", basic=True,
    ...                   general_secondary=False, vocational=False, special=False, minority=False)
    >>> school = Institution(registration_number="4213900473", name="Ciblas vidusskola", founder=Founder.MUNICIPALITY,
    ...                      municipality="Ludzas novads", kind=InstitutionKind.GENERAL, programmes=(basic,))
    >>> school.implements_basic, school.implements_general_secondary, school.implements_minority
    (True, False, False)
    """

    registration_number: str = fields.field(REGISTRATION_NUMBER)
    name: str = fields.name(MAX_NAME, what="an institution's name")
    founder: Founder
    municipality: str = fields.name(MAX_NAME, what="the supervising municipality's name")
    kind: InstitutionKind
    programmes: tuple[Programme, ...] = fields.items(max_size=1000, default=())

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


_CHECK_INSTITUTIONS = arguments(institutions=tuple[Institution, ...], on=date, table=tuple[Municipality, ...] | None)
_NOT_IN_FORCE = "expected the name of a municipality in force on the day (O-3)"
_NOT_OFFICIAL = (
    "expected the official name of a municipality in force on the day, with its capitals and diacritics; "
    "the name matches one only when they are ignored (O-3)"
)


def check_institutions(
    institutions: Iterable[Institution], *, on: date, table: tuple[Municipality, ...] | None = None
) -> tuple[Violation, ...]:
    """Each institution whose ``municipality`` is not the official name of a municipality in force ``on`` the day (O-3).

    The municipalities are those :func:`~karjera_core.organisations.municipalities_on`
    gives for the day (the shipped data, or ``table``).  The stored name must
    be the official one, exactly: a name that matches only when case,
    diacritics or "nov." are ignored is ``institution.municipality_not_official``
    (use :func:`~karjera_core.organisations.municipality` to find the official
    name); one that matches none is ``institution.municipality_not_in_force``.
    Violations at ``$.institutions[index].municipality``, in input order.

    >>> school = Institution(registration_number="4213900473", name="Ciblas vidusskola",
    ...                      founder=Founder.MUNICIPALITY, municipality="Ciblas novads", kind=InstitutionKind.GENERAL)
    >>> check_institutions([school], on=date(2021, 6, 30))
    ()
    >>> [v.code for v in check_institutions([school], on=date(2021, 7, 1))]
    ['institution.municipality_not_in_force']
    """
    institutions, on, table = _CHECK_INSTITUTIONS(institutions, on, table)
    in_force = municipalities_on(on=on, table=table)
    official = {m.name for m in in_force}
    folded = {fold(m.name) for m in in_force}
    found = []
    for index, institution in enumerate(institutions):
        name = institution.municipality
        if name not in official:
            code, message = (
                ("institution.municipality_not_official", _NOT_OFFICIAL)
                if fold(name) in folded
                else ("institution.municipality_not_in_force", _NOT_IN_FORCE)
            )
            path = f"$.institutions[{index}].municipality"
            found.append(Violation(code=code, rule="O-3", message=message, path=path))
    return tuple(found)


# ---------------------------------------------------------------- learner counts (O-5)


@record
class LearnerCount:
    """Learners of general education in an institution in a school year (O-5).

    ``institution`` is the institution's 10-digit registration number;
    ``learners`` a count from 0 to 10,000,000; ``grade=None`` counts all its
    learners in grades, a :class:`Grade` counts that grade only.  Vocational
    learners are counted in courses by :class:`VocationalLearnerCount`, never here.

    >>> LearnerCount(institution="4213900473", school_year=SchoolYear(2016), learners=23, grade=Grade(5)).grade
    Grade(5)
    """

    institution: str = fields.field(REGISTRATION_NUMBER)
    school_year: SchoolYear
    learners: int = fields.count(MAX_LEARNERS, what="a number of learners")
    grade: Grade | None = None


@record
class VocationalLearnerCount:
    """Learners of vocational education in an institution in a school year (O-5).

    ``course=None`` counts all its vocational learners, a
    :class:`VocationalCourse` counts that course only.

    >>> VocationalLearnerCount(institution="4213900473", school_year=SchoolYear(2020), learners=41).course is None
    True
    """

    institution: str = fields.field(REGISTRATION_NUMBER)
    school_year: SchoolYear
    learners: int = fields.count(MAX_LEARNERS, what="a number of learners")
    course: VocationalCourse | None = None


_TOTAL_LEARNERS = arguments(
    counts=tuple[LearnerCount | VocationalLearnerCount, ...], institution=REGISTRATION_NUMBER, school_year=SchoolYear
)


def total_learners(
    counts: Iterable[LearnerCount | VocationalLearnerCount], *, institution: str, school_year: SchoolYear
) -> int:
    """The number of learners of ``institution`` in ``school_year``, from ``counts`` (O-5).

    ``counts`` is any iterable of :class:`LearnerCount` and
    :class:`VocationalLearnerCount`; counts of other institutions and years
    are ignored.  General learners and vocational learners are different
    people and are added.  Within each, the institution's learners are given
    either as one whole-institution count or as counts per grade (per
    course), not both, and no grade (course) twice: either would count
    learners twice, so it is refused with every offending entry named at
    ``$.counts[index]`` (``learners.mixed_whole_and_per_grade``,
    ``learners.mixed_whole_and_per_course``, ``learners.duplicate``).  Linear
    in the counts; totals of disjoint parts add up (I-4).

    >>> year = SchoolYear(2016)
    >>> counts = [LearnerCount(institution="4213900473", school_year=year, learners=20, grade=Grade(g)) for g in (1, 2)]
    >>> total_learners(counts, institution="4213900473", school_year=year)
    40
    >>> whole = LearnerCount(institution="4213900473", school_year=year, learners=40)
    >>> total_learners([*counts, whole], institution="4213900473", school_year=year)
    Traceback (most recent call last):
    ...
    karjera_core.errors.ValidationError: 1 problem:
      $.counts[2]: expected either one whole-institution count or counts per grade for the institution and \
school year, not both: they would count learners twice (O-5) [learners.mixed_whole_and_per_grade]
    """
    counts, institution, school_year = _TOTAL_LEARNERS(counts, institution, school_year)
    general = _Tally("grade")
    vocational = _Tally("course")
    for index, count in enumerate(counts):
        if count.institution == institution and count.school_year == school_year:
            if isinstance(count, LearnerCount):
                general.add(index, count.grade, count.learners)
            else:
                vocational.add(index, count.course, count.learners)
    found = sorted([*general.flaws(), *vocational.flaws()])
    if found:
        sink = Sink()
        for index, code, message in found:
            sink.add(f"$.counts[{index}]", code, message)
        raise error(sink)
    return general.total + vocational.total


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

    def flaws(self) -> list[tuple[int, str, str]]:
        """Each double count as ``(index into counts, code, message)``."""
        found = [
            (
                index,
                "learners.duplicate",
                f"expected each {self.part} (and the whole institution) counted at most once: "
                "a second count would count learners twice (O-5)",
            )
            for index in self.duplicates
        ]
        if self.wholes and self.parts:
            found.append(
                (
                    max(self.wholes[0], self.parts[0]),
                    f"learners.mixed_whole_and_per_{self.part}",
                    f"expected either one whole-institution count or counts per {self.part} for the "
                    "institution and school year, not both: they would count learners twice (O-5)",
                )
            )
        return found
