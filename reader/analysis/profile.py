"""A sentence, analysed once: tokens, content keys, numbers, dates, names.

The aligner builds one profile per sentence and compares profiles, so each sentence is
tokenised once however many candidates it is compared with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from reader.text.dates import DateMention, extract_dates
from reader.text.normalize import Token, is_negation, tokenize
from reader.text.numbers import Quantity, extract_quantities

T = TypeVar("T")


@dataclass(frozen=True)
class Profile:
    text: str
    tokens: tuple[Token, ...]
    content: tuple[str, ...]  # content keys in order (numbers included)
    words: frozenset[str]  # distinct content keys that are not numbers
    numbers: frozenset[str]  # numbers written in digits, as keys ("1200", "2.5")
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    negations: int  # how many negation words

    def __post_init__(self) -> None:
        object.__setattr__(self, "_derived", {})

    def __getstate__(self) -> dict:
        """Pickled (for a worker process, parallel.py) without what was derived: that is
        worked out again where needed, and may hold what pickle cannot take."""
        state = dict(self.__dict__)
        del state["_derived"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        object.__setattr__(self, "_derived", {})

    def derived(self, compute: Callable[[Profile], T]) -> T:
        """`compute(self)`, worked out once per sentence and kept.

        The judge asks the same per-sentence questions (its attack directions, its names,
        its n-grams) for every candidate pair the sentence is in, thousands of times in a
        large corpus. Kept outside the dataclass fields, so equality and hashing are
        unchanged.
        """
        memo = self._derived
        value = memo.get(compute, _MISSING)
        if value is _MISSING:
            value = memo[compute] = compute(self)
        return value


_MISSING = object()


@lru_cache(maxsize=32768)
def profile(text: str) -> Profile:
    tokens = tuple(tokenize(text))
    content = tuple(t.key for t in tokens if t.content)
    numbers = frozenset(k for k in content if k[:1].isdigit())
    return Profile(
        text=text,
        tokens=tokens,
        content=content,
        words=frozenset(content) - numbers,
        numbers=numbers,
        quantities=tuple(extract_quantities(text)),
        dates=tuple(extract_dates(text)),
        negations=sum(1 for t in tokens if is_negation(t)),
    )
