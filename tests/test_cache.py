"""The disk caches (loaded articles, analyses): reused when nothing changed, rebuilt for
what changed or when an entry cannot be trusted, never fatal, and never a different result
from a fresh analysis."""

import json
import os

import pytest

from reader.analysis import cache, comparison, pipeline
from reader.analysis.pipeline import compare
from reader.analysis.settings import MatchSettings
from reader.corpus import load_articles, loader
from reader.disk_cache import write_entry
from reader.model import SentenceRef

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


def _counting(monkeypatch, module, name):
    """Count how often module.name (the aligner, the parser...) really runs."""
    calls = []
    real = getattr(module, name)

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


@pytest.fixture
def align_calls(monkeypatch):
    return _counting(monkeypatch, pipeline, "align")


@pytest.fixture
def parse_calls(monkeypatch):
    """Files parsed (read from disk, decoded, cleaned, segmented), by name."""
    calls = _counting(monkeypatch, loader, "_parse")
    return lambda: sorted(args[0].name for args in calls)


def _entries(folder):
    return sorted(folder.glob("*.json"))


def _packs(folder):
    return sorted((folder / "articles").glob("*.json"))


def _summary(result):
    return [(lk.kind, lk.score, lk.reasons, lk.a, lk.b) for lk in result.links]


def _everything(result):
    """All a view or an exporter can read of a comparison."""
    refs = [SentenceRef(i, s.index) for i, a in enumerate(result.articles) for s in a.sentences]
    per_sentence = [
        (result.status(r), result.support(r), result.counterparts(r), result.cluster(r))
        for r in refs
    ]
    return (
        result.articles,
        result.links,
        result.clusters,
        result.wire_copies,
        result.problems,
        result.stories,
        per_sentence,
    )


def test_folder_is_created_only_when_an_entry_is_written(cache_dir, corpus):
    assert not cache_dir.exists()
    compare([corpus])
    assert len(_entries(cache_dir)) == 1
    assert len(_packs(cache_dir)) == 1


def test_reopening_an_unchanged_corpus_reuses_the_analysis(cache_dir, corpus, align_calls):
    first = compare([corpus])
    second = compare([corpus])
    assert len(align_calls) == 1
    assert _summary(second) == _summary(first)
    assert second.contradictions()


def test_reopen_parses_nothing_aligns_nothing_clusters_nothing(cache_dir, monkeypatch):
    fresh = _everything(compare(None, use_cache=False))
    compare(None)
    parsed = _counting(monkeypatch, loader, "_parse")
    aligned = _counting(monkeypatch, pipeline, "align")
    clustered = _counting(monkeypatch, comparison, "_agreement_clusters")
    reopened = compare(None)
    assert (parsed, aligned, clustered) == ([], [], [])
    assert reopened.clusters and reopened.contradictions()
    assert _everything(reopened) == fresh


def test_a_changed_file_is_parsed_and_analysed_again(cache_dir, corpus, align_calls, parse_calls):
    compare([corpus])
    (corpus / "b.txt").write_text(STORY_B.replace("Seven", "Nine"), encoding="utf-8")
    changed = compare([corpus])
    assert parse_calls() == ["a.txt", "b.txt", "b.txt"]
    assert len(align_calls) == 2
    assert not changed.contradictions()
    assert _everything(changed) == _everything(compare([corpus], use_cache=False))


def test_a_file_rewritten_with_the_same_bytes_is_not_parsed_again(cache_dir, corpus, parse_calls):
    compare([corpus])
    (corpus / "a.txt").write_text(STORY_A, encoding="utf-8")  # new mtime, same bytes
    os.utime(corpus / "a.txt", (1, 1))
    compare([corpus])
    assert parse_calls() == ["a.txt", "b.txt"]


def test_an_added_file_is_the_only_one_parsed(cache_dir, corpus, parse_calls):
    compare([corpus])
    (corpus / "c.txt").write_text(STORY_A.replace("Quetta", "Lahore"), encoding="utf-8")
    result = compare([corpus])
    assert parse_calls() == ["a.txt", "b.txt", "c.txt"]
    assert [a.id for a in result.articles] == ["a", "b", "c"]


def test_changed_overrides_reparse_only_their_file(cache_dir, corpus, parse_calls):
    compare([corpus])
    result = compare([corpus], overrides={"a.txt": {"title": "Renamed"}})
    assert parse_calls() == ["a.txt", "a.txt", "b.txt"]
    assert result.articles[0].title == "Renamed"
    compare([corpus], overrides={"a.txt": {"title": "Renamed"}})
    assert len(parse_calls()) == 3


def test_load_problems_are_reported_alike_with_and_without_cache(cache_dir, corpus):
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    paths = [corpus, corpus / "missing.txt"]
    expected = load_articles(paths)
    assert len(expected[1]) == 3
    assert load_articles(paths, use_cache=True) == expected
    assert load_articles(paths, use_cache=True) == expected


def test_duplicate_stems_are_renamed_alike_on_reopen(cache_dir, tmp_path):
    for folder, story in (("one", STORY_A), ("two", STORY_B)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(story, encoding="utf-8")
    paths = [tmp_path / "one", tmp_path / "two"]
    expected = load_articles(paths)
    assert [a.id for a in expected[0]] == ["x", "x-2"]
    assert load_articles(paths, use_cache=True) == expected
    assert load_articles(paths, use_cache=True) == expected


def test_a_file_name_that_is_not_utf8_is_cached_too(cache_dir, tmp_path, parse_calls):
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(STORY_A, encoding="utf-8")
    expected = compare([folder], use_cache=False)
    assert _everything(compare([folder])) == _everything(expected)
    assert _everything(compare([folder])) == _everything(expected)
    assert len(parse_calls()) == 2  # uncached, then first cached open: not the reopen


def test_other_settings_are_another_entry(cache_dir, corpus, align_calls):
    compare([corpus])
    compare([corpus], settings=MatchSettings(agree_threshold=0.9))
    assert len(align_calls) == 2


def test_use_cache_false_neither_reads_nor_writes(cache_dir, corpus, align_calls):
    compare([corpus], use_cache=False)
    compare([corpus], use_cache=False)
    assert len(align_calls) == 2
    assert not cache_dir.exists()


def _truncated(text):
    return text[: len(text) // 2]


@pytest.mark.parametrize(
    "spoil",
    [
        lambda text: "{ not json",
        lambda text: "\x00\x01binary",
        lambda text: json.dumps({"format": "someone-else", "links": []}),
        lambda text: json.dumps([1, 2, 3]),
        lambda text: "[" * 100000,
        _truncated,
    ],
    ids=["corrupt", "binary", "foreign", "wrong-shape", "deeply-nested", "truncated"],
)
def test_an_untrustworthy_entry_is_ignored_and_rebuilt(cache_dir, corpus, align_calls, spoil):
    expected = _summary(compare([corpus]))
    (entry,) = _entries(cache_dir)
    entry.write_text(spoil(entry.read_text("utf-8")), encoding="utf-8")
    assert _summary(compare([corpus])) == expected
    assert len(align_calls) == 2
    assert json.loads(entry.read_text("utf-8"))["format"] == "reader-analysis"


def _set(column, index, value):
    return lambda data: data[column].__setitem__(index, value)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda data: data.update(engine=data["engine"] + 1),
        lambda data: data.update(key="0" * 64),
        _set("refs", 1, 999),
        _set("refs", 1, -1),
        _set("refs", 0, True),
        _set("refs", 2, 1.0),
        lambda data: data.update(kinds="u" + data["kinds"][1:]),
        _set("reasons", 0, [{"x": 1}]),
        _set("scores", 0, "high"),
        lambda data: data["scores"].pop(),
        lambda data: data.update(refs=data["refs"][:-4]),
        lambda data: data.update(clusters=[[0, 0, 1, 999]]),
        lambda data: data.update(clusters=[[0, 0]]),
        lambda data: data.update(wire_copies=[[0, 7, 1.0]]),
        lambda data: data.pop("clusters"),
    ],
    ids=[
        "stale-engine",
        "other-key",
        "sentence-out-of-range",
        "negative-sentence",
        "bool-index",
        "float-index",
        "bad-kind",
        "bad-reason",
        "bad-score",
        "short-column",
        "missing-link",
        "cluster-out-of-range",
        "lone-cluster",
        "wire-out-of-range",
        "no-clusters",
    ],
)
def test_a_stale_or_inconsistent_entry_is_rebuilt(cache_dir, corpus, align_calls, tamper):
    expected = _everything(compare([corpus]))
    (entry,) = _entries(cache_dir)
    data = json.loads(entry.read_text("utf-8"))
    tamper(data)
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert _everything(compare([corpus])) == expected
    assert len(align_calls) == 2


@pytest.mark.parametrize(
    "spoil",
    [lambda text: "{ not json", _truncated, lambda text: json.dumps({"format": "other"})],
    ids=["corrupt", "truncated", "foreign"],
)
def test_an_untrustworthy_article_pack_is_ignored_and_rebuilt(cache_dir, corpus, spoil):
    expected = load_articles([corpus])
    load_articles([corpus], use_cache=True)
    (pack,) = _packs(cache_dir)
    pack.write_text(spoil(pack.read_text("utf-8")), encoding="utf-8")
    assert load_articles([corpus], use_cache=True) == expected
    assert json.loads(pack.read_text("utf-8"))["format"] == "reader-articles"
    assert load_articles([corpus], use_cache=True) == expected


def _row(data, name):
    """The stored article row of file `name` in a pack."""
    return next(entry[2] for path, entry in data["files"].items() if path.endswith(name))


@pytest.mark.parametrize(
    "tamper",
    [
        lambda row: row[5].__setitem__(2, 10**6),  # sentence ends past the text
        lambda row: row[5].__setitem__(0, 99),  # sentence in a block that does not exist
        lambda row: row[4].__setitem__(0, 7),  # unknown block kind
        lambda row: row[5].clear(),  # no sentences
        lambda row: row.__setitem__(1, None),  # no title
        lambda row: row.__setitem__(9, [1]),  # a warning that is not text
        lambda row: row.pop(),  # a field missing
    ],
    ids=["span", "block", "kind", "empty", "title", "warning", "short"],
)
def test_a_tampered_article_is_parsed_again_alone(cache_dir, corpus, parse_calls, tamper):
    expected = load_articles([corpus])
    load_articles([corpus], use_cache=True)
    (pack,) = _packs(cache_dir)
    data = json.loads(pack.read_text("utf-8"))
    tamper(_row(data, "b.txt"))
    pack.write_text(json.dumps(data), encoding="utf-8")
    assert load_articles([corpus], use_cache=True) == expected
    assert parse_calls() == ["a.txt", "a.txt", "b.txt", "b.txt", "b.txt"]


def test_an_unwritable_cache_is_not_fatal(tmp_path, monkeypatch, corpus):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("READER_CACHE_DIR", str(blocker / "reader"))
    assert compare([corpus]).contradictions()
    assert compare([corpus]).contradictions()


def test_cache_location_follows_xdg_unless_overridden(monkeypatch, tmp_path):
    monkeypatch.delenv("READER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_directory() == tmp_path / "reader"
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.cache_directory() == tmp_path / "mine"


def test_writes_leave_no_temporary_files(cache_dir, corpus):
    compare([corpus])
    written = [*cache_dir.iterdir(), *(cache_dir / "articles").iterdir()]
    assert [p.name for p in written if p.name.startswith(".tmp")] == []
    assert all(os.path.getsize(p) > 0 for p in [*_entries(cache_dir), *_packs(cache_dir)])


def test_a_folder_keeps_only_the_newest_entries(tmp_path):
    for n in range(5):
        assert write_entry(tmp_path / f"{n}.json", {"n": n}, keep=3)
        os.utime(tmp_path / f"{n}.json", (n + 1, n + 1))
    assert [p.name for p in _entries(tmp_path)] == ["2.json", "3.json", "4.json"]


def test_the_engine_fingerprint_covers_subpackages_such_as_the_detectors():
    from reader.disk_cache import fingerprinted_files

    names = {path.as_posix() for path in fingerprinted_files("analysis")}
    assert any(name.endswith("reader/analysis/detectors/count.py") for name in names)
    assert any(name.endswith("reader/model.py") for name in names)
