"""Clauses of a sentence: a figure or a date belongs with the words of its own clause.

"18 people had been injured in the violence and 12 arrested" has two clauses; 12 counts
arrests, not injuries. Clauses end at punctuation that separates them (comma, semicolon,
colon, brackets, quotes) and before words that open a new clause ("and", "while",
"which", "after"...). Cheap and crude on purpose: a wrong split only makes a detector
silent, never louder.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.profile import Profile
from reader.lexicon.events import CLAUSE_WORDS
from reader.text.numbers_words import SCALE_WORDS, TENS_WORDS, UNITS_WORDS

# Spelled numbers are figures, not words of the claim: "nine people" and "seven people"
# share the words "people" and nothing else.
NUMBER_WORDS = frozenset({*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, "dozen", "dozens"})


def is_figure_key(key: str) -> bool:
    return key[:1].isdigit() or key in NUMBER_WORDS


def plain_words(p: Profile) -> frozenset[str]:
    """The sentence's content keys with numbers and spelled numbers left out."""
    return p.derived(_plain_words)


def _plain_words(p: Profile) -> frozenset[str]:
    return frozenset(k for k in p.words if k not in NUMBER_WORDS)


_BREAK_CHARS = frozenset(',;:()[]"“”‘’—–')


def clause_ids(p: Profile) -> tuple[int, ...]:
    """For each token of `p`, the number of the clause it is in (0, 1, 2...)."""
    return p.derived(_clause_ids)


def _clause_ids(p: Profile) -> tuple[int, ...]:
    ids: list[int] = []
    clause = 0
    previous_end = 0
    for token in p.tokens:
        gap = p.text[previous_end : token.start]
        if ids and (any(ch in _BREAK_CHARS for ch in gap) or token.norm in CLAUSE_WORDS):
            clause += 1
        ids.append(clause)
        previous_end = token.end
    return tuple(ids)


def token_index_at(p: Profile, offset: int) -> int:
    """Index of the first token that ends after character `offset` (len(tokens) if none)."""
    for i, token in enumerate(p.tokens):
        if token.end > offset:
            return i
    return len(p.tokens)


def clause_keys(p: Profile, clause: int) -> frozenset[str]:
    """The content keys (numbers aside) of one clause."""
    ids = clause_ids(p)
    return frozenset(
        t.key
        for t, c in zip(p.tokens, ids, strict=True)
        if c == clause and t.content and not is_figure_key(t.key)
    )


def clause_of_token(p: Profile, i: int) -> frozenset[str]:
    """The content keys (numbers aside) of the clause holding token `i`."""
    ids = clause_ids(p)
    return clause_keys(p, ids[i]) if 0 <= i < len(ids) else frozenset()


def subject_keys(p: Profile, i: int) -> frozenset[str]:
    """Content keys before token `i` in its clause: who or what the clause is about."""
    ids = clause_ids(p)
    if not 0 <= i < len(ids):
        return frozenset()
    return frozenset(
        t.key
        for t, c in zip(p.tokens[:i], ids[:i], strict=True)
        if c == ids[i] and t.content and not is_figure_key(t.key)
    )


def capitalised_keys(p: Profile) -> frozenset[str]:
    """Keys of the capitalised content words after the first: the names a sentence uses
    (the first word is capitalised by grammar, not because it is a name)."""
    return p.derived(_capitalised_keys)


def _capitalised_keys(p: Profile) -> frozenset[str]:
    return frozenset(
        t.key for t in p.tokens[1:] if t.capital and t.content and not is_figure_key(t.key)
    )


def words_around(
    p: Profile, start: int, end: int, count: int, skip: Callable[[str], bool]
) -> frozenset[str]:
    """The keys of the `count` content words right before and right after the characters
    start..end, in their clause, leaving out keys `skip` refuses: what a figure or a date
    is said of ("stocks plunged 5.4 per cent", "charged Saturday")."""
    ids = clause_ids(p)
    first = token_index_at(p, start)
    last = token_index_at(p, max(start, end - 1))
    if first >= len(ids):
        return frozenset()
    words = [
        (i, t.key) for i, t in enumerate(p.tokens)
        if t.content and ids[i] == ids[first] and not first <= i <= last and not skip(t.key)
    ]  # fmt: skip
    before = [k for i, k in words if i < first][-count:]
    after = [k for i, k in words if i > last][:count]
    return frozenset(before + after)
