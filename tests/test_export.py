"""Export: passage selection, the three formats parsed back, safe file writing."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from marks_helpers import (
    HOSTILE,
    make_article,
    split_front_matter,
    story_comparison,
    unwritable_folder,
)

from reader.analysis.comparison import Comparison
from reader.atomic import WriteError
from reader.export.csv_format import HEADER, neutralise_formula, render_csv
from reader.export.document import build_document, story_title
from reader.export.json_format import render_json
from reader.export.markdown_format import render_markdown
from reader.export.passages import select
from reader.export.writing import write_to_file, write_to_folder
from reader.marks import MarkStore
from reader.model import SentenceRef
from reader.text.safe import terminal_safe

EXPORTED = datetime(2026, 1, 17, 9, 30, tzinfo=UTC)


def marked(comparison, tmp_path, *spans):
    store = MarkStore(comparison.articles, data_dir=tmp_path)
    for start, end, note in spans:
        store.add(start, end, note)
    return store.marks


def hostile_comparison() -> Comparison:
    """One article whose title, outlet, url and text are all hostile."""
    article = make_article(
        "evil",
        [["Intro line.", HOSTILE, "Outro, with a comma."]],
        outlet='Evil "Outlet", Inc [b]x[/b]',
        title="# Not a heading\n---",
        url="javascript:alert(1)",
    )
    return Comparison(articles=[article], links=[])


# -- what is selected ---------------------------------------------------------------------


def test_selection_of_each_section(tmp_path):
    comparison = story_comparison()
    marks = marked(comparison, tmp_path, (SentenceRef(0, 1), None, "toll?"))
    (mark,) = select(comparison, marks, "marks")
    assert mark.relation == "contradict" and mark.reasons == ("killed: 9 vs 7",)
    assert mark.passages[0].text == "Nine people were killed, officials said."
    assert mark.passages[0].note == "toll?"

    (conflict,) = select(comparison, marks, "contradictions")
    assert [p.article.outlet for p in conflict.passages] == ["Dawn", "Al Jazeera"]
    assert conflict.reasons == ("killed: 9 vs 7",)
    assert conflict.passages[0].note == "toll?", "a mark's note shows wherever its sentence does"

    (agreement,) = select(comparison, marks, "agreements")
    assert len(agreement.passages) == 2 and agreement.relation == "agree"

    unique = select(comparison, marks, "unique")
    assert [p.text for e in unique for p in e.passages] == ["A calm day followed.", "Markets fell."]
    sections = [e.section for e in select(comparison, marks, "all")]
    assert sections == ["marks", "contradictions", "agreements", "unique", "unique"]


def test_story_title_is_the_most_shared_headline():
    comparison = story_comparison()
    assert story_title(comparison.articles) == "Pakistan strikes inside Iran"
    assert story_title([]) == "Untitled story"


# -- markdown -----------------------------------------------------------------------------

UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def quoted_passages(body: str) -> list[str]:
    """The text of every blockquote, unescaped: what a Markdown viewer would show."""
    quotes, current = [], []
    for line in [*body.split("\n"), ""]:
        if line.startswith(">"):
            current.append(line[2:] if line.startswith("> ") else "")
        elif current:
            quotes.append(UNESCAPE.sub(r"\1", "\n".join(current)))
            current = []
    return quotes


def test_markdown_front_matter_sections_and_quotes(tmp_path):
    comparison = story_comparison()
    marks = marked(comparison, tmp_path, (SentenceRef(1, 1), None, "seven, says AJ"))
    text = render_markdown(build_document(comparison, marks, "all", EXPORTED))
    meta, body = split_front_matter(text)
    assert meta["story"] == "Pakistan strikes inside Iran"
    assert meta["exported"] == "2026-01-17T09:30:00+00:00"
    assert [s["outlet"] for s in meta["sources"]] == ["Dawn", "Al Jazeera"]
    headings = [line for line in body.split("\n") if line.startswith("#")]
    assert headings[:4] == [
        "# Pakistan strikes inside Iran",
        "## Marked passages",
        "### Al Jazeera, sentence 2",
        "## Contradictions",
    ]
    assert "### Contradiction 2: killed: 9 vs 7" in headings
    assert quoted_passages(body)[:3] == [
        "Seven people were killed.",
        "Nine people were killed, officials said.",
        "Seven people were killed.",
    ]
    assert "[*Pakistan strikes inside Iran*](<https://aljazeera.example/strike?a=1&b=2>)" in body
    assert "**Note:** seven, says AJ" in body


def test_markdown_hostile_text_stays_inside_its_quote(tmp_path):
    comparison = hostile_comparison()
    marks = marked(comparison, tmp_path, (SentenceRef(0, 1), None, HOSTILE))
    text = render_markdown(build_document(comparison, marks, "marks", EXPORTED))
    meta, body = split_front_matter(text)
    assert meta["sources"][0]["title"] == "# Not a heading\n---"
    assert quoted_passages(body) == [HOSTILE]
    lines = body.split("\n")
    # Only our own three headings start a line with "#"; no rule, fence or list sneaks in.
    assert [line[:4] for line in lines if line.startswith("#")] == ["# \\#", "## M", "### "]
    assert not any(re.match(r"\s*(---|```|[-+*] |\d+\. )", line) for line in lines)
    assert "](" not in body, "a javascript: url must not become a link"
    note = body.split("**Note:** ", 1)[1].split("\n\n")[0]
    assert UNESCAPE.sub(r"\1", note.replace("\\\n", "\n")).rstrip("\n") == HOSTILE


# -- json ---------------------------------------------------------------------------------


def test_json_passages_carry_w3c_selectors(tmp_path):
    comparison = story_comparison()
    marks = marked(comparison, tmp_path, (SentenceRef(0, 0), SentenceRef(0, 1), "both"))
    data = json.loads(render_json(build_document(comparison, marks, "all", EXPORTED)))
    assert data["what"] == "all" and len(data["sources"]) == 2
    first = data["passages"][0]
    quote_selector, position = first["selector"]
    article = comparison.articles[0]
    assert quote_selector["type"] == "TextQuoteSelector"
    assert position == {"type": "TextPositionSelector", "start": 0, "end": position["end"]}
    assert quote_selector["exact"] == article.text[position["start"] : position["end"]]
    assert quote_selector["suffix"] == article.text[position["end"] :][:48]
    assert first["article"]["id"] == "dawn" and first["note"] == "both"
    assert first["relation"] == "contradict" and first["reasons"] == ["killed: 9 vs 7"]
    conflict = [p for p in data["passages"] if p["section"] == "contradictions"]
    assert len({p["group"] for p in conflict}) == 1 and len(conflict) == 2


def test_json_round_trips_hostile_text(tmp_path):
    comparison = hostile_comparison()
    marks = marked(comparison, tmp_path, (SentenceRef(0, 1), None, HOSTILE))
    data = json.loads(render_json(build_document(comparison, marks, "marks", EXPORTED)))
    (passage,) = data["passages"]
    assert passage["selector"][0]["exact"] == HOSTILE and passage["note"] == HOSTILE
    assert passage["article"]["outlet"] == comparison.articles[0].outlet


# -- csv ----------------------------------------------------------------------------------


def test_csv_is_what_readwise_imports(tmp_path):
    comparison = story_comparison()
    marks = marked(comparison, tmp_path, (SentenceRef(0, 1), None, "toll, again"))
    text = render_csv(build_document(comparison, marks, "all", EXPORTED))
    assert text.splitlines()[0] == "Highlight,Title,Author,URL,Note,Location"
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == HEADER
    assert rows[0] == {
        "Highlight": "Nine people were killed, officials said.",
        "Title": "Pakistan strikes Iran, nine dead",
        "Author": "Dawn",
        "URL": "https://dawn.example/strike",
        "Note": "toll, again",
        "Location": "2",
    }
    assert rows[1]["Note"] == "toll, again\nContradiction: killed: 9 vs 7"


def test_csv_round_trips_hostile_text(tmp_path):
    comparison = hostile_comparison()
    marks = marked(comparison, tmp_path, (SentenceRef(0, 1), None, HOSTILE))
    text = render_csv(build_document(comparison, marks, "marks", EXPORTED))
    (row,) = csv.DictReader(io.StringIO(text, newline=""))
    assert row["Highlight"] == HOSTILE and row["Note"] == HOSTILE
    assert row["Author"] == comparison.articles[0].outlet
    assert row["Title"] == comparison.articles[0].title


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("http://x","y")', "+SUM(A1:A9)", "-2+3", "@SUM(A1)", "  =1+1", "\t=1", "\uff1d1"],
)
def test_csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe(tmp_path, cell):
    comparison = Comparison(
        articles=[make_article("evil", [[cell]], outlet=cell, title=cell, url=cell)], links=[]
    )
    marks = marked(comparison, tmp_path, (SentenceRef(0, 0), None, cell))
    text = render_csv(build_document(comparison, marks, "marks", EXPORTED))
    (row,) = csv.DictReader(io.StringIO(text, newline=""))
    for name in ("Title", "Author", "URL", "Note"):
        assert row[name] == "'" + cell, name
    assert row["Highlight"] == "'" + comparison.articles[0].sentences[0].text
    assert row["Location"] == "1"


def test_csv_leaves_ordinary_text_alone(tmp_path):
    assert neutralise_formula("Nine people - at least - died") == "Nine people - at least - died"
    assert neutralise_formula("a=b") == "a=b" and neutralise_formula("") == ""


# -- writing files ------------------------------------------------------------------------


def test_existing_file_is_replaced_only_with_force(tmp_path):
    target = tmp_path / "notes.md"
    target.write_text("precious")
    with pytest.raises(WriteError, match=r"file exists: .*notes\.md \(use --force"):
        write_to_file("new", target, force=False)
    assert target.read_text() == "precious"
    write_to_file("new", target, force=True)
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"], "no temp file left behind"


def test_folder_export_picks_a_fresh_name(tmp_path):
    first = write_to_folder("one", tmp_path, "markdown", EXPORTED)
    second = write_to_folder("two", tmp_path, "markdown", EXPORTED)
    assert first.name == "reader-export-20260117-093000.md"
    assert second.name == "reader-export-20260117-093000-2.md"
    assert (first.read_text(), second.read_text()) == ("one", "two")


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(WriteError, match=f"folder does not exist: {tmp_path / 'nope'}"):
        write_to_folder("x", tmp_path / "nope", "csv")


def test_unwritable_folder_gets_one_clear_line(tmp_path):
    folder = unwritable_folder(tmp_path)
    with pytest.raises(WriteError) as caught:
        write_to_folder("x", folder, "json")
    message = str(caught.value)
    assert "\n" not in message and str(folder) in message


def test_marks_and_export_do_not_import_the_ui():
    code = (
        "import sys, reader.marks, reader.export.command, reader.export.document, "
        "reader.export.render, reader.export.writing; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_terminal_safe_shows_escapes_instead_of_obeying_them():
    assert terminal_safe("a\x1b[31mb\tc\n", allow="\n\t") == "a\u241b[31mb\tc\n"
