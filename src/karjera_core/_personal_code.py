"""The detector of Latvian personal codes in text (rule P-7); :mod:`karjera_core.privacy` is its public face.

A Latvian personal code ("personas kods") has two shapes:

* old: ``DDMMYY-CNNNN`` -- the birth date, then the century digit ``C``
  (0 = 1800s, 1 = 1900s, 2 = 2000s) and four more digits;
* new (issued from 2017): ``3[2-9]NNNN-NNNNN`` -- no birth date in it.

Between the six digits and the five there may stand nothing or one
separator: a hyphen or any look-alike dash, a space (also no-break and the
other Unicode spaces), ``/``, ``.`` or ``_``.  A code counts only when it is
not run together with further digits (``"161175-199971"`` is a twelve-digit
number).  ``+371`` followed by eight digits is a Latvian phone number in
international form, not a code; a ``+`` before any other digits excuses
nothing.

How text is read.  Text made of ASCII, the Latvian letters (Latin Extended-A)
and the usual typographic marks is read as it is: normalisation would not
change a digit or a separator in it.  Any other text is read character by
character through a fold that equals NFKC normalisation for this purpose:
digits of every script become ASCII digits (also the digits inside
compatibility characters such as full-width or circled ones), dashes (every
Unicode dash punctuation character and the look-alikes: minus signs, the
modifier letter minus, the katakana prolonged sound mark, ...) become
``-``, spaces become `` ``, invisible format characters (zero-width space,
soft hyphen, bidi controls, ...) vanish, and every other run of characters
becomes one ``x``.  The fold keeps the text's length within a small multiple,
so the work is linear in the input and never expands it 18 times as NFKC of
some ligatures does.

>>> contains_personal_code("Skolēns 161175-19997 saņēma atbalstu")
True
>>> contains_personal_code("tel. +37129196866"), contains_personal_code("161175 19997")
(False, True)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

__all__ = [
    "CONTROL_LINE",
    "CONTROL_TEXT",
    "candidate",
    "careful_line",
    "careful_text",
    "clean_line",
    "clean_text",
    "contains_personal_code",
    "fast_line",
    "fast_text",
    "holding_codes",
    "maybe",
    "no_code",
]

#: What the fold keeps as it is: the separators that may stand inside a code, and the plus of a phone number.
_KEPT = "- /._+"
#: Dashes read as a hyphen besides every dash punctuation character (category Pd): the hyphen and dash
#: block, minus signs, small and full-width forms, look-alikes.
_DASHES = frozenset(
    [
        *map(chr, range(0x2010, 0x2016)),
        *("\u2212\u2043\u2e3a\u2e3b\ufe58\ufe63\uff0d"),  # minus, bullet, two- and three-em, small, full-width
        *("\u02d7\u30fc\u2796\u058a\u05be\u1806\u2e17\u301c\u3030\ufe31\ufe32"),  # look-alikes
    ]
)
#: Text containing none of these characters is read as it is (see the module's docstring).
_NEEDS_FOLD = re.compile("[^\\x00-\\x7f\u00a0\u00a7\u00ab\u00b0\u00bb\u0100-\u017f\u2010-\u2015\u2018-\u201e\u20ac]")
#: A candidate in unfolded text of the fast alphabet: the no-break space and dashes are separators there.
_FAST_CANDIDATE = re.compile("(?<![0-9])(\\+?)([0-9]{6})([-\\s\u2010-\u2015/._]?)([0-9]{5})(?![0-9])")
#: A candidate in folded text.
_CANDIDATE = re.compile(r"(?<![0-9])(\+?)([0-9]{6})([- /._]?)([0-9]{5})(?![0-9])")
#: Every candidate (of either kind) holds a match of these simpler patterns, which the regex engine finds far
#: quicker -- a pattern starting with a character set lets it skip ahead to the next digit -- so text without
#: one holds no candidate and is never searched with the patterns above.
_MAYBE = re.compile("[0-9][0-9]{5}[-\\s\u2010-\u2015/._]?[0-9]{5}")
_MAYBE_FOLDED = re.compile(r"[0-9][0-9]{5}[- /._]?[0-9]{5}")
#: The fold's cache is the translate table itself, so that ``str.translate`` finds a character folded before
#: without calling back into Python; only the first ``_CACHE_LIMIT`` distinct characters are kept.
_CACHE_LIMIT = 1 << 16
#: The letters that fold to a dash (the katakana prolonged sound mark and its half-width form).
_DASH_LETTERS = "\u30fc\uff70"


def _fold_one(char: str) -> str:
    """What the detector reads for one character (see the module's docstring).

    A letter reads as ``x`` (or ``-``, see :data:`_DASH_LETTERS`): the NFKC form of every other letter is
    letters and spaces between them, which the detector reads alike -- and most characters of any long
    text in another script are letters, so this is the common case.
    """
    if char.isalpha():
        return "-" if char in _DASH_LETTERS else "x"
    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", char):
        if "0" <= ch <= "9" or ch in _KEPT:
            out.append(ch)
        elif ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        elif ch in _DASHES or unicodedata.category(ch) == "Pd":
            out.append("-")
        elif ch.isspace():
            out.append(" ")
        elif unicodedata.category(ch) == "Cf":
            continue
        elif not out or out[-1] != "x":
            out.append("x")
    return "".join(out)


class _Fold(dict[int, str]):
    """A ``str.translate`` table that folds each character once and keeps it (up to ``_CACHE_LIMIT``)."""

    def __missing__(self, point: int) -> str:
        folded = _fold_one(chr(point))
        if len(self) < _CACHE_LIMIT:
            self[point] = folded
        return folded


_TABLE = _Fold()


#: The day and month (``DDMM``) of every day of a year, 29 February included.
_DAY_MONTHS = frozenset(
    f"{day:02d}{month:02d}"
    for month, days in enumerate((31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), 1)
    for day in range(1, days + 1)
)


def _is_code(plus: str, head: str, separator: str, tail: str) -> bool:
    """True for six and five ASCII digits that form an old or a new personal code."""
    if plus and not separator and head.startswith("371"):
        return False  # +371 and eight digits: a Latvian phone number
    if head[0] == "3" and head[1] in "23456789":
        return True  # new form: 3[2-9]NNNN-NNNNN
    if tail[0] not in "012":
        return False
    # A birth date DDMMYY; 2000 + YY is a leap year exactly when some century 18/19/20 makes it one (2000 is).
    day_month = head[:4]
    return day_month in _DAY_MONTHS and (day_month != "2902" or int(head[4:]) % 4 == 0)


def contains_personal_code(text: str) -> bool:
    """True when the ``str`` ``text`` holds a Latvian personal code anywhere (P-7)."""
    if _NEEDS_FOLD.search(text) is None:
        if len(text) < 11 or _MAYBE.search(text) is None:
            return False
        found = _FAST_CANDIDATE.finditer(text)
    else:
        folded = text.translate(_TABLE)
        if _MAYBE_FOLDED.search(folded) is None:
            return False
        found = _CANDIDATE.finditer(folded)
    return any(_is_code(*m.groups()) for m in found)


def holding_codes(texts: list[str]) -> set[int]:
    """The indices of the ``texts`` for which :func:`contains_personal_code` is true, read together.

    Each text is read as that function reads it, as it is or folded; the texts of each group are searched
    joined by NUL, which no pattern matches, so that no match reaches across two texts or ends at one's edge.
    """
    groups: list[tuple[Sequence[int], list[str], re.Pattern[str], re.Pattern[str]]]
    if _NEEDS_FOLD.search("".join(texts)) is None:
        groups = [(range(len(texts)), texts, _MAYBE, _FAST_CANDIDATE)]
    else:
        folded = [i for i, text in enumerate(texts) if _NEEDS_FOLD.search(text) is not None]
        plain = sorted(set(range(len(texts))).difference(folded))
        groups = [
            (plain, [texts[i] for i in plain], _MAYBE, _FAST_CANDIDATE),
            (folded, [texts[i].translate(_TABLE) for i in folded], _MAYBE_FOLDED, _CANDIDATE),
        ]
    found: set[int] = set()
    for indices, group, quick, pattern in groups:
        joined = "\x00".join(group)
        if quick.search(joined) is None:
            continue
        starts = list(accumulate(len(text) + 1 for text in group))  # where each text's successor starts
        for m in pattern.finditer(joined):
            if _is_code(*m.groups()):
                found.add(indices[bisect_right(starts, m.start())])
    return found


# ---------------------------------------------------------------- the guard of a text field

#: Characters no single-line text may hold: C0 and C1 controls, invisible format characters, lone surrogates.
_FORMAT = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ud800-\udfff"
CONTROL_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_FORMAT}]")
#: The same for free text, where tab, newline and carriage return are allowed.
CONTROL_TEXT = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_FORMAT}]")


def _clean_line(text: str) -> bool:
    return CONTROL_LINE.search(text) is None and not contains_personal_code(text)


def _clean_text(text: str) -> bool:
    return CONTROL_TEXT.search(text) is None and not contains_personal_code(text)


#: The fast alphabet without control characters: text of these needs no fold, and holds no control character.
_PLAIN = " -~\u00a0\u00a7\u00ab\u00b0\u00bb\u0100-\u017f\u2010-\u2015\u2018-\u201e\u20ac"
#: ``fast_line(text)`` / ``fast_text(text)`` match text of the fast alphabet without control characters
#: (free text may also hold tab and line breaks).
fast_line = re.compile(f"[{_PLAIN}]*").fullmatch
fast_text = re.compile(f"[\\t\\n\\r{_PLAIN}]*").fullmatch
#: ``candidate(text)``: the first six-and-five digit group of text in the fast alphabet, or None; ``maybe(text)``
#: is None whenever ``candidate(text)`` is, and quicker (see :data:`_MAYBE`): ask it first.
candidate = _FAST_CANDIDATE.search
maybe = _MAYBE.search
#: After a digit, what makes it the start of a match of :data:`_MAYBE` (its pattern, less the first digit).
_MAYBE_REST = _MAYBE.pattern.removeprefix("[0-9]")
#: ``plain_line(text)`` / ``plain_text(text)`` match, in one pass, text of the fast alphabet without control
#: characters in which no digit starts a match of :data:`_MAYBE`: text that :func:`fast_line` /
#: :func:`fast_text` match and :func:`maybe` finds nothing in, that is, clean text.  Possessive (``++``,
#: ``*+``): the engine never backtracks, so a text that fails costs one pass too.
plain_line = re.compile(f"(?:[{_PLAIN.replace(' -~', ' -/:-~')}]++|[0-9](?!{_MAYBE_REST}))*+").fullmatch
plain_text = re.compile(f"(?:[\\t\\n\\r{_PLAIN.replace(' -~', ' -/:-~')}]++|[0-9](?!{_MAYBE_REST}))*+").fullmatch


def no_code(text: str) -> bool:
    """True when ``text`` of the fast alphabet without control characters holds no personal code: there
    :func:`contains_personal_code` reads it as it is, so this is its answer, without asking anything twice."""
    return not any(_is_code(*m.groups()) for m in _FAST_CANDIDATE.finditer(text))


#: The careful checks, exact for any text.
careful_line, careful_text = _clean_line, _clean_text


def clean_line(text: str) -> bool:
    """True for a single line without control characters or a personal code (P-7).

    Quick for text that needs no fold: printable ASCII, or the fast alphabet without controls (see the
    module's docstring), read as it is; else the careful check.
    (The toolkit's generated checks inline this same expression.)
    """
    if plain_line(text) is not None:
        return True
    if (text.isascii() and text.isprintable()) or fast_line(text) is not None:
        return len(text) < 11 or maybe(text) is None or no_code(text)
    return _clean_line(text)


def clean_text(text: str) -> bool:
    """As :func:`clean_line`, for free text: tab and line breaks are allowed."""
    if plain_text(text) is not None:
        return True
    if (text.isascii() and text.isprintable()) or fast_text(text) is not None:
        return len(text) < 11 or maybe(text) is None or no_code(text)
    return _clean_text(text)


#: A key a problem's path may show (``$.name``): a plain name.
PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


def shown_key(key: object) -> bool:
    """True for a key a problem's path may show: a plain name that holds no personal code (P-7)."""
    return type(key) is str and PLAIN_NAME.fullmatch(key) is not None and not contains_personal_code(key)
