"""Where the fact sheet shows: `reader compare` (text, Markdown, JSON) and `reader export
--what facts`."""

from __future__ import annotations

import json

from corpus_files import write_files

from reader.cli import main
from reader.factsheet.render import outlet
from reader.report import render


def test_text_report_has_facts_disputed_first_then_agreed_and_quotes(seed_comparison):
    text = render(seed_comparison, "text")
    facts = text.index("FACTS (1 disputed, 1 agreed)")
    assert (
        facts
        < text.index("people killed in Pakistan's strike on Iran: disputed")
        < (text.index("agreed:"))
        < text.index("QUOTES (")
    )
    label = outlet(seed_comparison, 0)  # the article's readable label
    assert f"9: {label} (s1 “9 civilians”" in text
    assert f"children killed in Iran's strike on Pakistan: 2 ({outlet(seed_comparison, 2)}" in text


def test_markdown_report_has_facts_and_quotes(seed_comparison):
    md = render(seed_comparison, "markdown")
    assert "## Facts (1 disputed, 1 agreed)" in md
    assert "## Quotes (" in md
    assert f"- **7**: {outlet(seed_comparison, 1)} (s9 “seven people”)" in md


def test_json_has_facts_and_quotes_in_the_documented_shape(seed_comparison):
    data = json.loads(render(seed_comparison, "json"))
    fact = data["facts"][0]
    assert fact["disputed"] is True and fact["what"].startswith("people killed")
    version = next(v for v in fact["versions"] if v["value"] == "7")
    assert version["claims"] == [
        {"article": "001_b553208d09772de8", "sentence": 8, "written": "seven people"}
    ]
    quote = data["quotes"][0]
    assert set(quote) >= {"speaker", "versions"}
    assert set(quote["versions"][0]) >= {"text", "claims"}


HOSTILE = {
    "a.txt": "Riot\n\n“The police fired on us without any warning at all [bold]x[/bold],” "
    "said Ana \x1b]0;PWNED\x07Ruiz.\n",
    "b.txt": "Riot\n\n“The police fired on us with no warning at all [bold]x[/bold],” said "
    "Ana Ruiz.\n",
}


def test_quotes_from_hostile_text_never_reach_the_terminal_raw(tmp_path, capsys):
    write_files(tmp_path / "c", HOSTILE)
    assert main(["compare", str(tmp_path / "c")]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "QUOTES (1: 1 quoted by several outlets, 1 with altered wording" in out
    assert "[-without any-] {+with no+}" in out


def test_export_writes_the_fact_sheet_as_markdown_and_json(tmp_path, capsys):
    md = tmp_path / "facts.md"
    assert main(["export", "--what", "facts", "-o", str(md)]) == 0
    text = md.read_text()
    assert text.startswith("---\ntype: fact sheet\n")
    assert "# Fact sheet" in text and "## Facts (1 disputed, 1 agreed)" in text
    out = tmp_path / "facts.json"
    assert main(["export", "--what", "facts", "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert {"articles", "facts", "quotes"} <= set(data)
    assert len(data["articles"]) == 5


def test_the_fact_sheet_does_not_export_as_csv(capsys):
    assert main(["export", "--what", "facts", "--format", "csv", "-o", "-"]) == 2
    assert "markdown or json" in capsys.readouterr().err


def test_the_fact_sheet_is_written_under_a_fresh_name_in_the_export_folder(
    seed_comparison, tmp_path
):
    from reader.factsheet import fact_sheet
    from reader.factsheet.export import write_fact_sheet

    sheet = fact_sheet(seed_comparison)
    first = write_fact_sheet(seed_comparison, sheet, "json", str(tmp_path))
    second = write_fact_sheet(seed_comparison, sheet, "json", str(tmp_path))
    assert first != second and first.suffix == ".json"
    assert json.loads(first.read_text())["facts"][0]["disputed"] is True
