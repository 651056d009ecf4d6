"""Tests of personal-code detection and pseudonymous learner ids (rule P-7)."""

from __future__ import annotations

import pickle
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.privacy import LearnerRef, looks_like_personal_code, refuse_personal_data
from karjera_core.strategies._pumpurs import learner_refs

CODE = "161175-19997"
NEW_CODE = "328673-00679"


def _any(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


def _assert_not_echoed(error: BaseException, value: str) -> None:
    """The refused value is nowhere in the error: not in str(), repr(), args or any problem."""
    assert value not in str(error)
    assert value not in repr(error)
    assert all(value not in str(arg) for arg in error.args)
    assert isinstance(error, ValidationError)
    assert all(value not in str(problem) for problem in error.problems)
    assert value not in repr(pickle.loads(pickle.dumps(error)))


# ------------------------------------------------------------ detection: the brief's examples


@pytest.mark.parametrize(
    "text",
    [
        "161175-19997",
        "16117519997",
        "328673-00679",
        "32867300679",
        " 161175-19997 ",
        "\uff11\uff16\uff11\uff11\uff17\uff15\uff0d\uff11\uff19\uff19\uff19\uff17",  # full-width digits and hyphen
        "Skolēns 161175-19997 saņēma atbalstu",
        "kods:161175-19997.",
        "abc161175-19997xyz",
        "010100-09999",  # C = 0: 1800s
        "290200-29999",  # 29 February 2000
        "311299-12345",
    ],
)
def test_p7_personal_code_shapes_are_detected(text: str) -> None:
    assert looks_like_personal_code(text) is True


@pytest.mark.parametrize(
    "dash",
    ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe58", "\ufe63", "\uff0d"],
)
def test_p7_other_dashes_read_as_hyphens(dash: str) -> None:
    assert looks_like_personal_code(f"161175{dash}19997") is True
    assert looks_like_personal_code(f"328673{dash}00679") is True


def test_p7_invisible_characters_and_other_scripts_do_not_hide_a_code() -> None:
    assert looks_like_personal_code("1611\u200b75-19997") is True  # zero-width space
    assert looks_like_personal_code("161175\u00ad19997") is True  # soft hyphen
    assert looks_like_personal_code("\u0663\u0662\u0668\u0666\u0667\u0663-\u0660\u0660\u0666\u0667\u0669") is True


@pytest.mark.parametrize(
    "text",
    [
        "L-0001",
        "learner-42",
        "a1b2c3",
        "",
        "no digits at all",
        "310299-19997",  # no 31 February: not an old code
        "300299-19997",  # no 30 February
        "290201-19997",  # 29 February only in leap years
        "161375-19997",  # month 13
        "001175-19997",  # day 0
        "161175-39997",  # century digit 3 does not exist
        "311175-19997x",  # 31 November
        "161175 19997",  # only a hyphen may stand inside a code
        "161175--19997",
        "1611751999",  # ten digits
        "161175-1999",
        "312345-12345",  # starts with 31 but is no new code (second digit 1) and no date
    ],
)
def test_p7_ordinary_text_is_not_a_personal_code(text: str) -> None:
    assert looks_like_personal_code(text) is False


@pytest.mark.parametrize(
    "text",
    ["1161175-19997", "161175-199971", "116117519997", "161175199971", "2161175-199973", "9328673-00679"],
)
def test_p7_a_code_run_together_with_further_digits_is_not_a_code(text: str) -> None:
    assert looks_like_personal_code(text) is False


def test_p7_detection_of_non_text_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        looks_like_personal_code(_any(16117519997))
    assert caught.value.problems[0].code == "privacy.type"
    assert not isinstance(caught.value, PersonalDataRejected)


# ------------------------------------------------------------ refusal


def test_p7_refuse_personal_data_passes_pseudonymous_text() -> None:
    refuse_personal_data("learner-42", path="$.note")
    refuse_personal_data("Skolēns L-0001 saņēma atbalstu")


@pytest.mark.parametrize("value", [CODE, NEW_CODE, f"Skolēns {CODE} saņēma atbalstu", "16117519997"])
def test_p7_refusal_never_echoes_the_value(value: str) -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        refuse_personal_data(value, path="$.plans[2].note")
    error = caught.value
    assert [(p.path, p.code) for p in error.problems] == [("$.plans[2].note", "privacy.personal_code")]
    _assert_not_echoed(error, value)
    _assert_not_echoed(error, "161175")
    assert isinstance(pickle.loads(pickle.dumps(error)), PersonalDataRejected)


def test_p7_refusal_of_wrong_types_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        refuse_personal_data(_any(None), path="$.note")
    assert [(p.path, p.code) for p in caught.value.problems] == [("$.note", "privacy.type")]
    with pytest.raises(ValidationError) as caught:
        refuse_personal_data("text", path=_any(3))
    assert [(p.path, p.code) for p in caught.value.problems] == [("$", "privacy.path")]


# ------------------------------------------------------------ LearnerRef


def test_p7_learner_ref_holds_a_pseudonym_with_an_evaluable_repr() -> None:
    ref = LearnerRef("L-0001")
    assert ref.value == "L-0001"
    assert str(ref) == "L-0001"
    assert eval(repr(ref)) == ref
    assert sorted([LearnerRef("b"), LearnerRef("a")]) == [LearnerRef("a"), LearnerRef("b")]
    assert LearnerRef("x" * 64).value == "x" * 64


@pytest.mark.parametrize("value", [CODE, NEW_CODE, "L-16117519997", "skolēns-161175-19997"])
def test_p7_learner_ref_refuses_a_personal_code_without_echoing_it(value: str) -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        LearnerRef(value)
    assert [p.code for p in caught.value.problems] == ["privacy.personal_code"]
    _assert_not_echoed(caught.value, value)


def test_p7_learner_ref_reports_every_problem_and_still_refuses_personal_data() -> None:
    value = " " + CODE + "\x00" + "x" * 64
    with pytest.raises(PersonalDataRejected) as caught:
        LearnerRef(value)
    assert [p.code for p in caught.value.problems] == [
        "learner_ref.whitespace",
        "learner_ref.too_long",
        "learner_ref.control",
        "privacy.personal_code",
    ]
    _assert_not_echoed(caught.value, CODE)


@pytest.mark.parametrize(
    ("value", "codes"),
    [
        ("", ["learner_ref.blank"]),
        ("   ", ["learner_ref.blank"]),
        (" L-1", ["learner_ref.whitespace"]),
        ("L-1\n", ["learner_ref.whitespace", "learner_ref.control"]),
        ("L\u200b1", ["learner_ref.control"]),
        ("x" * 65, ["learner_ref.too_long"]),
        (42, ["learner_ref.type"]),
        (None, ["learner_ref.type"]),
    ],
)
def test_p7_learner_ref_refuses_malformed_ids(value: object, codes: list[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        LearnerRef(_any(value))
    assert not isinstance(caught.value, PersonalDataRejected)
    assert [p.code for p in caught.value.problems] == codes
    assert {p.path for p in caught.value.problems} == {"$"}


# ------------------------------------------------------------ properties

_OLD_CODE_DAYS = st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31))
_LETTERS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzāčēģīķļņšūžABCDEFGHIJKLMNOPQRSTUVWXYZ .,:;()!?-", max_size=20)


@st.composite
def _old_codes(draw: st.DrawFn) -> str:
    day = draw(_OLD_CODE_DAYS)
    century = day.year // 100 - 18
    rest = draw(st.integers(min_value=0, max_value=9999))
    hyphen = draw(st.sampled_from(["-", "", "\u2013", "\uff0d"]))
    return f"{day:%d%m}{day.year % 100:02d}{hyphen}{century}{rest:04d}"


@st.composite
def _new_codes(draw: st.DrawFn) -> str:
    second = draw(st.integers(min_value=2, max_value=9))
    head = draw(st.integers(min_value=0, max_value=9999))
    tail = draw(st.integers(min_value=0, max_value=99999))
    hyphen = draw(st.sampled_from(["-", ""]))
    return f"3{second}{head:04d}{hyphen}{tail:05d}"


@given(code=st.one_of(_old_codes(), _new_codes()), before=_LETTERS, after=_LETTERS)
def test_p7_property_every_valid_code_embedded_in_letters_is_detected(code: str, before: str, after: str) -> None:
    text = before + code + after
    assert looks_like_personal_code(text)
    with pytest.raises(PersonalDataRejected) as caught:
        refuse_personal_data(text, path="$.note")
    _assert_not_echoed(caught.value, code)


@given(code=st.one_of(_old_codes(), _new_codes()), digit=st.sampled_from("0123456789"), at_end=st.booleans())
def test_p7_property_a_code_run_together_with_a_digit_is_not_detected(code: str, digit: str, at_end: bool) -> None:
    assert not looks_like_personal_code(code + digit if at_end else digit + code)


@given(
    year=st.integers(min_value=0, max_value=99),
    month=st.sampled_from([2, 4, 6, 9, 11]),
    century=st.sampled_from("012"),
    rest=st.integers(min_value=0, max_value=9999),
)
def test_p7_property_the_day_after_a_short_month_ends_is_not_an_old_code(
    year: int, month: int, century: str, rest: int
) -> None:
    last = (date(2000 + year, month + 1, 1) - timedelta(days=1)).day
    assert not looks_like_personal_code(f"{last + 1:02d}{month:02d}{year:02d}-{century}{rest:04d}")


@given(ref=learner_refs())
def test_p7_property_generated_pseudonyms_are_never_personal_codes(ref: LearnerRef) -> None:
    assert not looks_like_personal_code(ref.value)
    assert LearnerRef(ref.value) == ref


@given(text=st.from_regex(r"[A-Za-z]{1,4}-[0-9]{1,10}", fullmatch=True))
def test_p7_property_ordinary_pseudonyms_are_not_personal_codes(text: str) -> None:
    assert not looks_like_personal_code(text)
