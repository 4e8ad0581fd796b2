"""Speed and scale: `python bench/speed.py` prints the Markdown table the README carries.

Measured on the seeds, on all of ../shared/data/ecb/*/*.txt at once, and on 1,000+
articles (the ECB+ files plus mixes of paragraphs from articles of the same topic, written
to a temporary folder). Each timing runs in a fresh subprocess (cold caches, its own peak
memory) and is the median of several runs. Brute force is rapidfuzz `process.cdist` over
all sentence pairs (one worker, like the engine), extrapolated from a block of rows where
it would take too long. Skips cleanly without ../shared/data.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
ECB_GLOB = "ecb/*/*.txt"
RECALL_TOPICS = ("16", "20")  # ECB+ topics judged exhaustively for recall (about 30 s)
MIXES = 600
BRUTE_SAMPLE_ROWS = 300


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (median)")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if not (DATA / "ecb").is_dir():
        print(f"speed bench skipped: {DATA / 'ecb'} not found")
        return 0
    ecb = sorted(str(p) for p in DATA.glob(ECB_GLOB))
    with tempfile.TemporaryDirectory(prefix="reader-speed-") as scratch:
        big = _mixed_corpus(ecb, Path(scratch) / "mixed", MIXES)
        corpora = {"seeds": [str(ROOT / "seeds")], f"ECB+ all ({len(ecb)})": ecb}
        corpora[f"mixed ({len(big)})"] = big
        rows = [_corpus_row(name, paths, options.runs, scratch) for name, paths in corpora.items()]
        recall = _recall(ecb)
        app_rows = _app_rows(ecb[:200], options.runs, scratch)
    _print_table(rows, recall, app_rows)
    return 0


# -- corpora ---------------------------------------------------------------------------


def _mixed_corpus(ecb: list[str], folder: Path, mixes: int) -> list[str]:
    """The ECB+ files under new names, plus `mixes` articles each stitched from the
    paragraphs of two or three articles of one topic: overlapping, but no wire copies."""
    folder.mkdir(parents=True)
    rng = random.Random(5)
    by_topic: dict[str, list[str]] = {}
    for path in ecb:
        by_topic.setdefault(Path(path).parent.name.split("_")[0], []).append(path)
    paths = []
    for n, path in enumerate(ecb):
        target = folder / f"orig_{n:04}.txt"
        target.write_bytes(Path(path).read_bytes())
        paths.append(str(target))
    topics = sorted(t for t, files in by_topic.items() if len(files) >= 3)
    for n in range(mixes):
        sources = rng.sample(by_topic[rng.choice(topics)], rng.choice((2, 3)))
        paragraphs = []
        for source in sources:
            parts = [p for p in Path(source).read_text("utf-8").split("\n\n") if p.strip()]
            paragraphs += rng.sample(parts, max(1, len(parts) // len(sources)))
        rng.shuffle(paragraphs)
        target = folder / f"mix_{n:04}.txt"
        target.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(str(target))
    return paths


# -- subprocess measurements -----------------------------------------------------------

_ANALYSE = """
import json, resource, sys, time
start = time.perf_counter()
from reader.analysis.pipeline import compare
comparison = compare(open(sys.argv[1]).read().splitlines(), use_cache=sys.argv[0] == "cached")
elapsed = time.perf_counter() - start
sentences = sum(len(a.sentences) for a in comparison.articles)
distinct = len({s.text for a in comparison.articles for s in a.sentences})
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "rss_mb": peak_mb,
    "articles": len(comparison.articles), "sentences": sentences, "distinct": distinct,
    "links": len(comparison.links), "wire": len(comparison.wire_copies)}))
"""

_BRUTE = """
import json, sys, time
from rapidfuzz import fuzz, process, utils
from reader.corpus import load_articles
articles, _ = load_articles(open(sys.argv[2]).read().splitlines())
texts = [s.text for a in articles for s in a.sentences]
rows = texts[: int(sys.argv[1])]
start = time.perf_counter()
process.cdist(rows, texts, scorer=fuzz.token_set_ratio, processor=utils.default_process, workers=1)
elapsed = time.perf_counter() - start
scale = len(texts) / len(rows)
print(json.dumps({"seconds": elapsed * scale, "extrapolated": scale > 1}))
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


def _corpus_row(name: str, paths: list[str], runs: int, scratch: str) -> dict:
    cold = [_run(_ANALYSE.replace("sys.argv[0]", "'cold'"), paths) for _ in range(runs)]
    brute = _run(_BRUTE, paths, None, str(BRUTE_SAMPLE_ROWS))
    reopen = []
    for n in range(runs):
        env = {"READER_CACHE_DIR": str(Path(scratch) / f"cache-{name}-{n}")}
        code = _ANALYSE.replace("sys.argv[0]", "'cached'")
        first = _run(code, paths, env)
        second = _run(code, paths, env)
        reopen.append(second["seconds"] / first["seconds"])
    seconds = statistics.median(r["seconds"] for r in cold)
    return {
        "name": name,
        **cold[0],
        "seconds": seconds,
        "rss_mb": statistics.median(r["rss_mb"] for r in cold),
        "brute": brute["seconds"],
        "extrapolated": brute["extrapolated"],
        "reopen": statistics.median(reopen),
    }


def _recall(ecb: list[str]) -> list[tuple[str, int, int, int]]:
    """Blocking against judge() on every pair: the seeds, and ECB+ topics inside the
    whole ECB+ corpus (word rarity and blocking over all of it)."""
    from reader.analysis.align import align, sentence_profiles, word_rarity
    from reader.analysis.relate import judge
    from reader.analysis.settings import MatchSettings
    from reader.corpus import load_articles
    from reader.model import SentenceRef

    settings = MatchSettings()
    results = []
    cases = [("seeds", [str(ROOT / "seeds")], None), ("ECB+ all", ecb, RECALL_TOPICS)]
    for name, paths, topics in cases:
        articles, _ = load_articles(paths)
        profiles = sentence_profiles(articles)
        rarity = word_rarity(profiles)
        links = {(lk.a, lk.b) for lk in align(articles, settings).links}
        chosen = [
            i
            for i, a in enumerate(articles)
            if topics is None or Path(a.path).parent.name.split("_")[0] in topics
        ]
        agree = pairs = 0
        found = 0
        for x, y in combinations(chosen, 2):
            for i, a in enumerate(profiles[x]):
                for j, b in enumerate(profiles[y]):
                    pairs += 1
                    if judge(a, b, settings, rarity).kind == "agree":
                        agree += 1
                        found += (SentenceRef(x, i), SentenceRef(y, j)) in links
        label = name if topics is None else f"{name}, topics {'+'.join(topics)}"
        results.append((label, pairs, agree, found))
    return results


_APP = """
import asyncio, json, statistics, sys, time
start = time.perf_counter()
from reader.ui import make_app

async def main():
    app = make_app(open(sys.argv[1]).read().splitlines())
    async with app.run_test(size=(160, 45)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        ready = time.perf_counter() - start
        presses = []
        for _ in range(7):
            t = time.perf_counter()
            await pilot.press("c")
            await pilot.pause()
            presses.append(time.perf_counter() - t)
        print(json.dumps({"ready": ready, "next": statistics.median(presses),
                          "contradictions": len(app.comparison.contradictions())}))

asyncio.run(main())
"""


def _app_rows(two_hundred: list[str], runs: int, scratch: str) -> dict:
    results = {}
    for name, paths in (("seeds", [str(ROOT / "seeds")]), ("200 articles", two_hundred)):
        measured = []
        for n in range(runs):
            env = {"READER_CACHE_DIR": str(Path(scratch) / f"app-{name}-{n}")}
            try:
                measured.append(_run(_APP, paths, env))
            except RuntimeError as error:
                results[name] = f"failed: {error}"
                break
        else:
            results[name] = {
                "ready": statistics.median(m["ready"] for m in measured),
                "next": statistics.median(m["next"] for m in measured),
            }
    return results


# -- the table -------------------------------------------------------------------------


def _print_table(rows: list[dict], recall: list, app: dict) -> None:
    today = datetime.date.today().isoformat()
    print(f"Speed on {os.cpu_count()} cores, {today} (medians; cold start in a subprocess)\n")
    print(
        "| corpus | articles | sentences (distinct) | load + analyse | peak memory "
        "| brute force (cdist) | ratio | cached reopen |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        brute = f"{r['brute']:.1f} s" + (" (extrapolated)" if r["extrapolated"] else "")
        print(
            f"| {r['name']} | {r['articles']} | {r['sentences']:,} ({r['distinct']:,}) "
            f"| {r['seconds']:.2f} s | {r['rss_mb']:.0f} MB | {brute} "
            f"| {r['brute'] / r['seconds']:.1f}x | {r['reopen']:.0%} of first open |"
        )
    print("\n| recall of blocking (agree pairs of brute-force judge()) | pairs judged | found |")
    print("|---|---:|---:|")
    for label, pairs, agree, found in recall:
        print(f"| {label} | {pairs:,} | {found}/{agree} = {found / max(agree, 1):.1%} |")
    print("\n| app (headless, cold cache) | ready to read | next contradiction (c) |")
    print("|---|---:|---:|")
    for name, result in app.items():
        if isinstance(result, str):
            print(f"| {name} | {result} | |")
        else:
            print(f"| {name} | {result['ready']:.2f} s | {result['next'] * 1000:.0f} ms |")


if __name__ == "__main__":
    sys.exit(main())
