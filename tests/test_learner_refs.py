"""P-7: a learner id is an opaque token -- ASCII letters, digits, hyphens and underscores -- so that a
person's name cannot be stored as one, and the error says so without repeating the value.
"""

from __future__ import annotations

import pickle

import pytest

from karjera_core._compile import Sink
from karjera_core.errors import PersonalDataRejected, ValidationError
from karjera_core.privacy import LearnerRef
from karjera_core.serialization import json_schema, structure

ID_WHAT = "a learner id"
PERSONAL = ("privacy.personal_code", "expected pseudonymous text; a Latvian personal code is refused (P-7)")


def problems_of(error: ValidationError) -> list[tuple[str, str, str]]:
    return [(p.path, p.code, p.message) for p in error.problems]


def _assert_not_echoed(error: ValidationError, value: str) -> None:
    assert value not in str(error)
    assert value not in repr(error)
    assert all(value not in str(arg) for arg in error.args)
    assert value.encode() not in pickle.dumps(error)


#: P-7: a learner id is an opaque token, so that a person's name cannot be stored as one.
NOT_AN_ID = (
    "text.format",
    "expected a learner id of ASCII letters, digits, '-' and '_', no spaces: a pseudonym, not a name (P-7)",
)


@pytest.mark.parametrize(
    "value",
    [
        "Jānis Bērziņš",  # a person's name: a space, and Latvian letters
        "Janis Berzins",  # even in ASCII: a space
        "Jānis",  # a single name with a Latvian letter
        "Jānis_Bērziņš",
        "L 0001",
        "L\u00a00001",  # a no-break space
        "L.0001",
        "L/0001",
        "l@school.lv",
        "L-0001'",
        "L\u20110001",  # a non-breaking hyphen is not '-'
        "\u0430-0001",  # a Cyrillic a that looks like a Latin one
        "Ｌ-0001",  # a full-width letter
    ],
)
def test_p7_learner_ref_is_an_opaque_token_so_a_name_is_refused_and_the_error_says_so(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        LearnerRef(value)
    assert type(caught.value) is ValidationError  # not personal data as such: the shape is wrong
    assert problems_of(caught.value) == [("$", *NOT_AN_ID)]
    _assert_not_echoed(caught.value, value)
    with pytest.raises(ValidationError) as caught:
        structure(value, LearnerRef)
    assert problems_of(caught.value) == [("$", *NOT_AN_ID)]


@pytest.mark.parametrize("value", ["L-0001", "JN-L0013", "JN_2020_17", "a", "0", "-", "_", "abcXYZ-019_", "x" * 64])
def test_p7_learner_ref_takes_ascii_letters_digits_hyphens_and_underscores(value: str) -> None:
    assert LearnerRef(value).value == value
    assert structure(value, LearnerRef) == LearnerRef(value)


def test_p7_learner_ref_reports_other_problems_before_the_shape_and_its_schema_says_the_shape() -> None:
    with pytest.raises(ValidationError) as caught:
        LearnerRef(" Jānis")
    assert problems_of(caught.value) == [("$", "text.whitespace", f"expected {ID_WHAT} without spaces at either end")]
    with pytest.raises(PersonalDataRejected) as refused:
        LearnerRef("Jānis 161175-19997")
    assert problems_of(refused.value) == [("$", *PERSONAL)]  # personal data first, and alone
    assert json_schema(LearnerRef)["$defs"]["LearnerRef"]["pattern"] == "^(?:[A-Za-z0-9_-]+)$"


def test_p7_the_learner_id_kind_says_a_valid_id_is_fine() -> None:
    kind = LearnerRef.__karjera_plan__.fields[0].kind  # type: ignore[attr-defined]
    sink = Sink()
    assert kind.problems("L-0001", "$", sink) is True
    assert not sink
