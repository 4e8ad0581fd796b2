"""The aligner's fast paths change no verdict: screened judging gives what relate.judge()
gives on every candidate, and stories aligned in worker processes give what aligning them
one by one gives (with progress and cancellation still working)."""

from __future__ import annotations

import glob
from itertools import combinations

import pytest

from reader.analysis import align as aligner
from reader.analysis.align import (
    DistinctTexts,
    _judge_pairs,
    align,
    group_articles,
    judge_pairs_reference,
    sentence_profiles,
    word_rarity,
)
from reader.analysis.detectors import Pair, find_conflicts, find_conflicts_screened
from reader.analysis.settings import MatchSettings
from reader.analysis.similarity import similarity
from reader.analysis.wire import exact_copies
from reader.corpus import load_articles
from reader.resources import default_corpus
from tests.corpus_files import write_files
from tests.test_stories import FERRY, RECIPE, TRANSFER

SETTINGS = MatchSettings()
ECB = sorted(glob.glob("/work/shared/data/ecb/*/*.txt"))


@pytest.fixture(scope="module")
def seeds():
    articles, _ = load_articles([default_corpus()], use_cache=False)
    return articles


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    """The seeds and test_stories' three stories, in one input."""
    folder = tmp_path_factory.mktemp("day")
    paths = write_files(folder, {**FERRY, **TRANSFER, **RECIPE})
    articles, _ = load_articles([default_corpus(), *map(str, paths)], use_cache=False)
    return articles


def _fast_and_reference(articles):
    """Per story: (what _judge_pairs gives, what judge() on every candidate gives)."""
    profiles = sentence_profiles(articles)
    for story in group_articles(articles, profiles):
        members = [articles[i] for i in story.articles]
        story_profiles = [profiles[i] for i in story.articles]
        rarity = word_rarity(story_profiles)
        texts = DistinctTexts(story_profiles, exact_copies(members))
        pairs = texts.candidates(rarity, SETTINGS)
        fast = list(_judge_pairs(pairs, texts.profiles, SETTINGS, rarity, None, None))
        reference = judge_pairs_reference(
            pairs, texts.profiles, SETTINGS, word_rarity(story_profiles)
        )
        yield fast, reference


def _assert_same_verdicts(articles):
    judged = 0
    for fast, reference in _fast_and_reference(articles):
        assert fast == reference  # kind, score, reasons and types of every linked pair
        judged += len(reference)
    assert judged


def test_screened_judging_gives_judges_verdicts_on_the_seeds(seeds):
    _assert_same_verdicts(seeds)


def test_screened_judging_gives_judges_verdicts_on_several_stories(day):
    _assert_same_verdicts(day)


def test_screens_never_silence_a_detector_that_speaks(seeds):
    """On every pair of sentences of different seed articles, not just the candidates."""
    profiles = sentence_profiles(seeds)
    spoke = 0
    for x, y in combinations(range(len(seeds)), 2):
        for a in profiles[x]:
            for b in profiles[y]:
                sim = similarity(a, b)
                for close in (False, True):
                    pair = Pair(a, b, sim, close=close, paraphrase=close)
                    expected = find_conflicts(pair)
                    assert find_conflicts_screened(pair) == expected
                    spoke += bool(expected)
    assert spoke


def _same_alignment(one, other):
    assert one.links == other.links
    assert one.wire_copies == other.wire_copies
    assert one.stories == other.stories


def test_stories_aligned_in_workers_are_aligned_as_one_by_one(day):
    serial = align(day, SETTINGS, workers=1)
    assert len({link.a.article for link in serial.links}) > 3
    _same_alignment(align(day, SETTINGS, workers=2), serial)


def test_workers_report_progress_to_the_end(day):
    seen = []
    align(day, SETTINGS, progress=lambda done, total: seen.append((done, total)), workers=2)
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(done <= total for done, total in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_cancelled_analysis_in_workers_stops(day):
    calls = []

    def cancelled():
        calls.append(1)
        return True

    result = align(day, SETTINGS, cancelled=cancelled, workers=2)
    assert calls
    assert len(result.links) <= len(align(day, SETTINGS, workers=1).links)


def test_small_inputs_stay_in_this_process(seeds, monkeypatch):
    def no_workers(*args, **kwargs):
        raise AssertionError("workers started for a small input")

    monkeypatch.setattr(aligner, "align_in_workers", no_workers)
    assert align(seeds, SETTINGS).links


@pytest.mark.skipif(not ECB, reason="ECB+ is not on this machine")
def test_screened_judging_gives_judges_verdicts_on_ecb_plus():
    """Real multi-story text: a fifth of ECB+ (every fifth topic folder)."""
    folders = sorted({path.rsplit("/", 2)[1].split("_")[0] for path in ECB})[::5]
    chosen = [p for p in ECB if p.rsplit("/", 2)[1].split("_")[0] in folders]
    articles, _ = load_articles(chosen, use_cache=False)
    _assert_same_verdicts(articles)
