"""A disk cache of loaded articles: reopening a corpus does not decode, clean and segment
its unchanged files again.

Under one loader, a file's article depends only on its path as given (the id, the fallback
outlet and the warnings name it), its bytes, and the metadata overrides of the config. So
each stored article carries the sha256 of the bytes and the overrides, and is reused only
when the file read now has the same path, hash and overrides: the modification time is
never trusted. A change to the loader's source (reader/corpus, reader/text, the model) or
to the libraries it uses invalidates everything.

The articles of one `load_articles` call share one pack file (one read on reopen), named
after the paths given; entries are still checked file by file, so a changed file is the
only one parsed again. Packs are JSON (see reader/disk_cache.py); a pack or entry that
cannot be trusted is ignored, and the file is parsed as if nothing were stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import rapidfuzz
import yaml

from reader.corpus.metadata import METADATA_KEYS
from reader.disk_cache import cache_directory, read_entry, source_fingerprint, write_entry
from reader.model import Article, Block, RemovedPassage, Sentence

# Bump when the stored layout changes (the fingerprint covers this file too, but the
# number says so on purpose).
LOADER_VERSION = 1
_FORMAT = "reader-articles"
_FOLDER = "articles"
_MAX_PACKS = 32
_BLOCK_KINDS = ("heading", "paragraph", "list_item")
_CODE_OF_KIND = {kind: code for code, kind in enumerate(_BLOCK_KINDS)}


class _Untrusted(Exception):
    """A stored article that fails a check: parse the file instead."""


class ArticleCache:
    """The stored articles of one corpus: `lookup` before parsing, `remember` after,
    `save` once at the end."""

    def __init__(self, paths: Sequence[str | Path]) -> None:
        self._file = cache_directory() / _FOLDER / f"{_pack_name(paths)}.json"
        self._stored = _read_pack(self._file)
        self._current: dict[str, list[Any]] = {}
        self._changed = False

    def lookup(self, path: str, digest: str, override: Mapping[str, str]) -> Article | None:
        """The stored article of `path` if its bytes hash to `digest` and it was loaded
        with the same overrides, else None."""
        entry = self._stored.get(path)
        if not (isinstance(entry, list) and len(entry) == 3):
            return None
        stored_digest, stored_override, row = entry
        meta = _override_row(override)
        if meta is None or stored_digest != digest or stored_override != meta:
            return None
        try:
            article = _decode(path, digest, row)
        except (_Untrusted, ValueError, TypeError, IndexError):
            return None
        self._current[path] = entry
        return article

    def remember(self, path: str, override: Mapping[str, str], article: Article) -> None:
        """Keep a freshly parsed article (before any renaming for a duplicate id)."""
        self._changed = True
        meta, row = _override_row(override), _encode(article)
        if meta is not None and row is not None:
            self._current[path] = [article.content_hash, meta, row]

    def save(self) -> None:
        """Write the pack if anything was parsed or a stored file is gone; failing to
        write only means parsing again next time."""
        if not self._changed and self._current.keys() == self._stored.keys():
            return
        data = {
            "format": _FORMAT,
            "version": LOADER_VERSION,
            "loader": _loader_fingerprint(),
            "files": self._current,
        }
        write_entry(self._file, data, _MAX_PACKS)


def _pack_name(paths: Sequence[str | Path]) -> str:
    """Which pack a call reads: only a matter of locality, correctness comes from the
    per-file checks."""
    try:
        here = os.getcwd()
    except OSError:  # the working folder was deleted
        here = ""
    given = json.dumps([here, [str(path) for path in paths]])
    return hashlib.sha256(given.encode("utf-8", "surrogatepass")).hexdigest()


def _read_pack(file: Path) -> dict[str, Any]:
    data = read_entry(file)
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return {}
    if data.get("version") != LOADER_VERSION or data.get("loader") != _loader_fingerprint():
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _override_row(override: Mapping[str, str]) -> list[str | None] | None:
    """The overrides that reach the article (see loader._parse), or None when they cannot
    be stored as JSON and compared back exactly."""
    values = [override.get(key) for key in METADATA_KEYS]
    return values if all(v is None or isinstance(v, str) for v in values) else None


# -- article <-> JSON rows -----------------------------------------------------------------


def _encode(article: Article) -> list[Any] | None:
    """A compact row: sentence texts are not stored but sliced back out of the text, so an
    article that breaks that promise (or numbers its sentences oddly) is not stored."""
    sentences: list[int] = []
    for position, sentence in enumerate(article.sentences):
        if sentence.index != position:
            return None
        if article.text[sentence.start : sentence.end] != sentence.text:
            return None
        sentences += (sentence.block, sentence.start, sentence.end)
    blocks: list[int] = []
    for block in article.blocks:
        if block.kind not in _CODE_OF_KIND:
            return None
        blocks += (_CODE_OF_KIND[block.kind], block.start, block.end)
    removed = [[passage.reason, passage.text] for passage in article.removed]
    return [
        article.id,
        article.title,
        article.outlet,
        article.text,
        blocks,
        sentences,
        article.date,
        article.url,
        removed,
        list(article.warnings),
    ]


def _decode(path: str, digest: str, row: Any) -> Article:
    """The article of a stored row, every value checked: a row is untrusted input."""
    article_id, title, outlet, text, blocks, sentences, date, url, removed, warnings = row
    _require(all(isinstance(value, str) for value in (article_id, title, outlet, text)))
    _require(all(value is None or isinstance(value, str) for value in (date, url)))
    block_list = _blocks(blocks, len(text))
    _require(isinstance(removed, list) and isinstance(warnings, list))
    _require(all(isinstance(item, list) and len(item) == 2 for item in removed))
    _require(all(isinstance(value, str) for value in warnings))
    passages = tuple(RemovedPassage(reason, passage) for reason, passage in removed)
    _require(all(isinstance(p.reason, str) and isinstance(p.text, str) for p in passages))
    return Article(
        id=article_id,
        path=path,
        title=title,
        outlet=outlet,
        text=text,
        blocks=block_list,
        sentences=_sentences(sentences, text, len(block_list)),
        date=date,
        url=url,
        removed=passages,
        warnings=tuple(warnings),
        content_hash=digest,
    )


def _blocks(flat: Any, length: int) -> tuple[Block, ...]:
    _require_triples(flat)
    blocks = []
    for kind, start, end in zip(flat[0::3], flat[1::3], flat[2::3], strict=True):
        if not (0 <= kind < len(_BLOCK_KINDS) and 0 <= start <= end <= length):
            raise _Untrusted
        blocks.append(Block(_BLOCK_KINDS[kind], start, end))
    return tuple(blocks)


def _sentences(flat: Any, text: str, block_count: int) -> tuple[Sentence, ...]:
    _require_triples(flat)
    _require(len(flat) > 0)  # the loader never keeps an article without sentences
    sentences, length = [], len(text)
    triples = zip(flat[0::3], flat[1::3], flat[2::3], strict=True)
    for index, (block, start, end) in enumerate(triples):
        if not (0 <= block < block_count and 0 <= start <= end <= length):
            raise _Untrusted
        sentences.append(Sentence(index, text[start:end], start, end, block))
    return tuple(sentences)


def _require_triples(flat: Any) -> None:
    """A flat list of integer triples: blocks are kind, start, end; sentences are block,
    start, end (their text is sliced out of the article's)."""
    _require(isinstance(flat, list) and len(flat) % 3 == 0)
    _require(set(map(type, flat)) <= {int})  # not bool, not float


def _require(condition: bool) -> None:
    if not condition:
        raise _Untrusted


@lru_cache(maxsize=1)
def _loader_fingerprint() -> str:
    """The loader's source and what else decides an article: the libraries it calls and
    the Python version (its Unicode tables drive the regular expressions)."""
    versions = [sys.version, rapidfuzz.__version__, getattr(yaml, "__version__", "")]
    return f"{source_fingerprint('corpus', 'text')}:{':'.join(versions)}"
