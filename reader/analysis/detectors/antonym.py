"""Opposite predicates of one subject: "confirmed vs denied", "won vs lost", "guilty vs
innocent".

Only between near-paraphrases (most words shared, and similar enough to agree), only
when each sentence has one side of the pair and not the other, and only when the clauses
holding the two words share two content words besides them (the same subject or object):
"prices climbing" and "sales have fallen" are about different things. Conditions and
questions assert nothing.
"""

from __future__ import annotations

from reader.analysis.detectors import Conflict, Pair
from reader.analysis.profile import Profile
from reader.facts.clauses import clause_of_token
from reader.facts.polarity import CONDITIONAL, polarity
from reader.text.lexicon import ANTONYMS

KIND = "antonym"

# One opposite word flips a claim only between sentences that are otherwise near-copies.
_CLOSE_TOPIC = 0.6
_MIN_SHARED_AROUND = 2


def screen(p: Profile) -> int:
    """detect() is silent unless both have a word with an antonym, neither conditional."""
    return int(bool(_antonym_words(p)) and polarity(p).kind != CONDITIONAL)


def may_conflict(screen_a: int, screen_b: int) -> bool:
    return bool(screen_a and screen_b)


def detect(pair: Pair) -> list[Conflict]:
    a, b = pair.a, pair.b
    if not (pair.paraphrase and pair.sim.topic >= _CLOSE_TOPIC):
        return []
    if CONDITIONAL in (polarity(a).kind, polarity(b).kind):
        return []
    where_a, where_b = _antonym_words(a), _antonym_words(b)
    for key, i in where_a.items():
        for opposite in ANTONYMS[key]:
            j = where_b.get(opposite)
            if j is None or opposite in where_a or key in where_b:
                continue
            around_a = clause_of_token(a, i) - {key}
            around_b = clause_of_token(b, j) - {opposite}
            if len(around_a & around_b) >= _MIN_SHARED_AROUND:
                word_a, word_b = a.tokens[i].text.lower(), b.tokens[j].text.lower()
                return [Conflict(KIND, f"{word_a} vs {word_b}", f"{word_b} vs {word_a}")]
    return []


def _antonym_words(p: Profile) -> dict[str, int]:
    return p.derived(_antonym_index)


def _antonym_index(p: Profile) -> dict[str, int]:
    return {t.key: i for i, t in enumerate(p.tokens) if t.key in ANTONYMS}
