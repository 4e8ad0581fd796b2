"""Story grouping, measured: `python bench/stories.py` prints the README's table.

- all 36 ECB+ folders at once, against the folders (each folder is one event; `N_ecb` and
  `N_ecbplus` are different events of a similar kind): B-cubed precision, recall and F1
  (Bagga & Baldwin 1998), and the number of stories found;
- each ECB+ folder alone, and the seeds: one story must stay one (share of the articles
  in the folder's largest story);
- the 1,683 FNC-1 bodies (about 300 stories, no labels): how many stories, how many lone
  articles, and the time taken.
Skips cleanly without ../shared/data.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def b_cubed(found: list[int], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of the clustering `found` against `gold` (one
    label per item each)."""
    together = Counter(zip(found, gold, strict=True))
    found_size, gold_size = Counter(found), Counter(gold)
    precision = sum(n * n / found_size[f] for (f, _), n in together.items()) / len(found)
    recall = sum(n * n / gold_size[g] for (_, g), n in together.items()) / len(found)
    return precision, recall, 2 * precision * recall / (precision + recall)


def _grouped(paths: list[str]):
    from reader.analysis.align import group_articles
    from reader.corpus import load_articles

    articles, _ = load_articles(paths)
    start = time.perf_counter()
    stories = group_articles(articles)
    return articles, stories, time.perf_counter() - start


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from reader.analysis.stories import story_of

    if not (DATA / "ecb").is_dir():
        print(f"story bench skipped: {DATA / 'ecb'} not found")
        return 0
    folders = sorted(p for p in (DATA / "ecb").iterdir() if p.is_dir())
    articles, stories, seconds = _grouped([str(f) for f in folders])
    gold = [Path(a.path).parent.name for a in articles]
    precision, recall, f1 = b_cubed(story_of(stories, len(articles)), gold)
    print("| corpus | articles | stories found (of them lone) | B-cubed P / R / F1 | time |")
    print("|---|---:|---:|---:|---:|")
    lone = sum(s.alone for s in stories)
    print(
        f"| ECB+ all {len(folders)} folders at once | {len(articles)} | {len(stories)} ({lone}) "
        f"| {precision:.3f} / {recall:.3f} / **{f1:.3f}** | {seconds:.2f} s |"
    )
    fnc = sorted(str(p) for p in (DATA / "fnc1" / "train_bodies").glob("*.txt"))
    if fnc:
        articles, stories, seconds = _grouped(fnc)
        lone = sum(s.alone for s in stories)
        print(
            f"| FNC-1 bodies (about 300 stories, unlabelled) | {len(articles)} "
            f"| {len(stories)} ({lone}) | – | {seconds:.2f} s |"
        )
    wholes = []
    split = []
    for folder in [ROOT / "seeds", *folders]:
        articles, stories, _ = _grouped([str(folder)])
        largest = max(len(s.articles) for s in stories)
        wholes.append(largest / len(articles))
        if len(stories) > 1:
            split.append(f"{folder.name} {[len(s.articles) for s in stories]}")
    print(
        f"\nOne story alone (the seeds and each ECB+ folder, {len(wholes)} runs): kept whole "
        f"{sum(w == 1 for w in wholes)}/{len(wholes)}; median share in the largest story "
        f"{statistics.median(wholes):.0%}, lowest {min(wholes):.0%}."
    )
    if split:
        print("Split: " + "; ".join(split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
