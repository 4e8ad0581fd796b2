"""The app with several stories: the list is grouped by story, s / S move between stories, and
the panes never hold articles of two stories at once, whatever the reader does."""

from __future__ import annotations

from app_fixtures import article, comparison, fake_engine, pane, reader_app, started

from reader.analysis.comparison import Comparison
from reader.analysis.stories import Story
from reader.model import Link, SentenceRef
from reader.ui.screens.help import HelpScreen
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.detail_panel import DetailPanel
from reader.ui.widgets.status_bar import AnalysisStatus
from tests.corpus_files import write_files
from tests.story_corpora import FERRY, RECIPE, TRANSFER


def _ferry(n: int):
    return article(
        f"ferry{n}",
        f"Ferry Outlet {n}",
        [[f"The ferry sank off Lombok, outlet {n} says.", "Rescuers found 180 survivors."]],
    )


def _transfer(n: int):
    return article(
        f"transfer{n}",
        f"Transfer Outlet {n}",
        [[f"Kovacic joined Valencia, outlet {n} says.", "The fee was 18 million euros."]],
    )


# Articles of the two stories interleaved (0, 2, 4 ferry; 1, 3, 5 transfer), then one alone:
# a pane filled by article order would mix them.
ARTICLES = [
    _ferry(1),
    _transfer(1),
    _ferry(2),
    _transfer(2),
    _ferry(3),
    _transfer(3),
    article("recipe", "Kitchen Blog", [["Roast the tomatoes.", "Blend them with stock."]]),
]
FERRY_STORY = Story(0, "Ferry sinks off Lombok", (0, 2, 4))
TRANSFER_STORY = Story(1, "Kovacic joins Valencia", (1, 3, 5))
RECIPE_STORY = Story(2, "A quick tomato soup", (6,))


def several_stories() -> Comparison:
    links = [
        Link("contradict", 0.8, ("survivors: 180 vs 175",), SentenceRef(0, 1), SentenceRef(2, 1)),
        Link("agree", 0.9, ("same claim",), SentenceRef(0, 0), SentenceRef(4, 0)),
        Link("contradict", 0.8, ("fee: 18 vs 20",), SentenceRef(1, 1), SentenceRef(3, 1)),
    ]
    return Comparison(
        articles=ARTICLES, links=links, stories=[FERRY_STORY, TRANSFER_STORY, RECIPE_STORY]
    )


def panes_story(app) -> int:
    """The one story the panes show (all of them, hidden ones too); fails on a mix."""
    main = app.main
    shown = [p.article for p in main.panes if p.article is not None]
    stories = {main.comparison.story(a).id for a in shown}
    assert len(stories) == 1, f"panes hold articles of stories {stories}: {shown}"
    (story,) = stories
    assert story == main.story
    return story


def visible_articles(app) -> list[int | None]:
    return [p.article for p in app.main.visible_panes]


def list_lines(app) -> list[str]:
    listing = app.query_one(ArticleList)
    return [listing.row_text(y).strip() for y in range(1, len(listing.lines) + 1)]


def slow_engine(monkeypatch, result: Comparison) -> None:
    """The fake engine, its comparison arriving well after the articles (as a real one
    does): the list is laid out once without stories, then again with their headings."""
    import time

    import reader.ui.engine as engine

    fake_engine(monkeypatch, result)
    monkeypatch.setattr(engine, "analyse", lambda *args, **kwargs: time.sleep(0.3) or result)


async def test_the_list_is_grouped_under_story_headings(monkeypatch):
    slow_engine(monkeypatch, several_stories())
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        lines = list_lines(app)
        assert lines[0].startswith("▶ Story 1 · 3 articles · Ferry sinks off Lombok")
        # The story's articles under it, numbered inside the story.
        assert [line.split()[0] for line in lines[1:4]] == ["1", "2", "3"]
        assert all("Ferry Outlet" in line for line in lines[1:4])
        assert lines[4].startswith("Story 2 · 3 articles · Kovacic joins Valencia")
        assert all("Transfer Outlet" in line for line in lines[5:8])
        # The article that fits no story says so, in the list and in the detail panel.
        assert lines[8].startswith("Story 3 · stands alone: fits no other story")
        assert "Kitchen Blog" in lines[9]
        assert len(lines) == 10
        assert app.sub_title == "Story 1 of 3 (3 articles): Ferry sinks off Lombok"
        assert app.query_one(AnalysisStatus).text.startswith("3 stories, 7 articles")
        assert panes_story(app) == 0
        await pilot.press("S")
        assert panes_story(app) == 2
        assert "Kitchen Blog" in app.query_one(ArticleList).row_text(10)
        # The list scrolled to the story on screen: its heading and its article in view.
        box = app.query_one("#article-list-box")
        top = round(box.scroll_offset.y)
        in_view = range(top, top + box.scrollable_content_region.height)
        assert 9 in in_view and 10 in in_view, (top, in_view)
        assert "▶" in app.query_one(ArticleList).row_text(9)  # the story on screen
        detail = app.query_one(DetailPanel).render().plain
        assert "Stands alone: this article fits no other story" in detail
        assert "Ferry Outlet" not in detail  # no other story's outlet "says nothing" here


async def test_s_moves_the_panes_from_story_to_story(monkeypatch):
    fake_engine(monkeypatch, several_stories())
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        assert visible_articles(app) == [0, 2]
        assert [p.article for p in app.main.panes] == [0, 2, 4, None]  # hidden ones too
        await pilot.press("s")
        assert panes_story(app) == 1
        assert visible_articles(app) == [1, 3]
        assert app.main.cursor_ref == SentenceRef(1, 0)
        # Each pane's counter names the sentence of the article it now shows.
        assert str(pane(app, 1).border_subtitle) == "sentence 1 of 2"
        assert str(pane(app, 1).border_title) == "1 Transfer Outlet 1"
        assert str(pane(app, 2).border_title) == "2 Transfer Outlet 2"
        assert app.sub_title.startswith("Story 2 of 3 (3 articles): Kovacic")
        await pilot.press("s")
        # A story of one article: one pane shows it, the other stays empty and says why.
        assert panes_story(app) == 2
        assert visible_articles(app) == [6, None]
        assert "No other article tells this story" in " ".join(pane(app, 2).placeholder_lines(50))
        await pilot.press("s")  # round to the first story
        assert panes_story(app) == 0 and visible_articles(app) == [0, 2]
        await pilot.press("S")
        assert panes_story(app) == 2
        await pilot.press("S")
        assert panes_story(app) == 1 and visible_articles(app) == [1, 3]


async def test_the_panes_never_hold_two_stories(monkeypatch):
    """Every way of changing what a pane shows keeps to one story."""
    fake_engine(monkeypatch, several_stories())
    app = reader_app()
    async with app.run_test(size=(200, 40)) as pilot:  # wide enough for four panes
        await started(pilot)
        panes_story(app)
        # ] and [ go round the story's own sources only.
        seen = set()
        for key in ["right_square_bracket"] * 4 + ["left_square_bracket"] * 2:
            await pilot.press(key)
            assert panes_story(app) == 0
            seen.add(app.main.focused_pane.article)
        assert seen <= {0, 2, 4} and len(seen) > 1
        # Keys 1-9 count the story's articles: 3 is the story's third, 4 is none.
        await pilot.press("3")
        assert app.main.focused_pane.article == 4 and panes_story(app) == 0
        await pilot.press("4")
        assert panes_story(app) == 0 and "There is no article 4: 3 in this story." in app.notices
        # + adds a pane with the story's last article; with none left, a pane stays empty.
        await pilot.press("plus")
        assert panes_story(app) == 0 and sorted(visible_articles(app)) == [0, 2, 4]
        await pilot.press("plus")
        assert panes_story(app) == 0 and None in visible_articles(app)
        await pilot.press("minus", "minus")
        # Contradiction and agreement jumps stay in the story.
        for key in "ccCnN":
            await pilot.press(key)
            assert panes_story(app) == 0
            assert app.main.cursor_ref.article in FERRY_STORY.articles
        # Opening from the list an article of another story brings its whole story.
        await pilot.press("o")
        assert app.query_one(ArticleList).has_focus
        await pilot.press("down", "down", "down", "down", "down")
        await pilot.press("enter")
        assert panes_story(app) == 1
        assert app.main.focused_pane.article in TRANSFER_STORY.articles
        shown = visible_articles(app)
        assert set(shown) <= set(TRANSFER_STORY.articles) and len(set(shown)) == 2
        # A jump to a sentence of another story (search, marks, the fact sheet) too.
        app.main.go_to(SentenceRef(6, 1))
        await pilot.pause()
        assert panes_story(app) == 2 and app.main.cursor_ref == SentenceRef(6, 1)
        app.main.go_to(SentenceRef(4, 1))
        await pilot.pause()
        assert panes_story(app) == 0 and app.main.cursor_ref == SentenceRef(4, 1)


async def test_the_list_skips_headings_and_a_heading_opens_its_story(monkeypatch):
    fake_engine(monkeypatch, several_stories())
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        listing = app.query_one(ArticleList)
        await pilot.press("o")
        assert listing.highlighted == 0
        await pilot.press("down", "down", "down")  # past the last ferry, over a heading
        assert listing.highlighted == 1
        await pilot.press("escape")
        await pilot.press("o", "K", "i", "t")  # typing filters; headings of empty stories go
        assert listing.rows == [6]
        assert [type(line).__name__ for line in listing.lines] == ["StoryHeading", "int"]
        await pilot.press("escape", "escape")
        # Choosing starts from the article on screen, in whatever story.
        await pilot.press("s", "o")
        assert listing.highlighted == 1 and app.main.story == 1
        await pilot.press("down", "enter")
        assert app.main.focused_pane.article == 3 and panes_story(app) == 1
        await pilot.press("S")
        assert panes_story(app) == 0
        # A click on a heading opens its story.
        heading_line = listing.line_of(1) - 1
        await pilot.click(ArticleList, offset=(5, heading_line))
        await pilot.pause()
        assert panes_story(app) == 1


async def test_one_story_shows_no_story_heading_nor_story_keys(monkeypatch):
    fake_engine(monkeypatch, comparison())
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        listing = app.query_one(ArticleList)
        assert listing.lines == [0, 1, 2]
        assert not any("Story" in line for line in list_lines(app))
        assert "stories" not in app.sub_title and "Story" not in app.sub_title
        before = visible_articles(app)
        await pilot.press("s")
        assert visible_articles(app) == before
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        ids = {row[2] for row in app.screen.rows}
        assert "next_story" not in ids and "next_contradiction" in ids
        assert "stories" not in app.screen.intro


async def test_several_stories_offer_the_story_keys_in_help_and_palette(monkeypatch):
    fake_engine(monkeypatch, several_stories())
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        from reader.ui.commands import reader_commands

        titles = {command.title for command in reader_commands(app)}
        assert {"Next story", "Previous story"} <= titles
        await pilot.press("question_mark")
        rows = {row[2]: row[0] for row in app.screen.rows}
        assert rows["next_story"] == "s" and rows["previous_story"] == "S"
        assert "s / S show the next / previous story" in app.screen.intro


async def test_real_stories_from_files(tmp_path):
    """The engine's own grouping of two stories and a lone article, through the app."""
    paths = write_files(tmp_path / "day", {**FERRY, **TRANSFER, **RECIPE})
    app = reader_app(paths=paths)
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        for _ in range(100):
            if app.main.comparison is not None:
                break
            await pilot.pause(0.05)
        comparison = app.main.comparison
        assert len(comparison.stories) == 3
        headings = [line for line in list_lines(app) if "Story " in line]
        assert len(headings) == 3
        assert sum("stands alone" in line for line in headings) == 1
        for _ in range(4):
            story = panes_story(app)
            ids = {
                comparison.articles[p.article].id for p in app.main.panes if p.article is not None
            }
            assert {i.rstrip("0123456789") for i in ids} in ({"ferry"}, {"transfer"}, {"recipe"})
            await pilot.press("s")
            assert panes_story(app) == (story + 1) % 3
