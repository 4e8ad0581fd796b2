"""Issue 10, items 1, 9, 10 and 14: untrusted names and metadata never reach the terminal raw;
a lone surrogate, a huge token and a latin-1 file are handled, and each says so."""

from __future__ import annotations

import textwrap

import pytest
from corpus_files import write_files

from reader import report
from reader.cli import main
from reader.corpus.loader import load_articles
from reader.text.safe import is_terminal_safe

BODY = "Nine people were killed in the blast on Tuesday. The police said more later.\n"
ESCAPE_NAME = "\x1b]0;PWNED\x07\x1b[41mb.txt"


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_file_name_with_escapes_is_named_safely_in_problems_and_stderr(tmp_path, capsys):
    folder = tmp_path / "corpus"
    write_files(folder, {"good.txt": BODY, "other.txt": BODY.replace("Nine", "Seven")})
    (folder / ESCAPE_NAME).write_bytes(b"")  # empty: skipped with a one-line problem
    articles, problems = load_articles([folder])
    assert len(articles) == 2
    (problem,) = problems
    assert is_terminal_safe(problem.message)
    assert "\u241b]0;PWNED\u2407\u241b[41mb.txt: empty file" in problem.message

    status, out, err = _cli(capsys, "compare", str(folder))
    assert status == 0
    assert "\x1b" not in err and "\x07" not in err
    assert "PWNED" in err and len(err.strip().splitlines()) == 1


def test_a_file_name_with_escapes_becomes_a_safe_outlet(tmp_path):
    path = tmp_path / "\x1b[2Jclear.txt"
    path.write_text(BODY)
    (article,), _ = load_articles([path])
    assert is_terminal_safe(article.outlet) and is_terminal_safe(article.title)
    assert article.outlet == "\u241b[2Jclear"


def test_front_matter_escapes_and_yaml_bidi_escapes_are_removed(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        '---\noutlet: "Evil\\e[2J News"\ntitle: "Tit\\u202ele"\ndate: "\\x1b]0;x\\x07 2024"\n---\n'
        + BODY
    )
    (article,), _ = load_articles([path])
    assert article.outlet == "Evil News"
    assert article.title == "Title"
    assert is_terminal_safe(article.date or "")


def test_html_character_references_cannot_spell_bidi_or_escapes(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><title>T&#x202E;itle</title>"
        '<meta property="og:site_name" content="Out&#27;[31mlet&#x2066;"></head>'
        "<body><p>Nine&#x202E; people &#27;[2Jwere killed in the blast on Tuesday.</p>"
        "<p>The police said more later.</p></body></html>"
    )
    (article,), _ = load_articles([path])
    assert article.title == "Title"
    assert is_terminal_safe(article.outlet) and "\u2066" not in article.outlet
    assert is_terminal_safe(article.text, allow="\n")
    assert "\u202e" not in article.text and "\x1b" not in article.text
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text


def test_bidi_overrides_do_not_reach_compare_output(tmp_path, capsys):
    folder = tmp_path / "corpus"
    write_files(
        folder,
        {
            "a.md": '---\ntitle: "Blast \\u202eevil"\n---\n' + BODY,
            "b.html": "<h1>Blast &#x202E;evil</h1><p>" + BODY.replace("Nine", "Seven") + "</p>",
        },
    )
    for fmt in ("text", "markdown", "json"):
        status, out, _ = _cli(capsys, "compare", "--format", fmt, str(folder))
        assert status == 0
        assert "\u202e" not in out and "Blast evil" in out


def test_a_lone_surrogate_in_front_matter_works_on_a_cold_cache(tmp_path, capsys):
    folder = tmp_path / "corpus"
    write_files(
        folder,
        {
            "a.md": '---\ntitle: "\\ud83d"\noutlet: "X\\udc00"\n---\n' + BODY,
            "b.txt": BODY.replace("Nine", "Seven"),
        },
    )
    (article, _), _ = load_articles(sorted(folder.iterdir()))
    assert article.title == "\ufffd" and article.outlet == "X\ufffd"
    for _attempt in ("cold", "warm"):
        status, out, _ = _cli(capsys, "compare", str(folder))
        assert status == 0 and "\ufffd" in out
    status, out, err = _cli(capsys, "export", "--what", "all", "-o", "-", str(folder))
    assert status == 0, err


def test_the_text_report_never_hands_textwrap_a_word_longer_than_a_line(monkeypatch):
    # textwrap cuts an overlong word one line at a time, copying the rest each time: a 5 MB
    # token took a minute. The report cuts such words into whole lines itself.
    seen: list[int] = []
    real_fill = textwrap.fill

    def spy(text: str, **options) -> str:
        seen.append(max(len(word) for word in text.split()))
        return real_fill(text, **options)

    monkeypatch.setattr(textwrap, "fill", spy)
    token = "x" * 100_000
    wrapped = report._quote_text("Dawn:", f"before {token} after")
    assert max(seen) <= 82
    lines = wrapped.splitlines()
    assert all(len(line) <= 88 for line in lines)
    assert "".join(line.strip() for line in lines).count("x") == 100_000


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_file_not_in_utf8_is_decoded_and_the_warning_is_shown(tmp_path, capsys, encoding):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "latin.txt").write_bytes(("Café blast: " + BODY).encode(encoding))
    (folder / "b.txt").write_text(BODY.replace("Nine", "Seven"))
    status, out, err = _cli(capsys, "compare", str(folder))
    assert status == 0 and "Café" in out
    assert "latin.txt: not UTF-8, decoded as" in err


async def test_the_app_names_bad_files_and_warns_about_decoding_safely(tmp_path):
    from app_fixtures import reader_app, started

    folder = tmp_path / "corpus"
    write_files(folder, {"good.txt": BODY, "other.md": '---\noutlet: "Evil\\e[2J"\n---\n' + BODY})
    (folder / ESCAPE_NAME).write_bytes(b"")
    (folder / "latin.txt").write_bytes(("Café blast: " + BODY).encode("latin-1"))
    app = reader_app(paths=[folder])
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        await pilot.press("tab", "j", "m")  # mark a sentence of the second article
        await pilot.pause()
        assert len(app.main.articles) == 3
    assert any("PWNED" in notice and "empty file" in notice for notice in app.notices)
    assert any("latin.txt: not UTF-8, decoded as" in notice for notice in app.notices)
    assert all(is_terminal_safe(str(notice)) for notice in app.notices)
    assert any(str(notice).startswith("Marked ") for notice in app.notices), app.notices
