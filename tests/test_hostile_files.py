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
