"""Speed and scale: `python bench/speed.py` prints the Markdown table the README carries.

Measured on real, distinct articles only: the seeds; all of ../shared/data/ecb/*/*.txt at
once (36 stories); the 1,683 FNC-1 article bodies (about 300 stories); and both together.
No corpus is built by repeating or stitching text: that would inflate every ratio. Each
timing runs in a fresh subprocess (cold caches, its own peak memory) and is the median of
several runs. Brute force is rapidfuzz `process.cdist` with `token_set_ratio`, all cores
(`workers=-1`) and `score_cutoff=70`, measured in full where that takes under three
minutes and extrapolated from a block of rows above. Skips cleanly without ../shared/data.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
ECB_GLOB = "ecb/*/*.txt"
FNC_GLOB = "fnc1/train_bodies/*.txt"
RECALL_TOPICS = ("16", "20")  # ECB+ topics judged exhaustively for recall (about 30 s)
BRUTE_SAMPLE_ROWS = 600
BRUTE_FULL_LIMIT = 180.0  # seconds: brute force measured in full below this estimate
GROWTH_SIZES = (500, 1000)  # random samples of ECB+ and FNC-1 (with the whole) for growth


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (median)")
    parser.add_argument("--no-app", action="store_true", help="leave out the app timings")
    parser.add_argument("--json", metavar="FILE", help="also write the measurements here")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if not (DATA / "ecb").is_dir():
        print(f"speed bench skipped: {DATA / 'ecb'} not found")
        return 0
    ecb = sorted(str(p) for p in DATA.glob(ECB_GLOB))
    fnc = sorted(str(p) for p in DATA.glob(FNC_GLOB))
    corpora = {"seeds": [str(ROOT / "seeds")], f"ECB+ all ({len(ecb)})": ecb}
    if fnc:
        corpora[f"FNC-1 bodies ({len(fnc)})"] = fnc
        corpora[f"ECB+ and FNC-1 ({len(ecb) + len(fnc)})"] = ecb + fnc
    with tempfile.TemporaryDirectory(prefix="reader-speed-") as scratch:
        rows = [_corpus_row(name, paths, options.runs, scratch) for name, paths in corpora.items()]
        growth = _growth(ecb + fnc, rows[-1], options.runs) if fnc else []
        recall = _recall(ecb)
        app_rows = {} if options.no_app else _app_rows(ecb[:200], options.runs, scratch)
    _print_table(rows, recall, app_rows)
    _print_growth(growth)
    if options.json:
        with open(options.json, "w", encoding="utf-8") as out:
            json.dump({"rows": rows, "recall": recall, "app": app_rows, "growth": growth}, out)
    return 0


# -- subprocess measurements -----------------------------------------------------------

# Times compare() alone: interpreter start and imports cost the same on every open, and on
# small corpora they would hide what the cache saves. They are reported apart ("imports").
_ANALYSE = """
import json, resource, sys, time
begin = time.perf_counter()
from reader.analysis.pipeline import compare
start = time.perf_counter()
comparison = compare(open(sys.argv[1]).read().splitlines(), use_cache=sys.argv[0] == "cached")
elapsed = time.perf_counter() - start
sentences = sum(len(a.sentences) for a in comparison.articles)
distinct = len({s.text for a in comparison.articles for s in a.sentences})
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "imports": start - begin, "rss_mb": peak_mb,
    "articles": len(comparison.articles), "sentences": sentences, "distinct": distinct,
    "stories": len(comparison.stories),
    "links": len(comparison.links), "wire": len(comparison.wire_copies)}))
"""

_BRUTE = """
import json, sys, time
from rapidfuzz import fuzz, process, utils
from reader.corpus import load_articles
articles, _ = load_articles(open(sys.argv[3]).read().splitlines())
texts = [s.text for a in articles for s in a.sentences]
def run(rows):
    start = time.perf_counter()
    process.cdist(rows, texts, scorer=fuzz.token_set_ratio, processor=utils.default_process,
                  workers=-1, score_cutoff=70, dtype="uint8")
    return time.perf_counter() - start
sample = texts[: int(sys.argv[1])]
estimate = run(sample) * len(texts) / len(sample)
if estimate <= float(sys.argv[2]) and len(sample) < len(texts):
    print(json.dumps({"seconds": run(texts), "extrapolated": False}))
else:
    print(json.dumps({"seconds": estimate, "extrapolated": len(sample) < len(texts)}))
"""


def _run(code: str, paths: list[str], env: dict[str, str] | None = None, *extra: str) -> dict:
    """Run `code` in a fresh interpreter on `paths` (passed in a file, one per line)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths))
    try:
        return _run_listing(code, [*extra, listing.name], env)
    finally:
        os.unlink(listing.name)


def _run_listing(code: str, args: list[str], env: dict[str, str] | None) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )
    if done.returncode:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _cli_seconds(paths: list[str], scratch: str) -> tuple[float, float]:
    """Wall times of `reader compare --format json PATHS > /dev/null`, launch to exit: with
    an empty cache, and again with the cache that first run wrote (what a user waits for,
    interpreter start and exit included)."""
    cache = tempfile.mkdtemp(dir=scratch)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "READER_CACHE_DIR": cache}
    command = [sys.executable, "-m", "reader", "compare", "--format", "json", *paths]
    times = []
    for _ in range(2):
        start = time.perf_counter()
        subprocess.run(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True
        )
        times.append(time.perf_counter() - start)
    return times[0], times[1]


def _corpus_row(name: str, paths: list[str], runs: int, scratch: str) -> dict:
    cold = [_run(_ANALYSE.replace("sys.argv[0]", "'cold'"), paths) for _ in range(runs)]
    cli = [_cli_seconds(paths, scratch) for _ in range(runs)]
    brute = _run(_BRUTE, paths, None, str(BRUTE_SAMPLE_ROWS), str(BRUTE_FULL_LIMIT))
    firsts, seconds = _reopen_runs(name, paths, runs, scratch)
    return {
        "name": name,
        **cold[0],
        "seconds": statistics.median(r["seconds"] for r in cold),
        "imports": statistics.median(r["imports"] for r in cold),
        "rss_mb": statistics.median(r["rss_mb"] for r in cold),
        "cli": statistics.median(first for first, _ in cli),
        "cli_reopen": statistics.median(second / first for first, second in cli),
        "brute": brute["seconds"],
        "extrapolated": brute["extrapolated"],
        "first_open": statistics.median(firsts),
        "reopen_seconds": statistics.median(seconds),
        "reopen": statistics.median(b / a for a, b in zip(firsts, seconds, strict=True)),
    }


def _reopen_runs(name: str, paths: list[str], runs: int, scratch: str) -> tuple[list, list]:
    """compare() seconds of a first open (empty cache) and of a second open of the same
    files, each in its own fresh interpreter, `runs` times with a new cache each time."""
    code = _ANALYSE.replace("sys.argv[0]", "'cached'")
    firsts, seconds = [], []
    for n in range(runs):
        env = {"READER_CACHE_DIR": str(Path(scratch) / f"cache-{name}-{n}")}
        firsts.append(_run(code, paths, env)["seconds"])
        seconds.append(_run(code, paths, env)["seconds"])
    return firsts, seconds


def _growth(paths: list[str], whole: dict, runs: int) -> list[tuple[int, float]]:
    """compare() seconds on random samples of the articles (a fixed seed: the same
    samples every run), and on all of them: (articles, seconds) in ascending size."""
    code = _ANALYSE.replace("sys.argv[0]", "'cold'")
    points = []
    for size in GROWTH_SIZES:
        sample = random.Random(size).sample(paths, size)
        measured = [_run(code, sample) for _ in range(runs)]
        points.append((measured[0]["articles"], statistics.median(m["seconds"] for m in measured)))
    return [*points, (whole["articles"], whole["seconds"])]


def _exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(seconds) against log(articles)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def _print_growth(points: list[tuple[int, float]]) -> None:
    if len(points) < 2:
        return
    cells = ", ".join(f"{n} articles {t:.2f} s" for n, t in points)
    print(
        f"\nGrowth on random samples of ECB+ and FNC-1 (many stories): {cells}; time grows as "
        f"n^{_exponent(points):.2f} (least-squares slope of log time on log articles)."
    )


def _recall(ecb: list[str]) -> list[tuple[str, int, int, int]]:
    """Blocking against judge() on every sentence pair of articles of one story: the
    seeds, and the ECB+ folders of RECALL_TOPICS inside the whole ECB+ corpus (grouped into
    stories with all of it). Each folder is one event: a pair the grouping put in two
    stories counts as missed. Each pair is judged with the word rarity of the story the
    aligner judged it in (or of its folder, when the grouping split them)."""
    from reader.analysis.align import align, sentence_profiles, word_rarity
    from reader.analysis.relate import judge
    from reader.analysis.settings import MatchSettings
    from reader.analysis.stories import story_of
    from reader.corpus import load_articles
    from reader.model import SentenceRef

    settings = MatchSettings()
    results = []
    cases = [("seeds", [str(ROOT / "seeds")], None), ("ECB+ all", ecb, RECALL_TOPICS)]
    for name, paths, topics in cases:
        articles, _ = load_articles(paths)
        profiles = sentence_profiles(articles)
        alignment = align(articles, settings)
        links = {(lk.a, lk.b) for lk in alignment.links}
        owner = story_of(alignment.stories, len(articles))
        folder = [Path(a.path).parent.name for a in articles]
        rarities: dict = {}
        agree = pairs = found = apart = 0
        for event in sorted(set(folder)):
            if topics is not None and event.split("_")[0] not in topics:
                continue
            chosen = [i for i in range(len(articles)) if folder[i] == event]
            for x, y in combinations(chosen, 2):
                together = owner[x] == owner[y]
                members = alignment.stories[owner[x]].articles if together else tuple(chosen)
                if members not in rarities:
                    rarities[members] = word_rarity([profiles[i] for i in members])
                rarity = rarities[members]
                for i, a in enumerate(profiles[x]):
                    for j, b in enumerate(profiles[y]):
                        pairs += 1
                        if judge(a, b, settings, rarity).kind == "agree":
                            agree += 1
                            found += (SentenceRef(x, i), SentenceRef(y, j)) in links
                            apart += not together
        label = name if topics is None else f"{name}, the folders of topics {'+'.join(topics)}"
        results.append((label, pairs, agree, found, apart))
    return results


_APP = """
import asyncio, json, os, statistics, sys, time
# The clock starts when the parent launches this interpreter (CLOCK_MONOTONIC is shared by
# processes), so "ready" includes Python's own start-up and every import.
start = float(os.environ.get("READER_BENCH_LAUNCHED") or time.perf_counter())
from textual import events
from reader.ui import make_app
from reader.ui.widgets.detail_panel import DetailPanel

async def main():
    app = make_app(open(sys.argv[1]).read().splitlines())
    # Every repaint: when, whether the panes have the comparison, where the cursor is, and
    # which sentence the detail panel last rendered. App._display receives each
    # CompositorUpdate right after the screen rendered it (also headless, where it then
    # writes nothing).
    repaints, panel = [], [None]
    display, render = app._display, DetailPanel.render
    def record(screen, update):
        main = app.screen_stack[0] if app.screen_stack else None
        if update is not None and getattr(main, "panes", None):
            pane = main.focused_pane
            repaints.append((time.perf_counter(), pane.comparison is not None,
                             pane.cursor_ref, panel[0]))
        display(screen, update)
    def render_panel(widget):
        panel[0] = widget.ref
        return render(widget)
    app._display, DetailPanel.render = record, render_panel

    async def first_repaint(wanted, since, limit):
        while not any(wanted(r) for r in repaints):
            if time.perf_counter() - since > limit:
                raise SystemExit("timed out waiting for a repaint")
            await asyncio.sleep(0.0005)
        return next(r for r in repaints if wanted(r))[0]

    async with app.run_test(size=(160, 45)) as pilot:
        ready = await first_repaint(lambda r: r[1], start, 120) - start
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        # A key event sent through the driver, as a keypress arrives, to the first repaint
        # showing the moved cursor, and to the first showing the detail panel on its sentence
        # too (not pilot.press + pause: its idle wait is 20 ms steps).
        cursor, panel_too = [], []
        for _ in range(9 if app.main.comparison.contradictions() else 0):
            before = app.main.focused_pane.cursor_ref
            repaints.clear()
            sent = time.perf_counter()
            app._driver.send_message(events.Key("c", "c"))
            cursor.append(await first_repaint(lambda r: r[2] != before, sent, 5) - sent)
            moved = lambda r: r[2] != before and r[3] == r[2]
            panel_too.append(await first_repaint(moved, sent, 5) - sent)
            await asyncio.sleep(0.3)
        print(json.dumps({"ready": ready,
                          "next": statistics.median(cursor) if cursor else None,
                          "next_panel": statistics.median(panel_too) if panel_too else None,
                          "contradictions": len(app.main.comparison.contradictions())}))

asyncio.run(main())
"""


def _app_rows(two_hundred: list[str], runs: int, scratch: str) -> dict:
    """The app headless at 160x45, cold cache: seconds from launching the interpreter to the
    first repaint with the comparison, and the median latency of c (next contradiction) to
    the cursor, and to the detail panel, on screen."""
    from time import perf_counter

    results = {}
    for name, paths in (("seeds", [str(ROOT / "seeds")]), ("200 articles", two_hundred)):
        measured = []
        for n in range(runs):
            env = {
                "READER_CACHE_DIR": str(Path(scratch) / f"app-{name}-{n}"),
                "READER_BENCH_LAUNCHED": repr(perf_counter()),
            }
            try:
                measured.append(_run(_APP, paths, env))
            except RuntimeError as error:
                results[name] = f"failed: {error}"
                break
        else:
            results[name] = {"ready": statistics.median(m["ready"] for m in measured)}
            for key in ("next", "next_panel"):
                values = [m[key] for m in measured if m[key] is not None]
                results[name][key] = statistics.median(values) if values else None
    return results


# -- the table -------------------------------------------------------------------------


def _memory(row: dict) -> str:
    """Peak resident memory of the main process. Worker processes' own peaks are not
    shown: getrusage's figure for children counts the pages a forked child inherits from
    its parent before it starts the worker, so it cannot tell them."""
    return f"{row['rss_mb']:.0f} MB"


def _reopen_cell(row: dict) -> str:
    return (
        f"{_duration(row['reopen_seconds'])} = {row['reopen']:.0%} of first open "
        f"({_duration(row['first_open'])})"
    )


def _duration(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _print_timing_note(rows: list[dict]) -> None:
    imports = statistics.median(r["imports"] for r in rows)
    print(
        "\nTimes are of the compare() call alone, in a fresh interpreter after its imports: "
        f"interpreter start and imports (about {imports:.2f} s) are the same on every open and "
        "not counted. `reader compare --format json` is the whole command's wall time, "
        "launch to exit, output to /dev/null, empty cache. Ratio: brute force over compare(). "
        "Cached reopen: compare() in a second fresh interpreter on the same "
        "unchanged files, with the cache the first open wrote; the percentage is the median "
        "ratio of the two."
    )


def _print_table(rows: list[dict], recall: list, app: dict) -> None:
    today = datetime.date.today().isoformat()
    print(f"Speed on {os.cpu_count()} cores, {today} (medians; cold start in a subprocess)\n")
    print(
        "| corpus | articles | sentences (distinct) | stories | load + analyse: compare() "
        "| peak memory | `reader compare --format json` | brute force (cdist) | ratio "
        "| cached reopen: compare() |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        brute = f"{r['brute']:.1f} s" + (" (extrapolated)" if r["extrapolated"] else "")
        print(
            f"| {r['name']} | {r['articles']} | {r['sentences']:,} ({r['distinct']:,}) "
            f"| {r['stories']} | {r['seconds']:.2f} s | {_memory(r)} "
            f"| {r['cli']:.2f} s (reopen: {r['cli_reopen']:.0%} of it) | {brute} "
            f"| {r['brute'] / r['seconds']:.1f}x | {_reopen_cell(r)} |"
        )
    _print_timing_note(rows)
    print(
        "\n| recall of blocking (agree pairs of brute-force judge() between articles of one "
        "event) | pairs judged | found | found, of the pairs grouped into one story |"
    )
    print("|---|---:|---:|---:|")
    for label, pairs, agree, found, apart in recall:
        inside = agree - apart
        print(
            f"| {label} | {pairs:,} | {found}/{agree} = {found / max(agree, 1):.1%} "
            f"| {found}/{inside} = {found / max(inside, 1):.1%} |"
        )
    if not app:
        return
    print(
        "\n| app (headless, 160x45, cold cache) | ready: launch to first repaint with the "
        "comparison | next contradiction: key c sent to first repaint with the moved cursor "
        "(median of 9) | … and with the detail panel on that sentence |"
    )
    print("|---|---:|---:|---:|")
    for name, result in app.items():
        if isinstance(result, str):
            print(f"| {name} | {result} | | |")
            continue
        latencies = [
            "no contradiction" if result[key] is None else f"{result[key] * 1000:.0f} ms"
            for key in ("next", "next_panel")
        ]
        print(f"| {name} | {result['ready']:.2f} s | {' | '.join(latencies)} |")
    print(
        "\nApp times are wall-clock and count everything: ready runs from launching the "
        "interpreter (Python start-up, imports, building the screen, loading and comparing) "
        "to the first repaint whose panes show the comparison; a latency runs from the key "
        "event entering the app to the repaint, headless (no terminal to write to). Each "
        "figure is the median of the runs' medians."
    )


if __name__ == "__main__":
    sys.exit(main())
