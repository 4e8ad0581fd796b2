"""Load articles from files and folders: read, decode, parse, take metadata, clean, segment.

Bad input never raises: each file that cannot be loaded becomes a one-line LoadProblem naming
it, and the other files still load.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from reader.corpus.article_cache import ArticleCache
from reader.corpus.assemble import assemble, fallback_title
from reader.corpus.clean import remove_boilerplate
from reader.corpus.decode import decode_text, is_binary
from reader.corpus.formats import ARTICLE_SUFFIXES, parse_document
from reader.corpus.metadata import (
    METADATA_KEYS,
    Metadata,
    fallback_outlet,
    outlet_from_url,
    take_leading_metadata,
)
from reader.corpus.repeats import remove_repeats
from reader.disk_cache import collector_paused
from reader.model import Article, LoadProblem
from reader.text.blocks import TextBlock
from reader.text.safe import strip_unsafe, terminal_safe

Overrides = Mapping[str, Mapping[str, str]]
# A news article is kilobytes; a file over this is a dump, a log or an attack, not an article.
MAX_FILE_BYTES = 16 * 2**20


class _Unloadable(Exception):
    """A file that cannot become an article; the message is the LoadProblem's reason."""


def load_articles(
    paths: Sequence[str | Path],
    overrides: Overrides | None = None,
    use_cache: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[Article], list[LoadProblem]]:
    """Load every article named by `paths` (files, or folders of .txt/.md/.markdown/.html/.htm
    files, not recursive). `overrides` maps a file name or stem to metadata (title, outlet,
    date, url) that wins over anything found in the file. With `use_cache`, a file whose
    bytes are unchanged reuses the article stored on disk the last time (article_cache.py);
    the result is the same either way. `cancelled` is asked before each file: once it says
    yes, loading stops and what was loaded so far is returned (a worker being cancelled)."""
    stop = cancelled or (lambda: False)
    if not use_cache:
        return _load_all(paths, overrides or {}, None, stop)
    paths = list(paths)  # read twice: to name the cache pack, then to load
    with collector_paused():
        cache = ArticleCache(paths)
        loaded = _load_all(paths, overrides or {}, cache, stop)
        if not stop():
            cache.save()
    return loaded


def _load_all(
    paths: Sequence[str | Path],
    overrides: Overrides,
    cache: ArticleCache | None,
    cancelled: Callable[[], bool],
) -> tuple[list[Article], list[LoadProblem]]:
    articles: list[Article] = []
    problems: list[LoadProblem] = []
    used_ids: set[str] = set()
    for item in _expand(paths):
        if cancelled():
            break
        if isinstance(item, LoadProblem):
            problems.append(item)
            continue
        try:
            article = _load_file(item, _override_for(item, overrides), cache)
        except _Unloadable as reason:
            problems.append(LoadProblem(str(item), f"{_shown(item)}: {reason}"))
            continue
        articles.append(_with_unique_id(article, used_ids))
    return articles, problems


def _expand(paths: Sequence[str | Path]) -> Iterator[Path | LoadProblem]:
    """Files in the order given (a folder's files sorted by name), each once."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            try:
                files = sorted(
                    (child for child in path.iterdir() if _is_article_file(child)),
                    key=lambda child: child.name,
                )
            except OSError as error:
                yield LoadProblem(
                    str(path), f"{_shown(path)}: cannot list folder ({_reason(error)})"
                )
                continue
            if not files:
                yield LoadProblem(str(path), _empty_folder_reason(path))
        elif path.exists() or path.is_symlink():
            files = [path]
        else:
            yield LoadProblem(str(path), f"{_shown(path)}: not found")
            continue
        for file in files:
            try:
                key = file.resolve()
            except (OSError, RuntimeError):  # Python 3.11 raises RuntimeError on a link loop
                yield LoadProblem(str(file), f"{_shown(file)}: symbolic link loop")
                continue
            if key not in seen:
                seen.add(key)
                yield file


def _empty_folder_reason(path: Path) -> str:
    reason = f"{_shown(path)}: no .txt, .md or .html files in folder"
    try:
        has_subfolders = any(child.is_dir() for child in path.iterdir())
    except OSError:
        has_subfolders = False
    if has_subfolders:
        # Folders are read one level deep, so that a home folder is never swept up whole.
        reason += f" (subfolders are not read: name them, e.g. {_shown(path / '*')})"
    return reason


def _shown(path: str | Path) -> str:
    """A path as it may appear in a message: file names are untrusted (reader/text/safe.py)."""
    return terminal_safe(str(path))


def _clean(value: str | None) -> str | None:
    return strip_unsafe(value, allow="") if value else value


def _is_article_file(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES and not path.is_dir()


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a folder"
    return (error.strerror or type(error).__name__).lower()


def _override_for(path: Path, overrides: Overrides) -> Mapping[str, str]:
    for key in (path.name, path.stem, str(path)):
        if key in overrides:
            return overrides[key]
    return {}


def _read(path: Path) -> bytes:
    if not path.is_file():
        raise _Unloadable("not found" if not path.exists() else "not a regular file")
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)  # a device or a growing file stops here too
    except OSError as error:
        raise _Unloadable(f"cannot read ({_reason(error)})") from error
    if len(data) > MAX_FILE_BYTES:
        raise _Unloadable(f"too large for an article (over {MAX_FILE_BYTES // 2**20} MB)")
    return data


def _load_file(path: Path, override: Mapping[str, str], cache: ArticleCache | None) -> Article:
    data = _read(path)
    digest = hashlib.sha256(data).hexdigest()
    # Only articles are stored: a file that fails is parsed again, so its problem is
    # reported by the same code every time.
    article = cache.lookup(str(path), digest, override) if cache is not None else None
    if article is None:
        article = _parse(path, data, digest, override)
        if cache is not None:
            cache.remember(str(path), override, article)
    return article


def _parse(path: Path, data: bytes, digest: str, override: Mapping[str, str]) -> Article:
    if not data.strip():
        raise _Unloadable("empty file")
    if is_binary(data):
        raise _Unloadable("binary file, not text")
    name = _shown(path)
    decoded = decode_text(data, name)
    warnings = list(decoded.warnings)
    parsed = parse_document(decoded.text, path.suffix, name)
    warnings.extend(terminal_safe(warning) for warning in parsed.warnings)
    # HTML character references and YAML escapes can spell what decoding removed (`&#x202E;`,
    # `"\u202e"`): everything the formats produced is cleaned once more.
    blocks = [TextBlock(b.kind, strip_unsafe(b.text)) for b in parsed.blocks]
    cleaned_metadata = {key: _clean(value) for key, value in parsed.metadata.items()}
    if blocks != parsed.blocks or cleaned_metadata != parsed.metadata:
        warnings.append(f"{name}: removed control, bidi or invalid characters (written as escapes)")
    parsed.blocks, parsed.metadata = blocks, cleaned_metadata

    metadata = Metadata()
    metadata.fill_from({key: _clean(override.get(key)) for key in METADATA_KEYS})
    metadata.fill_from(parsed.metadata)
    blocks, removed = parsed.blocks, []
    if parsed.is_html:
        # The page's <h1> is the headline: shown as the title, not repeated as a heading.
        if blocks and metadata.title and blocks[0].text == metadata.title:
            blocks = blocks[1:]
    else:
        leading = take_leading_metadata(blocks)
        blocks, removed = leading.blocks, leading.removed
        metadata.fill_from(vars(leading.metadata))
    if metadata.outlet is None and metadata.url:
        metadata.outlet = outlet_from_url(metadata.url)

    cleaned = remove_boilerplate(blocks)
    deduplicated = remove_repeats(cleaned.blocks)
    body = assemble(deduplicated.blocks)
    if not body.sentences:
        raise _Unloadable("no article text left after cleaning")
    title = metadata.title or fallback_title(body, _shown(path.stem))
    return Article(
        id=path.stem,
        path=str(path),
        title=title,
        outlet=metadata.outlet or fallback_outlet(_shown(path.stem), title),
        text=body.text,
        blocks=body.blocks,
        sentences=body.sentences,
        date=metadata.date,
        url=metadata.url,
        removed=tuple(removed + cleaned.removed + deduplicated.removed),
        warnings=tuple(warnings),
        content_hash=digest,
    )


def _with_unique_id(article: Article, used: set[str]) -> Article:
    """Two files with the same stem (a/x.txt, b/x.md) get ids x and x-2."""
    candidate, number = article.id, 1
    while candidate in used:
        number += 1
        candidate = f"{article.id}-{number}"
    used.add(candidate)
    if candidate == article.id:
        return article
    note = _shown(f"{article.path}: id {article.id!r} already used, renamed {candidate!r}")
    return replace(article, id=candidate, warnings=(*article.warnings, note))
