"""A claim one sentence negates and the other states: "Ross is not signed for a sequel"
vs "Ross has signed for the sequel".

Between sentences that share much (`close`), or that at least share most of the
negated predicate ("Banksy wasn't arrested" vs "Banksy was arrested"). The negation
must govern the word the other
sentence states plainly (the first content word after it, past auxiliaries: "did not
*have*"), the other sentence must not negate the same word in another way ("did not look
at the files" / "had no access to the files"), and the subject before the negation must
stand in the other sentence's clause too: "stars are signed" and "Ross is not signed" are
about different people. Conditions, questions and "not only" assert nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.detectors import Conflict, Pair
from reader.analysis.profile import Profile
from reader.facts.clauses import capitalised_keys, clause_ids, clause_of_token, subject_keys
from reader.lexicon.polarity import CONDITION_WORDS, NEGATING_PHRASES, PURPOSE_WORDS
from reader.text.normalize import is_negation, stem

KIND = "negation"


# What screen() says of a sentence.
_ASKS, _STATES, _NEGATES = 0, 1, 2


def screen(p: Profile) -> int:
    """detect() is silent when either sentence is a question, and unless one of them
    negates a word it governs with a strong negation."""
    if _supposed(p):
        return _ASKS
    found = any(n.first and n.strong for n in _negation_list(p))
    return _NEGATES if found else _STATES


def may_conflict(screen_a: int, screen_b: int) -> bool:
    return _ASKS not in (screen_a, screen_b) and _NEGATES in (screen_a, screen_b)


def detect(pair: Pair) -> list[Conflict]:
    a, b = pair.a, pair.b
    if pair.sim.topic < _MIN_TOPIC or _supposed(a) or _supposed(b):
        return []
    negations_a, negations_b = _negation_list(a), _negation_list(b)
    for negated, plain, side, found, other in (
        (a, b, 0, negations_a, negations_b),
        (b, a, 1, negations_b, negations_a),
    ):
        plain_scope = {n.key for n in other}
        plain_kinds = {n.kind for n in other}
        positions = _key_positions(plain)
        for n in found:
            if not (n.first and n.strong and n.kind not in plain_kinds):
                continue
            if n.key not in positions or n.key in plain_scope:
                continue
            if _in_condition(negated, n.negation_index):
                continue  # "if he wins, he would not...", "despite reports he would not..."
            subject = subject_keys(negated, n.negation_index)
            if not subject & clause_of_token(plain, positions[n.key]):
                continue
            if not _predicate_restated(negated, n, plain, pair.close):
                continue
            said = f"{n.word} {n.text}".replace("{", "(").replace("}", ")")
            return [Conflict.sided(KIND, "negation: only the {side} says '" + said + "'", side)]
    return []


def _supposed(p: Profile) -> bool:
    """A question asserts nothing."""
    return p.text.rstrip().endswith("?")


def _in_condition(p: Profile, i: int) -> bool:
    """Is token i in a clause opened by a condition ("if", "unless", "despite") or a
    purpose ("to make sure the projects don't endanger..."), or in a sentence that opens
    with a condition ("If Ross asks too much, the studio will not hire him")?"""
    if p.tokens and p.tokens[0].norm in CONDITION_WORDS:
        return True
    ids = clause_ids(p)
    openers = CONDITION_WORDS | PURPOSE_WORDS
    return any(ids[j] == ids[i] and p.tokens[j].norm in openers for j in range(i))


# Sentences that are no near-paraphrases must still share this much of the shorter one.
_MIN_TOPIC = 0.4
_MIN_PREDICATE_COVERED = 0.5
_MIN_PREDICATE_WORDS = 2
_TIME_LIMITS = frozenset({"until", "till", "before"})


def _predicate_restated(negated: Profile, n: _Negated, plain: Profile, close: bool) -> bool:
    """Does the other sentence state what the negation denies: most content words of the
    negated clause after the negation ("wasn't *arrested*"; "had not *purchased* the
    *property*"), not just its verb ("never made *public*" vs "made an offer")?"""
    predicate = _predicate(negated, n.negation_index)
    main_clause = clause_ids(negated)[n.negation_index] == 0
    if not predicate or (not close and not main_clause and len(predicate) < _MIN_PREDICATE_WORDS):
        return False  # "the man, whom police did not identify, ...": identify whom?
    if _TIME_LIMITS & {t.norm for t in negated.tokens[n.negation_index :]}:
        return False  # "will not be released until ...": a time, not a denial
    names = predicate & capitalised_keys(negated)
    if not names <= plain.words:
        return False  # "never checked into Morningside" vs "checked into Betty Ford"
    return len(predicate & plain.words) / len(predicate) >= _MIN_PREDICATE_COVERED


def _predicate(p: Profile, i: int) -> frozenset[str]:
    """The first content words after the negation at i, in its clause: the predicate and
    its object ("NOT accidentally *cut* down the *world's oldest*...")."""
    ids = clause_ids(p)
    keys = [
        t.key
        for j, t in enumerate(p.tokens[i + 1 :], start=i + 1)
        if ids[j] == ids[i] and t.content and not is_negation(t) and not t.norm.endswith("ly")
    ]
    return frozenset(keys[:_PREDICATE_WORDS])


_PREDICATE_WORDS = 3


@dataclass(frozen=True)
class _Negated:
    key: str  # the negated content word's key
    text: str  # as written
    word: str  # the negation: "not", "failed", ...
    kind: str  # "not" for explicit negations, else the negating verb's key
    strong: bool  # can start a conflict ("not", "failed"), not just extend a scope ("no")
    first: bool  # the first content word after the negation
    negation_index: int  # token index of the negation


def _key_positions(p: Profile) -> dict[str, int]:
    return p.derived(_first_position)


def _first_position(p: Profile) -> dict[str, int]:
    positions: dict[str, int] = {}
    for i, t in enumerate(p.tokens):
        if t.content:
            positions.setdefault(t.key, i)
    return positions


def _negation_list(p: Profile) -> list[_Negated]:
    return p.derived(_negations)


def _negations(p: Profile) -> list[_Negated]:
    """Each content word a negation governs: the next few content words after it.

    Only the word the negation directly governs can start a conflict ("would not say
    what..." negates saying, a stop word, so it starts none).
    """
    tokens = p.tokens
    found = []
    for i in range(len(tokens)):
        kind = _negation_kind(tokens, i)
        if kind is None:
            continue
        strong = kind != "weak"
        governed = _governed(tokens, i)
        for follower in tokens[i + 1 : i + 1 + _NEGATION_SCOPE + 2]:
            if follower.content and not is_negation(follower):
                found.append(
                    _Negated(follower.key, follower.text, tokens[i].text.lower(), kind,
                             strong, follower is governed, i)
                )  # fmt: skip
    return found


def _negation_kind(tokens, i: int) -> str | None:
    """'not' for explicit negations, 'weak' for determiners, the verb's stem for implicit
    ones ("failed to", "declined to"), None when the word negates nothing."""
    token = tokens[i]
    following = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if is_negation(token):
        if following == "only":
            return None  # "not only killed the deputy but..." asserts, it does not deny
        return "weak" if token.norm in _WEAK_NEGATIONS else "not"
    if (token.norm, following) in NEGATING_PHRASES or (token.norm, following) == ("yet", "to"):
        return "weak"  # "tickets rather than arrests", "had yet to regain": scope only
    verb = stem(token.norm)
    # "failed to meet" negates; "her failed campaign" does not.
    if verb in _NEGATING_VERBS and (following == "to" or verb in _BARE):
        return verb
    return None


def _governed(tokens, i: int):
    """The word a negation applies to, past auxiliaries and adverbs: "did not *have*",
    "not yet *seen*", "have NOT accidentally *cut*", "isn't going to be *selling*"."""
    for token in tokens[i + 1 : i + 6]:
        if token.norm not in _AUXILIARIES and not token.norm.endswith("ly"):
            return token
    return None


_AUXILIARIES = frozenset({"be", "been", "being", "have", "has", "had", "yet", "even", "ever",
                          "always", "to", "a", "an", "the", "really", "than", "of", "having",
                          "going", "get", "getting", "got", "about"})  # fmt: skip
_NEGATION_SCOPE = 4
# Determiners and prepositions that negate a noun phrase rather than the claim:
# "no comment", "without delay" rarely flip what a sentence asserts.
_WEAK_NEGATIONS = frozenset({"no", "none", "nothing", "without", "nor", "neither", "nobody"})
# Verbs that negate what follows them: "failed to meet" = "did not meet".
_NEGATING_VERBS = frozenset({"fail", "declin", "refus", "unless", "lack", "unable", "unwilling"})
# These negate without a following "to".
_BARE = frozenset({"unless", "lack", "declin", "unable", "unwilling"})
