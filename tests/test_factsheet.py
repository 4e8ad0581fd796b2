"""The fact sheet: disputed and agreed facts over the engine's links (seeds and small
stories of other kinds)."""

from __future__ import annotations

import pytest
from corpus_files import write_files

from reader.analysis.pipeline import compare
from reader.factsheet import fact_sheet
from reader.factsheet.facts import find_facts
from reader.factsheet.model import CONFLICT, UPDATE


def _ids(c, articles):
    return {c.articles[a].id[:3] for a in articles}


@pytest.fixture(scope="module")
def seed_facts(seed_comparison):
    return find_facts(seed_comparison)


def test_the_killed_in_iran_fact_shows_9_and_7_with_the_right_outlets(seed_comparison, seed_facts):
    c = seed_comparison
    fact = next(f for f in seed_facts if "Iran" in f.what and "killed" in f.what and f.disputed)
    assert fact.what == "people killed in Pakistan's strike on Iran"
    assert fact.status == CONFLICT
    by_value = {v.value: _ids(c, v.articles) for v in fact.versions}
    assert by_value["9"] == {"000"}
    assert by_value["7"] == {"001"}
    assert by_value["at least 9"] == {"003"}
    assert by_value["at least 7"] == {"002"}
    nine = next(v for v in fact.versions if v.value == "9")
    assert [cl.written for cl in nine.claims] == ["9 civilians", "3 women, 2 men, and 4 children"]


def test_the_two_children_fact_is_agreed_by_002_003_and_004(seed_comparison, seed_facts):
    fact = next(f for f in seed_facts if f.what.startswith("children killed"))
    assert not fact.disputed
    assert fact.what == "children killed in Iran's strike on Pakistan"
    assert _ids(seed_comparison, fact.articles) == {"002", "003", "004"}


def test_a_figure_of_another_event_joins_no_fact_of_the_main_event(seed_comparison, seed_facts):
    # 002: "a suicide bombing claimed by the Islamic State that killed over 90 people"
    for fact in seed_facts:
        assert all(v.value != "more than 90" for v in fact.versions)


def test_disputed_facts_come_first(seed_facts):
    flags = [f.disputed for f in seed_facts]
    assert flags == sorted(flags, reverse=True)


def _facts_of(tmp_path, files):
    write_files(tmp_path / "story", files)
    c = compare([tmp_path / "story"], use_cache=False)
    return c, fact_sheet(c).facts


def test_a_provisional_figure_makes_the_versions_a_possible_update(tmp_path):
    c, facts = _facts_of(
        tmp_path,
        {
            "a.txt": "Quake\n\nThe earthquake in the mountain province killed 12 people so far, "
            "officials said.\n",
            "b.txt": "Quake\n\nThe earthquake in the mountain province killed 15 people, "
            "officials said.\n",
        },
    )
    fact = next(f for f in facts if "killed" in f.what)
    assert fact.disputed and fact.status == UPDATE
    assert {v.value for v in fact.versions} == {"12", "15"}


def test_figures_of_two_different_quakes_are_two_facts_not_one(tmp_path):
    c, facts = _facts_of(
        tmp_path,
        {
            "a.txt": "Quake\n\nA 5.6 quake in the mountain province injured five people on "
            "Sunday.\n",
            "b.txt": "Quake\n\nA magnitude 5.2 quake in the mountain province injured three "
            "people on Monday.\n",
        },
    )
    assert not [f for f in facts if f.disputed and f.kind == "count"]


def test_one_day_written_two_ways_is_one_date():
    from reader.factsheet.facts import day_of

    assert day_of("2010-05-05") == day_of("5/5/2010") == day_of("May 5, 2010")
    assert day_of("2010-05-05") != day_of("2010-05-06")
    assert day_of("sometime") is None


def test_a_day_in_conflict_is_a_disputed_fact_named_by_words_both_use(tmp_path):
    c, facts = _facts_of(
        tmp_path,
        {
            "a.txt": "Fire\n\nThe fire destroyed the old church in Wasilla on Friday, "
            "officials said.\n",
            "b.txt": "Fire\n\nThe fire destroyed the old church in Wasilla on Saturday, "
            "officials said.\n",
        },
    )
    fact = next(f for f in facts if f.kind == "date")
    assert fact.disputed
    assert {v.value for v in fact.versions} == {"Friday", "Saturday"}
    assert fact.what == "day (fire destroyed old)"  # the label, then words both use
