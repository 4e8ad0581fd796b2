"""Quotes lined up across outlets: the same words, altered wording, another speaker, or
a quote only one outlet has.

Two quotes of different articles are one quote when their words match closely
(rapidfuzz ratio over the normalised words), or when one is an excerpt of the other
(partial ratio, at least a few words long). The versions of a quote are its distinct
wordings (and speakers); each is shown as a word diff against the wording most outlets
use. An excerpt is not an alteration; changed words inside the quote are.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz import fuzz

from reader.analysis.comparison import Comparison
from reader.factsheet.model import ALTERED, ONE_OUTLET, OTHER_SPEAKER, SAME, Claim, Quote, Version
from reader.factsheet.quotes_find import FoundQuote, quotes_in, words
from reader.factsheet.wording import altered, word_diff

_SAME_RATIO = 75  # whole quotes this alike are one quote in two wordings
_EXCERPT_RATIO = 90  # ... and an excerpt this alike to part of a longer one
_EXCERPT_WORDS = 5
# Words of a speaker's title, not of a name: "Secretary" alone names nobody, and "Interior
# Secretary Kempthorne" and "Secretary Salazar" are two people.
_TITLES = frozenset(
    """mr mrs ms dr sir the a an of his her their its president secretary minister prime
    governor gov police chief officer officers official officials spokesman spokeswoman
    spokesperson director senator sen judge const lt sgt gen general mayor interior foreign
    state says said rep representative agent lawyer attorney manager coach""".split()
)


def find_quotes(comparison: Comparison) -> list[Quote]:
    found = [q for i, a in enumerate(comparison.articles) for q in quotes_in(a, i)]
    keys = [" ".join(words(q.text)) for q in found]
    parent = list(range(len(found)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # A quote is sought only in its own story: two stories' quotes are never one quote.
    by_story: dict[int, list[int]] = defaultdict(list)
    for i, q in enumerate(found):
        by_story[comparison.story(q.article).id].append(i)
    for ids in by_story.values():
        for x, y in _matching_pairs([keys[i] for i in ids]):
            i, j = ids[x], ids[y]
            if found[i].article != found[j].article:
                parent[find(i)] = find(j)
    groups: dict[int, list[FoundQuote]] = defaultdict(list)
    for i, q in enumerate(found):
        groups[find(i)].append(q)
    quotes = [_quote(members) for members in groups.values()]
    order = {SAME: 1, ALTERED: 0, OTHER_SPEAKER: 0, ONE_OUTLET: 2}
    quotes.sort(key=lambda q: (order[q.status], -len(q.articles), q.versions[0].claims[0].ref))
    return quotes


def _matching_pairs(keys: list[str]):
    """Pairs of quotes that are one quote: candidates share two longer words (an inverted
    index keeps this near-linear on a large corpus), then rapidfuzz decides."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        for word in {w for w in key.split() if len(w) >= _INDEX_WORD}:
            index[word].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for ids in index.values():
        if len(ids) > _COMMON:
            continue  # a word in very many quotes tells none apart
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                shared[ids[x], ids[y]] += 1
    lengths = [len(k.split()) for k in keys]
    for (i, j), n in shared.items():
        if n < _SHARED_WORDS and min(lengths[i], lengths[j]) > _SHARED_WORDS:
            continue
        if (
            fuzz.ratio(keys[i], keys[j], score_cutoff=_SAME_RATIO)
            or min(lengths[i], lengths[j]) >= _EXCERPT_WORDS
            and fuzz.partial_ratio(keys[i], keys[j], score_cutoff=_EXCERPT_RATIO)
        ):
            yield i, j


_INDEX_WORD = 4
_COMMON = 200
_SHARED_WORDS = 2


def _quote(members: list[FoundQuote]) -> Quote:
    speakers = _speaker_groups([q.speaker for q in members if _named(q.speaker)])
    named = Counter(speakers[q.speaker] for q in members if _named(q.speaker))
    main_speaker = named.most_common(1)[0][0] if named else ""
    by_version: dict[tuple, list[FoundQuote]] = defaultdict(list)
    for q in members:
        who = speakers[q.speaker] if _named(q.speaker) else main_speaker
        by_version[(tuple(words(q.text)), who)].append(q)
    ordered = sorted(
        by_version.items(),
        key=lambda kv: (
            -len({q.article for q in kv[1]}),
            min((q.article, q.sentence) for q in kv[1]),
        ),
    )
    first_text = ordered[0][1][0].text
    versions = []
    for (_, who), quoted in ordered:
        claims = tuple(sorted({Claim(_ref(q), q.text) for q in quoted}, key=lambda c: c.ref))
        text = quoted[0].text
        diff = word_diff(first_text, text) if versions else ()
        versions.append(Version(text, claims, speaker=who, diff=diff))
    articles = {q.article for q in members}
    if len(articles) < 2:
        status = ONE_OUTLET
    elif any(altered(v.diff) for v in versions):
        status = ALTERED
    elif len({v.speaker for v in versions}) > 1:
        status = OTHER_SPEAKER
    else:
        status = SAME
    return Quote(main_speaker, status, tuple(versions))


def _ref(q: FoundQuote):
    from reader.model import SentenceRef

    return SentenceRef(q.article, q.sentence)


def _named(speaker: str) -> bool:
    """Does the attribution name someone (not only a title: "the official", "Police")?"""
    return any(w not in _TITLES for w in words(speaker))


def _speaker_groups(names: list[str]) -> dict[str, str]:
    """Each speaker's name as most outlets write it: "Lodhi", "Maleeha Lodhi" and "Ms.
    Lodhi" are one speaker (a shared name word); the fullest name stands for the group."""
    canon: dict[str, str] = {}
    groups: list[tuple[set[str], list[str]]] = []
    for name in sorted(set(names), key=lambda n: -len(n)):
        parts = {w for w in words(name) if w not in _TITLES}
        for group_words, group_names in groups:
            if parts & group_words:
                group_words |= parts
                group_names.append(name)
                break
        else:
            groups.append((parts, [name]))
    for _, group_names in groups:
        for name in group_names:
            canon[name] = group_names[0]
    return canon
