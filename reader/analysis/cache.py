"""A disk cache of analyses: reopening an unchanged corpus skips the aligner.

An entry is keyed by everything the links depend on: the engine version, a fingerprint of
the engine's source, the matching settings, and each article's path, file hash and
sentences. It is plain JSON (a cache file is untrusted input: pickle would run code),
written atomically, and checked on reading; an entry that is stale, corrupt or foreign is
ignored and rebuilt, never fatal. The folder is created on first write, never at import.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from reader.analysis.align import Alignment
from reader.analysis.comparison import WireCopy
from reader.analysis.settings import MatchSettings
from reader.model import Article, Link, SentenceRef

# Bump when the meaning of a stored analysis changes in a way the source fingerprint
# below would not catch (a new field, say).
ENGINE_VERSION = 1
_FORMAT = "reader-analysis"
_ENGINE_PACKAGES = ("analysis", "text")
_KINDS = ("agree", "contradict")
# Old entries are removed beyond this many, least recently written first.
_MAX_ENTRIES = 32


def cache_directory() -> Path:
    """$READER_CACHE_DIR, else $XDG_CACHE_HOME/reader, else ~/.cache/reader."""
    override = os.environ.get("READER_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "reader"


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


def load_analysis(key: str, articles: list[Article]) -> Alignment | None:
    """The stored analysis for `key`, or None when there is none or it cannot be trusted."""
    try:
        data = json.loads((cache_directory() / f"{key}.json").read_text("utf-8"))
        return _decode(data, key, articles)
    except (OSError, ValueError, TypeError, KeyError, IndexError, RecursionError):
        return None


def store_analysis(key: str, alignment: Alignment) -> bool:
    """Write the entry atomically; False (and nothing written) if the disk says no."""
    data = {
        "format": _FORMAT,
        "engine": ENGINE_VERSION,
        "key": key,
        "links": [_link_row(link) for link in alignment.links],
        "wire_copies": [[w.a, w.b, w.similarity] for w in alignment.wire_copies],
    }
    folder = cache_directory()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, folder / f"{key}.json")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    _prune(folder)
    return True


def _link_row(link: Link) -> list[Any]:
    a, b = link.a, link.b
    return [link.kind, link.score, list(link.reasons), a.article, a.sentence, b.article, b.sentence]


def _decode(data: Any, key: str, articles: list[Article]) -> Alignment | None:
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return None
    if data.get("engine") != ENGINE_VERSION or data.get("key") != key:
        return None
    sizes = [len(article.sentences) for article in articles]

    def ref(article: Any, sentence: Any) -> SentenceRef:
        if not (isinstance(article, int) and isinstance(sentence, int)):
            raise ValueError("index is not an integer")
        if not (0 <= article < len(sizes) and 0 <= sentence < sizes[article]):
            raise IndexError("sentence out of range")
        return SentenceRef(article, sentence)

    links = []
    for kind, score, reasons, a_art, a_sent, b_art, b_sent in data["links"]:
        if kind not in _KINDS or not isinstance(score, int | float):
            raise ValueError("bad link")
        if not all(isinstance(reason, str) for reason in reasons):
            raise ValueError("bad reason")
        links.append(
            Link(kind, float(score), tuple(reasons), ref(a_art, a_sent), ref(b_art, b_sent))
        )
    wire = []
    for a, b, similarity in data["wire_copies"]:
        if not all(isinstance(i, int) and 0 <= i < len(sizes) for i in (a, b)):
            raise IndexError("article out of range")
        wire.append(WireCopy(a, b, float(similarity)))
    return Alignment(links, wire)


@lru_cache(maxsize=1)
def _engine_fingerprint() -> str:
    """Hash of the source that decides relations: editing the engine invalidates the cache
    even when nobody remembers to bump ENGINE_VERSION."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for package in _ENGINE_PACKAGES:
        for source in sorted((root / package).glob("*.py")):
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
    digest.update((root / "model.py").read_bytes())
    return digest.hexdigest()


def _prune(folder: Path) -> None:
    """Keep the newest entries; another process pruning at the same time is no error."""
    try:
        entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in entries[_MAX_ENTRIES:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass
