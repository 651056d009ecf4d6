"""A readable tour of karjera_core: run ``python -m nox -s demo`` (or ``python examples/tour.py``).

Each section shows one part of the library on the figures of the five source
documents, the "seeds" [000] ... [004].  The rule ids in the headings (T-3,
C-4, P-7, I-5 ...) are those of the domain brief; ``docs/rules.md`` lists every
one with its statement, its source and the code that implements it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from karjera_core import (
    DateRange,
    Grade,
    IndicatorResult,
    LearnerRef,
    Measure,
    Money,
    PersonalDataRejected,
    ProjectNumber,
    ProjectStatus,
    SchoolYear,
    Semester,
    Status,
    ValidationError,
    VocationalCourse,
    career_support,
    erasmus,
    examples,
    looks_like_personal_code,
    municipalities_on,
    municipality,
    parse_lv_date,
    parse_lv_period,
    pumpurs,
    reference,
    structure,
    successors,
    teacher_support,
    unstructure,
)

#: What each seed is, in one sentence (the brief's table of the five systems).
SEEDS = (
    (
        "[000]",
        "Jelgava city's page on joining ESF project 8.3.5.0/16/I/001, career support in general and vocational "
        "schools (VIAA, 2016 Q4 - December 2020): pilot schools, one consultant per 700/600 learners, "
        "loads of 0.3 ... 6 FTE.",
    ),
    (
        "[001]",
        'Jelgava novads\' news of the Erasmus+ strategic partnership "S.O.S. karjera panākumiem", led by the Arad '
        "county education board (RO), with partners from LV, IT, TR, PT, ES and FI.",
    ),
    (
        "[002]",
        "Daugavpils city's report of 2017-12-04 on 8.3.5 in 2017/2018: 10 pilot schools, 20 consultants, and "
        "14 city-wide events with more than 900 pupils in 2016/2017.",
    ),
    (
        "[003]",
        'The ESF+ project "Pedagogu profesionālā atbalsta sistēmas izveide" (a support system for teachers; '
        "VISC, initiated by Valmiera novads), 2024-10-01 - 2029-12-31, EUR 49,731,514, with eleven results.",
    ),
    (
        "[004]",
        "Jelgava novads' news of autumn 2020 on PuMPuRS, ESF 8.3.4.0/16/I/001 (early school leaving): 310 "
        "learners with consultative support, 171 with meals, 6 with clothing, in 12 institutions.",
    ),
)


def heading(title: str) -> None:
    print()
    print(title)
    print("=" * len(title))


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], *, right: Iterable[int] = ()) -> None:
    """Print rows under a header, each column as wide as its widest cell; ``right`` columns right-aligned."""
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(text) for text in column) for column in zip(headers, *cells, strict=True)]
    aligned = set(right)

    def line(texts: Sequence[str]) -> str:
        parts = (
            text.rjust(width) if index in aligned else text.ljust(width)
            for index, (text, width) in enumerate(zip(texts, widths, strict=True))
        )
        return ("  " + "  ".join(parts)).rstrip()

    print(line(headers))
    print(line(["-" * width for width in widths]))
    for row in cells:
        print(line(row))


def yes_no(answer: bool) -> str:
    return "jā (yes)" if answer else "nē (no)"


def percent(fraction: Decimal) -> str:
    """A fraction as a percentage to one decimal place, without a trailing ".0": 0.9 -> "90 %"."""
    shown = f"{fraction * 100:.1f}".removesuffix(".0")
    return f"{shown} %"


def introduction() -> None:
    print("karjera_core: a tour")
    print()
    print("The library is built on five source documents in Latvian, the seeds, cited by number:")
    for seed, what in SEEDS:
        print(textwrap.fill(what, width=110, initial_indent=f"  {seed} ", subsequent_indent=" " * 8))
    print("Rule ids in brackets (T-3, C-4, P-7, I-5 ...) are those of the domain brief: docs/rules.md lists")
    print("each one with its one-line statement, its source and the code that implements it.")


def time_and_dates() -> None:
    heading("Time: Latvian dates, school years and semesters (T-3 ... T-6)")
    texts = (
        ("2024.gada 1.oktobris", "[003]"),
        ("līdz 2025.gada 31.augustam", "[003]"),
        ("2020.gada 22.septembrī", "[004]"),
        ("2022. gada 31. decembrim", "[004]"),
        ("04.12.2017.", "[002]"),
    )
    table(("as written", "seed", "the day"), [(repr(text), seed, parse_lv_date(text)) for text, seed in texts])
    print()
    periods = (
        ("2016.gada 4.ceturksnis - 2020.gada decembris", "[000]"),
        ("2024.gada 1.oktobris - 2029.gada 31.decembris", "[003]"),
        ("2017./2018. mācību gads", "[002]"),
    )
    rows = [(repr(text), seed, parse_lv_period(text)) for text, seed in periods]
    rows.append(("'18. un 19.maijā' with year=2022", "[001]", parse_lv_period("18. un 19.maijā", year=2022)))
    table(("period as written", "seed", "the days (both inclusive, T-2)"), rows)
    try:
        parse_lv_period("18. un 19.maijā")
    except ValidationError as error:
        print(f"  '18. un 19.maijā' without a year is refused, never guessed (T-6): {error.problems[0].code}")
    print()
    days = (date(2016, 9, 1), date(2017, 3, 1), date(2020, 10, 5), date(2021, 8, 31))
    table(
        ("day", "school year (T-3)", "semester (T-4)"),
        [(day, SchoolYear.containing(day), Semester.containing(day)) for day in days],
    )


def money_and_data() -> None:
    heading("Money and strict data (M-1 ... M-3)")
    budget = Money(33_840_519) + Money(5_971_857)
    print(f"  PuMPuRS eligible total: ESF 33,840,519 + state 5,971,857 = {budget} (M-2)")
    print(f"  EUR 100.00 in three equal parts: {', '.join(str(p) for p in Money('100.00').allocate([1, 1, 1]))} (M-3)")
    term = DateRange(start=date(2024, 10, 1), end=date(2029, 12, 31))
    print(f"  unstructure(term) = {unstructure(term)}")
    try:
        structure({"start": "2024-10-01", "end": "20291231"}, DateRange)
    except ValidationError as error:
        print(f"  a compact date is refused: {error.problems[0]}")


def places_and_projects() -> None:
    heading("Municipalities on a date and the reference projects (O-2, F-1 ... F-5)")
    changes = (
        (date(2020, 1, 1), "9 republic cities + 110 novadi"),
        (date(2021, 7, 1), "after the 2021 reform: 7 state cities + 36 novadi"),
        (date(2025, 7, 1), "Varakļāni merged into Madona"),
    )
    table(
        ("on", "municipalities", "why"),
        [(day, len(municipalities_on(on=day)), why) for day, why in changes],
        right=(1,),
    )
    print()
    projects = (reference.CAREER_SUPPORT_835, reference.PUMPURS_834, reference.TEACHER_SUPPORT_2024)
    days = (date(2016, 9, 30), date(2018, 1, 15), date(2021, 6, 1), date(2023, 6, 1), date(2025, 9, 1))
    table(
        ("project", *(str(day) for day in days)),
        [(str(project.number), *(project.status(on=day).label for day in days)) for project in projects],
    )
    print("  (statuses, F-5: " + ", ".join(f"{s.label} = {s.value}" for s in ProjectStatus) + ")")
    project = reference.PUMPURS_834
    print(
        f"  {project.number} ends {project.end_on(as_of=date(2020, 10, 1))} as known in autumn 2020 [004], "
        f"{project.end_on(as_of=date(2021, 5, 1))} after the extension (F-4)"
    )
    budget = reference.TEACHER_SUPPORT_2024.budget
    assert budget is not None
    print(f"  {reference.TEACHER_SUPPORT_2024.number} [003]: total {budget.total}, external and municipal 0 (M-2)")


def real_data() -> None:
    heading("Real data as Latvian pages and exports write it (T-5, F-2, O-2, P-7)")
    texts = (
        "no 2020. gada 19. oktobra līdz 2020. gada 23. oktobrim",
        "no 2021.gada 8.februāra līdz 12.februārim",
        "2020./2021.m.g.",
        "03/2017–12/2022",
        "no 2025.gada 1.septembra",
    )
    table(("period as a page writes it", "the days"), [(repr(text), parse_lv_period(text)) for text in texts])
    print()
    number = ProjectNumber.parse("Nr. 8.3.4.0/16/I/001")
    print(f"  'Nr. 8.3.4.0/16/I/001' is the project number {number} (F-2)")
    aglona = municipality(on=date(2020, 1, 1), name="AGLONAS NOVADS")
    print(
        f"  'AGLONAS NOVADS' (as an export writes it) on 2020-01-01 is {aglona.name}, ATVK {aglona.atvk}, "
        f"ISO {aglona.iso_code} (O-2)"
    )
    after = successors(aglona, on=date(2021, 7, 1))
    print(f"  from 2021-07-01 it is part of {', '.join(m.name for m in after)} (the succession of the 2021 reform)")
    phone = "+37167123456"
    print(f"  {phone!r} is a phone number, not a personal code (P-7): {not looks_like_personal_code(phone)}")


def career() -> None:
    heading("Career support, ESF 8.3.5 [000] [002] (C-2, C-4, C-5, C-9)")
    cases = ((350, date(2017, 10, 1)), (1000, date(2017, 10, 1)), (600, date(2020, 10, 1)))
    table(
        ("learners", "on", "consultant FTE required (C-4)"),
        [(learners, day, career_support.required_load(learners, on=day)) for learners, day in cases],
        right=(0, 2),
    )
    print("  (one consultant per 700 learners through 2019, per 600 from 2020; two decimals, half up)")
    agreement = examples.daugavpils_2017_agreement()
    day = date(2017, 10, 2)
    rows = []
    for count in (20, 21):
        assignments = examples.daugavpils_2017_assignments(count)
        found = career_support.check_loads(agreement, assignments, on=day)
        rows.append((count, career_support.total_load(assignments, on=day), ", ".join(v.code for v in found) or "-"))
    print()
    print("  Daugavpils 2017/2018 [002]: consultants at 0.3 FTE each, at most 6 FTE in all pilot schools (C-5)")
    table(("consultants", "total FTE", "violations"), rows, right=(0, 1))
    events = examples.daugavpils_2016_events()
    figures = career_support.tally_events(
        events, period=SchoolYear(2016).period, status=career_support.EventStatus.HELD
    )
    numerator, denominator = figures.non_pilot_share
    print(
        f"  Daugavpils 2016/2017 [002]: {figures.events} events held, {figures.participants} pupils of grades "
        f"1-12, {numerator} of {denominator} from non-pilot schools (C-9)"
    )
    institutions = examples.jelgava_institutions()
    pilot_sets = []
    for met in (True, False):
        found = career_support.check_pilot_set(examples.jelgava_agreement(met=met), institutions, on=date(2017, 3, 1))
        pilot_sets.append(("as agreed" if met else "too small", ", ".join(v.code for v in found) or "compliant"))
    print()
    print("  Jelgava city's pilot set [000]: a minority programme school and 6 general schools (C-2)")
    table(("pilot set", "violations"), pilot_sets)


def early_school_leaving() -> None:
    heading("Early school leaving support, PuMPuRS 8.3.4 [004] (P-1, P-6, P-7)")
    autumn = Semester(school_year=SchoolYear(2020), number=1)
    figures = pumpurs.figures(cases=examples.example_cases_jelgava_2020(), semester=autumn)
    table(
        ("Jelgava novads, " + str(autumn), "learners"),
        [
            ("consultative support", figures.consultative),
            ("meal compensation", figures.meals),
            ("individual-use items (clothing)", figures.items),
            ("institutions", figures.institutions),
        ],
        right=(1,),
    )
    print()
    levels = (
        (Grade(5), date(2018, 1, 15), "grades 5-12 and vocational courses 1-4 [004]"),
        (Grade(4), date(2018, 1, 15), "not yet grades 1-4"),
        (Grade(4), date(2021, 10, 1), "grades 1-4 too, from 2021-09-01 [pub]"),
        (VocationalCourse(4), date(2023, 12, 31), "the last day of the extended project (F-4)"),
        (VocationalCourse(4), date(2024, 3, 1), "after the project's end"),
    )
    table(
        ("learner of", "on", "may be supported (P-1)", "why"),
        [(level, day, yes_no(pumpurs.eligible(level, on=day)), why) for level, day, why in levels],
    )
    found = looks_like_personal_code("Skolēns 161175-19997 saņēma atbalstu")
    print(f"  'Skolēns <personal code> saņēma atbalstu' holds a personal code (P-7): {found}")
    try:
        LearnerRef("161175-19997")
    except PersonalDataRejected as error:
        print(f"  LearnerRef refuses it without echoing it: {error.problems[0]}")


def partnership() -> None:
    heading("Erasmus+ partnership [001] (E-1, E-2)")
    found = erasmus.SOS_CAREER_PARTNERSHIP
    print(f"  {found.title}: coordinator {found.coordinator.name} ({found.coordinator.country})")
    table(
        ("organisation", "country", "role"),
        [(o.name, o.country, "coordinator" if o == found.coordinator else "partner") for o in found.organisations],
    )
    violations = erasmus.check(found)
    print(f"  {len(found.organisations)} organisations from {len(found.countries)} countries: ", end="")
    print(f"violations of the {found.format.label} rules: {', '.join(v.code for v in violations) or 'none'}")


def _value(result: IndicatorResult) -> str:
    if result.value is None:
        return "-"
    if result.measure is Measure.SHARE:
        return f"{percent(result.value)} ({result.numerator}/{result.denominator})"
    if result.measure is Measure.MILESTONE:
        delivered = "delivered" if result.value == 1 else "not yet"
        return f"{delivered} ({result.numerator}/{result.denominator})"
    return f"{result.value:f}"


def _target(result: IndicatorResult) -> str:
    if result.measure is Measure.SHARE:
        return percent(result.target)
    if result.measure is Measure.MILESTONE:
        return "all parts"
    return f"{result.target:f}"


def indicators() -> None:
    heading("The ESF+ results of [003] as of a date (I-1 ... I-5)")
    print("  [003] lists eleven expected results (I-5); the library holds them as a catalogue of indicators:")
    published = teacher_support.PUBLISHED_TARGETS
    # The demo's own choice for the three items [003] gives no target for (never a silent default).
    targets = teacher_support.TeacherSupportTargets.published(item4=16, item10=Decimal("0.2"), item11=1)
    catalogue = teacher_support.indicators(targets)
    table(
        ("code", "result (as the seed words it, in English)"), [(i.code, i.title_en or i.title_lv) for i in catalogue]
    )
    assert published.item1 is not None
    assert published.item2 is not None
    print(
        f"  [003] publishes targets only for items 1 and 2 ({percent(published.item1)}, {percent(published.item2)}) "
        "and deadlines for 1-3 and 5-9;"
    )
    assert targets.item10 is not None
    print(
        f"  this demo chooses {targets.item4} materials for item 4, {percent(targets.item10)} for item 10 and "
        f"{targets.item11} institution for item 11."
    )
    deadline = catalogue[0].deadline
    assert deadline is not None
    print(
        f"  Item 1 divides by the municipalities in force on its deadline (O-2): {len(municipalities_on(on=deadline))} "
        f"on {deadline};"
    )
    print("  items 2 and 10 by all education institutions (I-3); item 10 counts support in every project year (T-7).")
    print("  [003] publishes no progress, so the facts are a generated scenario: 200,000 facts, seed 2024.")
    legend = "; ".join(f"{s.label} = {s.value.replace('_', ' ')}" for s in Status)
    print(textwrap.fill(f"Statuses (I-2): {legend}.", width=110, initial_indent="  ", subsequent_indent="    "))
    facts = examples.teacher_support_facts(200_000, seed=2024)
    for as_of in (date(2025, 9, 1), date(2027, 1, 1)):
        report = teacher_support.evaluate(catalogue, facts, as_of=as_of)
        print()
        print(f"  as of {as_of} (only facts dated on or before it count, I-2):")
        table(
            ("code", "value", "target", "deadline", "reached on", "status"),
            [
                (r.code, _value(r), _target(r), r.deadline or "none", r.reached_on or "-", r.status.label)
                for r in report
            ],
            right=(1, 2),
        )


def main() -> None:
    introduction()
    time_and_dates()
    money_and_data()
    places_and_projects()
    real_data()
    career()
    early_school_leaving()
    partnership()
    indicators()


if __name__ == "__main__":
    main()
