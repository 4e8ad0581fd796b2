"""compare() on article files, timed, with its links dumped for a before/after diff.

    python bench/align_speed.py [--serial] [--dump links.json] FILE_LIST

FILE_LIST holds one article path a line. Prints wall seconds, CPU seconds of this process
and of the worker processes, peak memory of this process, and with --serial (no worker
processes) the judging time per candidate pair. --dump writes every link (kind, score,
reasons, types, a, b) and wire copy as JSON lines, so two versions' outputs diff as text.
"""

from __future__ import annotations

import argparse
import json
import resource
import time

import reader.analysis.align as aligner
import reader.analysis.parallel as parallel
from reader.analysis.pipeline import compare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", help="a file with one article path a line")
    parser.add_argument("--serial", action="store_true", help="no worker processes")
    parser.add_argument("--dump", help="write the links here (JSON lines)")
    options = parser.parse_args()
    with open(options.files, encoding="utf-8") as handle:
        paths = [line for line in handle.read().splitlines() if line]
    judging = [0.0, 0]
    if options.serial:
        parallel.MIN_SENTENCES = 10**12
        judge_pairs = aligner._judge_pairs

        def timed(pairs, *args, **kwargs):
            start = time.process_time()
            judged = list(judge_pairs(pairs, *args, **kwargs))
            judging[0] += time.process_time() - start
            judging[1] += len(pairs)
            return judged

        aligner._judge_pairs = timed
    wall, cpu = time.perf_counter(), time.process_time()
    comparison = compare(paths, use_cache=False)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"{len(comparison.articles)} articles, {len(comparison.stories)} stories, "
        f"{len(comparison.links)} links: {wall:.2f} s wall, {cpu:.2f} s CPU here, "
        f"{workers.ru_utime + workers.ru_stime:.2f} s CPU in workers, peak "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB here"
    )
    if judging[1]:
        print(f"judging: {judging[0]:.2f} s CPU for {judging[1]} candidate pairs, "
              f"{1e6 * judging[0] / judging[1]:.1f} us a pair")  # fmt: skip
    if options.dump:
        with open(options.dump, "w", encoding="utf-8") as out:
            for link in comparison.links:
                row = [link.kind, link.score, link.reasons, link.types, link.a, link.b]
                out.write(json.dumps(row) + "\n")
            for wire in comparison.wire_copies:
                out.write(json.dumps(["wire", wire.a, wire.b, wire.similarity]) + "\n")


if __name__ == "__main__":
    main()
