"""Choosing what to export: marked passages, or what the comparison found, as entries.

An entry is one thing a reader wants in their notes: a mark, a contradiction (both passages
and the reason), an agreement (the passages of every outlet sharing the claim) or a passage
only one outlet has. The writers only format entries; they decide nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from reader.analysis.comparison import Comparison
from reader.marks.anchor import quote
from reader.marks.model import Mark
from reader.model import Article, Link, SentenceRef

WHAT_CHOICES = ("marks", "contradictions", "agreements", "unique", "all")
What = Literal["marks", "contradictions", "agreements", "unique", "all"]
Relation = Literal["agree", "contradict", "unique"]

# "all" exports every section, in this order.
SECTIONS: tuple[What, ...] = ("marks", "contradictions", "agreements", "unique")


@dataclass(frozen=True)
class Passage:
    article: Article
    first_sentence: int  # Sentence.index, inclusive range
    last_sentence: int
    start: int  # character offsets into article.text (the cleaned text)
    end: int
    text: str
    prefix: str  # text just before and after, as in a W3C TextQuoteSelector
    suffix: str
    note: str = ""  # the reader's note on a mark covering this passage


@dataclass(frozen=True)
class Entry:
    section: What  # which part of the export it belongs to (never "all")
    relation: Relation  # what the comparison says of the passages
    passages: tuple[Passage, ...]
    reasons: tuple[str, ...] = ()


def select(comparison: Comparison, marks: Sequence[Mark], what: What) -> list[Entry]:
    sections = SECTIONS if what == "all" else (what,)
    notes = _notes_by_ref(comparison, marks)
    entries: list[Entry] = []
    for section in sections:
        if section == "marks":
            entries += _mark_entries(comparison, marks)
        elif section == "contradictions":
            entries += _contradiction_entries(comparison, notes)
        elif section == "agreements":
            entries += _agreement_entries(comparison, notes)
        elif section == "unique":
            entries += _unique_entries(comparison, notes)
    return entries


def passage(article: Article, first: int, last: int | None = None, note: str = "") -> Passage:
    last = first if last is None else last
    text, prefix, suffix = quote(article, first, last)
    return Passage(
        article=article,
        first_sentence=first,
        last_sentence=last,
        start=article.sentences[first].start,
        end=article.sentences[last].end,
        text=text,
        prefix=prefix,
        suffix=suffix,
        note=note,
    )


def _mark_entries(comparison: Comparison, marks: Sequence[Mark]) -> list[Entry]:
    index_of = {article.id: i for i, article in enumerate(comparison.articles)}
    placed = [(index_of[m.article_id], m) for m in marks if m.article_id in index_of]
    placed.sort(key=lambda item: (item[0], item[1].start_sentence))
    entries = []
    for article_index, mark in placed:
        refs = [
            SentenceRef(article_index, i) for i in range(mark.start_sentence, mark.end_sentence + 1)
        ]
        relation = _combined_status(comparison, refs)
        links = [
            link for ref in refs for link in comparison.counterparts(ref) if link.kind == relation
        ]
        article = comparison.articles[article_index]
        entries.append(
            Entry(
                section="marks",
                relation=relation,
                passages=(passage(article, mark.start_sentence, mark.end_sentence, mark.note),),
                reasons=_reasons(links),
            )
        )
    return entries


def _contradiction_entries(comparison: Comparison, notes: dict[SentenceRef, str]) -> list[Entry]:
    links = sorted(comparison.contradictions(), key=_link_order)
    return [
        Entry(
            section="contradictions",
            relation="contradict",
            passages=_passages_of(comparison, sorted((link.a, link.b)), notes),
            reasons=link.reasons,
        )
        for link in links
    ]


def _agreement_entries(comparison: Comparison, notes: dict[SentenceRef, str]) -> list[Entry]:
    entries = []
    for cluster in comparison.clusters:
        members = set(cluster.members)
        inside = [
            link
            for ref in cluster.members
            for link in comparison.counterparts(ref)
            if link.kind == "agree" and link.a in members and link.b in members
        ]
        entries.append(
            Entry(
                section="agreements",
                relation="agree",
                passages=_passages_of(comparison, cluster.members, notes),
                reasons=_reasons(inside),
            )
        )
    return entries


def _unique_entries(comparison: Comparison, notes: dict[SentenceRef, str]) -> list[Entry]:
    """Per article, its runs of consecutive sentences no other outlet supports or disputes."""
    entries = []
    for article_index, article in enumerate(comparison.articles):
        refs = comparison.refs_with_status(article_index, "unique")
        for first, last in _runs(ref.sentence for ref in refs):
            note = _joined_notes(notes, article_index, first, last)
            entries.append(
                Entry(
                    section="unique",
                    relation="unique",
                    passages=(passage(article, first, last, note),),
                )
            )
    return entries


def _passages_of(
    comparison: Comparison, refs: Iterable[SentenceRef], notes: dict[SentenceRef, str]
) -> tuple[Passage, ...]:
    return tuple(
        passage(comparison.articles[ref.article], ref.sentence, note=notes.get(ref, ""))
        for ref in refs
    )


def _combined_status(comparison: Comparison, refs: Sequence[SentenceRef]) -> Relation:
    """A run of sentences is contradicted if any is, else shared if any is, else unique."""
    statuses = {comparison.status(ref) for ref in refs}
    for status in ("contradict", "agree"):
        if status in statuses:
            return status  # type: ignore[return-value]
    return "unique"


def _notes_by_ref(comparison: Comparison, marks: Sequence[Mark]) -> dict[SentenceRef, str]:
    """The note of the mark covering each sentence, so other sections can show it too."""
    index_of = {article.id: i for i, article in enumerate(comparison.articles)}
    notes: dict[SentenceRef, str] = {}
    for mark in marks:
        if mark.note and mark.article_id in index_of:
            for i in range(mark.start_sentence, mark.end_sentence + 1):
                notes.setdefault(SentenceRef(index_of[mark.article_id], i), mark.note)
    return notes


def _joined_notes(notes: dict[SentenceRef, str], article: int, first: int, last: int) -> str:
    found = (notes.get(SentenceRef(article, i), "") for i in range(first, last + 1))
    return "\n".join(_unique_in_order(note for note in found if note))


def _runs(indices: Iterable[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for index in indices:
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _reasons(links: Sequence[Link]) -> tuple[str, ...]:
    """Why passages relate: every conflict's reason (each one matters), but for agreement
    only the strongest link's, since a cluster's many overlaps say the same thing."""
    if not links:
        return ()
    if all(link.kind == "agree" for link in links):
        return max(links, key=lambda link: link.score).reasons
    return _unique_in_order(r for link in links for r in link.reasons)


def _unique_in_order(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _link_order(link: Link) -> tuple[SentenceRef, SentenceRef]:
    a, b = sorted((link.a, link.b))
    return a, b
