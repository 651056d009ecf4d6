"""Tests of personal-code detection and pseudonymous learner ids (rule P-7)."""

from __future__ import annotations

import datetime
import pickle
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from karjera_core import _personal_code as detector
from karjera_core.errors import PersonalDataRejected, Problem, ValidationError, Violation
from karjera_core.privacy import LearnerRef, looks_like_personal_code, refuse_personal_data
from karjera_core.schedule import Regulation, Source
from karjera_core.serialization import structure
from karjera_core.strategies._pumpurs import learner_refs

CODE = "161175-19997"
NEW_CODE = "328673-00679"
PERSONAL = ("privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)")
ID_WHAT = "a learner id"


def _any(value: object) -> Any:
    """Let a test pass a wrongly typed argument past the type checker."""
    return value


def _assert_not_echoed(error: BaseException, value: str) -> None:
    """The refused value is nowhere in the error: not in str(), repr(), args, any problem, or its pickle."""
    assert isinstance(error, ValidationError)
    assert value not in str(error)
    assert value not in repr(error)
    assert all(value not in str(arg) for arg in error.args)
    assert all(value not in str(problem) and value not in repr(problem) for problem in error.problems)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert value not in repr(again)
    assert value not in str(again)
    assert value.encode("utf-8") not in pickle.dumps(error)


def problems_of(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


# ------------------------------------------------------------ the shapes of a code (P-7)

#: Every separator that may stand between a code's six digits and its five (issue #9).
SEPARATORS = {
    "nothing": "",
    "hyphen": "-",
    "space": " ",
    "no-break space": "\u00a0",
    "narrow no-break space": "\u202f",
    "figure space": "\u2007",
    "ideographic space": "\u3000",
    "tab": "\t",
    "slash": "/",
    "full stop": ".",
    "low line": "_",
    "full-width slash": "\uff0f",
    "full-width full stop": "\uff0e",
    "full-width low line": "\uff3f",
    "hyphen U+2010": "\u2010",
    "non-breaking hyphen": "\u2011",
    "figure dash": "\u2012",
    "en dash": "\u2013",
    "em dash": "\u2014",
    "horizontal bar": "\u2015",
    "minus sign": "\u2212",
    "modifier letter minus": "\u02d7",
    "katakana prolonged sound mark": "\u30fc",
    "halfwidth prolonged sound mark": "\uff70",
    "superscript minus": "\u207b",
    "small hyphen-minus": "\ufe63",
    "full-width hyphen-minus": "\uff0d",
    "oblique hyphen": "\u2e5d",
    "double hyphen": "\u2e40",
}
#: Digits of other scripts (and compatibility forms), each as a map from the ASCII digits.
SCRIPTS = {
    "ascii": "0123456789",
    "full-width": "".join(chr(0xFF10 + i) for i in range(10)),
    "arabic-indic": "".join(chr(0x0660 + i) for i in range(10)),
    "devanagari": "".join(chr(0x0966 + i) for i in range(10)),
    "thai": "".join(chr(0x0E50 + i) for i in range(10)),
    "mathematical bold": "".join(chr(0x1D7CE + i) for i in range(10)),
    "superscript": "⁰¹²³⁴⁵⁶⁷⁸⁹",
}
#: Invisible characters that must not hide a code.
INVISIBLE = {
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "byte order mark": "\ufeff",
    "soft hyphen": "\u00ad",
    "left-to-right mark": "\u200e",
    "right-to-left override": "\u202e",
}


def written(head: str, tail: str, separator: str = "-", script: str = "ascii", invisible: str = "") -> str:
    """The code ``head``-``tail`` with ``separator``, in ``script`` digits, ``invisible`` after its 3rd digit."""
    digits = str.maketrans("0123456789", SCRIPTS[script])
    text = head.translate(digits) + separator + tail.translate(digits)
    return text[:3] + invisible + text[3:]


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
        "+16117519997",  # a + excuses only +371 and eight digits
        "+32867300679",
        "+371 161175-19997",  # a phone prefix before a code is no phone number
        "tel. +37129196866, kods 161175-19997",
    ],
)
def test_p7_personal_code_shapes_are_detected(text: str) -> None:
    assert looks_like_personal_code(text) is True


@pytest.mark.parametrize("separator", SEPARATORS.values(), ids=SEPARATORS.keys())
def test_p7_codes_split_by_any_separator_are_detected(separator: str) -> None:
    # issue #9: "161175 19997" (and the other separators) passed as no code
    assert looks_like_personal_code(f"161175{separator}19997") is True
    assert looks_like_personal_code(f"328673{separator}00679") is True
    assert looks_like_personal_code(f"Skolēns 161175{separator}19997 saņēma atbalstu") is True


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPTS.keys())
def test_p7_digits_of_every_script_are_digits(script: str) -> None:
    assert looks_like_personal_code(written("161175", "19997", "-", script)) is True
    assert looks_like_personal_code(written("328673", "00679", "", script)) is True


@pytest.mark.parametrize("invisible", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_p7_invisible_characters_do_not_hide_a_code(invisible: str) -> None:
    assert looks_like_personal_code(written("161175", "19997", "-", invisible=invisible)) is True
    assert looks_like_personal_code(f"161175{invisible}19997") is True
    assert looks_like_personal_code(invisible.join("32867300679")) is True


def test_p7_a_combination_of_tricks_is_still_a_code() -> None:
    assert looks_like_personal_code(written("161175", "19997", "\u3000", "arabic-indic", "\u200b")) is True
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
        "160075-19997",  # month 0
        "001175-19997",  # day 0
        "161175-39997",  # century digit 3 does not exist
        "311175-19997x",  # 31 November
        "161175--19997",  # two separators
        "161175 - 19997",
        "161175/-19997",
        "1611751999",  # ten digits
        "161175-1999",
        "16117-519997",  # the separator after the fifth digit
        "+371161175-19997",  # the six digits run on from 371: no code starts there
        "312345-12345",  # starts with 31 but is no new code (second digit 1) and no date
        "302345-12345",  # 30 and a second digit 0: no new code, no date (month 23)
    ],
)
def test_p7_ordinary_text_is_not_a_personal_code(text: str) -> None:
    assert looks_like_personal_code(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "+37129196866",  # a mobile number in international form (issue #9)
        "tel. +37167212345",
        "Tālr.: +37129196866, e-pasts: skola@example.lv",
        "\uff0b37129196866",  # full-width plus
        "+\u200b37129196866",
        "+371 29196866",
        "+371 2919 6866",
        "29196866",  # eight-digit local numbers
        "67212345",
        "Tālrunis 67 212 345",
        "4313900234",  # a ten-digit registration number of an education institution
        "Reģ. Nr. 3113900012",
        "40003032949",  # eleven-digit company numbers start with 4, 5 or 9
        "50003123456",
        "90000064321",
        "LV40003032949",
        "LV80BANK0000435195001",  # IBAN
        "LV97HABA0012345678910",
        "01000123456",  # a cadastral number
        "0100 012 3456",
        "8096 003 0123 001",
        "0010000",  # ATVK codes
        "0100000 0900000",
        "31011011",  # programme codes
        "23011111 33811001",
        "16.11.1975.",  # DD.MM.YYYY. dates
        "04.12.2017. - 31.12.2022.",
        "01.01.2020. 12345",
        "2016./2017. mācību gads",
        "8.3.4.0/16/I/001",
    ],
)
def test_p7_numbers_that_are_not_personal_codes_stay_allowed(text: str) -> None:
    assert looks_like_personal_code(text) is False
    refuse_personal_data(text, path="$.note")
    if text.isprintable():
        assert Problem(path="$", code="x.y", message=text).message == text


@pytest.mark.parametrize(
    "text",
    ["1161175-19997", "161175-199971", "116117519997", "161175199971", "2161175-199973", "9328673-00679"],
)
def test_p7_a_code_run_together_with_further_digits_is_not_a_code(text: str) -> None:
    assert looks_like_personal_code(text) is False


@pytest.mark.parametrize("value", [16117519997, None, b"161175-19997", ["161175-19997"]])
def test_p7_detection_of_non_text_is_a_validation_error(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        looks_like_personal_code(_any(value))
    assert type(caught.value) is ValidationError
    assert problems_of(caught.value) == [("$.text", "privacy.type", "expected a str to inspect for personal codes")]


# ------------------------------------------------------------ refusal


def test_p7_refuse_personal_data_passes_pseudonymous_text() -> None:
    refuse_personal_data("learner-42", path="$.note")
    refuse_personal_data("Skolēns L-0001 saņēma atbalstu")
    refuse_personal_data("", path="$.plans[2].note")


@pytest.mark.parametrize("value", [CODE, NEW_CODE, f"Skolēns {CODE} saņēma atbalstu", "16117519997", "161175 19997"])
def test_p7_refusal_never_echoes_the_value(value: str) -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        refuse_personal_data(value, path="$.plans[2].note")
    error = caught.value
    assert problems_of(error) == [("$.plans[2].note", *PERSONAL)]
    _assert_not_echoed(error, value)
    _assert_not_echoed(error, "161175")


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        (None, "$.note", [("$.note", "privacy.type", "expected a str to inspect for personal codes")]),
        (5, "$", [("$", "privacy.type", "expected a str to inspect for personal codes")]),
        ("text", 3, [("$.path", "privacy.path", "expected the path as a str such as '$.note'")]),
        ("text", "note", [("$.path", "privacy.path", "expected the path as a str such as '$.note'")]),
        (CODE, "$[some-id]", [("$.path", "privacy.path", "expected the path as a str such as '$.note'")]),
        (None, None, [("$.path", "privacy.path", "expected the path as a str such as '$.note'")]),
        ("text", "$" + ".a" * 500, [("$.path", "privacy.path", "expected the path as a str such as '$.note'")]),
    ],
)
def test_p7_refusal_of_wrong_arguments_is_a_validation_error(
    text: object, path: object, expected: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as caught:
        refuse_personal_data(_any(text), path=_any(path))
    assert type(caught.value) is ValidationError
    assert problems_of(caught.value) == expected


#: Text fields of the base layers' records, each as a function building the record around one text.
TEXT_FIELDS: dict[str, Callable[[str], object]] = {
    "Problem.message": lambda text: Problem(path="$", code="x.y", message=text),
    "Violation.message": lambda text: Violation(code="x.y", rule="C-5", message=text),
    "LearnerRef": LearnerRef,
    "Source.citation": lambda text: Source(citation=text),
    "Regulation.title": lambda text: Regulation(number=1, adopted=date(2020, 1, 1), title=text),
}
FIELD_PATHS = {
    "Problem.message": "$.message",
    "Violation.message": "$.message",
    "LearnerRef": "$",
    "Source.citation": "$.citation",
    "Regulation.title": "$.title",
}
SHAPES = [
    *(pytest.param(written("161175", "19997", s), id=f"old-{name}") for name, s in SEPARATORS.items()),
    *(pytest.param(written("328673", "00679", s), id=f"new-{name}") for name, s in SEPARATORS.items()),
    *(pytest.param(written("161175", "19997", "-", script), id=f"old-{script}") for script in SCRIPTS),
    *(pytest.param(written("328673", "00679", "", script), id=f"new-{script}") for script in SCRIPTS),
    *(pytest.param(written("161175", "19997", "-", invisible=ch), id=f"old-{name}") for name, ch in INVISIBLE.items()),
    pytest.param("Skolēns 161175-19997 saņēma", id="in-a-sentence"),
]


@pytest.mark.parametrize("field", TEXT_FIELDS, ids=TEXT_FIELDS.keys())
@pytest.mark.parametrize("text", SHAPES)
def test_p7_every_text_field_refuses_every_shape_without_echoing_it(field: str, text: str) -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        TEXT_FIELDS[field](text)
    found = [(p.path, p.code, p.message) for p in caught.value.problems]
    assert (FIELD_PATHS[field], *PERSONAL) in found
    _assert_not_echoed(caught.value, text)
    _assert_not_echoed(caught.value, text.strip())


@pytest.mark.parametrize("text", SHAPES[::7])
def test_p7_json_input_refuses_every_shape_without_echoing_it(text: str) -> None:
    for data, cls, path in [
        ({"path": "$", "code": "x.y", "message": text}, Problem, "$.message"),
        ({"code": "x.y", "rule": "C-5", "message": text, "path": "$"}, Violation, "$.message"),
        (text, LearnerRef, "$"),
        ({"citation": text, "regulation": {"number": 1, "adopted": "2020-01-01", "title": text}}, Source, None),
    ]:
        with pytest.raises(PersonalDataRejected) as caught:
            structure(data, cls)
        if path is not None:
            assert (path, *PERSONAL) in problems_of(caught.value)
        else:
            assert {p.path for p in caught.value.problems if p.code == PERSONAL[0]} == {
                "$.citation",
                "$.regulation.title",
            }
        _assert_not_echoed(caught.value, text.strip())


def test_p7_a_personal_code_beyond_the_listed_problems_still_makes_it_a_refusal() -> None:
    data = [{"citation": " "} for _ in range(60)] + [{"citation": CODE}]
    with pytest.raises(PersonalDataRejected) as caught:
        structure(data, tuple[Source, ...])
    assert len(caught.value.problems) == 50
    assert caught.value.omitted == {"text.blank": 10, "privacy.personal_code": 1}


# ------------------------------------------------------------ LearnerRef


def test_p7_learner_ref_holds_a_pseudonym_with_an_evaluable_repr() -> None:
    ref = LearnerRef("L-0001")
    assert ref.value == "L-0001"
    assert str(ref) == "L-0001"
    assert eval(repr(ref)) == ref
    assert sorted([LearnerRef("b"), LearnerRef("a")]) == [LearnerRef("a"), LearnerRef("b")]
    assert LearnerRef("x" * 64).value == "x" * 64
    assert structure("L-0001", LearnerRef) == ref


@pytest.mark.parametrize("value", [CODE, NEW_CODE, "L-16117519997", "skolēns-161175-19997", "L_161175_19997"])
def test_p7_learner_ref_refuses_a_personal_code_without_echoing_it(value: str) -> None:
    with pytest.raises(PersonalDataRejected) as caught:
        LearnerRef(value)
    assert problems_of(caught.value) == [("$", *PERSONAL)]
    _assert_not_echoed(caught.value, value)


def test_p7_learner_ref_reports_every_problem_and_still_refuses_personal_data() -> None:
    value = " " + CODE + "\x00"
    with pytest.raises(PersonalDataRejected) as caught:
        LearnerRef(value)
    assert problems_of(caught.value) == [
        ("$", "text.whitespace", f"expected {ID_WHAT} without spaces at either end"),
        ("$", "text.control", f"expected {ID_WHAT} without control characters or format characters"),
        ("$", *PERSONAL),
    ]
    _assert_not_echoed(caught.value, CODE)


def test_p7_an_overlong_learner_ref_is_measured_before_it_is_read() -> None:
    # Length is checked first (bounded work): the text is not read further, yet refused and never echoed.
    value = " " + CODE + "\x00" + "x" * 64
    with pytest.raises(ValidationError) as caught:
        LearnerRef(value)
    assert problems_of(caught.value) == [("$", "text.too_long", f"expected {ID_WHAT} of at most 64 characters")]
    _assert_not_echoed(caught.value, CODE)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", [("text.blank", f"expected {ID_WHAT} that is not blank")]),
        ("   ", [("text.blank", f"expected {ID_WHAT} that is not blank")]),
        (" L-1", [("text.whitespace", f"expected {ID_WHAT} without spaces at either end")]),
        (
            "L-1\n",
            [
                ("text.whitespace", f"expected {ID_WHAT} without spaces at either end"),
                ("text.control", f"expected {ID_WHAT} without control characters or format characters"),
            ],
        ),
        ("L\u200b1", [("text.control", f"expected {ID_WHAT} without control characters or format characters")]),
        ("L\x851", [("text.control", f"expected {ID_WHAT} without control characters or format characters")]),
        ("x" * 65, [("text.too_long", f"expected {ID_WHAT} of at most 64 characters")]),
        (42, [("text.type", f"expected {ID_WHAT} as a str")]),
        (None, [("text.type", f"expected {ID_WHAT} as a str")]),
    ],
)
def test_p7_learner_ref_refuses_malformed_ids(value: object, expected: list[tuple[str, str]]) -> None:
    with pytest.raises(ValidationError) as caught:
        LearnerRef(_any(value))
    assert type(caught.value) is ValidationError
    assert problems_of(caught.value) == [("$", code, message) for code, message in expected]


# ------------------------------------------------------------ properties

_OLD_CODE_DAYS = st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31))
_LETTERS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzāčēģīķļņšūžABCDEFGHIJKLMNOPQRSTUVWXYZ .,:;()!?-", max_size=20)


@st.composite
def _old_codes(draw: st.DrawFn) -> tuple[str, str]:
    day = draw(_OLD_CODE_DAYS)
    century = day.year // 100 - 18
    rest = draw(st.integers(min_value=0, max_value=9999))
    return f"{day:%d%m}{day.year % 100:02d}", f"{century}{rest:04d}"


@st.composite
def _new_codes(draw: st.DrawFn) -> tuple[str, str]:
    second = draw(st.integers(min_value=2, max_value=9))
    head = draw(st.integers(min_value=0, max_value=9999))
    tail = draw(st.integers(min_value=0, max_value=99999))
    return f"3{second}{head:04d}", f"{tail:05d}"


@st.composite
def _codes(draw: st.DrawFn) -> str:
    head, tail = draw(st.one_of(_old_codes(), _new_codes()))
    separator = draw(st.sampled_from(sorted(SEPARATORS.values())))
    script = draw(st.sampled_from(sorted(SCRIPTS)))
    invisible = draw(st.sampled_from(["", *INVISIBLE.values()]))
    return written(head, tail, separator, script, invisible)


@given(code=_codes(), before=_LETTERS, after=_LETTERS)
def test_p7_property_every_valid_code_embedded_in_letters_is_detected(code: str, before: str, after: str) -> None:
    text = before + code + after
    assert looks_like_personal_code(text)
    with pytest.raises(PersonalDataRejected) as caught:
        refuse_personal_data(text, path="$.note")
    _assert_not_echoed(caught.value, code)


@given(code=st.one_of(_old_codes(), _new_codes()), digit=st.sampled_from("0123456789"), at_end=st.booleans())
def test_p7_property_a_code_run_together_with_a_digit_is_not_detected(
    code: tuple[str, str], digit: str, at_end: bool
) -> None:
    text = "-".join(code)
    assert not looks_like_personal_code(text + digit if at_end else digit + text)


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


@given(number=st.integers(min_value=20_000_000, max_value=29_999_999) | st.integers(60_000_000, 69_999_999))
def test_p7_property_latvian_phone_numbers_are_not_personal_codes(number: int) -> None:
    assert not looks_like_personal_code(f"+371{number}")
    assert not looks_like_personal_code(f"tel. +371{number}.")
    assert not looks_like_personal_code(str(number))


@given(first=st.sampled_from("459"), rest=st.integers(min_value=0, max_value=10**10 - 1))
def test_p7_property_company_numbers_are_not_personal_codes(first: str, rest: int) -> None:
    assert not looks_like_personal_code(f"{first}{rest:010d}")
    assert not looks_like_personal_code(f"LV{first}{rest:010d}")


# ------------------------------------------------------------ the detector against a reference (issue #9)

#: Look-alike dashes outside Unicode's dash punctuation (category Pd); every Pd character is a dash too.
LOOK_ALIKES = frozenset("\u2212\u2043\u02d7\u30fc\u2796")
_REFERENCE_CANDIDATE = re.compile(r"(?<![0-9])(\+?)([0-9]{6})([- /._]?)([0-9]{5})(?![0-9])")


def _reference_read(text: str) -> str:
    """The text as P-7 reads it, computed independently: NFKC of the whole text, then every dash '-',
    every whitespace ' ', format characters removed and digits of every script ASCII."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        if ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        elif ch in LOOK_ALIKES or unicodedata.category(ch) == "Pd":
            out.append("-")
        elif ch.isspace():
            out.append(" ")
        elif unicodedata.category(ch) != "Cf":
            out.append(ch)
    return "".join(out)


def _reference_is_code(plus: str, head: str, separator: str, tail: str) -> bool:
    if plus and not separator and head.startswith("371"):
        return False  # +371 and eight digits: a phone number
    if head[0] == "3" and head[1] in "23456789":
        return True
    if tail[0] not in "012":
        return False
    for century in (1800, 1900, 2000):  # a real day in some century (any check digit)
        try:
            datetime.date(century + int(head[4:]), int(head[2:4]), int(head[:2]))
        except ValueError:
            continue
        return True
    return False


def reference(text: str) -> bool:
    """An independent P-7 detector: what contains_personal_code must answer for any text."""
    return any(_reference_is_code(*m.groups()) for m in _REFERENCE_CANDIDATE.finditer(_reference_read(text)))


def _fast_path(text: str) -> bool:
    return any(detector._is_code(*m.groups()) for m in detector._FAST_CANDIDATE.finditer(text))


def _fold_path(text: str) -> bool:
    return any(detector._is_code(*m.groups()) for m in detector._CANDIDATE.finditer(text.translate(detector._TABLE)))


#: The alphabet read without normalisation: ASCII, Latin Extended-A and the typographic marks of _NEEDS_FOLD.
FAST_ALPHABET = "".join(
    map(
        chr,
        [
            *range(0x80),
            0xA0,
            0xA7,
            0xAB,
            0xB0,
            0xBB,
            *range(0x100, 0x180),
            *range(0x2010, 0x2016),
            *range(0x2018, 0x201F),
            0x20AC,
        ],
    )
)
_DIGIT = st.sampled_from("0123456789")
_FAST_TEXT = st.lists(
    _DIGIT | _DIGIT | st.sampled_from(FAST_ALPHABET) | st.sampled_from(["+371", "+", "-", " ", "\u00a0", "\u2013"]),
    max_size=40,
).map("".join)
_ANY_DIGIT = st.characters(categories=["Nd", "No"])
_ANY_TEXT = st.lists(
    _DIGIT
    | _DIGIT
    | _ANY_DIGIT
    | st.characters(exclude_categories=["Cs"])
    | st.sampled_from(["+", "-", "/", ".", "_", " ", "\u00a0", "\u200b", "\u0301", "\u2e5d", "\uff0b"]),
    max_size=40,
).map("".join)


def test_the_fast_alphabet_is_what_needs_no_fold() -> None:
    assert detector._NEEDS_FOLD.search(FAST_ALPHABET) is None
    assert all(detector._NEEDS_FOLD.search(ch) for ch in "\u00a1\u00ad\u0180\u2016\u201f\u2212\uff11")


@given(text=_FAST_TEXT)
def test_p7_property_the_fast_path_equals_the_fold_and_the_reference(text: str) -> None:
    assert detector._NEEDS_FOLD.search(text) is None
    assert _fast_path(text) == _fold_path(text) == reference(text) == detector.contains_personal_code(text)


@given(text=_ANY_TEXT | st.text(max_size=40))
def test_p7_property_any_text_gets_the_reference_answer(text: str) -> None:
    assert detector.contains_personal_code(text) == reference(text)
    assert _fold_path(text) == reference(text)


@given(text=_FAST_TEXT | _ANY_TEXT | st.sampled_from(["a\tb", "a\nb", "\x00", "161175-19997", "1611751999"]))
def test_p7_property_the_one_pass_check_vouches_only_for_clean_text(text: str) -> None:
    # plain_line / plain_text pass only text the whole check passes; any text of the fast alphabet without
    # a digit group shaped like a code (nor control characters) they pass
    for plain, control, whole in [
        (detector.plain_line, detector.CONTROL_LINE, detector.careful_line),
        (detector.plain_text, detector.CONTROL_TEXT, detector.careful_text),
    ]:
        clean = control.search(text) is None and detector.maybe(text) is None
        fast = (detector.fast_text if plain is detector.plain_text else detector.fast_line)(text) is not None
        assert (plain(text) is not None) == (fast and clean)
        if plain(text) is not None:
            assert whole(text)
            assert not detector.contains_personal_code(text)


def test_p7_the_one_pass_check_refuses_a_code_without_backtracking() -> None:
    long = "ā" * 100_000 + "161175-19997"
    assert detector.plain_line(long) is None
    assert detector.plain_text(long + "\n") is None
    assert not detector.clean_line(long)
    assert not detector.clean_text(long)


@given(text=st.text(max_size=60))
def test_p7_property_the_fold_keeps_the_text_short(text: str) -> None:
    # linear work: one character folds to at most seven (U+FDFA, a ligature of four words)
    assert len(text.translate(detector._TABLE)) <= 7 * len(text)


@cache
def _interesting_code_points() -> tuple[str, ...]:
    """Every character that could change what the detector reads: dashes, spaces, format characters,
    numbers, symbols and modifier letters, and every character NFKC changes."""
    kinds = {"Pd", "Zs", "Zl", "Zp", "Cf", "Cc", "Nd", "No", "Nl", "Sm", "Sk", "Lm", "Po"}
    return tuple(
        ch
        for ch in map(chr, range(0x110000))
        if not "\ud800" <= ch <= "\udfff"
        and (unicodedata.category(ch) in kinds or unicodedata.normalize("NFKC", ch) != ch)
    )


@pytest.mark.parametrize(
    "context",
    ["161175{}19997", "1611{}75-19997", "32867{}3-00679", "+{}37129196866", "{}161175-19997", "161175-19997{}"],
)
def test_p7_every_character_that_matters_gets_the_reference_answer(context: str) -> None:
    wrong = [
        f"U+{ord(ch):04X}"
        for ch in _interesting_code_points()
        if detector.contains_personal_code(context.format(ch)) != reference(context.format(ch))
    ]
    assert wrong == []


def test_p7_folded_characters_are_cached_up_to_a_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detector, "_TABLE", detector._Fold())  # the translate table is the cache
    monkeypatch.setattr(detector, "_CACHE_LIMIT", 1)
    assert looks_like_personal_code("\u0663\u0662\u0668\u0666\u0667\u0663-\u0660\u0660\u0666\u0667\u0669")
    assert len(detector._TABLE) == 1
    assert looks_like_personal_code("\u0663\u0662\u0668\u0666\u0667\u0663-\u0660\u0660\u0666\u0667\u0669")
