"""Polarity: does a sentence assert what it says, deny it, hedge it, or only suppose it?

- denied: a denial or debunk governs the claim ("Apple denies it is shutting down Beats";
  "The video is a hoax"; "No, Banksy hasn't been arrested"; "Report ... NOT real").
- conditional: the claim sits in a condition or a question ("if he wins"; "Is it real?").
- hedged: reported without being stood behind ("reportedly", "rumoured", "may").
- asserted: none of these.

Who says it is kept apart: "Iran's state media reported" attributes, it does not hedge.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.profile import Profile
from reader.facts.clauses import clause_ids, clause_keys
from reader.lexicon.polarity import (
    CONDITION_WORDS,
    DENY_VERBS,
    FALSE_PHRASES,
    FALSE_WORDS,
    HEDGE_WORDS,
    REFUSED_THINGS,
)
from reader.text.normalize import is_negation

ASSERTED, DENIED, HEDGED, CONDITIONAL = "asserted", "denied", "hedged", "conditional"


@dataclass(frozen=True)
class Polarity:
    kind: str
    cue: str  # the words that decided it, as written ("denies", "not true"); "" if asserted
    cue_keys: frozenset[str]  # their keys, left out when the two sides' topics are compared
    cue_end: int = 0  # token index after the cue
    verb: bool = False  # the cue is a verb of denial, whose object follows it


# How many content words after a denial verb make up what it denies.
_OBJECT_WORDS = 4
_OBJECT_MIN = 2


def denial_object(p: Profile) -> frozenset[str]:
    """The content keys a denial is about: for a verb ("denies it is shutting down
    Beats"), the first content words after it, reports and rumours aside; for a word that
    calls a claim false ("... is a hoax"), the whole sentence."""
    pol = polarity(p)
    if pol.kind != DENIED:
        return frozenset()
    ids = clause_ids(p)
    if not pol.verb:  # "the NYPD's account is wrong": the clause says what is false
        start = max(0, pol.cue_end - 1)
        said = clause_keys(p, ids[start]) - pol.cue_keys if start < len(ids) else frozenset()
        # A label ("Fake news: ...", "No, ...") stands apart: the rest says what is false.
        return said if len(said) >= _OBJECT_MIN else p.words - pol.cue_keys
    if pol.cue_end >= len(ids):
        return frozenset()
    clause = ids[pol.cue_end]
    keys = [
        t.key
        for t, c in zip(p.tokens[pol.cue_end :], ids[pol.cue_end :], strict=True)
        if t.content and t.norm not in HEDGE_WORDS and t.norm not in _REPORT_WORDS
        and c == clause
    ]  # fmt: skip
    return frozenset(keys[:_OBJECT_WORDS])


_REPORT_WORDS = frozenset(
    "report reports reported story stories claim claims news rumor rumors rumour rumours".split()
)


def polarity(p: Profile) -> Polarity:
    return p.derived(_polarity)


def _polarity(p: Profile) -> Polarity:
    tokens = p.tokens
    norms = [t.norm for t in tokens]
    for i, norm in enumerate(norms):
        if norm in DENY_VERBS and _claim_follows(p, i + 1):
            return _found(DENIED, p, i, i + 1, verb=True)
        affirmed = i > 0 and norms[i - 1] in _AFFIRMING  # "no doubt"
        if norm in FALSE_WORDS and not affirmed and not _attributive(p, i):
            return _found(DENIED, p, i, i + 1)
    # "isn't real", "wasn't true": any negation reads as "not" in the phrases.
    plain = ["not" if is_negation(t) else t.norm for t in tokens]
    for i, word in enumerate(plain):
        for phrase in _PHRASES_BY_FIRST.get(word, ()):
            if tuple(plain[i : i + len(phrase)]) == phrase:
                return _found(DENIED, p, i, i + len(phrase), verb=phrase[-1] in _PARTICLES)
    # "No, Banksy hasn't been arrested": a leading "No" and a negation.
    if norms[:1] == ["no"] and p.text.lstrip()[2:4] in (",", ", ", " -", ": ") and p.negations:
        return _found(DENIED, p, 0, 1)
    if p.text.rstrip().endswith("?"):
        return Polarity(CONDITIONAL, "?", frozenset())
    for i, norm in enumerate(norms):
        if norm in CONDITION_WORDS:
            return _found(CONDITIONAL, p, i, i + 1)
    for i, norm in enumerate(norms):
        if norm in HEDGE_WORDS:
            return _found(HEDGED, p, i, i + 1)
    return Polarity(ASSERTED, "", frozenset())


_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in FALSE_PHRASES:
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)

# "no doubt", "little doubt": these affirm.
_AFFIRMING = frozenset({"no", "little", "without", "beyond"})


def _attributive(p: Profile, i: int) -> bool:
    """ "submitted false documents", "a fake news story was published", "the hoax video":
    the word describes a thing the sentence goes on to speak of, it does not call another
    sentence's claim untrue; "the story is false", "X is a hoax" and a leading "Fake:" do."""
    if i == 0 or i + 1 >= len(p.tokens):
        return False
    following = p.tokens[i + 1]
    if following.capital or clause_ids(p)[i + 1] != clause_ids(p)[i]:
        return False  # a title-case headline, or the next clause: no noun described
    return following.content


def _claim_follows(p: Profile, i: int) -> bool:
    """Does a verb of denial at i - 1 deny a claim ("denies it threatened the family",
    "denies plans to open a restaurant") rather than refuse a thing ("denied bail",
    "dismissed calls to quit", "deny it the protections")?"""
    tokens = p.tokens
    if i >= len(tokens):
        return False
    if tokens[i].norm in _PRONOUNS and i + 1 < len(tokens):
        return tokens[i + 1].norm not in _DETERMINERS
    if tokens[i].norm == "by" or (i >= 2 and tokens[i - 2].norm in _BE):
        return False  # "was dismissed last week", "dismissed by critics": passive
    following = [t.norm for t in tokens[i : i + 4] if t.content]
    return not REFUSED_THINGS.intersection(following[:3])


_PRONOUNS = frozenset("it him her them us me".split())
_BE = frozenset("is was were are be been being".split())
_DETERMINERS = frozenset("the a an any his her their its our my this that these those".split())


# Phrasal denials whose object follows them: "rules out", "shoots down".
_PARTICLES = frozenset({"out", "down"})


def _found(kind: str, p: Profile, start: int, end: int, verb: bool = False) -> Polarity:
    tokens = p.tokens[start:end]
    cue = p.text[tokens[0].start : tokens[-1].end]
    return Polarity(kind, cue, frozenset(t.key for t in tokens), end, verb)


def negated_keys(p: Profile) -> frozenset[str]:
    """Keys of the content words a plain negation governs ("hasn't been *arrested*")."""
    return p.derived(_negated_keys)


def _negated_keys(p: Profile) -> frozenset[str]:
    keys = set()
    tokens = p.tokens
    for i, token in enumerate(tokens):
        if is_negation(token):
            for follower in tokens[i + 1 : i + 4]:
                if follower.content and not is_negation(follower):
                    keys.add(follower.key)
                    break
    return frozenset(keys)
