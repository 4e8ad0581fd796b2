"""Blocking keeps what brute force finds; every judged pair is judged exactly; wire copies."""

from itertools import combinations

import pytest
from corpus_files import write_files

from reader.analysis.align import align, candidate_pairs, sentence_profiles, word_rarity
from reader.analysis.pipeline import analyse, compare
from reader.analysis.relate import judge
from reader.analysis.settings import MatchSettings
from reader.analysis.similarity import similarity
from reader.corpus import load_articles
from reader.model import SentenceRef
from reader.resources import default_corpus

SETTINGS = MatchSettings()
STORY = (
    "Quetta blast\n\n"
    "Nine people were killed when a bomb exploded at a market in Quetta on Tuesday. "
    "Police said the device was hidden in a motorcycle parked near the main gate. "
    "The provincial government announced compensation for the families of the victims. "
    "No group has claimed responsibility for the attack so far.\n"
)


@pytest.fixture(scope="module")
def seeds():
    articles, _ = load_articles([default_corpus()])
    return articles


@pytest.fixture(scope="module")
def brute_force(seeds):
    """judge() on every pair of sentences from different articles: the ground truth."""
    profiles = sentence_profiles(seeds)
    rarity = word_rarity(profiles)
    found = {}
    for x, y in combinations(range(len(seeds)), 2):
        for i, a in enumerate(profiles[x]):
            for j, b in enumerate(profiles[y]):
                judgement = judge(a, b, SETTINGS, rarity)
                if judgement.kind != "unrelated":
                    found[(SentenceRef(x, i), SentenceRef(y, j))] = judgement
    return found


def test_blocking_finds_95_percent_of_brute_force_agreements(seeds, brute_force):
    links = {(link.a, link.b) for link in align(seeds, SETTINGS).links}
    agree = [pair for pair, j in brute_force.items() if j.kind == "agree"]
    assert agree
    assert sum(pair in links for pair in agree) >= 0.95 * len(agree)


def test_blocking_judges_far_fewer_pairs_than_brute_force(seeds):
    sizes = [len(a.sentences) for a in seeds]
    all_pairs = sum(x * y for x, y in combinations(sizes, 2))
    assert len(candidate_pairs(sentence_profiles(seeds))) < all_pairs / 5


def test_every_link_is_exactly_what_judge_says(seeds, brute_force):
    for link in align(seeds, SETTINGS).links:
        expected = brute_force[(link.a, link.b)]
        assert (link.kind, link.score, link.reasons) == (
            expected.kind,
            expected.score,
            expected.reasons,
        )


def test_the_aligners_shortcut_never_changes_a_verdict(seeds):
    """The aligner lets judge() skip partial_ratio when the score cannot reach the
    threshold: on every pair of the seeds the verdict is the same as the exact one, and
    the bound it uses is never below the score."""
    profiles = sentence_profiles(seeds)
    rarity = word_rarity(profiles)
    checked = 0
    for x, y in combinations(range(len(seeds)), 2):
        for a in profiles[x]:
            for b in profiles[y]:
                sim = similarity(a, b)
                assert sim.score_bound() >= sim.score()
                exact = judge(a, b, SETTINGS, rarity)
                quick = judge(a, b, SETTINGS, rarity, exact_unrelated=False)
                assert quick.kind == exact.kind
                if exact.kind != "unrelated":
                    assert quick == exact
                checked += 1
    assert checked > 1000


def test_links_join_different_articles_in_order(seeds):
    for link in align(seeds, SETTINGS).links:
        assert link.a < link.b
        assert link.a.article != link.b.article


def test_identical_articles_are_one_voice(tmp_path):
    other = "Other view\n\nSeven people were killed when a bomb exploded at a market in Quetta.\n"
    paths = write_files(tmp_path, {"a.txt": STORY, "b.txt": STORY, "c.txt": other})
    comparison = compare(paths, use_cache=False)
    assert [(w.a, w.b, w.similarity) for w in comparison.wire_copies] == [(0, 1, 1.0)]
    # The copy gets the same conflict as the original, but they are not linked to each other.
    conflicts = {(lk.a.article, lk.b.article) for lk in comparison.contradictions()}
    assert conflicts == {(0, 2), (1, 2)}
    assert all({lk.a.article, lk.b.article} != {0, 1} for lk in comparison.links)


def test_a_lightly_edited_reprint_is_a_wire_copy(tmp_path):
    edited = STORY.replace("Police said", "Police officials said")
    unrelated = "Weather\n\nHeavy rain is expected across Punjab on Friday, forecasters said.\n"
    paths = write_files(tmp_path, {"a.txt": STORY, "b.txt": edited, "c.txt": unrelated})
    comparison = compare(paths, use_cache=False)
    assert [(w.a, w.b) for w in comparison.wire_copies] == [(0, 1)]
    claim = SentenceRef(0, 0)
    assert comparison.status(claim) == "agree"
    assert comparison.support(claim) == 0  # its only supporter is its own copy


def test_reports_that_share_a_line_are_not_wire_copies(tmp_path):
    first = "Blast\n\nNine people were killed when a bomb exploded at a market in Quetta.\n"
    second = (
        "Quetta attack\n\nNine people were killed when a bomb exploded at a market in Quetta. "
        "The market had reopened only last month after a long renovation. "
        "Traders said security at the gate had been light for weeks. "
        "Hospitals in the city declared an emergency and asked for blood donors.\n"
    )
    paths = write_files(tmp_path, {"a.txt": first, "b.txt": second})
    assert compare(paths, use_cache=False).wire_copies == []


def test_many_identical_articles_and_a_one_sentence_one(tmp_path):
    files = {f"copy{n:03}.txt": STORY for n in range(60)}
    files["short.txt"] = "Note\n\nNine people were killed in Quetta on Tuesday.\n"
    articles, problems = load_articles(write_files(tmp_path, files))
    assert not problems
    comparison = analyse(articles, use_cache=False)
    assert len(comparison.wire_copies) == 59
    short = SentenceRef(len(articles) - 1, 0)
    assert comparison.status(short) == "agree"
    assert comparison.support(short) == 1  # sixty copies, one voice
