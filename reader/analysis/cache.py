"""A disk cache of analyses: reopening an unchanged corpus skips the aligner.

An entry is keyed by everything the links depend on: the engine version, a fingerprint of
the engine's source, the matching settings, and each article's path, file hash and
sentences. Beside the links it keeps the agreement clusters computed from them, so a
reopened Comparison need not cluster again. It is plain JSON (a cache file is untrusted
input: pickle would run code), laid out in columns (one list of scores, one of sentence
indices...) because a list of numbers parses far faster than an object per link; written
atomically, and checked on reading; an entry that is stale, corrupt or foreign is ignored
and rebuilt, never fatal. The folder is created on first write, never at import.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from reader.analysis.align import Alignment
from reader.analysis.comparison import WireCopy
from reader.analysis.settings import MatchSettings
from reader.analysis.stories import Story
from reader.disk_cache import cache_directory, read_entry, source_fingerprint, write_entry
from reader.model import Article, Cluster, Link, SentenceRef

# cache_directory is re-exported: callers ask this module where analyses are kept.
__all__ = ["StoredAnalysis", "analysis_key", "cache_directory", "load_analysis", "store_analysis"]

# Bump when the meaning of a stored analysis changes in a way the source fingerprint
# below would not catch (a new field, say).
ENGINE_VERSION = 4
_FORMAT = "reader-analysis"
_ENGINE_PACKAGES = ("analysis", "text", "facts", "lexicon")
# Each link's kind is one letter of a string: compact, and parsed at C speed.
_KIND_OF_LETTER = {"a": "agree", "c": "contradict"}
_LETTER_OF_KIND = {kind: letter for letter, kind in _KIND_OF_LETTER.items()}
# Old entries are removed beyond this many, least recently written first.
_MAX_ENTRIES = 32


@dataclass(frozen=True)
class StoredAnalysis:
    alignment: Alignment
    clusters: list[Cluster]


def analysis_key(articles: list[Article], settings: MatchSettings) -> str:
    digest = hashlib.sha256()
    header = {"engine": ENGINE_VERSION, "source": _engine_fingerprint(), **asdict(settings)}
    digest.update(json.dumps(header, sort_keys=True).encode())
    for article in articles:
        digest.update(json.dumps([article.path, article.content_hash]).encode())
        for sentence in article.sentences:
            digest.update(b"\0" + sentence.text.encode("utf-8", "surrogatepass"))
        digest.update(b"\1")
    return digest.hexdigest()


def load_analysis(key: str, articles: list[Article]) -> StoredAnalysis | None:
    """The stored analysis for `key`, or None when there is none or it cannot be trusted."""
    data = read_entry(cache_directory() / f"{key}.json")
    try:
        return _decode(data, key, articles)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def store_analysis(key: str, alignment: Alignment, clusters: list[Cluster]) -> bool:
    """Write the entry atomically; False (and nothing written) if the disk says no, or if
    the analysis holds something the layout cannot carry."""
    try:
        data = _encode(key, alignment, clusters)
    except KeyError:  # a kind other than agree/contradict: leave it uncached
        return False
    return write_entry(cache_directory() / f"{key}.json", data, _MAX_ENTRIES)


# -- layout ---------------------------------------------------------------------------------


def _encode(key: str, alignment: Alignment, clusters: list[Cluster]) -> dict[str, Any]:
    links = alignment.links
    reason_rows: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
    refs: list[int] = []
    for link in links:
        refs += (link.a.article, link.a.sentence, link.b.article, link.b.sentence)
    return {
        "format": _FORMAT,
        "engine": ENGINE_VERSION,
        "key": key,
        "kinds": "".join(_LETTER_OF_KIND[link.kind] for link in links),
        "scores": [link.score for link in links],
        # Many links share a reason list (a sixth are distinct): each stored once, by number.
        "reason_of": [
            reason_rows.setdefault((link.reasons, link.types), len(reason_rows)) for link in links
        ],
        "reasons": [list(reasons) for reasons, _ in reason_rows],
        "types": [list(types) for _, types in reason_rows],
        "refs": refs,
        "wire_copies": [[w.a, w.b, w.similarity] for w in alignment.wire_copies],
        "clusters": [[n for m in c.members for n in (m.article, m.sentence)] for c in clusters],
        "stories": [[s.title, list(s.articles)] for s in alignment.stories],
    }


def _decode(data: Any, key: str, articles: list[Article]) -> StoredAnalysis | None:
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return None
    if data.get("engine") != ENGINE_VERSION or data.get("key") != key:
        return None
    refs = _sentence_refs(articles)
    links = _links(data, refs)
    wire = []
    for a, b, similarity in data["wire_copies"]:
        if not all(type(i) is int and 0 <= i < len(articles) for i in (a, b)):
            raise IndexError("article out of range")
        wire.append(WireCopy(a, b, float(similarity)))
    clusters = [_cluster(_indices(flat), refs) for flat in data["clusters"]]
    stories = _stories(data["stories"], len(articles))
    return StoredAnalysis(Alignment(links, wire, stories), clusters)


def _stories(rows: Any, count: int) -> list[Story]:
    """Stored stories, which must hold every article exactly once."""
    stories = []
    for number, (title, members) in enumerate(rows):
        if not isinstance(title, str) or not _indices(members):
            raise ValueError("bad story")
        stories.append(Story(number, title, tuple(members)))
    if sorted(a for s in stories for a in s.articles) != list(range(count)):
        raise ValueError("stories do not cover the articles once each")
    return stories


def _sentence_refs(articles: list[Article]) -> list[list[SentenceRef]]:
    """Every sentence's ref, made once: links and clusters share them, and a stored index
    outside an article raises IndexError (negative ones are refused by _indices)."""
    return [
        [SentenceRef(a, s) for s in range(len(art.sentences))] for a, art in enumerate(articles)
    ]


def _links(data: dict[str, Any], refs: list[list[SentenceRef]]) -> list[Link]:
    reasons = [tuple(row) for row in data["reasons"]]
    types = [tuple(row) for row in data["types"]]
    if len(types) != len(reasons):
        raise ValueError("reasons and types differ in length")
    if not all(isinstance(text, str) for rows in (reasons, types) for row in rows for text in row):
        raise ValueError("bad reason")
    scores = data["scores"]
    if not _only(scores, float):
        if not _only(scores, float, int):
            raise ValueError("bad score")
        scores = [float(score) for score in scores]
    kinds = [_KIND_OF_LETTER[letter] for letter in data["kinds"]]
    flat = _indices(data["refs"])
    columns = (kinds, scores, _indices(data["reason_of"]), *(flat[n::4] for n in range(4)))
    return [
        Link(kind, score, reasons[reason], refs[aa][asent], refs[ba][bsent], types[reason])
        for kind, score, reason, aa, asent, ba, bsent in zip(*columns, strict=True)
    ]


def _cluster(flat: list[int], refs: list[list[SentenceRef]]) -> Cluster:
    if len(flat) < 4 or len(flat) % 2:
        raise ValueError("a cluster joins at least two sentences")
    members = tuple(sorted(refs[a][s] for a, s in zip(flat[0::2], flat[1::2], strict=True)))
    return Cluster(members=members, articles=tuple(sorted({m.article for m in members})))


def _indices(values: Any) -> list[int]:
    """A list of non-negative integers (bool is not one), or ValueError."""
    if not (isinstance(values, list) and _only(values, int)):
        raise ValueError("not a list of integers")
    if values and min(values) < 0:
        raise ValueError("negative index")
    return values


def _only(values: list[Any], *types: type) -> bool:
    """Whether every value is exactly of one of `types` (bool is not int here): one pass
    in C, which matters on lists of a quarter of a million numbers."""
    return set(map(type, values)) <= set(types)


@lru_cache(maxsize=1)
def _engine_fingerprint() -> str:
    """Hash of the source that decides relations (see disk_cache.source_fingerprint)."""
    return source_fingerprint(*_ENGINE_PACKAGES)
