"""MarkStore: the marks of one corpus, loaded and re-anchored at start, saved on every change.

File (`<data>/marks/<corpus-key>.json`, see reader/locations.py):

    {"version": 1,
     "folders": ["/abs/path/seeds"],          # what the corpus key was made of, for people
     "marks": [Mark.to_json(), ...]}          # every mark, also those not shown this time

Safety:
- every change is written with an atomic replace before the method returns; if the write
  fails the change is undone in memory and MarkStoreError says why, so memory never claims
  more than the disk holds;
- two windows (or processes) on one corpus lose no mark: a save takes a lock (lock.py),
  reads the file as the other window left it, applies its one change (add, edit or remove
  one mark, by id) and writes the merge, then shows the merged marks. Merging on save was
  chosen over an append-only journal: the file stays one small JSON document that a person
  or an older reader can read, and there is nothing to compact;
- a file that is not valid JSON or not in this format is renamed aside to
  `<name>.corrupt-<timestamp>` with a warning, never overwritten;
- a file that exists but cannot be read makes the store read-only (writes raise), so that a
  passing permission problem cannot wipe the marks;
- marks whose text is no longer in their article are kept in the file as orphans (and
  reported); marks of articles not opened this time are kept too (silently).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from reader.atomic import WriteError, write_atomic
from reader.marks.anchor import locate, quote
from reader.marks.location import corpus_key, marks_folder
from reader.marks.lock import locked
from reader.marks.model import Mark, new_mark_id, now_iso
from reader.model import Article, SentenceRef

FORMAT_VERSION = 1
# A temp file older than this was left by a writer that died: a write takes milliseconds.
STALE_TEMP_SECONDS = 600


class MarkStoreError(Exception):
    """A mark could not be saved or found; the message is one line for the user."""


class MarkStore:
    def __init__(
        self, articles: Sequence[Article], data_dir: str | os.PathLike[str] | None = None
    ) -> None:
        self.articles = list(articles)
        self.path: Path = marks_folder(data_dir) / f"{corpus_key(self.articles)}.json"
        self.warnings: list[str] = []  # problems met while loading, for the caller to show
        self._index_of = {article.id: i for i, article in enumerate(self.articles)}
        self._marks: list[Mark] = []  # anchored in the current articles
        self._orphans: list[Mark] = []  # their article is open but their text is gone
        self._elsewhere: list[Mark] = []  # their article is not open this time
        self._read_only_reason: str | None = None
        self._load()

    # -- reading ----------------------------------------------------------------------------

    @property
    def marks(self) -> list[Mark]:
        """Anchored marks in reading order: by article, then by first sentence."""
        return sorted(self._marks, key=lambda m: (self._index_of[m.article_id], m.start_sentence))

    @property
    def orphans(self) -> list[Mark]:
        return list(self._orphans)

    def get(self, mark_id: str) -> Mark:
        for mark in self._marks:
            if mark.id == mark_id:
                return mark
        raise MarkStoreError(f"no mark with id {mark_id}")

    def article_index(self, mark: Mark) -> int:
        return self._index_of[mark.article_id]

    def refs(self, mark: Mark) -> list[SentenceRef]:
        article = self.article_index(mark)
        return [SentenceRef(article, i) for i in range(mark.start_sentence, mark.end_sentence + 1)]

    def marks_for(self, article: int) -> list[Mark]:
        article_id = self.articles[article].id
        return [m for m in self.marks if m.article_id == article_id]

    def mark_at(self, ref: SentenceRef) -> Mark | None:
        """The mark covering a sentence, if any (the earliest made, if several overlap)."""
        article_id = self.articles[ref.article].id
        for mark in self._marks:
            if (
                mark.article_id == article_id
                and mark.start_sentence <= ref.sentence <= mark.end_sentence
            ):
                return mark
        return None

    def marked_refs(self) -> frozenset[SentenceRef]:
        return frozenset(ref for mark in self._marks for ref in self.refs(mark))

    # -- changing ---------------------------------------------------------------------------

    def add(self, start: SentenceRef, end: SentenceRef | None = None, note: str = "") -> Mark:
        """Mark sentences start..end (inclusive, either order, one article) and save."""
        first, last = self._checked_range(start, end or start)
        mark = self._anchored(
            Mark(
                id=new_mark_id(),
                article_id=self.articles[first.article].id,
                content_hash="",
                start_sentence=0,
                end_sentence=0,
                text="",
                prefix="",
                suffix="",
                note=note,
                created=now_iso(),
            ),
            first,
            last,
        )
        self._commit(upsert=mark)
        return mark

    def update_note(self, mark_id: str, note: str) -> Mark:
        updated = replace(self.get(mark_id), note=note)
        self._commit(upsert=updated)
        return updated

    def update_range(self, mark_id: str, start: SentenceRef, end: SentenceRef) -> Mark:
        """Move or extend a mark to sentences start..end of its article."""
        mark = self.get(mark_id)
        first, last = self._checked_range(start, end)
        if first.article != self.article_index(mark):
            raise MarkStoreError("a mark cannot move to another article")
        updated = self._anchored(mark, first, last)
        self._commit(upsert=updated)
        return updated

    def remove(self, mark_id: str) -> Mark:
        mark = self.get(mark_id)
        self._commit(remove=mark_id)
        return mark

    # -- internals --------------------------------------------------------------------------

    def _checked_range(
        self, start: SentenceRef, end: SentenceRef
    ) -> tuple[SentenceRef, SentenceRef]:
        first, last = min(start, end), max(start, end)
        if first.article != last.article:
            raise MarkStoreError("a mark covers sentences of one article only")
        if not 0 <= first.article < len(self.articles):
            raise MarkStoreError(f"no article number {first.article}")
        count = len(self.articles[first.article].sentences)
        if not 0 <= first.sentence <= last.sentence < count:
            raise MarkStoreError(f"no sentences {first.sentence}..{last.sentence} in that article")
        return first, last

    def _anchored(self, mark: Mark, first: SentenceRef, last: SentenceRef) -> Mark:
        article = self.articles[first.article]
        text, prefix, suffix = quote(article, first.sentence, last.sentence)
        return replace(
            mark,
            content_hash=article.content_hash,
            start_sentence=first.sentence,
            end_sentence=last.sentence,
            text=text,
            prefix=prefix,
            suffix=suffix,
        )

    def _commit(self, *, upsert: Mark | None = None, remove: str | None = None) -> None:
        """Apply one change to the marks on disk, as any other window left them, under the
        lock; write the result; only then make it the store's marks."""
        if self._read_only_reason:
            raise MarkStoreError(f"marks not saved: {self._read_only_reason}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            reason = f"cannot create folder {self.path.parent}: {error.strerror or error}"
            raise MarkStoreError(f"marks not saved: {reason}") from error
        try:
            with locked(self.path):
                merged = _changed(self._marks_on_disk(), upsert, remove)
                self._write(merged)
        except OSError as error:
            raise MarkStoreError(f"marks not saved: {error.strerror or error}") from error
        self._marks, self._orphans, self._elsewhere = [], [], []
        for mark in merged:
            self._place(mark)

    def _marks_on_disk(self) -> list[Mark]:
        """Every mark in the file now (another window may have changed it since we read it);
        our own view if there is no file, or if it was damaged meanwhile (set aside)."""
        ours = [*self._marks, *self._orphans, *self._elsewhere]
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return ours
        try:
            return _parse(raw)
        except _NewerFormat as error:
            self._read_only_reason = f"{self.path} {error}"
            raise MarkStoreError(f"marks not saved: {self._read_only_reason}") from None
        except ValueError as error:
            self._set_aside(str(error))
            return ours

    def _write(self, marks: list[Mark]) -> None:
        document = {
            "version": FORMAT_VERSION,
            "folders": sorted({os.path.dirname(os.path.realpath(a.path)) for a in self.articles}),
            "marks": [m.to_json() for m in marks],
        }
        text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        try:
            write_atomic(self.path, text, overwrite=True)
        except WriteError as error:
            raise MarkStoreError(f"marks not saved: {error}") from error

    def _load(self) -> None:
        self._sweep_stale_temp_files()
        try:
            raw = self.path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return  # no marks yet; a folder problem is reported when a mark is first saved
        except OSError as error:
            self._read_only_reason = f"cannot read {self.path}: {error.strerror or error}"
            self.warnings.append(self._read_only_reason + " (marks will not be saved)")
            return
        try:
            saved = _parse(raw)
        except _NewerFormat as error:
            # Written by a newer reader: leave it exactly as it is for that reader.
            self._read_only_reason = f"{self.path} {error}"
            self.warnings.append(self._read_only_reason + " (marks will not be saved)")
            return
        except ValueError as error:
            self._set_aside(str(error))
            return
        for mark in saved:
            self._place(mark)

    def _sweep_stale_temp_files(self) -> None:
        """Delete temp files a killed writer left behind (see atomic.py for their names).

        Only old ones: a young one may belong to another reader writing right now.
        """
        if not self.path.parent.is_dir():
            return
        cutoff = time.time() - STALE_TEMP_SECONDS
        for temp in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            # Best effort: a temp file that cannot be removed now is tried again next start.
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < cutoff:
                    temp.unlink()

    def _place(self, mark: Mark) -> None:
        index = self._index_of.get(mark.article_id)
        if index is None:
            self._elsewhere.append(mark)
            return
        where = locate(
            self.articles[index],
            mark.content_hash,
            mark.start_sentence,
            mark.end_sentence,
            mark.text,
            mark.prefix,
            mark.suffix,
        )
        if where is None:
            self._orphans.append(mark)
            return
        first, last = SentenceRef(index, where[0]), SentenceRef(index, where[1])
        # Refresh indices, hash, text and context to the article as it is now.
        self._marks.append(self._anchored(mark, first, last))

    def _set_aside(self, reason: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            os.replace(self.path, aside)
        except OSError as error:
            self._read_only_reason = (
                f"{self.path} is damaged ({reason}) and could not be moved aside: {error.strerror}"
            )
            self.warnings.append(self._read_only_reason + " (marks will not be saved)")
            return
        self.warnings.append(
            f"marks file {self.path} was damaged ({reason}); moved it to {aside.name} "
            "and started with no marks"
        )


def _changed(marks: list[Mark], upsert: Mark | None, remove: str | None) -> list[Mark]:
    """`marks` with `upsert` put in place of the mark with its id (or added at the end) and
    the mark with id `remove` taken out."""
    result = [m for m in marks if m.id != remove]
    if upsert is not None:
        for index, mark in enumerate(result):
            if mark.id == upsert.id:
                result[index] = upsert
                break
        else:
            result.append(upsert)
    return result


class _NewerFormat(ValueError):
    """The file is from a newer version of reader: not damaged, just not ours to rewrite."""


def _parse(raw: bytes) -> list[Mark]:
    """The marks of a saved file; ValueError says what is wrong with it."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"not valid JSON: {error}") from error
    except RecursionError:
        raise ValueError("not valid JSON: nested too deeply") from None
    if not isinstance(document, dict) or not isinstance(document.get("marks"), list):
        raise ValueError("no list of marks in it")
    version = document.get("version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise _NewerFormat(f"has format version {version}, newer than this reader knows")
    if version != FORMAT_VERSION:
        raise ValueError(f"unknown format version {version!r}")
    return [Mark.from_json(entry) for entry in document["marks"]]
