"""What the detail panel says about one sentence, without widgets: per other outlet, how it
relates (contradicts, agrees, agrees through another outlet, is a wire copy, or says
nothing), and a header whose counts are those of the lines below it."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.analysis.comparison import Comparison
from reader.model import SentenceRef
from reader.ui.reason_text import plain_reason, score_label


@dataclass(frozen=True)
class Entry:
    kind: str  # "contradict", "agree", "indirect"
    article: int
    sentence: SentenceRef
    detail: str  # reasons in plain words, or how the claim is shared
    score: str = ""  # the labelled score ("alike: 82%"), empty for indirect links


@dataclass
class DetailView:
    ref: SentenceRef
    entries: list[Entry] = field(default_factory=list)
    copies: list[tuple[int, int | None]] = field(default_factory=list)  # (copy, of which)
    silent: list[int] = field(default_factory=list)

    def outlets(self, kind: str) -> int:
        return len({entry.article for entry in self.entries if entry.kind == kind})

    @property
    def agreeing(self) -> int:
        return len(
            {e.article for e in self.entries if e.kind in ("agree", "indirect")}
            | {copy for copy, _ in self.copies}
        )

    def headline(self) -> str:
        parts = []
        if contradicting := self.outlets("contradict"):
            parts.append(f"contradicted by {_outlets(contradicting)}")
        if agreeing := self.agreeing:
            copies = len(self.copies)
            # Copies are one voice with their original (the shading counts voices): say so.
            of_which = f" ({copies} a wire cop{'y' if copies == 1 else 'ies'})" if copies else ""
            parts.append(f"agreed by {_outlets(agreeing)}{of_which}")
        return "; ".join(parts) or "only this outlet says this"


def describe(comparison: Comparison, ref: SentenceRef) -> DetailView:
    view = DetailView(ref)
    seen: set[tuple[int, int]] = set()  # (article, sentence) already listed
    contradicted: set[SentenceRef] = set()
    links = comparison.counterparts(ref)
    # Contradictions first; a sentence both contradicting and agreeing is listed once, as
    # the contradiction (the stronger and rarer news).
    for link in sorted(links, key=lambda link: link.kind != "contradict"):
        other = link.other(ref)
        if (other.article, other.sentence) in seen:
            continue
        seen.add((other.article, other.sentence))
        if link.kind == "contradict":
            contradicted.add(other)
        reasons = "; ".join(plain_reason(reason) for reason in link.reasons)
        view.entries.append(
            Entry(link.kind, other.article, other, reasons, score_label(link.kind, link.score))
        )
    covered = {ref.article} | {entry.article for entry in view.entries}
    cluster = comparison.cluster(ref)
    for member in cluster.members if cluster else ():
        if member.article in covered:
            continue
        covered.add(member.article)
        through = _through(comparison, member, {e.article for e in view.entries})
        view.entries.append(Entry("indirect", member.article, member, through))
    copies = _copies_of(comparison)
    for index in comparison.story(ref.article).articles:  # other stories are not compared
        if index in covered:
            continue
        original = copies.get(index, set())
        if ref.article in original:
            view.copies.append((index, None))  # a copy of this very article
        elif original & covered:
            view.copies.append((index, min(original & covered)))
        else:
            view.silent.append(index)
    return view


def _through(comparison: Comparison, member: SentenceRef, direct: set[int]) -> str:
    for link in comparison.counterparts(member):
        other = link.other(member)
        if link.kind == "agree" and other.article in direct:
            return f"through {comparison.articles[other.article].outlet}, which it agrees with"
    return "through the outlets above (the same claim, reworded along a chain)"


def _copies_of(comparison: Comparison) -> dict[int, set[int]]:
    copies: dict[int, set[int]] = {}
    for copy in comparison.wire_copies:
        copies.setdefault(copy.a, set()).add(copy.b)
        copies.setdefault(copy.b, set()).add(copy.a)
    return copies


def _outlets(count: int) -> str:
    return f"{count} outlet{'s' if count != 1 else ''}"
