"""The hint that a folder holds several stories (reader/analysis/story_hint.py)."""

from __future__ import annotations

from app_fixtures import article

from reader.analysis.comparison import Comparison
from reader.analysis.story_hint import story_hint
from reader.model import Link, SentenceRef

SENTENCES = [f"Sentence {n} of the story says one thing." for n in range(4)]


def corpus(count: int) -> list:
    return [article(f"a{n}", f"Outlet {n}", [SENTENCES]) for n in range(count)]


def agree(a: int, b: int, sentence: int) -> Link:
    return Link("agree", 0.9, (), SentenceRef(a, sentence), SentenceRef(b, sentence))


def tied(a: int, b: int) -> list[Link]:
    return [agree(a, b, 0), agree(a, b, 1)]


def test_two_groups_of_articles_are_two_stories():
    links = [*tied(0, 1), *tied(1, 2), *tied(3, 4), *tied(4, 5)]
    hint = story_hint(Comparison(articles=corpus(6), links=links))
    assert hint.stories == 2 and hint.several
    assert "2 different stories" in hint.message()


def test_one_story_is_not_flagged_nor_a_chance_link_a_tie():
    links = [*tied(0, 1), *tied(1, 2), *tied(2, 3), *tied(3, 4), agree(4, 5, 3)]
    hint = story_hint(Comparison(articles=corpus(6), links=links))
    assert not hint.several and hint.message() is None
    assert sorted(len(group) for group in hint.groups) == [1, 5]


def test_a_sparse_single_story_does_not_raise_the_alarm():
    # Small groups and lone articles: one story told sparsely, not several stories.
    links = [*tied(0, 1), *tied(1, 2), *tied(3, 4), *tied(4, 5)]
    hint = story_hint(Comparison(articles=corpus(16), links=links))
    assert not hint.several


async def test_the_app_says_when_the_input_holds_several_stories(monkeypatch):
    from app_fixtures import fake_engine, reader_app, started

    links = [*tied(0, 1), *tied(1, 2), *tied(3, 4), *tied(4, 5)]
    fake_engine(monkeypatch, Comparison(articles=corpus(6), links=links))
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        assert any("2 different stories" in notice for notice in app.notices)
        assert "2 stories mixed?" in app.sub_title
