"""Strategies for grades, courses, programmes, institutions, register rows and learner counts (O-3 ... O-5).

Every value is valid by construction (no ``.filter()``): a programme's code is
built first and the flags it determines are read from it (O-4), so the flags
are always consistent.  Values shrink toward the simplest one: grade 1,
course 1, a basic education programme, a municipal general school, a count of
zero learners for the whole institution.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

from karjera_core import _fields as fields
from karjera_core._compile import predicate
from karjera_core._municipality_data import NOVADI_2021, STATE_CITIES
from karjera_core.education import (
    MAX_LEARNERS,
    Founder,
    Grade,
    Institution,
    InstitutionKind,
    LearnerCount,
    Programme,
    StudyForm,
    VocationalCourse,
    VocationalLearnerCount,
)
from karjera_core.errors import Problem
from karjera_core.organisations import MAX_NAME
from karjera_core.register import VIIS_COLUMNS, RegisterColumns, RegisterEntry, RegisterImport
from karjera_core.strategies import _draw
from karjera_core.strategies._draw import builder, count, size
from karjera_core.strategies._narrowing import Narrowing
from karjera_core.strategies._organisations import _names
from karjera_core.strategies._time import school_years
from karjera_core.time import SchoolYear

__all__ = [
    "founders",
    "grades",
    "institution_kinds",
    "institutions",
    "learner_counts",
    "programmes",
    "register_columns",
    "register_entries",
    "register_imports",
    "registration_numbers",
    "study_forms",
    "vocational_courses",
    "vocational_learner_counts",
]

_DIGITS = "0123456789"
_NOT_FIVE = "012346789"

#: Code prefixes (level and type, O-4) and a title for each; 21 and 31 determine basic / general secondary.
_PREFIXES: dict[str, str] = {
    "21": "Pamatizglītības programma",
    "31": "Vispārējās vidējās izglītības programma",
    "01": "Pirmsskolas izglītības programma",
    "22": "Profesionālās pamatizglītības programma",
    "32": "Arodizglītības programma",
    "33": "Profesionālās vidējās izglītības programma",
    "35": "Profesionālās vidējās izglītības programma pēc vidējās izglītības",
}


def grades(*, min_value: int = 1, max_value: int = 12) -> st.SearchStrategy[Grade]:
    """Grades of general education (O-5) from ``min_value`` to ``max_value`` (within 1-12)."""
    low, high = Narrowing("grades").int_range(("min_value", "max_value"), min_value, max_value, 1, 12)
    return st.integers(min_value=low, max_value=high).map(Grade)


def vocational_courses(*, min_value: int = 1, max_value: int = 4) -> st.SearchStrategy[VocationalCourse]:
    """Courses of vocational education (O-5) from ``min_value`` to ``max_value`` (within 1-4)."""
    low, high = Narrowing("vocational_courses").int_range(("min_value", "max_value"), min_value, max_value, 1, 4)
    return st.integers(min_value=low, max_value=high).map(VocationalCourse)


def founders() -> st.SearchStrategy[Founder]:
    """Any :class:`~karjera_core.education.Founder`."""
    return st.sampled_from(Founder)


def institution_kinds() -> st.SearchStrategy[InstitutionKind]:
    """Any :class:`~karjera_core.education.InstitutionKind`."""
    return st.sampled_from(InstitutionKind)


def registration_numbers() -> st.SearchStrategy[str]:
    """Registration numbers of education institutions: exactly 10 digits (O-3)."""
    return _REGISTRATION_NUMBERS


def _ten_digits(number: int) -> str:
    return f"{number:010d}"


#: One choice per number, shrinking to 0000000000.
_REGISTRATION_NUMBERS = st.integers(min_value=0, max_value=10**10 - 1).map(_ten_digits)


def _programme(draw: st.DrawFn, prefixes: list[str], wanted: dict[str, bool | None]) -> Programme:
    """A programme whose flags follow from its code (O-4): the code's parts as three or four choices, then each
    flag the code leaves open."""
    prefix = prefixes[count(draw, 0, len(prefixes) - 1)]
    general = prefix in ("21", "31")
    special_wanted = wanted["special"]
    if general and special_wanted is not None:
        fifth = "5" if special_wanted else _NOT_FIVE[count(draw, 0, len(_NOT_FIVE) - 1)]
    else:
        fifth = _DIGITS[count(draw, 0, len(_DIGITS) - 1)]
    code = f"{prefix}{count(draw, 0, 99):02d}{fifth}{count(draw, 0, 999):03d}"

    def flag(name: str, determined: bool | None) -> bool:
        value = wanted[name]
        if determined is not None:
            return determined
        return draw(_BOOLEANS) if value is None else value

    return _PROGRAMME(
        code,
        _PREFIXES[prefix],
        flag("basic", {"21": True, "31": False}.get(prefix)),
        flag("general_secondary", {"21": False, "31": True}.get(prefix)),
        flag("vocational", False if general else None),
        flag("special", fifth == "5" if general else None),
        flag("minority", None),
    )


@st.composite
def _programmes(draw: st.DrawFn, prefixes: list[str], wanted: dict[str, bool | None]) -> Programme:
    return _programme(draw, prefixes, wanted)


_BOOLEANS = st.booleans()
_PROGRAMME = builder(Programme)


def programmes(
    *,
    basic: bool | None = None,
    general_secondary: bool | None = None,
    vocational: bool | None = None,
    special: bool | None = None,
    minority: bool | None = None,
) -> st.SearchStrategy[Programme]:
    """Education programmes (O-4) whose flags are consistent with their codes by construction.

    Each flag argument narrows: True or False for programmes with that flag
    set so, None (default) for both.  Codes start 21 (basic), 31 (general
    secondary), 01 (preschool) or 22, 32, 33, 35 (vocational levels); only the
    prefixes that can carry the requested flags are drawn.
    """
    check = Narrowing("programmes")
    wanted = {
        "basic": check.flag("basic", basic),
        "general_secondary": check.flag("general_secondary", general_secondary),
        "vocational": check.flag("vocational", vocational),
        "special": check.flag("special", special),
        "minority": check.flag("minority", minority),
    }
    prefixes = [
        prefix
        for prefix in _PREFIXES
        if not (prefix == "21" and (basic is False or general_secondary is True or vocational is True))
        and not (prefix == "31" and (basic is True or general_secondary is False or vocational is True))
    ]
    return _programmes(prefixes, wanted)


_MUNICIPALITY_NAMES = (*STATE_CITIES, *NOVADI_2021)
#: The check of the name kind Institution declares for its municipality.
_is_name = predicate(fields.Text(MAX_NAME, "a name"))
_INSTITUTION_NAME = "a name Institution accepts (one line, no surrounding spaces)"


def institutions(
    *,
    founders: Sequence[Founder] | None = None,
    kinds: Sequence[InstitutionKind] | None = None,
    municipality: str | None = None,
    registration_number: str | None = None,
    programme: st.SearchStrategy[Programme] | None = None,
    max_size: int = 3,
) -> st.SearchStrategy[Institution]:
    """Education institutions (O-3), narrowed to ``founders`` and ``kinds`` when given.

    ``municipality`` fixes the supervising municipality's name (default: one
    of the municipalities in force from 2021-07-01); ``registration_number``
    fixes the number; ``programme`` is the strategy for each of its 0 to
    ``max_size`` programmes (default :func:`programmes`).
    """
    check = Narrowing("institutions")
    founder_list = check.choices("founders", founders, list(Founder), Founder)
    kind_list = check.choices("kinds", kinds, list(InstitutionKind), InstitutionKind)
    if municipality is not None and not _is_name(municipality):
        check.fail("municipality", f"{_INSTITUTION_NAME}, or None", municipality)
    check.registration_number("registration_number", registration_number)
    if programme is not None:
        check.strategy_of("programme", programme, "Programme")
    high = check.integer("max_size", max_size, 0, 50)
    return _institutions(tuple(founder_list), tuple(kind_list), municipality, registration_number, programme, high)


def _institution(
    draw: st.DrawFn,
    founders: tuple[Founder, ...],
    kinds: tuple[InstitutionKind, ...],
    municipality: str | None,
    registration_number: str | None,
    programme: st.SearchStrategy[Programme] | None,
    high: int,
) -> Institution:
    """An institution: its number, name, founder, municipality and kind, then a count of programmes (few more
    often than many) and each programme."""
    number = draw(_REGISTRATION_NUMBERS) if registration_number is None else registration_number
    name = draw(_NAME)
    founder = founders[count(draw, 0, len(founders) - 1)]
    if municipality is None:
        municipality = _MUNICIPALITY_NAMES[count(draw, 0, len(_MUNICIPALITY_NAMES) - 1)]
    kind = kinds[count(draw, 0, len(kinds) - 1)]
    wanted = size(draw, 0, high)
    if programme is None:
        drawn = tuple(_programme(draw, _ALL_PREFIXES, _ANY_FLAGS) for _ in range(wanted))
    else:
        drawn = tuple(draw(programme) for _ in range(wanted))
    return _INSTITUTION(number, name, founder, municipality, kind, drawn)


_institutions = st.composite(_institution)


_NAME = _names()
_INSTITUTION = builder(Institution)
_ALL_PREFIXES = list(_PREFIXES)
_ANY_FLAGS: dict[str, bool | None] = dict.fromkeys(("basic", "general_secondary", "vocational", "special", "minority"))
_FOUNDERS = tuple(Founder)
_INSTITUTION_KINDS = tuple(InstitutionKind)


def _count_arguments(
    check: Narrowing,
    institution: str | None,
    school_year: SchoolYear | None,
    per: tuple[str, bool | None],
    max_learners: int,
) -> tuple[st.SearchStrategy[str], st.SearchStrategy[SchoolYear], int]:
    check.registration_number("institution", institution)
    check.value("school_year", school_year, SchoolYear)
    check.flag(*per)
    high = check.integer("max_learners", max_learners, 0, MAX_LEARNERS)
    return (
        registration_numbers() if institution is None else st.just(institution),
        school_years() if school_year is None else st.just(school_year),
        high,
    )


def learner_counts(
    *,
    institution: str | None = None,
    school_year: SchoolYear | None = None,
    per_grade: bool | None = None,
    grade: st.SearchStrategy[Grade] | None = None,
    max_learners: int = 2000,
) -> st.SearchStrategy[LearnerCount]:
    """Counts of general learners (O-5), narrowed to an ``institution`` and a ``school_year`` when given.

    ``per_grade``: True for per-grade counts only, False for whole-institution
    counts only, None (default) for both; ``grade`` is the strategy for the
    grade of a per-grade count (default :func:`grades`).
    """
    institutions_, years, high = _count_arguments(
        Narrowing("learner_counts"), institution, school_year, ("per_grade", per_grade), max_learners
    )
    per = grades() if grade is None else grade
    part = st.none() | per if per_grade is None else (per if per_grade else st.none())
    return st.builds(
        LearnerCount,
        institution=institutions_,
        school_year=years,
        learners=st.integers(min_value=0, max_value=high),
        grade=part,
    )


def vocational_learner_counts(
    *,
    institution: str | None = None,
    school_year: SchoolYear | None = None,
    per_course: bool | None = None,
    course: st.SearchStrategy[VocationalCourse] | None = None,
    max_learners: int = 2000,
) -> st.SearchStrategy[VocationalLearnerCount]:
    """Counts of vocational learners (O-5), narrowed like :func:`learner_counts`, per course instead of grade."""
    institutions_, years, high = _count_arguments(
        Narrowing("vocational_learner_counts"), institution, school_year, ("per_course", per_course), max_learners
    )
    per = vocational_courses() if course is None else course
    part = st.none() | per if per_course is None else (per if per_course else st.none())
    return st.builds(
        VocationalLearnerCount,
        institution=institutions_,
        school_year=years,
        learners=st.integers(min_value=0, max_value=high),
        course=part,
    )


def study_forms() -> st.SearchStrategy[StudyForm]:
    """Any :class:`~karjera_core.education.StudyForm`."""
    return st.sampled_from(StudyForm)


def register_columns() -> st.SearchStrategy[RegisterColumns]:
    """Column names of a register export (O-3), shrinking toward :data:`~karjera_core.register.VIIS_COLUMNS`."""
    names = _names(60)
    made = st.builds(
        RegisterColumns,
        registration_number=names,
        name=names,
        founder=names,
        kind=names,
        legal_status=names,
        address=names,
    )
    return st.just(VIIS_COLUMNS) | made


def _entry(draw: st.DrawFn) -> RegisterEntry:
    row = count(draw, 0, 5000)
    institution = _institution(draw, _FOUNDERS, _INSTITUTION_KINDS, None, None, None, 1)
    return _ENTRY(row, institution, draw(_LEGAL_STATUS))


@st.composite
def _register_entries(draw: st.DrawFn) -> RegisterEntry:
    return _entry(draw)


def register_entries() -> st.SearchStrategy[RegisterEntry]:
    """Entries of a register import (O-3): a row number, an institution (with at most one programme) and an
    optional legal status."""
    return _REGISTER_ENTRIES


_ROW_FIELDS = ("registration_number", "name", "founder", "kind", "address", "legal_status")
_PROBLEM_CODES = ("register.blank", "register.founder_unknown", "text.format")


def _problem(draw: st.DrawFn) -> Problem:
    """A problem as a register import reports it: at ``$.rows[index].<field>``."""
    path = f"$.rows[{count(draw, 0, 5000)}].{_ROW_FIELDS[count(draw, 0, len(_ROW_FIELDS) - 1)]}"
    return _PROBLEM(path, _PROBLEM_CODES[count(draw, 0, len(_PROBLEM_CODES) - 1)], draw(_MESSAGE), None)


@st.composite
def _register_imports(draw: st.DrawFn) -> RegisterImport:
    entries = tuple(_entry(draw) for _ in range(size(draw, 0, 3)))
    return _IMPORT(entries, tuple(_problem(draw) for _ in range(size(draw, 0, 3))))


def register_imports() -> st.SearchStrategy[RegisterImport]:
    """Results of a register import (O-3): a few entries and a few problems."""
    return _REGISTER_IMPORTS


_ENTRY = builder(RegisterEntry)
_PROBLEM = builder(Problem)
_IMPORT = builder(RegisterImport)
_LEGAL_STATUS = _draw.optional_texts(40)
_MESSAGE = _names(60)
_REGISTER_ENTRIES = _register_entries()
_REGISTER_IMPORTS = _register_imports()


TYPE_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Grade: grades(),
    VocationalCourse: vocational_courses(),
    Founder: founders(),
    InstitutionKind: institution_kinds(),
    Programme: programmes(),
    Institution: institutions(),
    LearnerCount: learner_counts(),
    VocationalLearnerCount: vocational_learner_counts(),
    StudyForm: study_forms(),
    RegisterColumns: register_columns(),
    RegisterEntry: register_entries(),
    RegisterImport: register_imports(),
}
