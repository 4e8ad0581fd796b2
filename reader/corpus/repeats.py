"""Detect text that an article carries twice, so that it is compared (and counted) only once.

Scraped pages sometimes hold the article twice, the second copy lightly reworded (seed 004).
Paragraphs are compared by fuzzy similarity: a later paragraph that *echoes* an earlier one
(`fuzz.ratio`, or `token_set_ratio` for a copy that added or dropped a clause) is evidence of a
repeat. Echoes that all point back into the text before them mark a second copy: it starts right
after the last paragraph they echo (where the article "restarts") and ends at the last echo. A
near-identical single paragraph is dropped on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from reader.model import RemovedPassage
from reader.text.blocks import TextBlock

_MIN_CHARS = 30  # shorter paragraphs repeat by chance (`He declined to comment.`)
ECHO_SCORE = 80.0  # a reworded copy of an earlier paragraph
DUPLICATE_RATIO = 90.0  # the same paragraph again, whatever else is around it
_MIN_ECHOES = 2  # a second copy needs at least this many echoing paragraphs
_MIN_ECHO_SHARE = 0.5  # ... making up at least half of its paragraphs
_MAX_LEADING_NEW = 3  # paragraphs of the copy before its first echo (rewritten openings)
_MIN_LENGTH_SHARE = 0.5  # token_set_ratio only between paragraphs of comparable length
# Comparing every pair is quadratic: beyond this many paragraphs only identical ones count.
_MAX_FUZZY_PARAGRAPHS = 200


@dataclass
class Deduplicated:
    blocks: list[TextBlock]
    removed: list[RemovedPassage]


def remove_repeats(blocks: list[TextBlock]) -> Deduplicated:
    keys = [default_process(block.text) if _comparable(block) else "" for block in blocks]
    echoes = _find_echoes(keys)
    drop: set[int] = set()
    removed: list[RemovedPassage] = []
    copy = _second_copy(blocks, echoes)
    if copy:
        start, end = _fuller_copy_kept(blocks, echoes, *copy)
        drop.update(range(start, end + 1))
        text = "\n".join(block.text for block in blocks[start : end + 1])
        removed.append(RemovedPassage("repeated body", text))
    # A paragraph repeating one that is kept goes. When the paragraph it repeats was
    # dropped (the first copy, when a fuller second copy is kept), the earliest paragraph
    # echoing it stands in for it, so a text carried three times keeps exactly one copy.
    stand_in: dict[int, int] = {}
    for index, (source, _score) in sorted(echoes.items()):
        if index in drop:
            continue
        kept = stand_in.get(source) if source in drop else source
        if kept is None:
            stand_in[source] = index
        elif fuzz.ratio(keys[index], keys[kept]) >= DUPLICATE_RATIO:
            drop.add(index)
            removed.append(RemovedPassage("repeated paragraph", blocks[index].text))
    kept = [block for index, block in enumerate(blocks) if index not in drop]
    return Deduplicated(kept, removed)


def _fuller_copy_kept(
    blocks: list[TextBlock], echoes: dict[int, tuple[int, float]], start: int, end: int
) -> tuple[int, int]:
    """Which copy to drop: the second as a rule, but the first when the second is fuller.

    A reworded reprint often adds what the first copy lacked (seed 004's second copy alone
    names Jaish al-Adl and the two children killed); the reader should see the fuller one.
    """
    first_start = min(source for i, (source, _) in echoes.items() if start <= i <= end)

    def length(first: int, last: int) -> int:
        return sum(len(b.text) for b in blocks[first : last + 1] if _comparable(b))

    if length(start, end) > length(first_start, start - 1):
        return first_start, start - 1
    return start, end


def _comparable(block: TextBlock) -> bool:
    return block.kind != "heading" and len(block.text) >= _MIN_CHARS


def similarity(a: str, b: str) -> float:
    """0..100: how far `a` repeats `b` (both already normalised)."""
    shorter, longer = sorted((len(a), len(b)))
    if shorter < _MIN_LENGTH_SHARE * longer:
        return fuzz.ratio(a, b, score_cutoff=ECHO_SCORE)
    return max(
        fuzz.ratio(a, b, score_cutoff=ECHO_SCORE),
        fuzz.token_set_ratio(a, b, score_cutoff=ECHO_SCORE),
    )


def _find_echoes(keys: list[str]) -> dict[int, tuple[int, float]]:
    """For each paragraph that echoes an earlier one: (that earlier paragraph, score)."""
    if sum(1 for key in keys if key) > _MAX_FUZZY_PARAGRAPHS:
        return _exact_echoes(keys)
    echoes: dict[int, tuple[int, float]] = {}
    for index, key in enumerate(keys):
        if not key:
            continue
        best: tuple[int, float] | None = None
        for source in range(index):
            if not keys[source]:
                continue
            score = similarity(key, keys[source])
            if score >= ECHO_SCORE and (best is None or score > best[1]):
                best = (source, score)
        if best:
            echoes[index] = best
    return echoes


def _exact_echoes(keys: list[str]) -> dict[int, tuple[int, float]]:
    """Echoes by identical text only: fuzzy comparison of every pair would take too long."""
    first_seen: dict[str, int] = {}
    echoes: dict[int, tuple[int, float]] = {}
    for index, key in enumerate(keys):
        if key in first_seen:
            echoes[index] = (first_seen[key], 100.0)
        elif key:
            first_seen[key] = index
    return echoes


def _second_copy(
    blocks: list[TextBlock], echoes: dict[int, tuple[int, float]]
) -> tuple[int, int] | None:
    """The (first, last) block index of a second copy of the text, or None."""
    if not echoes:
        return None
    # An echo i of `source` covers the restarts source+1..i. Count, for every block, the
    # echoes covering it (a sweep over interval ends: linear, where trying each restart
    # against each echo was quadratic on a long text with thousands of repeats).
    change = [0] * (len(blocks) + 2)
    for i, (source, _) in echoes.items():
        change[source + 1] += 1
        change[i + 1] -= 1
    cover, running = [], 0
    for delta in change:
        running += delta
        cover.append(running)
    restarts = sorted({source + 1 for source, _ in echoes.values()})
    start = max(restarts, key=lambda r: (cover[r], -r))  # most covered; the earliest on a tie
    covered = sorted(i for i, (source, _) in echoes.items() if source < start <= i)
    if len(covered) < _MIN_ECHOES:
        return None
    end = covered[-1]
    content = [i for i in range(start, end + 1) if _comparable(blocks[i])]
    leading_new = sum(1 for i in content if i < covered[0])
    if len(covered) < _MIN_ECHO_SHARE * len(content) or leading_new > _MAX_LEADING_NEW:
        return None
    return start, end
