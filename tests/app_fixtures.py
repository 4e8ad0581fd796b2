"""Small hand-built corpora for the app tests: the UI is tested against a Comparison whose
links we choose, so the tests do not move when the engine's judgement improves."""

from __future__ import annotations

from pathlib import Path

from reader.analysis.comparison import Comparison
from reader.config import Config
from reader.model import Article, Block, Link, Sentence, SentenceRef
from reader.resources import builtin_themes
from reader.ui import make_app
from reader.ui.themes import load_themes


def article(
    article_id: str, outlet: str, paragraphs: list[list[str]], heading: str = ""
) -> Article:
    """An article from paragraphs of sentences (and an optional heading block first)."""
    text, blocks, sentences = "", [], []
    if heading:
        blocks.append(Block("heading", 0, len(heading)))
        text = heading
    for paragraph in paragraphs:
        if text:
            text += "\n\n"
        block_start = len(text)
        for number, sentence in enumerate(paragraph):
            if number:
                text += " "
            start = len(text)
            text += sentence
            sentences.append(Sentence(len(sentences), sentence, start, len(text), len(blocks)))
        blocks.append(Block("paragraph", block_start, len(text)))
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        title=f"Title of {outlet}",
        outlet=outlet,
        text=text,
        blocks=tuple(blocks),
        sentences=tuple(sentences),
    )


FILLER = [
    f"Filler sentence number {n} says nothing in particular about the events." for n in range(30)
]

ALPHA = article(
    "alpha",
    "Alpha News",
    [
        ["Pakistan struck targets in Iran on Thursday.", "The strikes killed 9 people."],
        FILLER[:15],
        ["Iran's strike on Tuesday killed two children."],
    ],
    heading="Strikes across the border",
)
BETA = article(
    "beta",
    "Beta Times",
    [
        FILLER[15:30],
        ["Iran said seven people were killed in the strikes.", "Beta alone reports this."],
        ["Two children died in Iran's strike on Tuesday."],
    ],
)
GAMMA = article(
    "gamma",
    "Gamma Post",
    [["Two children were killed when Iran struck on Tuesday.", "Gamma has its own angle."]],
)


def comparison(articles: list[Article] | None = None) -> Comparison:
    articles = articles or [ALPHA, BETA, GAMMA]
    killed_alpha = SentenceRef(0, 1)
    killed_beta = SentenceRef(1, 15)
    children = [SentenceRef(0, 17), SentenceRef(1, 17), SentenceRef(2, 0)]
    links = [
        Link("contradict", 0.8, ("killed: 9 vs 7",), killed_alpha, killed_beta),
        Link("agree", 0.9, ("same claim",), children[0], children[1]),
        Link("agree", 0.85, ("same claim",), children[1], children[2]),
    ]
    return Comparison(articles=articles, links=links)


def fake_engine(monkeypatch, result: Comparison | None = None) -> Comparison:
    """Make the app's worker load and analyse the hand-built corpus instead of files."""
    result = result or comparison()
    import reader.ui.engine as app_module

    monkeypatch.setattr(
        app_module, "load_articles", lambda paths, overrides, cancelled=None: (result.articles, [])
    )
    monkeypatch.setattr(
        app_module,
        "analyse",
        lambda articles, problems, settings, progress, cancelled: result,
    )
    return result


def reader_app(config: Config | None = None, theme: str | None = None, paths=None):
    """The app on the given paths (the fake engine ignores them), built-in themes only (not
    the tester's own); `app.notices` records every notification's message."""
    app = make_app(
        paths or [Path("unused")],
        config or Config(),
        theme,
        themes=load_themes(builtin_themes()),
    )
    app.notices = []
    notify = app.notify

    def recording_notify(message, *args, **kwargs):
        app.notices.append(message)
        return notify(message, *args, **kwargs)

    app.notify = recording_notify
    return app


async def started(pilot):
    """Wait until the app's worker has delivered the comparison and the screen settled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def pane(app, number: int):
    from reader.ui.widgets.article_pane import ArticlePane

    return app.query_one(f"#pane-{number}", ArticlePane)
