"""Marks: persistence, re-anchoring after edits, atomic saves, damaged files."""

from __future__ import annotations

import json
import os

import pytest
from marks_helpers import HOSTILE, make_article

from reader import atomic
from reader.marks import MarkStore, MarkStoreError, corpus_key, marks_folder
from reader.model import SentenceRef

PARAGRAPHS = [
    ["Pakistan struck targets in Iran.", "Nine people were killed.", "Officials said so."],
    ["Iran protested.", "Officials said so.", "The border stayed shut."],
]


def article(paragraphs=PARAGRAPHS, article_id="dawn"):
    return make_article(article_id, paragraphs, path=f"/corpus/{article_id}.txt")


def test_marks_persist_across_store_instances(tmp_path):
    store = MarkStore([article()], data_dir=tmp_path)
    assert not tmp_path.joinpath("marks").exists(), "no folder before the first write"
    mark = store.add(SentenceRef(0, 1), note="9 or 7?")
    again = MarkStore([article()], data_dir=tmp_path)
    assert [(m.id, m.text, m.note) for m in again.marks] == [
        (mark.id, "Nine people were killed.", "9 or 7?")
    ]
    assert again.warnings == [] and again.orphans == []
    assert again.mark_at(SentenceRef(0, 1)) == mark
    assert again.marked_refs() == {SentenceRef(0, 1)}


def test_update_extend_and_remove_are_saved(tmp_path):
    store = MarkStore([article()], data_dir=tmp_path)
    mark = store.add(SentenceRef(0, 2), SentenceRef(0, 1))  # reversed range is fine
    assert (mark.start_sentence, mark.end_sentence) == (1, 2)
    assert mark.text == "Nine people were killed. Officials said so."
    store.update_note(mark.id, HOSTILE)
    store.update_range(mark.id, SentenceRef(0, 1), SentenceRef(0, 4))
    reloaded = MarkStore([article()], data_dir=tmp_path).get(mark.id)
    assert reloaded.note == HOSTILE
    assert (reloaded.start_sentence, reloaded.end_sentence) == (1, 4)
    assert reloaded.text.startswith("Nine people") and "\n\nIran protested." in reloaded.text
    store.remove(mark.id)
    assert MarkStore([article()], data_dir=tmp_path).marks == []


def test_ranges_must_stay_in_one_article(tmp_path):
    store = MarkStore([article(), article(article_id="other")], data_dir=tmp_path)
    with pytest.raises(MarkStoreError, match="one article"):
        store.add(SentenceRef(0, 1), SentenceRef(1, 1))
    with pytest.raises(MarkStoreError, match="no sentences"):
        store.add(SentenceRef(0, 99))


def test_data_folder_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "env"))
    assert marks_folder() == tmp_path / "env" / "marks"
    monkeypatch.delenv("READER_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert marks_folder() == tmp_path / "xdg" / "reader" / "marks"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert marks_folder().parts[-4:] == (".local", "share", "reader", "marks")


def test_corpus_key_is_the_folders_of_the_articles():
    a, b = article(article_id="a"), article(article_id="b")
    moved = make_article("a", PARAGRAPHS, path="/elsewhere/a.txt")
    assert corpus_key([a, b]) == corpus_key([b, a]) == corpus_key([a])
    assert corpus_key([a, b]) != corpus_key([moved, b]) != corpus_key([moved])


def test_marks_of_articles_not_opened_are_kept(tmp_path):
    both = [article(article_id="a"), article(article_id="b")]
    MarkStore(both, data_dir=tmp_path).add(SentenceRef(1, 0), note="on b")
    only_a = MarkStore(both[:1], data_dir=tmp_path)
    assert only_a.marks == [] and only_a.orphans == [] and only_a.warnings == []
    only_a.add(SentenceRef(0, 0))
    assert [m.note for m in MarkStore(both, data_dir=tmp_path).marks] == ["", "on b"]


def test_mark_follows_its_sentence_after_an_edit_elsewhere(tmp_path):
    store = MarkStore([article()], data_dir=tmp_path)
    store.add(SentenceRef(0, 1), SentenceRef(0, 2), note="toll")
    edited = [["A new opening line.", *PARAGRAPHS[0]], PARAGRAPHS[1]]
    reopened = MarkStore([article(edited)], data_dir=tmp_path)
    (mark,) = reopened.marks
    assert (mark.start_sentence, mark.end_sentence) == (2, 3)
    assert mark.text == "Nine people were killed. Officials said so."
    assert reopened.orphans == []


def test_identical_sentences_are_told_apart_by_their_neighbours(tmp_path):
    store = MarkStore([article()], data_dir=tmp_path)
    store.add(SentenceRef(0, 4))  # the second "Officials said so."
    edited = [["Breaking.", *PARAGRAPHS[0]], PARAGRAPHS[1]]
    (mark,) = MarkStore([article(edited)], data_dir=tmp_path).marks
    assert mark.start_sentence == 5
    assert mark.prefix.endswith("Iran protested. ")


def test_unfindable_marks_are_kept_as_orphans(tmp_path):
    store = MarkStore([article()], data_dir=tmp_path)
    lost = store.add(SentenceRef(0, 1), note="gone later")
    edited = [[PARAGRAPHS[0][0], "Seven people were killed.", PARAGRAPHS[0][2]], PARAGRAPHS[1]]
    reopened = MarkStore([article(edited)], data_dir=tmp_path)
    assert reopened.marks == [] and [m.id for m in reopened.orphans] == [lost.id]
    reopened.add(SentenceRef(0, 0))  # a write must not drop the orphan
    saved = json.loads(reopened.path.read_text())
    assert {m["id"] for m in saved["marks"]} >= {lost.id}
    # Restoring the text brings the mark back.
    assert lost.id in {m.id for m in MarkStore([article()], data_dir=tmp_path).marks}


def _assert_intact(store_path, expected_ids):
    saved = json.loads(store_path.read_text())
    assert [m["id"] for m in saved["marks"]] == expected_ids
    leftovers = [p.name for p in store_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


@pytest.mark.parametrize(
    ("target", "error"),
    [("replace", OSError(28, "No space left on device")), ("fsync", OSError(5, "I/O error"))],
)
def test_failed_write_keeps_the_old_file_and_memory(tmp_path, monkeypatch, target, error):
    store = MarkStore([article()], data_dir=tmp_path)
    first = store.add(SentenceRef(0, 0))

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(atomic.os, target, fail)
    with pytest.raises(MarkStoreError, match="marks not saved"):
        store.add(SentenceRef(0, 1))
    monkeypatch.undo()
    assert [m.id for m in store.marks] == [first.id]
    _assert_intact(store.path, [first.id])
    assert [m.id for m in MarkStore([article()], data_dir=tmp_path).marks] == [first.id]


def test_write_killed_midway_leaves_a_loadable_file(tmp_path, monkeypatch):
    store = MarkStore([article()], data_dir=tmp_path)
    first = store.add(SentenceRef(0, 0))
    real_fdopen = os.fdopen

    class KilledWriter:
        """Writes half the bytes, then the process 'dies' (KeyboardInterrupt)."""

        def __init__(self, fd, mode):
            self.stream = real_fdopen(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, data):
            self.stream.write(data[: len(data) // 2])
            raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fdopen", KilledWriter)
    with pytest.raises(KeyboardInterrupt):
        store.add(SentenceRef(0, 1))
    monkeypatch.undo()
    _assert_intact(store.path, [first.id])


def test_unwritable_data_folder_is_reported(tmp_path):
    (tmp_path / "file.txt").write_text("")
    store = MarkStore([article()], data_dir=tmp_path / "file.txt" / "sub")
    with pytest.raises(MarkStoreError, match=r"marks not saved: cannot create folder .*file\.txt"):
        store.add(SentenceRef(0, 0))
    assert store.marks == []


def test_temp_files_of_a_killed_writer_are_swept(tmp_path):
    path = MarkStore([article()], data_dir=tmp_path).path
    path.parent.mkdir(parents=True)
    old, young = path.parent / f".{path.name}.old1.tmp", path.parent / f".{path.name}.new1.tmp"
    old.write_text("half")
    young.write_text("half")
    os.utime(old, (0, 0))
    MarkStore([article()], data_dir=tmp_path)
    assert not old.exists() and young.exists(), "a young temp file may be another writer's"


def test_corrupt_file_is_set_aside_with_a_warning(tmp_path):
    path = MarkStore([article()], data_dir=tmp_path).path
    path.parent.mkdir(parents=True)
    path.write_text('{"version": 1, "marks": [')
    store = MarkStore([article()], data_dir=tmp_path)
    assert store.marks == []
    (warning,) = store.warnings
    assert "damaged" in warning and "not valid JSON" in warning
    (aside,) = [p for p in path.parent.iterdir() if ".corrupt-" in p.name]
    assert aside.read_text() == '{"version": 1, "marks": ['
    assert aside.name in warning
    store.add(SentenceRef(0, 0))
    assert len(MarkStore([article()], data_dir=tmp_path).marks) == 1
    assert aside.exists()


def test_malformed_mark_sets_the_file_aside(tmp_path):
    path = MarkStore([article()], data_dir=tmp_path).path
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": 1, "marks": [{"id": 3}]}))
    store = MarkStore([article()], data_dir=tmp_path)
    assert "damaged" in store.warnings[0] and not path.exists()


def test_newer_format_is_left_alone(tmp_path):
    path = MarkStore([article()], data_dir=tmp_path).path
    path.parent.mkdir(parents=True)
    original = json.dumps({"version": 99, "marks": [], "future": True})
    path.write_text(original)
    store = MarkStore([article()], data_dir=tmp_path)
    assert "newer" in store.warnings[0]
    with pytest.raises(MarkStoreError, match="not saved"):
        store.add(SentenceRef(0, 0))
    assert path.read_text() == original
