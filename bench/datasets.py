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
