"""Issue 10, items 2, 6, 7 and 8: files built to break a parser are one problem line each (or
are set aside), and the other files still load."""

from __future__ import annotations

import os

from corpus_files import write_files

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
