"""Large inputs hold: a 5 MB article, a folder of 1,000 files (issue 5). Correctness only:
the speed of such inputs is measured by bench/speed.py, not here."""

from __future__ import annotations

from reader.analysis.pipeline import compare
from reader.resources import default_corpus

PARAGRAPH = (
    "Report {n}: officials in district {n} said that {k} people were hurt when a storm "
    "struck the coast on Monday. Rescue teams from unit {n} reached the area by noon. "
    "The agency repeated that the figures for district {n} were provisional.\n\n"
)


def test_a_5_mb_article_is_read_and_compared(tmp_path):
    # A scraped page that carries its text ten times over: 5 MB to read, clean and
    # de-duplicate, 2,000 distinct paragraphs left to compare. (A 5 MB article of all
    # distinct text is timed by bench/speed.py: too slow for the test suite.)
    distinct = [PARAGRAPH.format(n=n, k=n % 17 + 2) for n in range(2000)]
    big = tmp_path / "big.txt"
    big.write_text("A very long report\n\n" + "".join(distinct) * 11, encoding="utf-8")
    assert big.stat().st_size > 5_000_000

    comparison = compare([default_corpus(), big], use_cache=False)
    assert not comparison.problems
    article = comparison.articles[-1]
    assert article.title == "A very long report"
    assert len(article.sentences) == 3 * len(distinct)  # each paragraph kept once
    assert article.removed
    assert comparison.contradictions()  # the seeds' own conflicts are still found


def test_a_folder_of_1000_files(tmp_path):
    folder = tmp_path / "day"
    folder.mkdir()
    for n in range(1000):
        text = f"Item {n}\n\n" + PARAGRAPH.format(n=n, k=n % 5 + 2)
        (folder / f"{n:04}.txt").write_text(text, encoding="utf-8")
    comparison = compare([folder], use_cache=False)
    assert len(comparison.articles) == 1000
    assert not comparison.problems
    # Reports of different districts share their wording but not their district: no
    # sentence may be linked to a report of another district by its numbers alone.
    for link in comparison.contradictions():
        assert "hurt" not in comparison.sentence_text(link.a)
