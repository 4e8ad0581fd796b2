"""A long run of the hostile-input properties of tests/test_fuzz.py: 20,000 generated cases.

    python bench/fuzz.py [--cases 20000] [--seed 0]

Each property (tests/fuzz_cases.py) gets its share of the cases; a case that raises
AssertionError breaks a property, any other exception is a crash. Every failure is counted
(the run goes on) and the first few are printed. The figures go in the README.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import fuzz_cases as cases  # noqa: E402  (tests/ holds the shared cases)
from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# property name, share of the cases, strategy, check
PROPERTIES = [
    ("segmenter (spans valid, in order, text matches)", 0.3,
     st.tuples(cases.hostile_text, st.integers(0, 1000)), lambda a: cases.check_segmenter(*a)),
    ("number scanner (no crash, spans fit)", 0.3,
     st.one_of(cases.hostile_text, cases.prose), cases.check_numbers),
    ("loader (files of any bytes and names; output terminal-safe)", 0.25,
     cases.corpus_files, cases.check_loader),
    ("compare() on 2-3 random articles", 0.15,
     st.lists(cases.prose, min_size=2, max_size=3), cases.check_compare),
]  # fmt: skip


def run(name: str, count: int, strategy, check, run_seed: int) -> dict:
    figures = {"name": name, "cases": 0, "crashes": 0, "broken": 0, "slowest": 0.0, "first": []}

    @seed(run_seed)
    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def one(case):
        figures["cases"] += 1
        started = time.perf_counter()
        try:
            check(case)
        except AssertionError:
            figures["broken"] += 1
            _keep(figures, case)
        except Exception:  # noqa: BLE001 - counting crashes is the point
            figures["crashes"] += 1
            _keep(figures, case)
        took = time.perf_counter() - started
        if took > figures["slowest"]:
            figures["slowest"], figures["slowest_case"] = took, repr(case)[:2000]

    started = time.perf_counter()
    one()
    figures["seconds"] = time.perf_counter() - started
    return figures


def _keep(figures: dict, case) -> None:
    if len(figures["first"]) < 3:
        figures["first"].append((repr(case)[:300], traceback.format_exc(limit=3)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", metavar="WORD", help="run the properties whose name has WORD")
    parser.add_argument("--show-slowest", action="store_true", help="print each slowest case")
    options = parser.parse_args()
    results = [
        run(name, round(options.cases * share), strategy, check, options.seed)
        for name, share, strategy, check in PROPERTIES
        if not options.only or options.only in name
    ]
    print(f"Fuzz run, {time.strftime('%Y-%m-%d')}, seed {options.seed}\n")
    print("| property | cases | crashes | broken | total | slowest case |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['name']} | {r['cases']:,} | {r['crashes']} | {r['broken']} | "
            f"{r['seconds']:.1f} s | {r['slowest'] * 1000:.0f} ms |"
        )
    total = sum(r["cases"] for r in results)
    failures = sum(r["crashes"] + r["broken"] for r in results)
    print(f"\n{total:,} cases, {failures} failing")
    for r in results:
        if options.show_slowest:
            print(f"\nslowest {r['name']} ({r['slowest']:.2f} s): {r.get('slowest_case')}")
        for case, trace in r["first"]:
            print(f"\n{r['name']}: {case}\n{trace}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
