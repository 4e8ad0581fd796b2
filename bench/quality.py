"""Measure the comparison engine on the labelled development data, in one table.

    python bench/quality.py [--data ../shared/data] [--reader PATH]

Prints a Markdown table with the date (the README carries it): ECB+ gold (agreements and
contradictions found, traps left alone, precision of the flags), Emergent claim against
headline (denials), NewsNLI (entailed pairs with quantities never called contradictions),
MSRP (paraphrase), RTE-3 (contradiction) and relate()'s symmetry on real pairs. Skips
cleanly when the data folder is absent. Nothing here is fitted: it runs `reader.relate`
and `reader compare` and counts.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datasets import (  # noqa: E402
    DEFAULT_DATA,
    ecb_gold,
    read_emergent,
    read_msrp,
    read_newsnli,
    read_rte3,
)
from reader.analysis.relate import relate  # noqa: E402

_GOLD_LINE = re.compile(
    r"agree (\d+)/(\d+), contradict (\d+)/(\d+), not_contradict (\d+)/(\d+);.*: ([\d.]+) "
    r"\((\d+)/(\d+)\)"
)


def gold_rows(data: Path, reader_bin: str) -> list[str]:
    folder = ecb_gold(data)
    if folder is None:
        return []
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache, "READER_CACHE_DIR": cache}
        result = subprocess.run(
            [sys.executable, str(folder / "score_gold.py"), str(folder / "ecb_dev_gold.yaml"),
             str(data / "ecb"), reader_bin],
            capture_output=True, text=True, env=env, check=False,
        )  # fmt: skip
    match = _GOLD_LINE.search(result.stdout)
    if not match:
        return [f"| ECB+ gold | scorer failed: {result.stderr.strip()[-120:]} | |"]
    agree, agree_n, contra, contra_n, traps, traps_n, _, right, flagged = map(float, match.groups())
    return [
        f"| ECB+ gold: agreements found | {agree:.0f}/{agree_n:.0f} = {agree / agree_n:.0%} "
        "| ≥ 60% |",
        f"| ECB+ gold: contradictions found | {contra:.0f}/{contra_n:.0f} = "
        f"{contra / contra_n:.0%} | ≥ 50% |",
        f"| ECB+ gold: traps not flagged | {traps:.0f}/{traps_n:.0f} = {traps / traps_n:.1%} "
        "| ≥ 95% |",
        f"| ECB+ gold: precision of the flags on labelled pairs | {right:.0f}/{flagged:.0f} = "
        f"{right / max(1, flagged):.0%} | ≥ 80% |",
    ]


def emergent_row(data: Path) -> list[str]:
    rows = read_emergent(data)
    if rows is None:
        return []
    tp = fp = fn = 0
    for label, claim, headline in rows:
        said = relate(claim, headline).kind == "contradict"
        gold = label == "against"
        tp += said and gold
        fp += said and not gold
        fn += gold and not said
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return [
        f"| Emergent train: 'against' precision / recall ({tp + fp} flagged, {tp + fn} true) "
        f"| {precision:.0%} / {recall:.0%} | ≥ 80% / ≥ 50% |"
    ]


def newsnli_row(data: Path) -> list[str]:
    rows = read_newsnli(data)
    if rows is None:
        return []
    entailed = [(a, b) for label, a, b in rows if label == "entailment"]
    wrong = sum(relate(a, b).kind == "contradict" for a, b in entailed)
    return [
        f"| NewsNLI dev: entailed pairs called contradict | {wrong}/{len(entailed)} = "
        f"{wrong / len(entailed):.1%} | ≤ 1% |"
    ]


def msrp_row(data: Path) -> list[str]:
    pairs = read_msrp(data)
    if pairs is None:
        return []
    right = sum((relate(a, b).kind == "agree") == bool(label) for label, a, b in pairs)
    return [f"| MSRP train: accuracy of kind == agree ({len(pairs)} pairs) | "
            f"{right / len(pairs):.1%} | ≥ 76% |"]  # fmt: skip


def rte_row(data: Path) -> list[str]:
    rows = read_rte3(data)
    if rows is None:
        return []
    said = [relate(t, h).kind == "contradict" for _, t, h in rows]
    gold = [label == "contradiction" for label, _, _ in rows]
    hits = sum(s and g for s, g in zip(said, gold, strict=True))
    return [
        f"| RTE-3 dev: contradiction precision / recall ({sum(said)} flagged, {sum(gold)} "
        f"true) | {hits / max(1, sum(said)):.0%} / {hits / max(1, sum(gold)):.0%} | — |"
    ]


def symmetry_row(data: Path) -> list[str]:
    pairs = [(a, b) for _, a, b in (read_msrp(data) or [])][:2000]
    pairs += [(a, b) for _, a, b in (read_emergent(data) or [])][:1500]
    pairs += [(a, b) for _, a, b in (read_newsnli(data) or [])]
    if not pairs:
        return []
    same = sum(relate(a, b).kind == relate(b, a).kind for a, b in pairs)
    return [f"| relate() on {len(pairs)} real pairs: kind(a, b) == kind(b, a) | "
            f"{same / len(pairs):.1%} | 100% |"]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--reader", default=shutil.which("reader") or "reader",
                        help="the reader command the ECB+ gold scorer runs")  # fmt: skip
    options = parser.parse_args()
    if not options.data.is_dir():
        print(f"no evaluation data at {options.data}: skipped")
        return 0
    started = time.perf_counter()
    print(f"Measured {datetime.date.today().isoformat()} by bench/quality.py\n")
    print("| measure | result | target |")
    print("|---|---|---|")
    for rows in (
        gold_rows(options.data, options.reader),
        emergent_row(options.data),
        newsnli_row(options.data),
        msrp_row(options.data),
        rte_row(options.data),
        symmetry_row(options.data),
    ):
        for row in rows:
            print(row)
    print(f"\n({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
