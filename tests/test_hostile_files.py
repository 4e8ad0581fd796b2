"""Issue 10, items 2, 6, 7 and 8: files built to break a parser are one problem line each (or
are set aside), and the other files still load."""

from __future__ import annotations

import os

import pytest
from corpus_files import write_files

from reader.config import ConfigError, load_config
from reader.corpus.loader import load_articles
from reader.marks import MarkStore

BODY = "Nine people were killed in the blast on Tuesday. The police said more later.\n"


def test_a_symlink_loop_given_or_in_a_folder_is_one_problem(tmp_path):
    folder = tmp_path / "corpus"
    write_files(folder, {"good.txt": BODY})
    os.symlink("loop.txt", folder / "loop.txt")
    articles, problems = load_articles([folder])
    assert [a.id for a in articles] == ["good"]
    assert [p.message for p in problems] == [f"{folder / 'loop.txt'}: symbolic link loop"]
    articles, problems = load_articles([folder / "loop.txt", folder / "good.txt"])
    assert len(articles) == 1 and len(problems) == 1


def test_a_numeric_reference_of_thousands_of_digits_is_replaced(tmp_path):
    folder = tmp_path / "corpus"
    huge = "9" * 5000
    write_files(
        folder,
        {
            "good.txt": BODY,
            "page.html": f"<title>T&#{huge};</title><p>Seven&#x{huge}; people were killed "
            f"in the blast. Officials&#00000065; said so.</p>"
            f'<meta property="og:site_name" content="Out&#{huge};let">',
        },
    )
    articles, problems = load_articles([folder])
    assert problems == []
    page = next(a for a in articles if a.id == "page")
    assert page.title == "T\ufffd" and page.outlet == "Out\ufffdlet"
    assert "Seven\ufffd people" in page.text and "OfficialsA said" in page.text


def test_a_marks_file_nested_too_deeply_is_set_aside(tmp_path):
    folder = tmp_path / "corpus"
    write_files(folder, {"good.txt": BODY})
    articles, _ = load_articles([folder])
    store = MarkStore(articles, tmp_path / "data")
    store.path.parent.mkdir(parents=True)
    store.path.write_text("[" * 100_000)
    again = MarkStore(articles, tmp_path / "data")
    assert again.marks == []
    assert any("nested too deeply" in warning for warning in again.warnings)
    assert not again.path.exists()
    assert len(list(again.path.parent.glob("*.corrupt-*"))) == 1
    again.add(_first_sentence())
    assert len(MarkStore(articles, tmp_path / "data").marks) == 1


def _first_sentence():
    from reader.model import SentenceRef

    return SentenceRef(0, 0)


BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)
FRONT_MATTER_BOMB = '---\na: &a ["lol", "lol", "lol", "lol", "lol"]\n' + BOMB + "title: *i\n---\n"


def test_a_yaml_alias_bomb_in_front_matter_is_ignored_with_a_warning(tmp_path):
    folder = tmp_path / "corpus"
    write_files(folder, {"bomb.md": FRONT_MATTER_BOMB + BODY, "good.txt": BODY})
    articles, problems = load_articles([folder])
    assert problems == [] and len(articles) == 2
    bomb = articles[0]
    assert bomb.title == "Nine people were killed in the blast on Tuesday."
    assert any("front matter ignored (aliases" in warning for warning in bomb.warnings)


def test_front_matter_nested_or_oversized_is_ignored_with_a_warning(tmp_path):
    folder = tmp_path / "corpus"
    write_files(
        folder,
        {
            "deep.md": "---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\n" + BODY,
            "big.md": "---\ntitle: " + "x" * 70_000 + "\n---\n" + BODY,
        },
    )
    articles, problems = load_articles([folder])
    assert problems == []
    warnings = [w for article in articles for w in article.warnings]
    assert any("big.md: front matter ignored (longer than" in w for w in warnings)
    assert any("deep.md: front matter ignored (nested deeper than" in w for w in warnings)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("theme: &t reader-dark\npanes: 2\nkeymap:\n  quit: *t\n", ":4: not valid YAML: aliases"),
        ("keymap: " + "[" * 3000 + "]" * 3000 + "\n", ":1: not valid YAML: nested deeper"),
    ],
    ids=["alias", "nesting"],
)
def test_config_refuses_aliases_and_deep_nesting_with_its_line(tmp_path, text, problem):
    file = tmp_path / "config.yaml"
    file.write_text(text)
    with pytest.raises(ConfigError) as raised:
        load_config(file)
    assert problem in str(raised.value)


def test_a_theme_file_with_aliases_is_skipped(tmp_path):
    from reader.ui.themes import ThemeFileError, load_theme_file

    file = tmp_path / "bomb.yaml"
    file.write_text('name: bomb\nprimary: &p "#ff0000"\nsecondary: *p\n')
    with pytest.raises(ThemeFileError, match="aliases"):
        load_theme_file(file)


def test_the_hostile_folder_loads_in_compare_with_one_line_per_bad_file(tmp_path, capsys):
    from hostile_folder import GOOD, LOADING, SKIPPED, write_hostile_folder

    from reader.cli import main
    from reader.text.safe import is_terminal_safe

    folder = write_hostile_folder(tmp_path / "hostile")
    assert main(["compare", str(folder)]) == 0
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert all(is_terminal_safe(line) for line in lines) and is_terminal_safe(out, allow="\n")
    problems = [line for line in lines if not line.startswith("reader: warning:")]
    assert len(problems) == len(SKIPPED)
    for name in ("empty.txt", "binary.txt", "loop.txt", "\u241b[2Jempty.md"):
        assert sum(name in line for line in problems) == 1, name
    assert f"{len(GOOD) + len(LOADING) + 1} articles" in out  # + latin.txt
    assert "killed: 9 vs 7" in out or "9 vs 7" in out
    assert any("latin.txt: not UTF-8" in line for line in lines)


@pytest.mark.parametrize(
    ("unit", "seen"),
    [
        ("*a ", "*a *a"),  # emphasis opened and never closed: 20,000 of them took 10 s
        ("[a](", "[a]([a]("),  # links never closed: 20,000 took 0.7 s, 80,000 took 11 s
        ("**a ", "**a **a"),
        ("~~a ", "~~a ~~a"),
        ("![a](", "![a](![a]("),
        ("<http://", "<http://<http://"),
        ("`", "``"),
        ("_a ", "_a _a"),
    ],
)
def test_unclosed_markdown_is_read_in_linear_time_and_kept_as_text(tmp_path, unit, seen):
    path = tmp_path / "a.md"
    path.write_text("Nine people died. " + unit * 20_000 + "\n")
    (article,), problems = load_articles([path])
    assert problems == [] and seen in article.text


def test_markdown_inline_syntax_still_reduces_to_its_text():
    from reader.corpus.markdown_text import markdown_blocks, strip_inline

    assert strip_inline("*a* **b** _c_ __d__ ~~e~~ `f` ``g``") == "a b c d e f g"
    assert strip_inline("snake_case and 2 * 3 * 4") == "snake_case and 2 * 3 * 4"
    assert strip_inline("[wiki](http://w.org/A_(b)) [ref][1] ![pic](a.png) <http://x.io>") == (
        "wiki ref pic http://x.io"
    )
    assert strip_inline('[t](http://x "title") and *a **b** c*') == "t and a b c"
    assert [b.text for b in markdown_blocks("# Title #\n\n# C# today\n\n- - -\n\nText.")] == [
        "Title",
        "C# today",
        "Text.",
    ]


@pytest.mark.parametrize("unit", ["<!--", "<![CDATA[", "<?", "</", "<a", "<!x"])
def test_unclosed_html_constructs_are_read_in_linear_time(tmp_path, unit, monkeypatch):
    # Python 3.11's html.parser rescans the rest of the page for each construct that never
    # ends (20,000 `<!--` took 4.6 s, 80,000 took 50 s). Count those rescans: none now.
    from html.parser import HTMLParser

    gave_up = []
    for name in (
        "parse_comment",
        "parse_html_declaration",
        "parse_pi",
        "parse_endtag",
        "parse_starttag",
        "parse_marked_section",
        "parse_bogus_comment",
    ):
        original = getattr(HTMLParser, name)

        def counted(self, *args, _original=original, _name=name, **kwargs):
            result = _original(self, *args, **kwargs)
            if result is not None and result < 0:
                gave_up.append(_name)
            return result

        monkeypatch.setattr(HTMLParser, name, counted)
    path = tmp_path / "a.html"
    path.write_text("<p>Nine people died in the blast.</p><p>More " + unit * 2_000)
    (article,), problems = load_articles([path])
    assert problems == []
    assert article.sentences[0].text == "Nine people died in the blast."
    assert unit * 3 in article.text  # shown as text, as before
    assert len(gave_up) <= 1, f"{len(gave_up)} rescans ({gave_up[0]})"


def test_html_that_closes_its_constructs_reads_as_before():
    from reader.corpus.html_text import parse_html

    page = parse_html(
        "<!DOCTYPE html><html><head><title>T</title><!-- note --></head><body>"
        "<script>if (a<b && c>d) { x = '<!--'; }</script><p>One <b>two</b></p>"
        "<![CDATA[ hidden ]]><?php echo 1 ?><p>Three &lt;four&gt;</p></body></html>"
    )
    assert [block.text for block in page.blocks] == ["One two", "Three <four>"]
    assert page.title == "T"


async def test_the_hostile_folder_loads_in_the_app_with_one_toast_per_bad_file(tmp_path):
    from app_fixtures import reader_app, started
    from hostile_folder import GOOD, LOADING, write_hostile_folder

    from reader.text.safe import is_terminal_safe

    folder = write_hostile_folder(tmp_path / "hostile")
    app = reader_app(paths=[folder])
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        assert app.main.comparison is not None
        assert len(app.main.articles) == len(GOOD) + len(LOADING) + 1
    assert all(is_terminal_safe(str(notice), allow="\n") for notice in app.notices)
    skipped = [n for n in app.notices if "empty file" in n or "binary" in n or "loop" in n]
    assert len(skipped) == 4


def test_a_file_too_large_for_an_article_is_one_problem(tmp_path, monkeypatch):
    import reader.corpus.loader as loader

    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 2**20)
    folder = tmp_path / "corpus"
    write_files(folder, {"big.txt": BODY * 14_000, "good.txt": BODY})
    articles, problems = load_articles([folder])
    assert [a.id for a in articles] == ["good"]
    assert [p.message for p in problems] == [
        f"{folder / 'big.txt'}: too large for an article (over 1 MB)"
    ]


def test_loading_stops_between_files_once_cancelled(tmp_path):
    folder = tmp_path / "corpus"
    write_files(folder, {f"{n}.txt": BODY for n in range(5)})
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 2  # yes from the third file on

    articles, problems = load_articles([folder], cancelled=cancelled)
    assert [a.id for a in articles] == ["0", "1"] and problems == []
    assert len(load_articles([folder], use_cache=True, cancelled=lambda: False)[0]) == 5
