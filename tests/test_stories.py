"""Story grouping: articles split into the stories they tell, and never compared across."""

from __future__ import annotations

import json

import pytest

from reader.analysis.align import group_articles
from reader.analysis.pipeline import compare
from reader.analysis.stories import story_of
from reader.corpus import load_articles
from reader.report import render
from tests.corpus_files import write_files
from tests.story_corpora import FERRY, RECIPE, TRANSFER


@pytest.fixture
def day(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    return write_files(tmp_path / "day", {**FERRY, **TRANSFER, **RECIPE})


def _names(articles, stories):
    return sorted(sorted(articles[a].id for a in s.articles) for s in stories)


def test_two_stories_and_a_lone_article_are_told_apart(day):
    articles, _ = load_articles(day)
    stories = group_articles(articles)
    assert _names(articles, stories) == [
        ["ferry1", "ferry2", "ferry3"],
        ["recipe"],
        ["transfer1", "transfer2", "transfer3"],
    ]
    assert [s.alone for s in stories if len(s.articles) == 1] == [True]
    assert [s.id for s in stories] == list(range(len(stories)))
    # The title is one of the story's own articles' titles.
    for s in stories:
        assert s.title in {articles[a].title for a in s.articles}


def test_one_story_stays_one(tmp_path):
    articles, _ = load_articles(write_files(tmp_path / "one", FERRY))
    assert _names(articles, group_articles(articles)) == [["ferry1", "ferry2", "ferry3"]]


def test_every_article_is_in_exactly_one_story(day):
    articles, _ = load_articles(day)
    owner = story_of(group_articles(articles), len(articles))
    assert len(owner) == len(articles)
    stories = group_articles(articles)
    assert sorted(a for s in stories for a in s.articles) == list(range(len(articles)))


def test_no_relation_crosses_stories(day):
    comparison = compare(day)
    assert len(comparison.stories) == 3
    assert comparison.links, "each story has relations of its own"
    for link in comparison.links:
        assert comparison.story(link.a.article) == comparison.story(link.b.article)
    # Each story still has its own agreements.
    linked = {comparison.story(lk.a.article).id for lk in comparison.links if lk.kind == "agree"}
    assert len(linked) == 2


def test_json_lists_the_stories(day):
    comparison = compare(day)
    data = json.loads(render(comparison, "json"))
    stories = data["stories"]
    assert sorted(sorted(s["articles"]) for s in stories) == _names(
        comparison.articles, comparison.stories
    )
    assert {s["alone"] for s in stories} == {True, False}
    assert all(set(s) == {"id", "title", "articles", "alone"} for s in stories)


def test_text_report_names_the_stories(day):
    text = render(compare(day), "text")
    assert text.splitlines()[0] == "7 articles in 3 stories, 18 sentences compared"
    assert text.count("STORY ") == 3
    assert "fits no other story" in text


def test_one_story_report_has_no_story_headings(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    text = render(compare(write_files(tmp_path / "one", FERRY)), "text")
    assert "STORY" not in text and "stories" not in text.splitlines()[0]


def test_reopened_comparison_has_the_same_stories(day):
    first = compare(day)
    again = compare(day)
    assert again.stories == first.stories
