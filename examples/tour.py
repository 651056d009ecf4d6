"""A readable tour of karjera_core: run ``python -m nox -s demo`` (or ``python examples/tour.py``).

Each section shows one part of the library on the figures of the source documents.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from karjera_core import (
    DateRange,
    Grade,
    LearnerRef,
    Money,
    PersonalDataRejected,
    SchoolYear,
    Semester,
    ValidationError,
    VocationalCourse,
    check_loads,
    check_partnership,
    check_pilot_set,
    event_figures,
    examples,
    looks_like_personal_code,
    municipalities_on,
    parse_lv_date,
    parse_lv_period,
    pumpurs,
    reference,
    required_load,
    structure,
    teacher_support,
    to_records,
    total_load,
    unstructure,
)


def heading(title: str) -> None:
    print()
    print(title)
    print("=" * len(title))


def time_and_dates() -> None:
    heading("Time: Latvian dates, school years and semesters (T-3 ... T-6)")
    for text in ("2024.gada 1.oktobris", "līdz 2025.gada 31.augustam", "2020.gada 22.septembrī", "04.12.2017."):
        print(f"  {text!r:34} -> {parse_lv_date(text)}")
    for text in ("2016.gada 4.ceturksnis - 2020.gada decembris", "2017./2018. mācību gads"):
        print(f"  {text!r:48} -> {parse_lv_period(text)}")
    print(f"  '18. un 19.maijā' with year=2022 -> {parse_lv_period('18. un 19.maijā', year=2022)}")
    day = date(2020, 10, 5)
    print(f"  {day} is in school year {SchoolYear.containing(day)}, {Semester.containing(day)}")
    try:
        parse_lv_period("18. un 19.maijā")
    except ValidationError as error:
        print(f"  without a year it is refused: {error.problems[0].code}")


def money_and_data() -> None:
    heading("Money and strict data (M-1, M-3)")
    budget = Money(33_840_519) + Money(5_971_857)
    print(f"  PuMPuRS eligible total: ESF 33,840,519 + state 5,971,857 = {budget}")
    print(f"  100.00 EUR in three parts: {[str(p) for p in Money('100.00').allocate([1, 1, 1])]}")
    term = DateRange(start=date(2024, 10, 1), end=date(2029, 12, 31))
    print(f"  unstructure(term) = {unstructure(term)}")
    try:
        structure({"start": "2024-10-01", "end": "20291231"}, DateRange)
    except ValidationError as error:
        print(f"  a compact date is refused: {error.problems[0]}")


def places_and_projects() -> None:
    heading("Municipalities on a date and the reference projects (O-2, F-1 ... F-5)")
    for day in (date(2020, 1, 1), date(2021, 7, 1), date(2025, 7, 1)):
        print(f"  municipalities in force on {day}: {len(municipalities_on(on=day))}")
    projects = (reference.CAREER_SUPPORT_835, reference.PUMPURS_834, reference.TEACHER_SUPPORT_2024)
    days = (date(2016, 9, 30), date(2018, 1, 15), date(2021, 6, 1), date(2023, 6, 1), date(2025, 9, 1))
    print("  " + "project".ljust(22) + "".join(str(day).ljust(12) for day in days))
    for project in projects:
        statuses = "".join(project.status(on=day).value.ljust(12) for day in days)
        print(f"  {project.number!s:22}{statuses}")
    pumpurs = reference.PUMPURS_834
    print(
        f"  {pumpurs.number} ends {pumpurs.end_on(as_of=date(2020, 10, 1))} as known in autumn 2020, "
        f"{pumpurs.end_on(as_of=date(2021, 5, 1))} after the extension (F-4)"
    )
    budget = reference.TEACHER_SUPPORT_2024.budget
    assert budget is not None
    print(f"  {reference.TEACHER_SUPPORT_2024.number}: total {budget.total}, external and municipal 0 (M-2)")


def career_support() -> None:
    heading("Career support, ESF 8.3.5 (C-2, C-4, C-5, C-9)")
    for learners, day in ((350, date(2017, 10, 1)), (1000, date(2017, 10, 1)), (600, date(2020, 10, 1))):
        print(f"  {learners:5} learners on {day} require {required_load(learners, on=day)} FTE (C-4)")
    agreement = examples.daugavpils_2017_agreement()
    day = date(2017, 10, 2)
    twenty = examples.daugavpils_2017_assignments()
    print(f"  Daugavpils 2017/2018: 20 consultants at 0.3 FTE = {total_load(twenty, on=day)} FTE -> ", end="")
    print(f"{len(check_loads(agreement, twenty, on=day))} violations")
    for violation in check_loads(agreement, examples.daugavpils_2017_assignments(21), on=day):
        print(f"  a 21st consultant: {violation}")
    events = examples.daugavpils_2016_events()
    figures = event_figures(events, SchoolYear(2016).period)
    numerator, denominator = figures.non_pilot_share
    print(
        f"  Daugavpils 2016/2017: {figures.events} city-wide events, {figures.participants} pupils of grades 1-12, "
        f"{numerator} of {denominator} from non-pilot schools (C-9)"
    )
    institutions = examples.jelgava_institutions()
    for met in (True, False):
        found = check_pilot_set(examples.jelgava_agreement(met=met), institutions, on=date(2017, 3, 1))
        print(f"  Jelgava pilot set {'as agreed' if met else 'too small'}: {[v.code for v in found] or 'compliant'}")


def early_school_leaving() -> None:
    heading("Early school leaving support, PuMPuRS 8.3.4 (P-1, P-6, P-7)")
    autumn = Semester(school_year=SchoolYear(2020), number=1)
    figures = pumpurs.figures(cases=examples.example_cases_jelgava_2020(), semester=autumn)
    print(
        f"  Jelgava novads, {autumn}: {figures.consultative} with consultative support, {figures.meals} with meals, "
        f"{figures.items} with individual-use items, in {figures.institutions} institutions"
    )
    for level, day in ((Grade(5), date(2018, 1, 15)), (Grade(4), date(2018, 1, 15)), (Grade(4), date(2021, 10, 1))):
        print(f"  {level!r} eligible on {day}: {pumpurs.eligible(level, on=day)}")
    print(f"  VocationalCourse(4) eligible on 2024-03-01: {pumpurs.eligible(VocationalCourse(4), on=date(2024, 3, 1))}")
    found = looks_like_personal_code("Skolēns 161175-19997 saņēma atbalstu")
    print(f"  'Skolēns <personal code> saņēma atbalstu' holds a personal code: {found}")
    try:
        LearnerRef("161175-19997")
    except PersonalDataRejected as error:
        print(f"  LearnerRef refuses it without echoing it: {error.problems[0]}")


def erasmus() -> None:
    heading("Erasmus+ partnership (E-1, E-2)")
    partnership = reference.SOS_CAREER_PARTNERSHIP
    print(f"  {partnership.title}: coordinator {partnership.coordinator.name} ({partnership.coordinator.country})")
    print(f"  {len(partnership.organisations)} organisations from {len(partnership.countries)} countries: ", end="")
    print(", ".join(sorted(partnership.countries)))
    print(f"  violations of the {partnership.format.label} rules: {list(check_partnership(partnership)) or 'none'}")


def indicators() -> None:
    heading("The ESF+ catalogue of [003] on a generated scenario (I-2, I-5)")
    published = reference.TEACHER_SUPPORT_2024_TARGETS
    print(f"  [003] publishes targets for items 1 and 2: {published.item1} and {published.item2}; none for 4, 10, 11")
    # The demo's own choice for the three items without a published target (issue #11: never a silent default).
    targets = teacher_support.TeacherSupportTargets.published(item4=16, item10=Decimal("0.2"), item11=1)
    catalogue = teacher_support.indicators(targets)
    facts = examples.teacher_support_facts(200_000, seed=2024)
    for as_of in (date(2025, 9, 1), date(2027, 1, 1)):
        print(f"  as of {as_of}:")
        for row in to_records(teacher_support.evaluate(catalogue, facts, as_of=as_of)):
            value = row["value"] if row["denominator"] is None else f"{row['numerator']}/{row['denominator']}"
            due = row["deadline"] or "no deadline"
            print(f"    {row['code']:12} {value!s:10} target {row['target']:5} due {due:11} {row['status']}")


def main() -> None:
    print("karjera_core: a tour")
    time_and_dates()
    money_and_data()
    places_and_projects()
    career_support()
    early_school_leaving()
    erasmus()
    indicators()


if __name__ == "__main__":
    main()
