"""Text an article carries more than once is kept once (reader/corpus/repeats.py)."""

from __future__ import annotations

from reader.corpus.repeats import remove_repeats
from reader.text.blocks import TextBlock

PARAGRAPHS = [
    "Nine people were killed when a bomb exploded at a market in Quetta on Tuesday.",
    "Police said the device was hidden in a motorcycle parked near the main gate.",
    "The provincial government announced compensation for the families of the victims.",
]


def blocks(texts: list[str]) -> list[TextBlock]:
    return [TextBlock("paragraph", text) for text in texts]


def test_a_text_carried_three_times_keeps_exactly_one_copy():
    result = remove_repeats(blocks(PARAGRAPHS * 3))
    assert [b.text for b in result.blocks] == PARAGRAPHS
    assert result.removed


def test_a_fuller_second_copy_is_kept_and_a_third_copy_dropped():
    fuller = [*PARAGRAPHS[:2], PARAGRAPHS[2] + " Two children were among the dead.", PARAGRAPHS[2]]
    result = remove_repeats(blocks(PARAGRAPHS + fuller + PARAGRAPHS))
    kept = [b.text for b in result.blocks]
    assert sum(text == PARAGRAPHS[0] for text in kept) == 1
    assert any("Two children" in text for text in kept)
