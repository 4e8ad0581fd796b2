"""Align the sentences of many articles: which pairs agree, which contradict.

Comparing every sentence with every other is quadratic, so only pairs with a real chance
of relating are judged (blocking, as passim and TextPAIR do):

0. The articles are first grouped into stories (stories.py) and each story is aligned on its
   own, with its own word rarity: one story is never set against another, and a day's
   coverage of many stories costs the sum of its stories, not the square of the whole.
1. Each distinct sentence text is judged once, however many articles carry it, and exact
   copies of an article are analysed once (wire.py); their links are then shared out.
2. Candidates come from an inverted index over the sentences' discriminating words (the
   posting lists of words in more than 5% of sentences are dropped): two sentences are
   candidates when they share an indexed word and at least one more word. Counting is
   done per sentence with Counter.update over posting lists, which runs in C.
3. A cheap check on the full word sets (gate.worth_judging: relate()'s own test, on word
   sets) then drops candidates that cannot be linked, before the full judgement:
   relate.judge_screened(), relate.judge()'s verdict for less (the detectors a pair's
   sentences cannot set off are not asked; judge_pairs_reference() is the plain way, and
   tests hold the two to the same links).
4. Stories are independent: a large input's are aligned in worker processes
   (parallel.py), biggest first, and put together in story order as one by one.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

from reader.analysis.comparison import WireCopy
from reader.analysis.gate import worth_judging
from reader.analysis.parallel import align_in_workers, worker_count
from reader.analysis.profile import Profile, profile
from reader.analysis.relate import judge, judge_screened
from reader.analysis.settings import MatchSettings
from reader.analysis.stories import Story, group_stories
from reader.analysis.wire import ExactCopies, exact_copies, near_copies
from reader.model import Article, Judgement, Link, SentenceRef

Progress = Callable[[int, int], None]

# A word in more than this share of all sentences says nothing about which ones match
# ("Iran" in a corpus about Iran); it is left out of the index (it still counts in the
# check of step 3). Small corpora index every word in at most _MIN_POSTINGS sentences.
_COMMON_SHARE = 0.05
_MIN_POSTINGS = 64
_PROGRESS_STEPS = 100


@dataclass(frozen=True)
class Alignment:
    links: list[Link]
    wire_copies: list[WireCopy]
    stories: list[Story] = field(default_factory=list)


def align(
    articles: list[Article],
    settings: MatchSettings,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Alignment:
    """Group the articles into stories and align each story's articles among themselves.

    Stories are independent: a large input's stories are aligned in `workers` processes
    (by default one per core; see parallel.py), with the same result as one by one."""
    profiles = sentence_profiles(articles)
    stories = group_articles(articles, profiles)
    sizes = [sum(len(profiles[i]) for i in story.articles) for story in stories]
    total = max(1, sum(sizes))
    jobs = [k for k, story in enumerate(stories) if len(story.articles) > 1]
    count = worker_count(workers, [sizes[k] for k in jobs])
    if count > 1:
        parts = align_in_workers(
            jobs, articles, profiles, stories, sizes, settings, progress, cancelled, count
        )
    else:
        parts = _align_one_by_one(
            jobs, articles, profiles, stories, sizes, settings, progress, cancelled
        )
    links: list[Link] = []
    wire: list[WireCopy] = []
    for k in jobs:
        part = parts.get(k)
        if part is None:
            continue  # cancelled before its turn
        members = stories[k].articles
        links += (_moved(link, members) for link in part.links)
        wire += (WireCopy(members[w.a], members[w.b], w.similarity) for w in part.wire_copies)
    if progress is not None:
        progress(total, total)
    links.sort(key=lambda link: (link.a, link.b))
    return Alignment(links, sorted(wire, key=lambda w: (w.a, w.b)), stories)


def _align_one_by_one(
    jobs: list[int],
    articles: list[Article],
    profiles: list[list[Profile]],
    stories: list[Story],
    sizes: list[int],
    settings: MatchSettings,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> dict[int, Alignment]:
    """Each story's alignment (story number -> its own numbering), in this process."""
    total = max(1, sum(sizes))
    parts: dict[int, Alignment] = {}
    for k in jobs:
        if cancelled is not None and cancelled():
            break
        members = stories[k].articles
        parts[k] = align_story(
            [articles[i] for i in members],
            [profiles[i] for i in members],
            settings,
            _share_of(progress, sum(sizes[:k]), sizes[k], total),
            cancelled,
        )
    return parts


def group_articles(
    articles: list[Article], profiles: list[list[Profile]] | None = None
) -> list[Story]:
    """The stories the articles tell (stories.py), from their titles and sentences."""
    if profiles is None:
        profiles = sentence_profiles(articles)
    titles = [a.title for a in articles]
    return group_stories(titles, profiles, [profile(title) for title in titles])


def _share_of(progress: Progress | None, before: int, size: int, total: int) -> Progress | None:
    """One story's progress as its share of the whole (stories weighed by sentences)."""
    if progress is None:
        return None
    return lambda done, of: progress(before + size * done // max(1, of), total)


def _moved(link: Link, members: tuple[int, ...]) -> Link:
    """A link of a story's own article numbering, in the whole input's (kept in order:
    `members` ascends)."""
    a = SentenceRef(members[link.a.article], link.a.sentence)
    b = SentenceRef(members[link.b.article], link.b.sentence)
    return Link(link.kind, link.score, link.reasons, a, b, link.types)


def align_story(
    articles: list[Article],
    profiles: list[list[Profile]],
    settings: MatchSettings,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Alignment:
    """Align the articles of one story: every relation between them."""
    rarity = word_rarity(profiles)
    copies = exact_copies(articles)
    texts = DistinctTexts(profiles, copies)
    pairs = texts.candidates(rarity, settings)
    judged = _judge_pairs(pairs, texts.profiles, settings, rarity, progress, cancelled)
    links = [link for (u, v), j in judged for link in texts.links(u, v, j)]
    links = _lend_to_copies(links, copies)
    links.sort(key=lambda link: (link.a, link.b))
    wire = copies.wire_copies() + near_copies(articles, links)
    return Alignment(links, wire)


def sentence_profiles(articles: list[Article]) -> list[list[Profile]]:
    return [[profile(s.text) for s in article.sentences] for article in articles]


class Rarity(dict):
    """Word -> inverse sentence frequency in one corpus, with each sentence's summed
    weight kept as it is first asked for (relate.rare_word_overlap)."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.weights: dict[str, float] = {}


def word_rarity(profiles: list[list[Profile]]) -> Rarity:
    """Inverse sentence frequency of each word in the corpus: "Iran" in a corpus about
    Iran weighs little, "Jaish" or "nine" weigh much."""
    count = sum(len(p) for p in profiles)
    frequency = Counter(k for ps in profiles for p in ps for k in p.words | p.numbers)
    return Rarity({key: math.log((count + 1) / (df + 0.5)) for key, df in frequency.items()})


def candidate_pairs(
    profiles: list[list[Profile]], settings: MatchSettings | None = None
) -> list[tuple[SentenceRef, SentenceRef]]:
    """Pairs of sentences from different articles that the aligner judges."""
    settings = settings or MatchSettings()
    texts = DistinctTexts(profiles, ExactCopies(list(range(len(profiles)))))
    pairs = texts.candidates(word_rarity(profiles), settings)
    return [refs for u, v in pairs for refs in texts.sentence_pairs(u, v)]


class DistinctTexts:
    """The distinct sentence texts of the analysed articles, and where each occurs."""

    def __init__(self, profiles: list[list[Profile]], copies: ExactCopies) -> None:
        index_of: dict[str, int] = {}
        self.profiles: list[Profile] = []
        self.occurrences: list[list[SentenceRef]] = []
        for a, article_profiles in enumerate(profiles):
            if not copies.is_representative(a):
                continue
            for s, p in enumerate(article_profiles):
                u = index_of.setdefault(p.text, len(self.profiles))
                if u == len(self.profiles):
                    self.profiles.append(p)
                    self.occurrences.append([])
                self.occurrences[u].append(SentenceRef(a, s))

    def candidates(
        self, rarity: dict[str, float], settings: MatchSettings
    ) -> list[tuple[int, int]]:
        """Pairs (u, v), u <= v, of distinct texts worth judging; (u, u) when one text is
        in several articles."""
        keysets = [p.words | p.numbers for p in self.profiles]
        weights = [sum(rarity[k] for k in keys) for keys in keysets]
        postings, common = _postings(keysets)
        common_keys = [keys & common for keys in keysets]
        only_article = [_only_article(refs) for refs in self.occurrences]
        pairs = [(u, u) for u, refs in enumerate(self.occurrences) if _in_two_articles(refs)]
        for u, keys in enumerate(keysets):
            shared: Counter[int] = Counter()
            for key in keys:
                ids = postings.get(key)
                if ids:
                    shared.update(ids[bisect_right(ids, u) :])
            mine, article_u = common_keys[u], only_article[u]
            for v, n in shared.items():
                # Both texts only in one and the same article: nothing to compare across.
                if article_u is not None and article_u == only_article[v]:
                    continue
                # One shared indexed word is enough if a common word is shared too: "killed"
                # is common in a story about an attack, yet half of what two reports agree on.
                if n == 1 and (not mine or mine.isdisjoint(common_keys[v])):
                    continue
                if worth_judging(
                    self.profiles[u], self.profiles[v], weights[u] + weights[v], rarity, settings
                ):
                    pairs.append((u, v))
        return pairs

    def links(self, u: int, v: int, judgement: Judgement) -> Iterator[Link]:
        """The judgement of two texts, as links between their sentences in different articles."""
        for a, b in self.sentence_pairs(u, v):
            yield Link(judgement.kind, judgement.score, judgement.reasons, a, b, judgement.types)

    def sentence_pairs(self, u: int, v: int) -> Iterator[tuple[SentenceRef, SentenceRef]]:
        """Sentences of texts u and v in different articles, each pair in (a < b) order."""
        if u == v:
            refs = combinations(self.occurrences[u], 2)
        else:
            refs = ((a, b) for a in self.occurrences[u] for b in self.occurrences[v])
        for a, b in refs:
            if a.article != b.article:
                yield (a, b) if a < b else (b, a)


def _only_article(refs: list[SentenceRef]) -> int | None:
    """The article a text occurs in, when it occurs in only one."""
    first = refs[0].article
    return first if all(r.article == first for r in refs) else None


def _postings(keysets: list[frozenset[str]]) -> tuple[dict[str, list[int]], frozenset[str]]:
    """Word -> ascending ids of the texts that have it, for words that are not everywhere;
    and the common words left out."""
    frequency = Counter(key for keys in keysets for key in keys)
    cap = max(_MIN_POSTINGS, int(_COMMON_SHARE * len(keysets)))
    postings: dict[str, list[int]] = defaultdict(list)
    for u, keys in enumerate(keysets):
        for key in keys:
            if 1 < frequency[key] <= cap:
                postings[key].append(u)
    common = frozenset(key for key, n in frequency.items() if n > cap)
    return dict(postings), common


def _in_two_articles(refs: list[SentenceRef]) -> bool:
    return len(refs) > 1 and any(r.article != refs[0].article for r in refs)


def _judge_pairs(
    pairs: list[tuple[int, int]],
    profiles: list[Profile],
    settings: MatchSettings,
    rarity: dict[str, float],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Iterable[tuple[tuple[int, int], Judgement]]:
    """The judgement of every candidate pair that is not unrelated (judge_screened: the
    same verdicts as judge_pairs_reference, for less)."""
    total = len(pairs)
    step = max(1, total // _PROGRESS_STEPS)
    for done, (u, v) in enumerate(pairs):
        if done % step == 0:
            if cancelled is not None and cancelled():
                return
            if progress is not None:
                progress(done, total)
        judgement = judge_screened(profiles[u], profiles[v], settings, rarity)
        if judgement.kind != "unrelated":
            yield (u, v), judgement
    if progress is not None:
        progress(total, total)


def judge_pairs_reference(
    pairs: list[tuple[int, int]],
    profiles: list[Profile],
    settings: MatchSettings,
    rarity: dict[str, float],
) -> list[tuple[tuple[int, int], Judgement]]:
    """What _judge_pairs must give: relate.judge() of every pair, as it stands (tests)."""
    judged = (
        (pair, judge(profiles[pair[0]], profiles[pair[1]], settings, rarity)) for pair in pairs
    )
    return [(pair, j) for pair, j in judged if j.kind != "unrelated"]


def _lend_to_copies(links: list[Link], copies: ExactCopies) -> list[Link]:
    """Give every exact copy of an article the links its representative got."""
    members = copies.members
    if all(len(group) == 1 for group in members.values()):
        return links
    lent = []
    for link in links:
        if len(members[link.a.article]) == 1 and len(members[link.b.article]) == 1:
            lent.append(link)  # neither article has a copy: the link stands as it is
            continue
        for x in members[link.a.article]:
            for y in members[link.b.article]:
                a, b = SentenceRef(x, link.a.sentence), SentenceRef(y, link.b.sentence)
                first, second = (a, b) if a < b else (b, a)
                lent.append(Link(link.kind, link.score, link.reasons, first, second, link.types))
    return lent
