"""Readers for the evaluation data in ../shared/data (see its README). Each returns None
when the data is absent, so benchmarks skip cleanly on a machine without it."""

from __future__ import annotations

import csv
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def read_msrp(data: Path = DEFAULT_DATA) -> list[tuple[int, str, str]] | None:
    """(label, sentence 1, sentence 2) of the MSRP training split."""
    path = data / "msrp" / "msr_paraphrase_train.txt"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(int(r[0]), r[3], r[4]) for r in rows[1:] if len(r) == 5]


def read_rte3(data: Path = DEFAULT_DATA) -> list[tuple[str, str, str]] | None:
    """(label, text, hypothesis) of RTE-3 dev; label entailment/neutral/contradiction."""
    path = data / "rte3" / "rte3_dev.tsv"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["label"], r["t"], r["h"]) for r in rows]


def ecb_clusters(data: Path = DEFAULT_DATA) -> list[Path]:
    """The ECB+ topic folders, each several outlets' articles about one event."""
    root = data / "ecb"
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


def _tsv(path: Path) -> list[list[str]] | None:
    if not path.is_file():
        return None
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]


def read_emergent(data: Path = DEFAULT_DATA) -> list[tuple[str, str, str]] | None:
    """(label, claim, headline) of Emergent train; label for/against/observing."""
    rows = _tsv(data / "emergent" / "emergent_train.tsv")
    return None if rows is None else [(r[0], r[1], r[2]) for r in rows if len(r) >= 3]


def read_newsnli(data: Path = DEFAULT_DATA) -> list[tuple[str, str, str]] | None:
    """(label, sentence, highlight) of EQUATE NewsNLI dev; label entailment/neutral."""
    rows = _tsv(data / "equate" / "newsnli_dev.tsv")
    return None if rows is None else [(r[0], r[1], r[2]) for r in rows if len(r) >= 3]


def ecb_gold(data: Path = DEFAULT_DATA) -> Path | None:
    """The hand-labelled ECB+ pairs and their scorer's folder, if present."""
    folder = data / "ecb_gold"
    return folder if (folder / "score_gold.py").is_file() else None
