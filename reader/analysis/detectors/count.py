"""Counts and amounts: "killed: 9 vs 7", "usd: $80 million vs $82 million".

Two figures conflict only when they fill the same slot of the same event:
- both are counts or amounts (never a year, age, record, vote or time of day);
- they count the same thing (same unit; same noun, or two general nouns for people);
- the same event verb governs both in their own clauses ("killed" vs "killed"), or, for
  amounts and counts with no event verb, their clauses share a content word besides the
  noun ("paid ... $3 million" vs "paid ... $5 million", not a fee vs a box-office gross);
- neither is part of a larger whole ("two of them", "including three children", "another
  49"), and neither sentence puts it on another occasion ("last year", "a separate
  attack", a year the other sentence does not name), nor in another strike (events.py);
- no figure of the other sentence in that slot fits it (ranges: "at least 7" fits 9), and
  neither sentence lists several figures in that slot ("the Orioles $150 million, the
  Nationals $160 million").
A figure "so far" or "rose to" against another is marked as a possible update.
"""

from __future__ import annotations

from reader.analysis.detectors import Conflict, Pair
from reader.analysis.events import direction_at, directions
from reader.analysis.profile import Profile
from reader.facts.clauses import capitalised_keys, plain_words
from reader.facts.figures import AMOUNT, COUNT, MEASURE, Figure, anchors, figures
from reader.facts.polarity import CONDITIONAL, polarity
from reader.lexicon.events import EVENT_LABELS, FRAME_WORDS, SPAN_NOUNS
from reader.text.normalize import tokenize
from reader.text.numbers import (
    Quantity,
    comparable,
    compatible,
    describe,
    is_person_noun,
    plural,
)

KIND = "count"

# Measures within this share of each other differ by rounding (3.8% vs 4%); counts of
# people are exact and get no slack.
_ROUNDING = 0.1
_ROUND_FROM = 1000
_MAX_RATIO = 5
# Two figures of one event come with something else in common (a place, an actor, a
# weapon), not only the counting words themselves.
_MIN_CONTEXT_WORDS = 2
# ... and one is enough when an event verb ("killed", "injured") ties both figures.
_MIN_EVENT_CONTEXT_WORDS = 1
_COUNTING_WORDS = frozenset(EVENT_LABELS) | {"person", "child", "woman", "men", "man", "people"}
_FRAME_KEYS = frozenset(t.key for t in tokenize(" ".join(FRAME_WORDS)))
# Durations and distances in news measure many different spans in one story (a 15-year
# career, five years in a unit, 30 days of deliberation before a 9-day trial; 13 miles
# between two ships, 150 miles from a port): equal ones agree, unequal ones say nothing.
_UNCLAIMED_UNITS = frozenset({"hour", "km"})
_UNIT_LABELS = {"hour": "duration", "percent": "share", "km": "distance", "kg": "weight"}


def screen(p: Profile) -> int:
    """detect() is silent unless both give a usable, claimed figure, neither conditional."""
    return int(_has_claimed_figure(p) and polarity(p).kind != CONDITIONAL)


def may_conflict(screen_a: int, screen_b: int) -> bool:
    return bool(screen_a and screen_b)


def _has_claimed_figure(p: Profile) -> bool:
    return any(_usable(f) and _claimed(f) for f in figures(p))


def detect(pair: Pair) -> list[Conflict]:
    a, b = pair.a, pair.b
    figs_a = [f for f in figures(a) if _usable(f) and _claimed(f)]
    figs_b = [f for f in figures(b) if _usable(f) and _claimed(f)]
    if not figs_a or not figs_b:
        return []
    if anchors(a) != anchors(b):
        return []
    if CONDITIONAL in (polarity(a).kind, polarity(b).kind):
        return []  # "if you replaced jet fuel, you could cut emissions 20%" asserts nothing
    context = len(_context_shared(pair))
    if context < _MIN_EVENT_CONTEXT_WORDS and plain_words(a) != plain_words(b):
        return []  # "Ten people are killed" vs "It killed 612 people, ... Bam": which quake?
    dirs_a, dirs_b = directions(a), directions(b)
    for fa in figs_a:
        slot_b = [fb for fb in figs_b if same_slot(fa, fb)]
        slot_b = [fb for fb in slot_b if _same_strike(dirs_a, fa, dirs_b, fb)]
        if not slot_b or _listed(fa, figs_a) or _listed(slot_b[0], figs_b):
            continue
        if fa.event is None and context < _MIN_CONTEXT_WORDS:
            continue
        if any(_fits(fa, fb) for fb in slot_b):
            continue
        fb = slot_b[0]
        # The other way round too: a figure of B that fits some figure of A in the slot.
        if any(_fits(other, fb) for other in figs_a if same_slot(other, fb)):
            continue
        qa, qb = fa.quantity, fb.quantity
        if _far_apart(qa, qb):
            return []  # "killed 9" vs "a bombing that killed over 90": another event
        if _other_figures_differ(a, b, qa, qb):
            return []  # "5.6 quake injuring five" vs "5.2 quake injured three": two quakes
        if qa.unit is not None and _names_apart(a, b):
            return []  # "the Orioles offered $150 million" vs "Lowe seeks $75 million"
        label = EVENT_LABELS.get(fa.event or "") or _UNIT_LABELS.get(qa.unit, plural(qa.noun))
        update = qa.provisional or qb.provisional
        note = " (one figure is provisional: may be an update, not a conflict)" if update else ""
        return [Conflict.values(KIND, label, describe(qa), describe(qb), note, update)]
    return []


def same_slot(fa: Figure, fb: Figure) -> bool:
    """Do two figures count the same thing of the same happening?"""
    qa, qb = fa.quantity, fb.quantity
    if not comparable(qa, qb) or fa.role != fb.role or fa.listed != fb.listed:
        return False
    if fa.event != fb.event:
        return False
    if fa.event is not None:
        return True
    # No event verb: two counts of one specific thing ("235,000 comments", "seven
    # villages") written out in both, with the same words or nothing right around them;
    # or, for other figures, the same words right around both ("stocks plunged 5.4 per
    # cent" / "stocks closed down 3.9 percent"), not "a 4.5 percent margin of error" vs
    # "68 percent disapproval".
    if qa.unit is None and fa.noun_written and fb.noun_written and not is_person_noun(qa.noun):
        # "five suspicious boats spotted" vs "three boats captured": what is said of them
        return not (fa.neighbours and fb.neighbours) or bool(fa.neighbours & fb.neighbours)
    return bool(fa.neighbours & fb.neighbours)


def figures_differ(a: Profile, b: Profile) -> bool:
    """Do the two give unequal figures for one slot, or figures of one slot on different
    occasions (a conflict, or two events): either way they do not state the same claim."""
    figs_b = [f for f in figures(b) if _usable(f) and _claimed(f)]
    if not figs_b:
        return False
    other_time = anchors(a) != anchors(b)  # "In February, a quake killed 612"
    for fa in figures(a):
        if not (_usable(fa) and _claimed(fa)):
            continue
        slot_b = [fb for fb in figs_b if same_slot(fa, fb)]
        if any(fb.quantity.value == fa.quantity.value for fb in slot_b):
            continue  # the same figure, however dated: "killed more than 31,000 in Bam"
        if slot_b and (other_time or not any(_fits(fa, fb) for fb in slot_b)):
            return True
    return False


def slot_shared(a: Profile, b: Profile) -> bool:
    """Both sentences give a figure for one slot ("injured: ... people", "... villages"):
    worth comparing as facts even when the sentences around them say different things."""
    kinds_a, kinds_b = _slot_kinds(a), _slot_kinds(b)
    if kinds_a.isdisjoint(kinds_b):
        return False  # the cheap test first: no usable figure of one kind in both
    figs_b = [f for f in figures(b) if _usable(f)]
    return any(same_slot(fa, fb) for fa in figures(a) if _usable(fa) for fb in figs_b)


def _slot_kinds(p: Profile) -> frozenset[str]:
    return p.derived(_usable_kinds)


def _usable_kinds(p: Profile) -> frozenset[str]:
    """What the usable figures count, loosely (people count as one kind)."""
    return frozenset(
        "person" if is_person_noun(f.quantity.noun) else _kind(f.quantity)
        for f in figures(p)
        if _usable(f)
    )


def shared_figure(pair: Pair) -> tuple[Figure, Figure] | None:
    """A figure both sentences give for the same slot and event ("2 children killed")."""
    a, b = pair.a, pair.b
    if anchors(a) != anchors(b):
        return None
    dirs_a, dirs_b = directions(a), directions(b)
    for fa in figures(a):
        if not _usable(fa) or (fa.event is None and not _telling(fa)):
            continue
        for fb in figures(b):
            if (
                _usable(fb)
                and same_slot(fa, fb)
                and _same_strike(dirs_a, fa, dirs_b, fb)
                and fa.quantity.value == fb.quantity.value
                and compatible(fa.quantity, fb.quantity)
            ):
                return fa, fb  # the same figure: "at least 2" and "at least 70" only overlap
    return None


def may_share_figure(a: Profile, b: Profile) -> bool:
    """False when shared_figure() is sure to find nothing: one gives no usable figure."""
    return _has_usable_figure(a) and _has_usable_figure(b)


def _has_usable_figure(p: Profile) -> bool:
    return any(_usable(f) for f in figures(p))


def _telling(f: Figure) -> bool:
    """A figure with no event verb that still tells a fact when two sentences share it:
    a count of a thing written out, above one ("five boats", "Sixty residents")."""
    q = f.quantity
    if not f.noun_written or q.unit is not None or is_person_noun(q.noun):
        return False  # people with no event verb: "3 killed" and "3 took to the streets"
    return q.value >= _TELLING_FROM and not f.listed


_TELLING_FROM = 2


def _claimed(f: Figure) -> bool:
    """Can a difference in this figure be a conflict at all? Not for durations and
    distances (see _UNCLAIMED_UNITS), nor for one thing that is not a person: "one
    bullet entered his shoulder" singles an item out, it gives no total."""
    q = f.quantity
    if q.unit is None and q.value == 1 and not is_person_noun(q.noun):
        return False
    return q.unit not in _UNCLAIMED_UNITS and q.noun not in SPAN_NOUNS and q.noun != "mile"


def _usable(f: Figure) -> bool:
    return f.comparable_role and not f.part and not f.elsewhen


def _same_strike(dirs_a, fa: Figure, dirs_b, fb: Figure) -> bool:
    da = direction_at(dirs_a, fa.quantity.start)
    db = direction_at(dirs_b, fb.quantity.start)
    return da is None or db is None or da.compatible(db)


def _fits(fa: Figure, fb: Figure) -> bool:
    """Can both be true of one thing, allowing for rounding? Measures and round figures
    ("2 million", "430,000") are rounded by outlets all the time; small counts of people
    are exact and get no slack."""
    qa, qb = fa.quantity, fb.quantity
    if compatible(qa, qb):
        return True
    if qa.unit is None and not (_round(qa.value) or _round(qb.value)):
        return False
    low = max(min(qa.low, qa.value), min(qb.low, qb.value))
    high = min(max(qa.high, qa.value), max(qb.high, qb.value))
    larger = max(abs(qa.value), abs(qb.value))
    return larger > 0 and (low - high) / larger <= _ROUNDING


def _round(value: float) -> bool:
    """A figure of 1,000 or more with at most two significant digits: 430,000, 2 million."""
    if value < _ROUND_FROM or not float(value).is_integer():
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) <= 2


def _listed(f: Figure, others: list[Figure]) -> bool:
    """Several figures of one slot in one sentence list different things."""
    return sum(1 for o in others if o is not f and same_slot(o, f) and not o.quantity.is_sum) > 0


def _far_apart(qa: Quantity, qb: Quantity) -> bool:
    """Figures this far apart describe different things far more often than two reports
    of one thing disagree by that much."""
    low, high = sorted((abs(qa.value), abs(qb.value)))
    return low > 0 and high / low > _MAX_RATIO


def _other_figures_differ(a: Profile, b: Profile, qa: Quantity, qb: Quantity) -> bool:
    """Both sentences give another figure of one kind, and those differ too: a second
    difference makes two happenings likelier than one conflict ("a 5.6 quake injured
    five" vs "a magnitude-5.2 quake injured three")."""
    others_a = _kinds_and_values(a) - {(_kind(qa), qa.value)}
    others_b = _kinds_and_values(b) - {(_kind(qb), qb.value)}
    kinds_a = {kind for kind, _ in others_a - others_b}
    return any(kind in kinds_a for kind, _ in others_b - others_a)


def _kind(q: Quantity) -> str:
    return q.unit or q.noun or _MEASURE


_MEASURE = "measure"


def _kinds_and_values(p: Profile) -> set[tuple[str, float]]:
    """The sentence's figures that could tell one happening from another, each with what
    it measures: counts, amounts and measures (parts and other occasions aside), and
    numbers in digits that no figure took in ("magnitude-5.2")."""
    found = set()
    for f in figures(p):
        if f.role in (COUNT, AMOUNT, MEASURE) and not f.part and not f.elsewhen:
            kind = _MEASURE if f.role == MEASURE else _kind(f.quantity)
            found.add((kind, f.quantity.value))
    spans = [(q.start, q.end) for q in p.quantities]
    for token in p.tokens:
        if token.key[:1].isdigit() and not any(s <= token.start < e for s, e in spans):
            try:
                found.add((_MEASURE, float(token.key)))
            except ValueError:
                continue
    return found


def _names_apart(a: Profile, b: Profile) -> bool:
    """Each sentence names someone the other never mentions: likely two subjects, and
    sums of money attach to whoever is named (two teams' offers, two firms' results)."""
    names_a, names_b = capitalised_keys(a), capitalised_keys(b)
    return bool(names_a - names_b) and bool(names_b - names_a)


def _context_shared(pair: Pair) -> set[str]:
    a, b = pair.a, pair.b
    nouns = {q.noun for q in a.quantities} | {q.noun for q in b.quantities}
    return set(plain_words(a) & plain_words(b)) - _COUNTING_WORDS - _FRAME_KEYS - nouns
