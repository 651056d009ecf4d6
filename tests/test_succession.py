"""The succession of municipalities across the reforms of 2021 and 2025 (O-2)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from karjera_core import (
    DateRange,
    Municipality,
    MunicipalityKind,
    Succession,
    ValidationError,
    municipality,
    predecessors,
    structure,
    successors,
    unstructure,
)
from karjera_core import _succession_data as data
from karjera_core.organisations import MUNICIPALITIES, SUCCESSIONS, municipalities_on

DAY = timedelta(days=1)
BEFORE, REFORM = date(2021, 6, 30), date(2021, 7, 1)
DAY_MESSAGE = "expected a date (datetime.date, not datetime) in the years 1900-2199"
NOT_SHIPPED = (
    "succession.unknown",
    "expected one of the shipped municipalities (MUNICIPALITIES): succession is known for them only",
)
BEFORE_START = (
    "succession.before_start",
    "expected a day on or after the municipality's first day: successors lie forward in time (O-2)",
)
AFTER_END = (
    "succession.after_end",
    "expected a day on or before the municipality's last day: predecessors lie back in time (O-2)",
)
NOT_ADJACENT = ("succession.not_adjacent", "expected a successor that begins the day after its predecessor ends (O-2)")


def problems(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


def names(found: tuple[Municipality, ...]) -> list[str]:
    return [m.name for m in found]


def old(name: str) -> Municipality:
    return municipality(name=name, on=BEFORE)


def test_o2_every_one_of_the_119_has_a_successor_among_the_43() -> None:
    the_43 = set(municipalities_on(on=REFORM))
    the_119 = municipalities_on(on=BEFORE)
    assert len(the_119) == 119
    for m in the_119:
        found = successors(m, on=REFORM)
        assert found
        assert set(found) <= the_43
    split = {m.name: names(successors(m, on=REFORM)) for m in the_119 if len(successors(m, on=REFORM)) > 1}
    assert split == {"Inčukalna novads": ["Ropažu novads", "Siguldas novads"]}


def test_o2_every_one_of_the_43_has_its_predecessors_among_the_119() -> None:
    the_119 = set(municipalities_on(on=BEFORE))
    covered: Counter[str] = Counter()
    for m in municipalities_on(on=REFORM):
        found = predecessors(m, on=BEFORE)
        assert found
        assert set(found) <= the_119
        covered.update(p.name for p in found)
    assert set(covered) == {m.name for m in the_119}
    assert [name for name, times in covered.items() if times > 1] == ["Inčukalna novads"]


@pytest.mark.parametrize(
    ("name", "successor"),
    [
        ("Aglonas novads", "Preiļu novads"),
        ("Jēkabpils", "Jēkabpils novads"),
        ("Valmiera", "Valmieras novads"),
        ("Rīga", "Rīga"),
        ("Carnikavas novads", "Ādažu novads"),
        ("Babītes novads", "Mārupes novads"),
        ("Apes novads", "Smiltenes novads"),
        ("Raunas novads", "Smiltenes novads"),
        ("Strenču novads", "Valmieras novads"),
        ("Mērsraga novads", "Talsu novads"),
        ("Viļānu novads", "Rēzeknes novads"),
        ("Daugavpils novads", "Augšdaugavas novads"),
        ("Aizputes novads", "Dienvidkurzemes novads"),
        ("Varakļānu novads", "Varakļānu novads"),
    ],
)
def test_o2_an_old_municipality_and_its_successor_of_2021(name: str, successor: str) -> None:
    found = successors(old(name), on=REFORM)
    assert names(found) == [successor]
    assert found[0].valid.start == REFORM


def test_o2_the_split_of_incukalna_names_its_parts() -> None:
    parts = [(s.successor.name, s.part) for s in SUCCESSIONS if s.predecessor.name == "Inčukalna novads"]
    assert parts == [("Ropažu novads", "Vangažu pilsēta"), ("Siguldas novads", "Inčukalna pagasts")]
    assert all(s.part is None for s in SUCCESSIONS if s.predecessor.name != "Inčukalna novads")


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 6, 30), ["Varakļānu novads"]),
        (date(2025, 7, 1), ["Madonas novads"]),
        (date(2026, 12, 1), ["Madonas novads"]),
    ],
)
def test_o2_varaklani_goes_into_madona_on_2025_07_01(day: date, expected: list[str]) -> None:
    varaklani = municipality(name="Varakļānu novads", on=date(2022, 1, 1))
    found = successors(varaklani, on=day)
    assert names(found) == expected
    assert all(m.in_force(on=day) for m in found)
    assert successors(old("Varakļānu novads"), on=day) == found


def test_o2_madona_of_2025_is_formed_from_madona_and_varaklani() -> None:
    madona = municipality(name="Madonas novads", on=date(2025, 7, 1))
    assert names(predecessors(madona, on=date(2025, 6, 30))) == ["Madonas novads", "Varakļānu novads"]
    assert names(predecessors(madona, on=BEFORE)) == [
        "Cesvaines novads",
        "Ērgļu novads",
        "Lubānas novads",
        "Madonas novads",
        "Varakļānu novads",
    ]
    assert predecessors(madona, on=date(2025, 7, 1)) == (madona,)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (BEFORE - DAY, ["Inčukalna novads"]),
        (BEFORE, ["Inčukalna novads"]),
        (REFORM, ["Ropažu novads", "Siguldas novads"]),
        (REFORM + DAY, ["Ropažu novads", "Siguldas novads"]),
    ],
)
def test_o2_successors_on_the_days_around_the_reform(day: date, expected: list[str]) -> None:
    assert names(successors(old("Inčukalna novads"), on=day)) == expected


def test_o2_an_indicator_over_all_municipalities_can_be_compared_across_the_reform() -> None:
    """Counts per old municipality add up, per successor, to counts over the 43 (the split goes to both)."""
    per_old = dict.fromkeys(municipalities_on(on=BEFORE), 1)
    per_new: Counter[str] = Counter()
    for m, value in per_old.items():
        for successor in successors(m, on=REFORM):
            per_new[successor.name] += value
    assert sum(per_new.values()) == 119 + 1
    assert per_new["Cēsu novads"] == 7
    assert per_new["Rīga"] == 1


def test_o2_the_shipped_successions_are_valid_records_and_round_trip() -> None:
    assert len(SUCCESSIONS) == 120 + 2
    for s in SUCCESSIONS:
        assert Succession(predecessor=s.predecessor, successor=s.successor, part=s.part) == s
        assert structure(unstructure(s), Succession) == s
    assert {s.predecessor for s in SUCCESSIONS} == {m for m in MUNICIPALITIES if m.valid.end is not None}
    assert len(data.SUCCESSION_2021) == 120


def test_o2_a_successor_must_begin_the_day_after_its_predecessor_ends() -> None:
    aglona = old("Aglonas novads")
    preili = municipality(name="Preiļu novads", on=REFORM)
    madona_2025 = municipality(name="Madonas novads", on=date(2025, 7, 1))
    assert Succession(predecessor=aglona, successor=preili).part is None
    for predecessor, successor in ((aglona, madona_2025), (preili, madona_2025), (madona_2025, preili)):
        with pytest.raises(ValidationError) as caught:
            Succession(predecessor=predecessor, successor=successor)
        assert problems(caught.value) == [("$.successor", *NOT_ADJACENT)]
    with pytest.raises(ValidationError) as caught:
        Succession(predecessor=aglona, successor=preili, part=" Aglonas pagasts")
    assert problems(caught.value) == [
        ("$.part", "text.whitespace", "expected the part of the predecessor's territory without spaces at either end")
    ]


def test_o2_a_day_before_the_start_or_after_the_end_is_refused() -> None:
    preili = municipality(name="Preiļu novads", on=REFORM)
    with pytest.raises(ValidationError) as caught:
        successors(preili, on=BEFORE)
    assert problems(caught.value) == [("$.on", *BEFORE_START)]
    assert successors(preili, on=REFORM) == (preili,)
    assert predecessors(old("Aglonas novads"), on=BEFORE) == (old("Aglonas novads"),)
    with pytest.raises(ValidationError) as caught:
        predecessors(old("Aglonas novads"), on=REFORM)
    assert problems(caught.value) == [("$.on", *AFTER_END)]
    with pytest.raises(ValidationError) as caught:
        predecessors(preili, on=date(2010, 12, 31))
    assert problems(caught.value) == [
        (
            "$.on",
            "municipalities.no_data",
            "expected a day on or after 2011-01-03, the first day the shipped municipality data cover (O-2); "
            "pass table= to answer from other data",
        )
    ]


def test_o2_only_shipped_municipalities_have_a_known_succession() -> None:
    own = Municipality(name="Alfas novads", kind=MunicipalityKind.NOVADS, valid=DateRange(start=REFORM))
    for ask in (successors, predecessors):
        with pytest.raises(ValidationError) as caught:
            ask(own, on=date(2022, 1, 1))
        assert problems(caught.value) == [("$.municipality", *NOT_SHIPPED)]


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"municipality": "Rīga", "on": REFORM}, [("$.municipality", "record.type", "expected a Municipality")]),
        ({"on": "2021-07-01"}, [("$.on", "date.type", DAY_MESSAGE)]),
        (
            {"municipality": None, "on": None},
            [("$.municipality", "record.type", "expected a Municipality"), ("$.on", "date.type", DAY_MESSAGE)],
        ),
    ],
)
def test_o2_bad_succession_arguments_are_refused_with_their_paths(
    arguments: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    values: dict[str, Any] = {"municipality": old("Aglonas novads"), **arguments}
    for ask in (successors, predecessors):
        with pytest.raises(ValidationError) as caught:
            ask(values["municipality"], on=values["on"])
        assert problems(caught.value) == expected
