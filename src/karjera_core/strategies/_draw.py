"""Cheap drawing primitives shared by the strategies (private).

What a hypothesis test pays for generation grows with the number of choices
drawn per example, so the strategies here draw few of them and never throw a
draw away:

* a day is one integer, an offset from the first day allowed, shrinking to it;
* a count is drawn first, then that many items (``draw counts, then the items``); a count of items
  (:func:`size`) is one choice too, and small more often than not, as hypothesis sizes its lists: each
  further item is two times in three as likely as the one before, and every size up to the largest allowed
  can be drawn;
* a text is one to eight words of :data:`WORDS`, one choice -- valid for
  every name, title and free-text field of the library by construction (no
  control character, no space at either end, no digit and so never a
  personal code, P-7), shrinking to ``"A"``;
* values the strategy knows valid are built with the record's trusted builder
  (:func:`builder`: positional, in field order, no checks), never validated
  again.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import functools
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import TypeVar

from hypothesis import strategies as st

from karjera_core._iso3166 import ALPHA_2
from karjera_core._records import plan_of
from karjera_core.organisations import Organisation, OrganisationKind

__all__ = [
    "builder",
    "count",
    "day",
    "days",
    "few_items",
    "integers",
    "optional_texts",
    "organisation",
    "size",
    "texts",
]

T = TypeVar("T")

#: Countries, Latvia first (the simplest).
COUNTRIES = ("LV", *sorted(ALPHA_2 - {"LV"}))
_ORGANISATION_KINDS = tuple(OrganisationKind)
#: Prefixes of made-up registration numbers; the digits after one are at most ten, never a personal code.
_REGISTRATION_PREFIXES = ("", "LV", "RO-", "ES B", "IT ")


def builder(cls: type[T]) -> Callable[..., T]:
    """The trusted builder of record ``cls``: its fields positional, in declaration order, unchecked."""
    build: Callable[..., T] = plan_of(cls).build
    return build


@functools.lru_cache(maxsize=4096)
def integers(low: int, high: int) -> st.SearchStrategy[int]:
    """``st.integers(low, high)``, made once per range."""
    return st.integers(min_value=low, max_value=high)


#: Spans of at most this many values are drawn exactly (hypothesis draws such a range uniformly) ...
_EXACT = 256


@functools.cache
def _bits(bits: int) -> st.SearchStrategy[int]:
    """... longer ones as an integer of ``bits`` bits, scaled down to the span: one strategy per length."""
    return st.integers(min_value=0, max_value=2**bits - 1)


def count(draw: st.DrawFn, low: int, high: int) -> int:
    """A count from ``low`` to ``high``: one choice, shrinking to ``low`` (to 0 when the range holds it).

    The choice is drawn from one of a few strategies made once (by the span, not by the bounds): making a
    strategy for every range a draw meets costs several times what drawing from it does.
    """
    span = high - low
    if span == 0:
        return low
    if low < 0:  # a range around 0 (few, fixed ones): shrinks to 0
        return draw(integers(low, high))
    if span <= _EXACT:
        return low + draw(integers(0, span))
    bits = span.bit_length()
    return low + (draw(_bits(bits)) * (span + 1) >> bits)  # monotone: shrinks to low, reaches high


#: Sizes are drawn as one of this many values (hypothesis draws an integer range this small uniformly) ...
_SIZE_CHOICES = 256
#: ... each further item two times in three as likely as the one before, up to this many more than the least;
#: beyond it, any larger count alike (a second choice).
_SIZE_STEPS = 12
_SIZE_CHOICE = integers(0, _SIZE_CHOICES - 1)


@functools.cache
def _size_cuts(more: int) -> tuple[int, ...]:
    """Where the choice of :func:`size` passes from ``k`` to ``k + 1`` more items, for 0 ... ``more`` more (at
    most :data:`_SIZE_STEPS`, the last one standing for any larger count): the chances (2/3) ** k, made to
    add up to one; every count gets at least one value of the choice."""
    weights = [(2 / 3) ** k for k in range(more + 1)]
    total, below = sum(weights), 0.0
    cuts: list[int] = []
    for k in range(more):
        below += weights[k]
        lowest = cuts[-1] + 1 if cuts else 1
        cuts.append(min(max(round(_SIZE_CHOICES * below / total), lowest), _SIZE_CHOICES - more + k))
    return tuple(cuts)


#: Whether :func:`size` draws at most one item more than the least (see :func:`few_items`).
_FEW = contextvars.ContextVar("few_items", default=False)


@contextlib.contextmanager
def few_items() -> Iterator[None]:
    """Draws inside draw at most one item more than the least in every count of :func:`size`: small objects
    that still have an item in each collection that may have one (what a near-miss payload needs)."""
    token = _FEW.set(True)
    try:
        yield
    finally:
        _FEW.reset(token)


def size(draw: st.DrawFn, low: int, high: int) -> int:
    """A count of items from ``low`` to ``high``: one choice (two beyond twelve more than ``low``), shrinking to
    ``low``; small more often than not (each further item two times in three as likely as the one before, so
    about two more than ``low`` on average where many may be drawn), any count reachable.

    Inside :func:`few_items`, at most ``low + 1``.
    """
    if _FEW.get():
        high = min(high, low + 1)
    if high - low <= 1:
        return count(draw, low, high)
    cuts = _size_cuts(min(high - low, _SIZE_STEPS))
    more = bisect.bisect_right(cuts, draw(_SIZE_CHOICE))
    if more < _SIZE_STEPS or high == low + _SIZE_STEPS:
        return low + more
    return count(draw, low + _SIZE_STEPS, high)


def day(draw: st.DrawFn, low: date, high: date) -> date:
    """A day from ``low`` to ``high``: one choice, an offset from ``low``, shrinking to it."""
    span = (high - low).days
    return low if span <= 0 else low + timedelta(days=count(draw, 0, span))


def _offset(low: date) -> Callable[[int], date]:
    return lambda offset: low + timedelta(days=offset)


@functools.lru_cache(maxsize=1024)
def days(low: date, high: date) -> st.SearchStrategy[date]:
    """The strategy of :func:`day`."""
    return integers(0, (high - low).days).map(_offset(low))


#: The words a drawn text is made of, the simplest first: letters (Latvian ones among them) and the marks a
#: name or title may hold, never a digit (so never a personal code, P-7) and never a control character.
WORDS = (
    "A",
    "skola",
    "Ēriks",
    "un",
    "mācību",
    "ģimene",
    "līdz",
    "projekts",
    "Ķekava",
    "žurnāls",
    "“pēdiņas”",
    "(iekavas)",
    "O'Brien",
    "daļa,",
    "u.c.",
    "Jūrmala-Ogre",
    "atbalsts",
    "ŠĶŪŅA",
    "čūska",
    "Ļoti",
    "ō",
    "b",
    "karjeras",
    "pašvaldība",
    "nodarbība",
    "konsultants",
    "Īpaši",
    "tā",
    "Rīga",
    "izglītība",
    "ievērojami",
    "z",
)
_WORD_COUNT = len(WORDS)
#: At most this many words.
_MAX_WORDS = 8


def _phrase(max_size: int, number: int) -> str:
    words = []
    while True:
        number, index = divmod(number, _WORD_COUNT)
        words.append(WORDS[index])
        if not number:
            break
    return " ".join(words)[:max_size].rstrip()


@functools.lru_cache(maxsize=64)
def texts(max_size: int = 24) -> st.SearchStrategy[str]:
    """Texts of 1 ... ``max_size`` characters valid for any name, title or free-text field (see the module):
    one to eight words, drawn as one choice, shrinking to ``"A"``."""
    return integers(0, _WORD_COUNT**_MAX_WORDS - 1).map(functools.partial(_phrase, max_size))


def _optional_phrase(max_size: int, number: int) -> str | None:
    return None if number == 0 else _phrase(max_size, number - 1)


@functools.lru_cache(maxsize=64)
def optional_texts(max_size: int = 24) -> st.SearchStrategy[str | None]:
    """None, or a text of :func:`texts`: one choice, shrinking to None."""
    return integers(0, _WORD_COUNT**_MAX_WORDS).map(functools.partial(_optional_phrase, max_size))


_TEXTS = texts()
#: None (even) or a made-up registration number of any country (odd): a prefix and at most ten digits, one
#: choice, shrinking to None, each about half the time.
_OPTIONAL_REGISTRATION = integers(0, 2 * len(_REGISTRATION_PREFIXES) * 10**10 - 1)


def _registration(number: int) -> str:
    return _REGISTRATION_PREFIXES[number // 10**10] + str(number % 10**10)


_BUILD_ORGANISATION = builder(Organisation)
_KINDS = st.sampled_from(_ORGANISATION_KINDS)
_COUNTRY = st.sampled_from(COUNTRIES)


def organisation(draw: st.DrawFn, country: str | None = None) -> Organisation:
    """An organisation (O-1) of ``country`` (default: any, Latvia first), with a registration number or
    without: three or four choices."""
    name, kind = draw(_TEXTS), draw(_KINDS)
    chosen = draw(_COUNTRY) if country is None else country
    number = draw(_OPTIONAL_REGISTRATION)
    return _BUILD_ORGANISATION(name, kind, chosen, _registration(number // 2) if number % 2 else None)
