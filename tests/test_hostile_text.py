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
    assert any("removed control, bidi or invalid characters" in w for w in article.warnings)
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


def test_a_file_name_that_is_not_utf8_does_not_crash_json_output(tmp_path):
    import json
    import os
    import subprocess
    import sys

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(BODY)
    (folder / "b.txt").write_text(BODY.replace("Nine", "Seven"))
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "reader", "compare", "--format", "json", str(folder)]
    result = subprocess.run(command, capture_output=True, env=env)
    assert result.returncode == 0, result.stderr
    paths = [article["path"] for article in json.loads(result.stdout)["articles"]]
    assert os.fsencode(paths[1]).endswith(b"caf\xe9.txt")  # the escape decodes to the name

    exported = tmp_path / "out.json"
    command = [sys.executable, "-m", "reader", "export", "--what", "all", "--format", "json"]
    result = subprocess.run([*command, "-o", str(exported), str(folder)], env=env)
    assert result.returncode == 0
    json.loads(exported.read_text(encoding="utf-8"))


async def test_every_toast_is_made_terminal_safe(monkeypatch):
    from app_fixtures import fake_engine, reader_app, started
    from textual.app import App

    shown: list[tuple[str, str]] = []
    original = App.notify

    def spy(self, message, *, title="", **options):
        shown.append((message, title))
        return original(self, message, title=title, **options)

    fake_engine(monkeypatch)
    monkeypatch.setattr(App, "notify", spy)
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        app.notify("\x1b]0;PWNED\x07 a\nb", title="\x1b[2Jtitle", markup=False)
        await pilot.pause()
    assert ("\u241b]0;PWNED\u2407 a\nb", "\u241b[2Jtitle") in shown


@pytest.mark.parametrize("command", [[], ["compare"], ["export"]])
def test_argument_errors_do_not_echo_escapes(capsys, command):
    with pytest.raises(SystemExit) as raised:
        main([*command, "--\x1b]0;PWNED\x07.txt"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "PWNED" in err


def test_json_output_escapes_bidi_and_c1_characters_of_file_names(tmp_path, capsys):
    import json

    folder = tmp_path / "corpus"
    name = "evil\u202etxt.\x9bmd.txt"
    write_files(folder, {name: BODY, "b.txt": BODY.replace("Nine", "Seven")})
    status, out, _ = _cli(capsys, "compare", "--format", "json", str(folder))
    assert status == 0 and is_terminal_safe(out, allow="\n")
    assert any(a["path"].endswith(name) for a in json.loads(out)["articles"])
    exported = tmp_path / "out.json"
    status, _, _ = _cli(
        capsys, "export", "--what", "all", "--format", "json", "-o", str(exported), str(folder)
    )
    assert status == 0 and is_terminal_safe(exported.read_text(), allow="\n")


def test_marks_of_a_corpus_in_a_folder_whose_name_is_not_utf8_are_saved(tmp_path):
    import os

    from reader.marks import MarkStore
    from reader.model import SentenceRef

    folder = tmp_path / os.fsdecode(b"d\xe9p\xf4t")
    write_files(folder, {"a.txt": BODY})
    articles, _ = load_articles([folder])
    MarkStore(articles, tmp_path / "data").add(SentenceRef(0, 0), note="n\u202eote")
    (mark,) = MarkStore(articles, tmp_path / "data").marks
    assert mark.note == "n\u202eote"  # the user's own note, kept as typed
