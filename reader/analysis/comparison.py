"""The computed comparison of a corpus, and the questions views ask of it.

Everything here is a lookup over links computed once by the aligner; nothing judges
sentences again. The app, `reader compare` and the exporters all read this one object.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import InitVar, dataclass, field
from operator import attrgetter

from reader.analysis.stories import Story
from reader.model import (
    Article,
    ArticleStats,
    Cluster,
    Link,
    LoadProblem,
    SentenceRef,
    SentenceStatus,
)

# Order in which a sentence's counterparts are listed: conflicts first, they matter most.
_KIND_ORDER = {"contradict": 0, "agree": 1, "unrelated": 2}
_SCORE = attrgetter("score")
_SENTENCES = attrgetter("a", "b")


@dataclass(frozen=True)
class WireCopy:
    """Two articles that are (nearly) the same text, e.g. one agency story reprinted."""

    a: int
    b: int
    similarity: float


@dataclass
class Comparison:
    articles: list[Article]
    links: list[Link]
    problems: list[LoadProblem] = field(default_factory=list)
    wire_copies: list[WireCopy] = field(default_factory=list)
    # The stories the articles tell (stories.py); none given: all articles are one story.
    stories: list[Story] = field(default_factory=list)
    # The analysis cache's key of this comparison, when it is cached (things derived
    # from it, such as the fact sheet, are then kept under the same key).
    cache_key: str | None = None
    # The clusters of these links if already known (the analysis cache stores them):
    # exactly what _agreement_clusters(links) would return, which then need not run.
    known_clusters: InitVar[list[Cluster] | None] = None

    def __post_init__(self, known_clusters: list[Cluster] | None) -> None:
        if not self.stories and self.articles:
            first = self.articles[0].title
            self.stories = [Story(0, first, tuple(range(len(self.articles))))]
        self._story_of = {a: story for story in self.stories for a in story.articles}
        self._by_ref = _links_by_sentence(self.links)
        if known_clusters is None:
            known_clusters = _agreement_clusters(self.links)
        self._clusters = known_clusters
        self._cluster_of = {ref: c for c in self._clusters for ref in c.members}
        self._voice = _voices(len(self.articles), self.wire_copies)
        self._status: dict[SentenceRef, SentenceStatus] = {}
        self._by_status: dict[tuple[int, str], list[SentenceRef]] = {}

    # -- per sentence -------------------------------------------------------------------

    def counterparts(self, ref: SentenceRef) -> list[Link]:
        """All links of a sentence, contradictions first, then by descending score."""
        return self._by_ref.get(ref, [])

    def status(self, ref: SentenceRef) -> SentenceStatus:
        cached = self._status.get(ref)
        if cached is None:
            cached = self._status[ref] = self._compute_status(ref)
        return cached

    def _compute_status(self, ref: SentenceRef) -> SentenceStatus:
        kinds = {link.kind for link in self.counterparts(ref)}
        if "contradict" in kinds:
            return "contradict"
        if "agree" in kinds:
            return "agree"
        return "unique"

    def support(self, ref: SentenceRef) -> int:
        """How many other independent voices share this sentence's claim.

        Counted over the whole agreement cluster (a claim shared by A-B and B-C is shared by
        three), with wire copies of one story counted as one voice.
        """
        articles = {
            link.other(ref).article for link in self.counterparts(ref) if link.kind == "agree"
        }
        cluster = self._cluster_of.get(ref)
        if cluster is not None:
            articles.update(cluster.articles)
        articles.discard(ref.article)
        own = self._voice[ref.article]
        return len({self._voice[a] for a in articles} - {own})

    def cluster(self, ref: SentenceRef) -> Cluster | None:
        return self._cluster_of.get(ref)

    def aligned(self, ref: SentenceRef, article: int) -> SentenceRef | None:
        """The sentence of `article` that best matches `ref`, if any (for linked scrolling)."""
        for link in self.counterparts(ref):
            other = link.other(ref)
            if other.article == article:
                return other
        cluster = self._cluster_of.get(ref)
        if cluster is not None:
            for member in cluster.members:
                if member.article == article:
                    return member
        return None

    # -- per article --------------------------------------------------------------------

    def stats(self, article: int) -> ArticleStats:
        stats = ArticleStats()
        for sentence in self.articles[article].sentences:
            status = self.status(SentenceRef(article, sentence.index))
            setattr(stats, status, getattr(stats, status) + 1)
        return stats

    def refs_with_status(self, article: int, status: SentenceStatus) -> list[SentenceRef]:
        """Sentences of `article` with `status`, in order (computed once per pair: the
        next-contradiction key asks this on every press)."""
        key = (article, status)
        if key not in self._by_status:
            refs = (SentenceRef(article, s.index) for s in self.articles[article].sentences)
            self._by_status[key] = [ref for ref in refs if self.status(ref) == status]
        return self._by_status[key]

    def next_with_status(
        self, ref: SentenceRef, status: SentenceStatus, forward: bool = True
    ) -> SentenceRef | None:
        """The next (or previous) sentence of the same article with `status`, wrapping round."""
        candidates = self.refs_with_status(ref.article, status)
        if not candidates:
            return None
        if forward:
            later = [c for c in candidates if c.sentence > ref.sentence]
            return later[0] if later else candidates[0]
        earlier = [c for c in candidates if c.sentence < ref.sentence]
        return earlier[-1] if earlier else candidates[-1]

    def story(self, article: int) -> Story:
        """The story `article` belongs to."""
        return self._story_of[article]

    # -- whole corpus -------------------------------------------------------------------

    @property
    def clusters(self) -> list[Cluster]:
        """Agreement clusters, the most widely shared first."""
        return self._clusters

    def contradictions(self) -> list[Link]:
        return [link for link in self.links if link.kind == "contradict"]

    def sentence_text(self, ref: SentenceRef) -> str:
        return self.articles[ref.article].sentences[ref.sentence].text


def _links_by_sentence(links: list[Link]) -> dict[SentenceRef, list[Link]]:
    """Each sentence's links, contradictions first, then by descending score, ties in the
    order of `links`.

    One stable sort of all links, then a pass that deals them out, gives every sentence's
    list already in order: cheaper than sorting thousands of small lists with a key.
    """
    by_kind: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        by_kind[link.kind].append(link)
    by_ref: dict[SentenceRef, list[Link]] = defaultdict(list)
    for kind in sorted(by_kind, key=_KIND_ORDER.__getitem__):
        # reverse=True keeps equal scores in their original order (sorting stays stable).
        for link in sorted(by_kind[kind], key=_SCORE, reverse=True):
            by_ref[link.a].append(link)
            by_ref[link.b].append(link)
    return dict(by_ref)


def _agreement_clusters(links: list[Link]) -> list[Cluster]:
    """Group agreeing sentences into claims, strongest links first (average linkage).

    Plain connected components chain: A~B on the strike, B~C on the counter-strike, and
    soon one "claim" holds half the story. Two groups merge only when at least half of
    the pairs between them agree directly.
    """
    agree = [link for link in links if link.kind == "agree"]
    neighbours: dict[SentenceRef, set[SentenceRef]] = defaultdict(set)
    for link in agree:
        neighbours[link.a].add(link.b)
        neighbours[link.b].add(link.a)
    group_of: dict[SentenceRef, int] = {}
    groups: dict[int, list[SentenceRef]] = {}
    sets: dict[int, set[SentenceRef]] = {}  # the same groups, for intersections
    next_group = 0
    for link in _strongest_first(agree):
        for ref in (link.a, link.b):
            if ref not in group_of:
                # Not len(groups): merged groups are popped, so that would reuse an id.
                group_of[ref] = next_group
                groups[next_group], sets[next_group] = [ref], {ref}
                next_group += 1
        ga, gb = group_of[link.a], group_of[link.b]
        if ga == gb:
            continue
        # Agreeing pairs between the groups, counted from the smaller one (agreement is
        # symmetric, so either side gives the same count).
        small, large = (ga, gb) if len(groups[ga]) <= len(groups[gb]) else (gb, ga)
        other = sets[large]
        direct = sum(len(neighbours[x] & other) for x in groups[small])
        if direct * 2 >= len(groups[ga]) * len(groups[gb]):
            for ref in groups[gb]:
                group_of[ref] = ga
            groups[ga].extend(groups.pop(gb))
            sets[ga] |= sets.pop(gb)
    clusters = [
        Cluster(
            members=tuple(sorted(members)), articles=tuple(sorted({m.article for m in members}))
        )
        for members in groups.values()
        if len({m.article for m in members}) > 1
    ]
    clusters.sort(key=lambda c: (-len(c.articles), c.members[0]))
    return clusters


def _strongest_first(links: list[Link]) -> list[Link]:
    """By descending score, ties by sentence (a, then b): two stable sorts with C keys,
    the order the key (-score, a, b) gives, without a Python call per link."""
    ordered = sorted(links, key=_SENTENCES)
    ordered.sort(key=_SCORE, reverse=True)
    return ordered


def _voices(article_count: int, wire_copies: list[WireCopy]) -> list[int]:
    """Map each article to a representative, merging wire copies into one voice."""
    voice = list(range(article_count))

    def find(x: int) -> int:
        while voice[x] != x:
            voice[x] = voice[voice[x]]
            x = voice[x]
        return x

    for copy in wire_copies:
        ra, rb = find(copy.a), find(copy.b)
        if ra != rb:
            voice[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(article_count)]
