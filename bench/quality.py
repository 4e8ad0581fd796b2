"""Measure the comparison engine on real data: MSRP paraphrases, RTE-3 contradictions, ECB+.

    python bench/quality.py [--data ../shared/data] [--ecb N]

Prints a Markdown table (the README carries it, with its date). Skips cleanly when the
data folder is absent. Nothing here is fitted: it only runs `reader.relate` and
`reader compare` and counts.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datasets import DEFAULT_DATA, ecb_clusters, read_msrp, read_rte3  # noqa: E402
from reader.analysis.pipeline import compare  # noqa: E402
from reader.analysis.relate import relate  # noqa: E402


def msrp_accuracy(data: Path) -> tuple[float, int] | None:
    pairs = read_msrp(data)
    if pairs is None:
        return None
    right = sum((relate(a, b).kind == "agree") == bool(label) for label, a, b in pairs)
    return right / len(pairs), len(pairs)


def rte_contradiction(data: Path) -> tuple[float, float, int, int] | None:
    rows = read_rte3(data)
    if rows is None:
        return None
    predicted = actual = hits = 0
    for label, text, hypothesis in rows:
        said = relate(text, hypothesis).kind == "contradict"
        is_contradiction = label == "contradiction"
        predicted += said
        actual += is_contradiction
        hits += said and is_contradiction
    precision = hits / predicted if predicted else 0.0
    return precision, hits / actual, predicted, actual


def ecb_summary(data: Path, limit: int | None) -> list[str]:
    lines = []
    for folder in ecb_clusters(data)[:limit]:
        comparison = compare([folder])
        kinds = Counter(link.kind for link in comparison.links)
        sentences = sum(len(a.sentences) for a in comparison.articles)
        lines.append(
            f"| {folder.name} | {len(comparison.articles)} | {sentences} | "
            f"{kinds['agree']} | {kinds['contradict']} | {len(comparison.clusters)} |"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--ecb", type=int, default=None, help="only the first N ECB+ clusters")
    options = parser.parse_args()
    if not options.data.is_dir():
        print(f"no evaluation data at {options.data}: skipped")
        return 0
    started = time.perf_counter()
    print(f"Measured {datetime.date.today().isoformat()} by bench/quality.py\n")
    print("| measure | result | target |")
    print("|---|---|---|")
    msrp = msrp_accuracy(options.data)
    if msrp:
        accuracy, count = msrp
        print(f"| MSRP train: accuracy of kind == agree ({count} pairs) | {accuracy:.1%} | ≥ 76% |")
    rte = rte_contradiction(options.data)
    if rte:
        precision, recall, predicted, actual = rte
        print(
            f"| RTE-3 dev: contradiction precision / recall ({predicted} flagged, "
            f"{actual} true) | {precision:.1%} / {recall:.1%} | ≥ 40% at recall ≥ 25% |"
        )
    summary = ecb_summary(options.data, options.ecb)
    if summary:
        print("\n| ECB+ cluster | articles | sentences | agree links | contradictions | clusters |")
        print("|---|---|---|---|---|---|")
        print("\n".join(summary))
    print(f"\n({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
