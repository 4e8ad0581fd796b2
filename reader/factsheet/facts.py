"""Disputed and agreed facts: every outlet's version of one figure, date or target.

A fact is a group of statements the engine tied across outlets: figures of one slot
(figure_links.py asks the count detector and `shared_figure`, over the sentence pairs the
Comparison linked), and the values of the other conflicts it found (a day, a year, the
target of a strike, a record). Statements join one fact only through such a tie, so a
figure of another event never joins the main event's fact: the slot logic and the strike
directions already keep them apart. A fact with a conflict is disputed; one that two or
more outlets state alike is agreed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from reader.analysis.comparison import Comparison
from reader.analysis.events import direction_at, directions
from reader.analysis.profile import profile
from reader.facts.clauses import plain_words
from reader.facts.figures import Figure, years
from reader.facts.figures import figures as figure_list
from reader.factsheet.figure_links import figure_links, states_same_figure, usable
from reader.factsheet.model import CONFLICT, UPDATE, Claim, Fact, Version
from reader.lexicon.events import EVENT_LABELS
from reader.model import SentenceRef
from reader.text.numbers import GENERAL_PERSON_NOUNS, Quantity, describe, plural

# A conflict's note: "label: first vs second" with an optional "(...)" remark.
_REASON_RE = re.compile(r"^(?P<label>[^:]+): (?P<a>.+?) vs (?P<b>.+?)(?: \(.*\))?$")
_UNIT_NAMES = {"usd": "amount (USD)", "percent": "share (%)", "kg": "weight", "eur": "amount (EUR)"}


class _Groups:
    """Union-find over statements (a figure of a sentence, or a value of a sentence)."""

    def __init__(self) -> None:
        self.parent: dict = {}
        self.conflicts: list[tuple[object, object, bool]] = []

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, x, y, conflict: bool = False, update: bool = False) -> None:
        self.parent[self.find(x)] = self.find(y)
        if conflict:
            self.conflicts.append((x, y, update))

    def components(self) -> list[list]:
        members = defaultdict(list)
        for x in list(self.parent):
            members[self.find(x)].append(x)
        return list(members.values())


def find_facts(comparison: Comparison) -> list[Fact]:
    """Disputed facts first (the most widely stated first), then agreed ones."""
    groups = _Groups()
    figures: dict[tuple, tuple[SentenceRef, Figure]] = {}
    values: dict[tuple, str] = {}
    for link in comparison.links:
        a_text, b_text = comparison.sentence_text(link.a), comparison.sentence_text(link.b)
        for tie in figure_links(profile(a_text), profile(b_text)):
            if tie.conflict and link.kind != "contradict" and not tie.update:
                continue  # the engine did not call this pair a conflict: trust its verdict
            if tie.conflict and link.kind == "contradict" and "count" not in link.types:
                continue
            x, y = _figure_node(link.a, tie.a), _figure_node(link.b, tie.b)
            figures[x], figures[y] = (link.a, tie.a), (link.b, tie.b)
            groups.join(x, y, tie.conflict, tie.update)
        if link.kind == "contradict":
            _other_conflicts(comparison, link, groups, values)
    _more_claims(comparison, groups, figures)
    facts = [
        fact
        for members in groups.components()
        if (fact := _fact(comparison, members, figures, values, groups)) is not None
    ]
    facts.sort(key=lambda f: (not f.disputed, -len(f.articles), f.refs[0]))
    return facts


def _more_claims(comparison: Comparison, groups: _Groups, figures: dict) -> None:
    """Every other sentence that gives the very figure of a fact's statement in its slot
    (shared_figure's rule) states that version too, even where the engine linked it to
    nothing else (its sentences differ too much to agree). Only equal figures join: a
    different value is a conflict, and only the engine's links decide those. Only
    sentences of the same story are sought."""
    by_value: dict[tuple[int, float], list[tuple[SentenceRef, Figure]]] = defaultdict(list)
    for i, article in enumerate(comparison.articles):
        for sentence in article.sentences:
            p = profile(sentence.text)
            if not p.quantities:
                continue
            ref = SentenceRef(i, sentence.index)
            for f in figure_list(p):
                if usable(f) and _figure_node(ref, f) not in figures:
                    by_value[comparison.story(i).id, f.quantity.value].append((ref, f))
    for node, (ref, f) in list(figures.items()):
        story = comparison.story(ref.article).id
        for other_ref, other in by_value.get((story, f.quantity.value), ()):
            other_node = _figure_node(other_ref, other)
            if other_ref == ref or other_node in figures:
                continue
            a = profile(comparison.sentence_text(ref))
            b = profile(comparison.sentence_text(other_ref))
            found = states_same_figure(a, f, b)
            if found is not None and found.quantity == other.quantity:
                figures[other_node] = (other_ref, other)
                groups.join(node, other_node)


def _figure_node(ref: SentenceRef, f: Figure) -> tuple:
    return ("figure", ref, f.quantity.start, f.quantity.end)


def _shared_words(comparison: Comparison, link, label: str) -> str:
    """A few words both sentences use, to tell what a day or a year is of ("day (fire
    church)"), as the first sentence writes them."""
    a = profile(comparison.sentence_text(link.a))
    b = profile(comparison.sentence_text(link.b))
    shared = plain_words(a) & plain_words(b)
    named = set(label.lower().split())
    words = [
        t.text.lower()
        for t in a.tokens
        if t.content and t.key in shared and t.text.lower() not in named
    ]
    words = [w for w in dict.fromkeys(words) if not w[:1].isdigit()][:_WHAT_WORDS]
    return f" ({' '.join(words)})" if words else ""


_WHAT_WORDS = 3


def _other_conflicts(comparison, link, groups: _Groups, values: dict[tuple, str]) -> None:
    """Dates, years, targets, records: the values the link's reasons name (a conflict's
    reasons come in the order of its types, each kind once)."""
    for kind, reason in zip(link.types, link.reasons, strict=False):
        match = _REASON_RE.match(reason)
        if kind == "count" or match is None:
            continue
        label = match["label"].strip()
        x, y = ("value", link.a, kind, label), ("value", link.b, kind, label)
        values[("what", *x)] = values[("what", *y)] = label + _shared_words(comparison, link, label)
        values[x], values[y] = match["a"].strip(), match["b"].strip()
        groups.join(x, y, conflict=True)


def _fact(comparison, members, figures, values, groups: _Groups) -> Fact | None:
    member_set = set(members)
    edges = [(x, y, u) for x, y, u in groups.conflicts if x in member_set]
    if members[0][0] == "figure":
        stated = [figures[m] for m in members]
        versions = _versions(
            (value_text(f.quantity), Claim(ref, written(f.quantity))) for ref, f in stated
        )
        kind, what = "count", _what(comparison, stated)
    else:
        versions = _versions((values[m], Claim(m[1], values[m])) for m in members)
        kind, what = members[0][2], values[("what", *members[0])]
    fact_articles = {c.ref.article for v in versions for c in v.claims}
    if len(fact_articles) < 2:
        return None
    disputed = bool(edges) and len(versions) > 1
    status, note = "", ""
    if disputed:
        status, note = _status(comparison, edges)
    return Fact(what, kind, disputed, versions, status, note)


def _versions(stated) -> tuple[Version, ...]:
    claims: dict[str, list[Claim]] = defaultdict(list)
    for value, claim in stated:
        if claim not in claims[value]:
            claims[value].append(claim)
    ordered = sorted(
        claims.items(),
        key=lambda kv: (-len({c.ref.article for c in kv[1]}), min(c.ref for c in kv[1])),
    )
    return tuple(Version(value, tuple(sorted(cs, key=lambda c: c.ref))) for value, cs in ordered)


def _status(comparison: Comparison, edges) -> tuple[str, str]:
    """A conflict, or versions that may be one report updating another: a provisional
    figure ("so far", "rose to") or articles of different dates."""
    if all(update for _, _, update in edges):
        return UPDATE, 'a figure is provisional ("so far", "rose to")'
    written, days = set(), set()
    for x, y, _ in edges:
        for ref in (x[1], y[1]):
            date = comparison.articles[ref.article].date
            written.add(date)
            days.add(day_of(date))
    if None not in days and len(days) > 1:
        return UPDATE, "the articles are of different dates: " + ", ".join(sorted(written))
    return CONFLICT, ""


_MONTHS = {m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def day_of(date: str | None) -> tuple | None:
    """An article's date as (year, the other numbers): "2010-05-05", "5/5/2010" and "May
    5, 2010" are one day (day and month are kept unordered: 5/6 may be either)."""
    if not date:
        return None
    numbers = [int(n) for n in re.findall(r"\d+", date)]
    numbers += [n for word, n in _MONTHS.items() if re.search(rf"\b{word}", date.lower())]
    years = [n for n in numbers if n > 31]
    if len(years) != 1:
        return None
    rest = [n for n in numbers if n <= 31][:2]
    return (years[0], frozenset(rest)) if len(rest) == 2 else None


def value_text(q: Quantity) -> str:
    """The normalised value: "9", "at least 9", "$80 million" (a breakdown aside)."""
    return describe(replace(q, parts=()))


def written(q: Quantity) -> str:
    return " ".join(q.text.split())


def _what(comparison: Comparison, stated: list[tuple[SentenceRef, Figure]]) -> str:
    """The fact in words: what is counted, the event verb, and whose strike where."""
    nouns = Counter(f.quantity.noun for _, f in stated)
    events = Counter(f.event for _, f in stated if f.event)
    units = Counter(f.quantity.unit for _, f in stated if f.quantity.unit)
    if units:
        unit = units.most_common(1)[0][0]
        thing = _UNIT_NAMES.get(unit, unit)
    else:
        noun = nouns.most_common(1)[0][0]
        thing = "people" if noun in GENERAL_PERSON_NOUNS else plural(noun)
    if events:
        thing = f"{thing} {EVENT_LABELS[events.most_common(1)[0][0]]}"
    else:
        thing += _around(comparison, stated)
    agents, places = Counter(), Counter()
    for ref, f in stated:
        p = profile(comparison.sentence_text(ref))
        d = direction_at(directions(p), f.quantity.start)
        if d is not None:
            agents.update([d.agent] if d.agent else [])
            places.update([d.place] if d.place else [])
    return thing + _strike(agents, places) + _when(comparison, stated)


def _around(comparison: Comparison, stated: list[tuple[SentenceRef, Figure]]) -> str:
    """For a figure with no event verb, the words right around it that most statements
    share ("stocks plunged", "home"), as the first statement writes them."""
    counts = Counter(key for _, f in stated for key in f.neighbours)
    shared = {key for key, n in counts.items() if n * 2 >= len(stated)}
    for ref, f in stated:
        tokens = profile(comparison.sentence_text(ref)).tokens
        words = [t.text for t in tokens if t.key in shared and t.key in f.neighbours]
        if words:
            return " (" + " ".join(dict.fromkeys(w.lower() for w in words)) + ")"
    return ""


def _when(comparison: Comparison, stated: list[tuple[SentenceRef, Figure]]) -> str:
    """The years every statement names ("in 2003"): a fact of another time than the
    story's own says so."""
    named = [years(profile(comparison.sentence_text(ref))) for ref, _ in stated]
    common = frozenset.intersection(*named) if named else frozenset()
    return " in " + ", ".join(str(y) for y in sorted(common)) if common else ""


def _strike(agents: Counter, places: Counter) -> str:
    """ "in Pakistan's strike on Iran", when the statements name both sides (one side
    alone, or a country acting on itself, tells too little to name the event by)."""
    agent = agents.most_common(1)[0][0].title() if agents else None
    place = places.most_common(1)[0][0].title() if places else None
    if agent and place and agent != place:
        return f" in {agent}'s strike on {place}"
    return ""
