"""Measure the fact sheet on ECB+ development folders: disputed facts (to read), how many
labelled contradictions of the gold appear as disputed facts, and quotes found / lined up
/ altered (the altered ones printed with their word diff, to read).

    python bench/factsheet.py [--data ../shared/data] [--folders 20_ecbplus 12_ecb ...]

The default folders are the ten with the most labelled contradictions in ecb_gold. Skips
cleanly when the data folder is absent. Prints every disputed fact and altered quote, so
a person can judge each one, then the counts.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datasets import DEFAULT_DATA, ecb_gold  # noqa: E402
from reader.analysis.pipeline import compare  # noqa: E402
from reader.factsheet import fact_sheet  # noqa: E402
from reader.factsheet.model import ALTERED, ONE_OUTLET, OTHER_SPEAKER  # noqa: E402
from reader.factsheet.wording import as_text  # noqa: E402

FOLDERS = ("20_ecbplus", "12_ecb", "4_ecb", "19_ecbplus", "7_ecb", "8_ecbplus", "10_ecbplus",
           "5_ecb", "13_ecb", "20_ecb")  # fmt: skip


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _sentence(c, prefix: str, words: str):
    ids = [i for i, a in enumerate(c.articles) if a.id == prefix]
    ids = ids or [i for i, a in enumerate(c.articles) if a.id.startswith(prefix)]
    hits = [
        (i, s.index) for i in ids for s in c.articles[i].sentences
        if _norm(words) in _norm(s.text)
    ]  # fmt: skip
    return hits[0] if len(hits) == 1 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folders", nargs="*", default=list(FOLDERS))
    options = parser.parse_args()
    gold_folder = ecb_gold(options.data)
    gold_path = gold_folder / "ecb_dev_gold.yaml" if gold_folder else None
    if gold_path is None:
        print(f"skipped: no ECB+ gold under {options.data}")
        return 0
    import yaml

    gold = yaml.safe_load(gold_path.read_text())["contradict"]
    comments = _comments(gold_path)
    totals = dict(
        disputed=0, agreed=0, gold=0, gold_found=0, quotes=0, lined=0, altered=0, other_speaker=0
    )
    for folder in options.folders:
        c = compare([options.data / "ecb" / folder], use_cache=False)
        sheet = fact_sheet(c)
        print(f"\n=== {folder}: {len(c.articles)} articles")
        for n, fact in enumerate(sheet.disputed, 1):
            print(f"  D{n}. {fact.what} [{fact.kind}; {fact.status}]")
            for v in fact.versions:
                for cl in v.claims:
                    text = c.sentence_text(cl.ref)
                    print(f"      {v.value:>14} {c.articles[cl.ref.article].id}: {text[:150]}")
        for fact in sheet.agreed:
            values = "; ".join(f"{v.value} ({len(v.articles)})" for v in fact.versions)
            print(f"  agreed: {fact.what}: {values}")
        pairs = {}  # sentence -> the (fact, version) pairs it states
        for fact in sheet.disputed:
            for n, v in enumerate(fact.versions):
                for cl in v.claims:
                    pairs.setdefault(tuple(cl.ref), set()).add((id(fact), n))
        for item in (g for g in gold if g[0] == folder):
            totals["gold"] += 1
            a, b = _sentence(c, item[1], item[2]), _sentence(c, item[3], item[4])
            found = (
                a is not None
                and b is not None
                and any(
                    fa == fb and va != vb
                    for fa, va in pairs.get(a, ())
                    for fb, vb in pairs.get(b, ())
                )
            )
            totals["gold_found"] += found
            mark = "FOUND" if found else "     "
            print(f"  gold {mark} {comments.get(tuple(item), '')}")
        lined = [q for q in sheet.quotes if q.status != ONE_OUTLET]
        totals["other_speaker"] += sum(q.status == OTHER_SPEAKER for q in sheet.quotes)
        for q in (q for q in sheet.quotes if q.status == OTHER_SPEAKER):
            print(f"  OTHER SPEAKER: {q.versions[0].value[:80]}")
            for v in q.versions:
                print(f"      {v.speaker}: {','.join(c.articles[a].id for a in v.articles)}")
        altered = [q for q in sheet.quotes if q.status == ALTERED]
        for q in altered:
            print(f"  ALTERED quote ({q.speaker or 'no speaker'}):")
            for v in q.versions:
                ids = ",".join(c.articles[a].id for a in v.articles)
                print(f"      {ids}: {as_text(v.diff) if v.diff else v.value}"[:400])
        totals["disputed"] += len(sheet.disputed)
        totals["agreed"] += len(sheet.agreed)
        totals["quotes"] += len(sheet.quotes)
        totals["lined"] += len(lined)
        totals["altered"] += len(altered)
    print(f"\nfact sheet on {len(options.folders)} ECB+ folders, {datetime.date.today()}:")
    print(f"  disputed facts listed: {totals['disputed']}; agreed facts: {totals['agreed']}")
    found = f"{totals['gold_found']}/{totals['gold']}"
    print(f"  labelled contradictions shown as disputed facts: {found}")
    t = totals
    print(f"  quotes: {t['quotes']} found, {t['lined']} lined up across outlets,")
    print(f"  {t['altered']} altered, {t['other_speaker']} with another speaker")
    return 0


def _comments(path: Path) -> dict[tuple, str]:
    """Each gold item's comment ("# fact: 9 vs 7"), to read next to the result."""
    import yaml

    out = {}
    for line in path.read_text().splitlines():
        match = re.match(r"\s*- (\[.*\])\s*#\s*(.*)$", line)
        if match:
            try:
                out[tuple(yaml.safe_load(match[1]))] = match[2]
            except yaml.YAMLError:
                continue
    return out


if __name__ == "__main__":
    raise SystemExit(main())
