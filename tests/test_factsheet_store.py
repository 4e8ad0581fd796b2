"""The fact sheet kept on disk beside its analysis: the same sheet back, or computed anew."""

from __future__ import annotations

import pytest

import reader.factsheet.facts as facts_module
from reader.analysis.pipeline import compare
from reader.factsheet import fact_sheet
from reader.resources import default_corpus


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def computed(monkeypatch):
    """How many times the facts are really looked for."""
    calls = []
    real = facts_module.find_facts

    def counting(comparison):
        calls.append(1)
        return real(comparison)

    monkeypatch.setattr(facts_module, "find_facts", counting)
    return calls


def test_a_reopened_corpus_reads_its_fact_sheet_back(cache_dir, computed):
    first = fact_sheet(compare([default_corpus()]))
    assert first.facts and computed == [1]
    again = fact_sheet(compare([default_corpus()]))
    assert computed == [1]
    assert again == first


def test_without_the_cache_the_sheet_is_computed_each_time(cache_dir, computed):
    first = fact_sheet(compare([default_corpus()], use_cache=False))
    again = fact_sheet(compare([default_corpus()], use_cache=False))
    assert computed == [1, 1] and again == first
    assert not (cache_dir / "factsheets").exists()


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{not json",
        b'{"format": "reader-factsheet"}',
        b"[1, 2, 3]",
    ],
)
def test_a_damaged_entry_is_computed_again(cache_dir, computed, damage):
    first = fact_sheet(compare([default_corpus()]))
    (entry,) = (cache_dir / "factsheets").glob("*.json")
    entry.write_bytes(damage)
    again = fact_sheet(compare([default_corpus()]))
    assert computed == [1, 1] and again == first


def test_an_entry_pointing_outside_the_articles_is_refused(cache_dir, computed):
    first = fact_sheet(compare([default_corpus()]))
    (entry,) = (cache_dir / "factsheets").glob("*.json")
    text = entry.read_text()
    assert "[[0," in text
    entry.write_text(text.replace("[[0,", "[[99,", 1))
    again = fact_sheet(compare([default_corpus()]))
    assert computed == [1, 1] and again == first
