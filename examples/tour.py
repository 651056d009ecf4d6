"""A readable tour of karjera_core: run ``python -m nox -s demo`` (or ``python examples/tour.py``).

Each section shows one part of the library on the figures of the source documents.
"""

from __future__ import annotations

from datetime import date

from karjera_core import (
    DateRange,
    Money,
    SchoolYear,
    Semester,
    ValidationError,
    parse_lv_date,
    parse_lv_period,
    structure,
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


def main() -> None:
    print("karjera_core: a tour")
    time_and_dates()
    money_and_data()


if __name__ == "__main__":
    main()
