"""Contradictions between two sentences about the same thing, each typed and explained.

Called only for sentences that already overlap in topic. Each detector returns Conflicts
whose reason reads like a note in the margin: "killed: 9 vs 7", "day: Thursday vs Tuesday",
"target: Jaish al-Adl vs Baluch Liberation Army", "confirmed vs denied".
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.events import Direction, direction_at, directions
from reader.analysis.names import role_names, same_name
from reader.analysis.profile import Profile
from reader.text.dates import DateMention, dates_conflict, describe_date
from reader.text.lexicon import ANTONYMS
from reader.text.normalize import is_negation, stem
from reader.text.numbers import Quantity, comparable, compatible, describe

# What a figure counts is read from the verb near it: "killed 9" and "9 injured" are
# different counts even of the same people.
EVENT_LABELS = {"kill": "killed", "injure": "injured", "arrest": "arrested", "missing": "missing"}
_EVENT_WINDOW = 60  # characters between a figure and the verb that says what it counts


@dataclass(frozen=True)
class Conflict:
    kind: str  # "count", "date", "target", "negation", "antonym"
    reason: str
    update: bool = False  # a provisional figure ("so far") against another: maybe an update


def find_conflicts(a: Profile, b: Profile, close: bool) -> list[Conflict]:
    """All conflicts between two topically related sentences.

    `close` says the two sentences are near-paraphrases apart from the conflict; negation,
    which flips a statement with one small word, is only trusted then.
    """
    dirs_a, dirs_b = directions(a), directions(b)
    found = _count_conflicts(a, b, dirs_a, dirs_b)
    found += _date_conflicts(a, b, dirs_a, dirs_b)
    found += _target_conflicts(a, b, dirs_a, dirs_b)
    found += _antonym_conflicts(a, b)
    if close:
        found += _negation_conflicts(a, b)
    return found


def _same_event(d1: Direction | None, d2: Direction | None) -> bool:
    return d1 is None or d2 is None or d1.compatible(d2)


def quantity_events(p: Profile) -> tuple[str | None, ...]:
    """What each of the sentence's figures counts (see event_of), in p.quantities order."""
    return p.derived(_quantity_events)


def _quantity_events(p: Profile) -> tuple[str | None, ...]:
    return tuple(event_of(p, q) for q in p.quantities)


def event_of(p: Profile, q: Quantity) -> str | None:
    """The event verb ("kill", "injure"...) nearest the figure `q`, within a short window."""
    best, best_distance = None, _EVENT_WINDOW + 1
    for token in p.tokens:
        if token.key in EVENT_LABELS:
            distance = max(token.start - q.end, q.start - token.end, 0)
            if distance < best_distance:
                best, best_distance = token.key, distance
    return best


def _count_conflicts(a, b, dirs_a, dirs_b) -> list[Conflict]:
    """Figures of the same thing and event that no figure of the other sentence allows.

    A sentence often gives several figures ("up 5% to $20"); one conflicts only when the
    other sentence gives a figure for the same thing and none of its figures fit.
    """
    found: list[Conflict] = []
    seen = set()
    if len(_context_shared(a, b)) < _MIN_CONTEXT_WORDS:
        return []  # "Ten people are killed" vs "It killed 612 people": which quake?
    different_subjects = _names_apart(a, b)
    for qa, event_a in zip(a.quantities, quantity_events(a), strict=True):
        if qa.unit is None and event_a is None:
            continue  # "two rebel sanctuaries" vs "three sanctuaries": too little to go on
        if qa.unit in _UNCLAIMED_UNITS:
            continue
        if qa.unit is not None and (different_subjects or _listed(a, qa)):
            continue  # "the Red Sox offered $200 million" vs "the Nationals offered $160 million"
        partners = same_event_figures(qa, event_a, b, dirs_a, dirs_b)
        if any(compatible(qa, qb) or _rounding(qa, qb) for qb in partners):
            continue
        rivals = [qb for qb in partners if qb.unit is None or not _listed(b, qb)]
        for qb in rivals[:1]:
            label = EVENT_LABELS.get(event_a or "") or _UNIT_LABELS.get(qa.unit, qa.noun)
            reason = f"{label}: {describe(qa)} vs {describe(qb)}"
            if reason in seen:
                continue
            seen.add(reason)
            update = qa.provisional or qb.provisional
            if update:
                reason += " (one figure is provisional: may be an update, not a conflict)"
            found.append(Conflict("count", reason, update=update))
    return found


# Durations in news measure many different spans in one story (a 15-year career, five
# years in a unit, six months before the shooting): equal ones agree, unequal ones say
# nothing.
_UNCLAIMED_UNITS = frozenset({"hour"})
_UNIT_LABELS = {"hour": "duration", "percent": "share", "km": "distance", "kg": "weight"}


def _listed(p: Profile, q: Quantity) -> bool:
    """A sentence giving several figures in one unit lists different things ("the Orioles
    offered $150 million, the Nationals $160 million"): none of them is the claim."""
    return sum(1 for other in p.quantities if other.unit == q.unit and not other.is_sum) > 1


# Two figures of the same event must come with something else in common (a place, an
# actor, a weapon), not only the counting words themselves.
_MIN_CONTEXT_WORDS = 2
_COUNTING_WORDS = frozenset(EVENT_LABELS) | {"person", "child", "woman", "men", "man", "people"}


def _context_shared(a: Profile, b: Profile) -> set[str]:
    return (a.words & b.words) - _COUNTING_WORDS - _nouns(a) - _nouns(b)


def _nouns(p: Profile) -> frozenset[str]:
    return p.derived(_quantity_nouns)


def _quantity_nouns(p: Profile) -> frozenset[str]:
    return frozenset(q.noun for q in p.quantities)


def _names_apart(a: Profile, b: Profile) -> bool:
    """Each sentence names someone the other never mentions: likely two subjects.

    Sums of money and percentages attach to whoever is named (two teams' offers, two
    firms' results); casualty counts attach to an event, which events.py tells apart.
    """
    names_a, names_b = _names(a), _names(b)
    return bool(names_a - names_b) and bool(names_b - names_a)


def _names(p: Profile) -> frozenset[str]:
    return p.derived(_capitalised_keys)


def _capitalised_keys(p: Profile) -> frozenset[str]:
    # The first word is capitalised by grammar, not because it is a name.
    tokens = p.tokens[1:]
    return frozenset(t.key for t in tokens if t.capital and t.content and not t.key[:1].isdigit())


def _rounding(qa: Quantity, qb: Quantity) -> bool:
    """Measures within 10% of each other differ by rounding or timing (3.8% vs 4%),
    which outlets do all the time; counts of people are exact and never get this slack."""
    if qa.unit is None:
        return False
    larger = max(abs(qa.value), abs(qb.value))
    return larger > 0 and abs(qa.value - qb.value) / larger <= 0.1


def same_event_figures(
    qa: Quantity, event: str | None, b: Profile, dirs_a, dirs_b
) -> list[Quantity]:
    """The figures of `b` that count what `qa` counts, for the same event: same kind of
    thing, same verb ("killed"), and no sign of the other strike."""
    return [
        qb
        for qb, event_b in zip(b.quantities, quantity_events(b), strict=True)
        if event_b == event
        and comparable(qa, qb)
        and _same_event(direction_at(dirs_a, qa.start), direction_at(dirs_b, qb.start))
    ]


def _comparable_dates(d: DateMention) -> bool:
    return d.kind in ("weekday", "date")


def _date_conflicts(a, b, dirs_a, dirs_b) -> list[Conflict]:
    dates_a = [d for d in a.dates if _comparable_dates(d)]
    dates_b = [d for d in b.dates if _comparable_dates(d)]
    if not dates_a or not dates_b:
        return []
    # Only when no date of one can be the date of the other: a sentence that names two
    # days ("Thursday, two days after Tuesday's attack") agrees with either.
    for da in dates_a:
        for db in dates_b:
            if not dates_conflict(da, db):
                return []
    for da in dates_a:
        for db in dates_b:
            dir_a, dir_b = direction_at(dirs_a, da.start), direction_at(dirs_b, db.start)
            if dir_a is not None and dir_b is not None and dir_a.compatible(dir_b):
                label = "day" if "weekday" in (da.kind, db.kind) else "date"
                return [Conflict("date", f"{label}: {describe_date(da)} vs {describe_date(db)}")]
    return []


def _target_conflicts(a, b, dirs_a, dirs_b) -> list[Conflict]:
    names_a, names_b = role_names(a), role_names(b)
    if any(same_name(x, y) for x, _ in names_a for y, _ in names_b):
        return []
    for name_a, offset_a in names_a:
        for name_b, offset_b in names_b:
            dir_a, dir_b = direction_at(dirs_a, offset_a), direction_at(dirs_b, offset_b)
            if dir_a is not None and dir_b is not None and dir_a.compatible(dir_b):
                return [Conflict("target", f"target: {name_a} vs {name_b}")]
    return []


def _antonym_conflicts(a: Profile, b: Profile) -> list[Conflict]:
    keys_a, keys_b = _written(a), _written(b)
    for key, word_a in a.derived(_with_antonyms):
        for opposite in ANTONYMS[key]:
            if opposite in keys_b and opposite not in keys_a and key not in keys_b:
                return [Conflict("antonym", f"{word_a.lower()} vs {keys_b[opposite].lower()}")]
    return []


def _written(p: Profile) -> dict[str, str]:
    """Each token key, with the last way the sentence writes it."""
    return p.derived(_key_to_text)


def _key_to_text(p: Profile) -> dict[str, str]:
    return {t.key: t.text for t in p.tokens}


def _with_antonyms(p: Profile) -> list[tuple[str, str]]:
    """(key, as written) of the sentence's words that have an antonym in the lexicon."""
    return [(key, text) for key, text in _written(p).items() if key in ANTONYMS]


def _negation_conflicts(a: Profile, b: Profile) -> list[Conflict]:
    """One sentence negates a word the other states plainly: "will not accept" / "accepts".

    Only the first content word after a negation can start a conflict, and only when the
    other sentence has no negation of the same kind: "did not look at the files" and "did
    not have access to the files" negate the same claim in two ways.
    """
    negations_a, negations_b = a.derived(_negation_list), b.derived(_negation_list)
    for plain, side, found, other in (
        (b, "first", negations_a, negations_b),
        (a, "second", negations_b, negations_a),
    ):
        plain_scope = {n.key for n in other}
        plain_kinds = {n.kind for n in other}
        plain_keys = plain.derived(_content_keys)
        for n in found:
            starts = n.first and n.strong and n.kind not in plain_kinds
            if starts and n.key in plain_keys and n.key not in plain_scope:
                reason = f"negation: only the {side} says '{n.word} {n.text}'"
                return [Conflict("negation", reason)]
    return []


def _content_keys(p: Profile) -> frozenset[str]:
    return frozenset(p.content)


def _negation_list(p: Profile) -> list[_Negated]:
    return list(_negations(p))


@dataclass(frozen=True)
class _Negated:
    key: str  # the negated content word's key
    text: str  # as written
    word: str  # the negation: "not", "failed", ...
    kind: str  # "not" for explicit negations, else the negating verb's key
    strong: bool  # can start a conflict ("not", "failed"), not just extend a scope ("no")
    first: bool  # the first content word after the negation


def _negations(p: Profile):
    """Each content word a negation governs: the next few content words after it.

    Only the word the negation directly governs can start a conflict ("would not say
    what..." negates saying, a stop word, so it starts none).
    """
    tokens = p.tokens
    for i, token in enumerate(tokens):
        kind = _negation_kind(tokens, i)
        if kind is None:
            continue
        strong = kind != "weak"
        first = True
        governed = _governed(tokens, i)
        for follower in tokens[i + 1 : i + 1 + _NEGATION_SCOPE]:
            if follower.content and not is_negation(follower):
                yield _Negated(
                    follower.key, follower.text, token.text.lower(), kind, strong,
                    first and follower is governed,
                )  # fmt: skip
                first = False


def _negation_kind(tokens, i: int) -> str | None:
    """'not' for explicit negations, 'weak' for determiners, the verb's stem for implicit
    ones ("failed to", "declined to"), None when the word negates nothing."""
    token = tokens[i]
    following = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if is_negation(token):
        if following == "only":
            return None  # "not only killed the deputy but..." asserts, it does not deny
        return "weak" if token.norm in _WEAK_NEGATIONS else "not"
    if token.norm == "yet" and following == "to":
        return "not"  # "had yet to regain" = "had not regained"
    verb = stem(token.norm)
    # "failed to meet" negates; "her failed campaign" does not.
    if verb in _NEGATING_VERBS and (following == "to" or verb in _BARE):
        return verb
    return None


def _governed(tokens, i: int):
    """The word a negation applies to, past auxiliaries: "did not *have*", "not yet *seen*"."""
    for token in tokens[i + 1 : i + 4]:
        if token.norm not in _AUXILIARIES:
            return token
    return None


_AUXILIARIES = frozenset({"be", "been", "being", "have", "has", "had", "yet", "even", "ever",
                          "always", "to", "a", "an", "the", "really"})  # fmt: skip
_NEGATION_SCOPE = 4
# Determiners and prepositions that negate a noun phrase rather than the claim:
# "no comment", "without delay" rarely flip what a sentence asserts.
_WEAK_NEGATIONS = frozenset({"no", "none", "nothing", "without", "nor", "neither", "nobody"})
# Verbs that negate what follows them: "failed to meet" = "did not meet".
_NEGATING_VERBS = frozenset({"fail", "declin", "refus", "unless", "lack"})
_BARE = frozenset({"unless", "lack", "declin"})  # negate without a following "to"
