"""Personal data the library refuses to hold, and the pseudonymous learner id it holds instead (rule P-7).

Learners in PuMPuRS are minors.  The library keeps pseudonymous ids only,
never names or personal codes: any text shaped like a Latvian personal code
is refused wherever in the text it stands -- every text field of every
record is guarded by its declaration -- and the error never repeats it.

A Latvian personal code ("personas kods") has two shapes:

* old: ``DDMMYY-CNNNN`` -- the birth date, then the century digit ``C``
  (0 = 1800s, 1 = 1900s, 2 = 2000s) and four more digits;
* new (issued from 2017): ``3[2-9]NNNN-NNNNN`` -- no birth date in it.

Between the two parts there may be nothing or one separator: a hyphen or a
look-alike dash, a space (also a no-break space), ``/``, ``.`` or ``_``.
Full-width and other-script digits count as digits and invisible format
characters (zero-width space, soft hyphen, ...) are ignored.  A code counts
only when it is not run together with further digits: ``"161175-199971"`` is
a twelve-digit number, not a code.  ``+371`` followed by eight digits is a
Latvian phone number, not a code.

Design choices: the date of an old code need only be a real calendar date for
some century (so 29 February of year ``00`` passes, as in 2000), and any check
digit is accepted -- a mistyped code is still personal data.

>>> looks_like_personal_code("Skolēns 161175-19997 saņēma atbalstu")
True
>>> looks_like_personal_code("L-0001"), looks_like_personal_code("tel. +37129196866")
(False, False)
>>> LearnerRef("L-0001")
LearnerRef('L-0001')
>>> LearnerRef("161175-19997")
Traceback (most recent call last):
...
karjera_core.errors.PersonalDataRejected: 1 problem:
  $: expected pseudonymous text; a Latvian personal code is refused (P-7) [privacy.personal_code]
>>> LearnerRef("Jānis Bērziņš")
Traceback (most recent call last):
...
karjera_core.errors.ValidationError: 1 problem:
  $: expected a learner id of ASCII letters, digits, '-' and '_', no spaces: a pseudonym, not a name (P-7) [text.format]
"""

from __future__ import annotations

import re

from karjera_core import _fields as fields
from karjera_core._compile import PERSONAL_CODE, PERSONAL_MESSAGE
from karjera_core._personal_code import contains_personal_code
from karjera_core._records import record
from karjera_core.errors import PATH, ROOT, PersonalDataRejected, Problem, ValidationError

__all__ = ["LearnerRef", "looks_like_personal_code", "refuse_personal_data"]

CODE_PERSONAL = PERSONAL_CODE
_MESSAGE_PERSONAL = PERSONAL_MESSAGE


def looks_like_personal_code(text: str) -> bool:
    """True when ``text`` holds a Latvian personal code anywhere, not run together with further digits (P-7).

    ``text`` must be a ``str``; anything else is a :class:`~karjera_core.errors.ValidationError` at ``$.text``.

    >>> looks_like_personal_code("161175-19997"), looks_like_personal_code("16117519997")
    (True, True)
    >>> looks_like_personal_code("328673-00679")
    True
    >>> looks_like_personal_code("\\uff11\\uff16\\uff11\\uff11\\uff17\\uff15\\uff0d\\uff11\\uff19\\uff19\\uff19\\uff17")
    True
    >>> looks_like_personal_code("310299-19997")  # there is no 31 February
    False
    >>> looks_like_personal_code("1161175-19997")  # run together with a further digit
    False
    """
    if type(text) is not str:
        raise ValidationError.single("$.text", "privacy.type", "expected a str to inspect for personal codes")
    return contains_personal_code(text)


def refuse_personal_data(text: str, *, path: str = ROOT) -> None:
    """Raise :class:`~karjera_core.errors.PersonalDataRejected` when ``text`` holds a personal code (P-7).

    The error, its ``str()``, ``args`` and ``repr()`` never contain ``text``.
    ``path`` must be a path such as ``'$.plans[2].note'`` (else a
    :class:`~karjera_core.errors.ValidationError` at ``$.path``); a non-``str``
    ``text`` is a ValidationError at ``path``.

    >>> refuse_personal_data("learner-42", path="$.note")
    >>> refuse_personal_data("Skolēns 161175-19997", path="$.note")
    Traceback (most recent call last):
    ...
    karjera_core.errors.PersonalDataRejected: 1 problem:
      $.note: expected pseudonymous text; a Latvian personal code is refused (P-7) [privacy.personal_code]
    """
    if type(path) is not str or len(path) > _MAX_PATH or _PATH(path) is None:
        raise ValidationError.single("$.path", "privacy.path", "expected the path as a str such as '$.note'")
    if type(text) is not str:
        raise ValidationError.single(path, "privacy.type", "expected a str to inspect for personal codes")
    if looks_like_personal_code(text):
        raise PersonalDataRejected((Problem(path=path, code=CODE_PERSONAL, message=_MESSAGE_PERSONAL),))


_PATH = re.compile(PATH).fullmatch
_MAX_PATH = 1000


#: The longest learner id accepted.
MAX_LEARNER_REF = 64
#: A learner id: an opaque token of ASCII letters, digits, hyphens and underscores (P-7).
LEARNER_ID_PATTERN = r"[A-Za-z0-9_-]+"
_NOT_AN_ID = "expected a learner id of ASCII letters, digits, '-' and '_', no spaces: a pseudonym, not a name (P-7)"


@record(kw_only=False, order=True)
class LearnerRef:
    """A pseudonymous learner id (P-7): an opaque token, never a name or a personal code.

    A ``str`` of 1 to 64 ASCII letters (``A-Z``, ``a-z``), digits, hyphens and
    underscores -- no spaces, no other characters -- such as ``L-0001`` or
    ``JN_2020_17``.  A person's name ("Jānis Bērziņš") cannot be one: it has a
    space, and its Latvian letters are not ASCII.  ASCII only, also so that two
    ids that look the same are the same (no Cyrillic "а" for a Latin "a").
    It identifies one learner across institutions, so that learners can be
    counted once (P-6).  A value holding a personal code is refused with
    :class:`~karjera_core.errors.PersonalDataRejected`, whose text never holds
    the value.

    >>> sorted([LearnerRef("L-0002"), LearnerRef("L-0001")])
    [LearnerRef('L-0001'), LearnerRef('L-0002')]
    """

    value: str = fields.field(
        fields.Text(MAX_LEARNER_REF, "a learner id", pattern=LEARNER_ID_PATTERN, pattern_message=_NOT_AN_ID, kept=False)
    )

    def __repr__(self) -> str:
        return f"LearnerRef({self.value!r})"

    def __str__(self) -> str:
        return self.value


def __dir__() -> list[str]:
    return sorted(__all__)
