"""`reader export` end to end through reader.cli.main, on two tiny article files."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from corpus_files import write_files
from marks_helpers import HOSTILE, split_front_matter, unwritable_folder

from reader.marks import MarkStore
from reader.model import SentenceRef

CLI_ARTICLES = {
    "dawn.txt": "Blast in Quetta\n\nNine people were killed in the blast on Tuesday. "
    'The police said "more, later".\n',
    "wire.txt": "Quetta blast\n\nSeven people were killed in the blast on Tuesday. "
    "Markets closed early.\n",
}


@pytest.fixture
def cli_corpus(tmp_path, monkeypatch):
    """Two tiny articles, an isolated data folder and a config exporting to tmp/out."""
    corpus = tmp_path / "corpus"
    write_files(corpus, CLI_ARTICLES)
    (tmp_path / "out").mkdir()
    config = tmp_path / "config.yaml"
    config.write_text("export_folder: out\n")
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    return corpus, config


def run_cli(capsys, *args):
    from reader.cli import main

    status = main(["export", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def mark_first_sentence(corpus, note):
    from reader.analysis.pipeline import compare

    store = MarkStore(compare([corpus]).articles)
    article = next(i for i, a in enumerate(store.articles) if a.id == "dawn")
    return store.add(SentenceRef(article, 0), note=note)


def test_cli_without_marks_says_what_to_do(cli_corpus, capsys):
    corpus, config = cli_corpus
    status, out, err = run_cli(capsys, corpus, "--config", config)
    assert status == 2 and out == ""
    assert "no marks" in err and "--what contradictions" in err and err.count("\n") == 1


def test_cli_exports_marks_into_the_export_folder(cli_corpus, capsys, tmp_path):
    corpus, config = cli_corpus
    mark_first_sentence(corpus, HOSTILE)
    status, out, err = run_cli(capsys, corpus, "--config", config, "--format", "json")
    assert status == 0, err
    written = tmp_path / "out" / os.path.basename(out.strip())
    assert out.strip() == str(written) and written.name.startswith("reader-export-")
    (passage,) = json.loads(written.read_text())["passages"]
    assert passage["note"] == HOSTILE and passage["article"]["id"] == "dawn"
    assert passage["selector"][0]["exact"].startswith("Nine people were killed")


def test_cli_output_file_is_not_overwritten_without_force(cli_corpus, capsys, tmp_path):
    corpus, config = cli_corpus
    mark_first_sentence(corpus, "note")
    target = tmp_path / "mine.md"
    target.write_text("keep me")
    status, _, err = run_cli(capsys, corpus, "--config", config, "-o", target)
    assert status == 2 and "file exists" in err and "--force" in err
    assert target.read_text() == "keep me"
    status, out, _ = run_cli(capsys, corpus, "--config", config, "-o", target, "--force")
    assert status == 0 and out.strip() == str(target)
    assert split_front_matter(target.read_text())[0]["what"] == "marks"


def test_cli_writes_csv_to_stdout(cli_corpus, capsys):
    corpus, config = cli_corpus
    status, out, _ = run_cli(
        capsys, corpus, "--config", config, "--what", "all", "--format", "csv", "-o", "-"
    )
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    conflict = [row for row in rows if row["Note"].startswith("Contradiction: killed: 9 vs 7")]
    assert [row["Author"] for row in conflict] == ["dawn", "wire"]
    assert 'The police said "more, later".' in [row["Highlight"] for row in rows]
    assert all(row["Location"].isdigit() for row in rows)


def test_cli_unwritable_folder_is_named(cli_corpus, capsys, tmp_path):
    corpus, config = cli_corpus
    folder = unwritable_folder(tmp_path)
    status, _, err = run_cli(
        capsys, corpus, "--config", config, "--what", "unique", "-o", folder / "x.md"
    )
    assert status == 2 and str(folder) in err and err.count("\n") == 1
