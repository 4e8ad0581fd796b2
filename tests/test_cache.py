"""The analysis cache: reused when nothing changed, rebuilt when anything did or when an
entry cannot be trusted, and never fatal."""

import json
import os

import pytest

from reader.analysis import cache, pipeline
from reader.analysis.pipeline import compare
from reader.analysis.settings import MatchSettings

STORY_A = "Blast\n\nNine people were killed when a bomb exploded at a market in Quetta.\n"
STORY_B = "Attack\n\nSeven people were killed when a bomb exploded at a market in Quetta.\n"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("READER_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY_A, encoding="utf-8")
    (folder / "b.txt").write_text(STORY_B, encoding="utf-8")
    return folder


@pytest.fixture
def align_calls(monkeypatch):
    """Count how often the real aligner runs."""
    calls = []
    real = pipeline.align

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "align", counting)
    return calls


def _entries(folder):
    return sorted(folder.glob("*.json"))


def _summary(comparison):
    return [(lk.kind, lk.score, lk.reasons, lk.a, lk.b) for lk in comparison.links]


def test_folder_is_created_only_when_an_entry_is_written(cache_dir, corpus):
    assert not cache_dir.exists()
    compare([corpus])
    assert len(_entries(cache_dir)) == 1


def test_reopening_an_unchanged_corpus_reuses_the_analysis(cache_dir, corpus, align_calls):
    first = compare([corpus])
    second = compare([corpus])
    assert len(align_calls) == 1
    assert _summary(second) == _summary(first)
    assert second.contradictions()


def test_a_changed_file_is_analysed_again(cache_dir, corpus, align_calls):
    compare([corpus])
    (corpus / "b.txt").write_text(STORY_B.replace("Seven", "Nine"), encoding="utf-8")
    changed = compare([corpus])
    assert len(align_calls) == 2
    assert not changed.contradictions()


def test_other_settings_are_another_entry(cache_dir, corpus, align_calls):
    compare([corpus])
    compare([corpus], settings=MatchSettings(agree_threshold=0.9))
    assert len(align_calls) == 2


def test_use_cache_false_neither_reads_nor_writes(cache_dir, corpus, align_calls):
    compare([corpus], use_cache=False)
    compare([corpus], use_cache=False)
    assert len(align_calls) == 2
    assert not cache_dir.exists()


@pytest.mark.parametrize(
    "content",
    [
        "{ not json",
        "\x00\x01binary",
        json.dumps({"format": "someone-else", "links": []}),
        json.dumps([1, 2, 3]),
        "[" * 100000,
    ],
    ids=["corrupt", "binary", "foreign", "wrong-shape", "deeply-nested"],
)
def test_an_untrustworthy_entry_is_ignored_and_rebuilt(cache_dir, corpus, align_calls, content):
    expected = _summary(compare([corpus]))
    (entry,) = _entries(cache_dir)
    entry.write_text(content, encoding="utf-8")
    assert _summary(compare([corpus])) == expected
    assert len(align_calls) == 2
    assert json.loads(entry.read_text("utf-8"))["format"] == "reader-analysis"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda data: data.update(engine=data["engine"] + 1),
        lambda data: data.update(key="0" * 64),
        lambda data: data["links"][0].__setitem__(4, 999),
        lambda data: data["links"][0].__setitem__(0, "unrelated"),
        lambda data: data["links"][0].__setitem__(2, [{"x": 1}]),
    ],
    ids=["stale-engine", "other-key", "sentence-out-of-range", "bad-kind", "bad-reason"],
)
def test_a_stale_or_inconsistent_entry_is_rebuilt(cache_dir, corpus, align_calls, tamper):
    expected = _summary(compare([corpus]))
    (entry,) = _entries(cache_dir)
    data = json.loads(entry.read_text("utf-8"))
    tamper(data)
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert _summary(compare([corpus])) == expected
    assert len(align_calls) == 2


def test_an_unwritable_cache_is_not_fatal(tmp_path, monkeypatch, corpus):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("READER_CACHE_DIR", str(blocker / "reader"))
    assert compare([corpus]).contradictions()


def test_cache_location_follows_xdg_unless_overridden(monkeypatch, tmp_path):
    monkeypatch.delenv("READER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_directory() == tmp_path / "reader"
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.cache_directory() == tmp_path / "mine"


def test_writes_leave_no_temporary_files(cache_dir, corpus):
    compare([corpus])
    assert [p.name for p in cache_dir.iterdir() if p.name.startswith(".tmp")] == []
    assert all(os.path.getsize(p) > 0 for p in _entries(cache_dir))
