"""Latvian names as people write them (private; layer 3): alphabetical order and the folded form of a name.

* :func:`latvian_key` puts names in Latvian alphabetical order: a letter with
  a diacritic is a letter of its own after the plain one (Ā after A, Ķ after K).
* :func:`fold` is the form two spellings of one name share, for look-ups:
  case and diacritics ignored ("AGLONAS NOVADS" and "Aglonas novads", "RIGA"
  and "Rīga"), runs of spaces read as one, spaces at either end dropped, and
  the abbreviation "nov." (as addresses write it) read as "novads".

>>> fold("  AGLONAS   NOV. "), fold("Rīga") == fold("RIGA")
('aglonas novads', True)
>>> sorted(["Ķekavas novads", "Kuldīgas novads", "Liepāja"], key=latvian_key)
['Kuldīgas novads', 'Ķekavas novads', 'Liepāja']
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold", "latvian_key"]

#: Latvian alphabetical order: a letter with a diacritic is a letter of its own after the plain one.
_ALPHABET = "aābcčdeēfgģhiījkķlļmnņoprsštuūvzž"
_LETTER_ORDER: dict[str, float] = {letter: 1000 + index for index, letter in enumerate(_ALPHABET)}
#: Letters not in the Latvian alphabet: q after p; w, x, y after v.
_LETTER_ORDER.update(
    q=_LETTER_ORDER["p"] + 0.5, w=_LETTER_ORDER["v"] + 0.25, x=_LETTER_ORDER["v"] + 0.5, y=_LETTER_ORDER["v"] + 0.75
)
#: Letters of other alphabets sort after the Latvian ones; spaces, digits and punctuation before them.
_OTHER_LETTERS = 3000


def latvian_key(name: str) -> tuple[tuple[float, ...], str]:
    """A sort key putting names in Latvian alphabetical order (Ā after A, Ķ after K ...), ties broken exactly."""
    order = _LETTER_ORDER
    return tuple(order.get(ch, float(ord(ch) + (_OTHER_LETTERS if ch.isalpha() else 0))) for ch in name.lower()), name


class _Marks(dict[int, str | None]):
    """A ``str.translate`` table dropping combining marks, filled as characters are met (up to ``_CACHE_LIMIT``),
    so that translating finds a character met before without calling back into Python."""

    def __missing__(self, point: int) -> str | None:
        char = chr(point)
        kept = None if unicodedata.combining(char) else char
        if len(self) < _CACHE_LIMIT:
            self[point] = kept
        return kept


_CACHE_LIMIT = 1 << 16
_NO_MARKS = _Marks()


def fold(name: str) -> str:
    """``name`` with case and diacritics ignored, spaces normalised and a final "nov." read as "novads"."""
    plain = name if name.isascii() else unicodedata.normalize("NFKD", name).translate(_NO_MARKS)
    words = plain.casefold().split()
    if words and words[-1] in ("nov.", "nov"):
        words[-1] = "novads"
    return " ".join(words)
