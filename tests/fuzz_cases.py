"""Generated hostile input and the properties every part must keep on it.

Shared by tests/test_fuzz.py (a few hundred cases, in CI) and bench/fuzz.py (20,000 cases).
Each `check_*` function raises AssertionError when a property fails; an uncaught exception of
any other kind is a crash.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import strategies as st

from reader.analysis.pipeline import analyse
from reader.corpus.loader import load_articles
from reader.text.numbers import extract_quantities
from reader.text.safe import is_terminal_safe
from reader.text.segment import split_sentences

# Pieces that have broken, or could break, a parser or a terminal.
HOSTILE_PIECES = [
    "\x1b[2J",
    "\x1b]0;PWNED\x07",
    "\x1b[41m",
    "\x07",
    "\x00",
    "\x9b",
    "\u202e",
    "\u2066",
    "\u200f",
    "\ufeff",
    "\r\n",
    "\r",
    "&#x202E;",
    "&#27;",
    "&#" + "9" * 60 + ";",
    "&#" + "9" * 4400 + ";",
    "&#x" + "f" * 40 + ";",
    "&amp;",
    "<script>x</script>",
    "<h1>",
    "</p>",
    "[bold red]",
    "[@click=app.quit]",
    "---\n",
    "title: *a\n",
    "a: &a [x, x]\n",
    '"\\u202e"',
    '"\\ud83d"',
    "=HYPERLINK(",
    "a." * 30,
    "U.S.",
    "Mr.",
    "Jan.",
    "No. 5",
    "…",
    "?!",
    "“",
    "”",
    "''",
    "```",
    "\n\n",
    "\t",
]
WORDS = (
    "the police said nine seven people were killed injured in blast on Tuesday Thursday "
    "at least more than about 1,000 2.5 3 women 2 men children officials denied confirmed "
    "Iran Pakistan strike drones 48 hours two days $5 million 40% km"
).split()

_pieces = st.sampled_from(HOSTILE_PIECES)
_words = st.sampled_from(WORDS)
_chars = st.text(max_size=12)  # any code point, surrogates included
_punctuation = st.sampled_from([". ", ", ", "! ", "? ", " ", "\n", ".\n\n", '." ', ") "])

hostile_text = st.lists(st.one_of(_pieces, _words, _chars, _punctuation), max_size=60).map("".join)
prose = st.lists(st.one_of(_words, _words, _punctuation, _pieces), min_size=1, max_size=40).map(
    lambda parts: " ".join(parts)
)
suffixes = st.sampled_from([".txt", ".md", ".html", ".htm", ".markdown"])
front_matter = st.one_of(
    st.just(""),
    st.builds(lambda body: f"---\n{body}\n---\n", hostile_text),
    st.builds(lambda title: f'---\ntitle: "{title}"\noutlet: {title}\n---\n', hostile_text),
)


@st.composite
def file_bytes(draw) -> bytes:
    """A file as saved from anywhere: text in some encoding, or raw bytes."""
    kind = draw(st.sampled_from(["utf-8", "utf-8", "surrogates", "latin-1", "utf-16", "raw"]))
    if kind == "raw":
        return draw(st.binary(max_size=400))
    text = draw(front_matter) + draw(hostile_text) + "\n\n" + draw(prose)
    if kind == "surrogates":
        return text.encode("utf-8", "surrogatepass")
    if kind == "latin-1":
        return text.encode("latin-1", "replace")
    return text.encode(kind, "surrogatepass" if kind == "utf-8" else "replace")


file_name = st.text(
    alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=["Cs"]),
    min_size=1,
    max_size=20,
).filter(lambda name: name not in (".", ".."))

corpus_files = st.lists(st.tuples(file_name, suffixes, file_bytes()), min_size=1, max_size=4)


def check_spans(text: str, spans: list[tuple[int, int]], offset: int = 0) -> None:
    previous_end = offset
    for start, end in spans:
        assert previous_end <= start < end <= offset + len(text), (start, end)
        sentence = text[start - offset : end - offset]
        assert sentence == sentence.strip() and sentence
        previous_end = end


def check_segmenter(text: str, offset: int) -> None:
    check_spans(text, split_sentences(text, offset), offset)


def check_numbers(sentence: str) -> None:
    for quantity in extract_quantities(sentence):
        assert 0 <= quantity.start <= quantity.end <= len(sentence)
        assert quantity.low <= quantity.high


def check_articles(articles, problems) -> None:
    for problem in problems:
        assert "\n" not in problem.message and is_terminal_safe(problem.message)
    for article in articles:
        for field in (article.title, article.outlet, article.date or "", article.url or ""):
            assert is_terminal_safe(field), field
        for warning in article.warnings:
            assert is_terminal_safe(warning), warning
        assert is_terminal_safe(article.text, allow="\n\t")
        assert article.sentences
        previous_end = 0
        for index, sentence in enumerate(article.sentences):
            assert sentence.index == index
            assert previous_end <= sentence.start < sentence.end <= len(article.text)
            assert article.text[sentence.start : sentence.end] == sentence.text
            previous_end = sentence.end


def check_loader(files: list[tuple[str, str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        written = 0
        for number, (name, suffix, data) in enumerate(files):
            path = Path(folder) / f"{number}{name}{suffix}"
            try:
                path.write_bytes(data)
            except OSError:  # a name this filesystem refuses (too long, ...): not our input
                continue
            written += 1
        articles, problems = load_articles([folder])
        assert len(articles) + len(problems) == (written or 1)
        check_articles(articles, problems)


def check_compare(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(texts):
            (Path(folder) / f"a{number}.txt").write_text(text, encoding="utf-8", errors="replace")
        articles, problems = load_articles([folder])
        check_articles(articles, problems)
        comparison = analyse(articles, problems, use_cache=False)
    for link in comparison.links:
        for ref in (link.a, link.b):
            assert 0 <= ref.article < len(articles)
            assert 0 <= ref.sentence < len(articles[ref.article].sentences)
        assert link.a.article != link.b.article
        assert link.kind in ("agree", "contradict")
    for index, article in enumerate(articles):
        stats = comparison.stats(index)
        assert stats.agree + stats.contradict + stats.unique <= len(article.sentences)
