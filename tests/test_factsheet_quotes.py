"""Quotes: found in each article, lined up across outlets, wording compared word by word."""

from __future__ import annotations

from corpus_files import write_files

from reader.analysis.pipeline import compare
from reader.corpus import load_articles
from reader.factsheet.model import ALTERED, ONE_OUTLET, OTHER_SPEAKER, SAME
from reader.factsheet.quotes import find_quotes
from reader.factsheet.quotes_find import quotes_in
from reader.factsheet.wording import altered, as_text, word_diff


def _quotes(tmp_path, text):
    write_files(tmp_path / "one", {"a.txt": "Title\n\n" + text + "\n"})
    articles, _ = load_articles([tmp_path / "one"], use_cache=False)
    return quotes_in(articles[0], 0)


def test_curly_quote_with_the_speaker_after(tmp_path):
    (q,) = _quotes(
        tmp_path, "“We will rebuild every house in the valley,” said Maria Lopez, the mayor."
    )
    assert q.text == "We will rebuild every house in the valley"
    assert q.speaker == "Maria Lopez"


def test_straight_quote_with_the_speaker_before(tmp_path):
    (q,) = _quotes(tmp_path, 'On Monday Mayor Lopez told reporters: "We will rebuild every house."')
    assert q.text == "We will rebuild every house."
    assert q.speaker == "Mayor Lopez"


def test_name_then_says_after_the_quote(tmp_path):
    (q,) = _quotes(tmp_path, "“The relationship has been damaged,” Lodhi says.")
    assert q.speaker == "Lodhi"


def test_detokenised_quotes_of_older_corpora(tmp_path):
    (q,) = _quotes(tmp_path, "`` It was a mess, '' she said of the show.")
    assert q.text == "It was a mess"
    assert q.speaker == ""  # a pronoun names nobody


def test_a_quote_split_by_its_attribution_is_one_quote(tmp_path):
    (q,) = _quotes(tmp_path, "“We are ready,” the minister said, “to talk to anyone at any time.”")
    assert q.text == "We are ready to talk to anyone at any time."


def test_scare_quotes_are_not_speech(tmp_path):
    assert _quotes(tmp_path, "Iran condemned the “unbalanced and unacceptable” strikes.") == []


def test_word_diff_shows_changed_words_as_a_diff_tool_would():
    diff = word_diff("We are all deeply shocked", "We are deeply shaken")
    assert as_text(diff) == "We are [-all-] deeply [-shocked-] {+shaken+}"
    assert altered(diff)


def test_an_excerpt_is_not_an_alteration_nor_a_contraction_or_a_spelling():
    assert not altered(word_diff("I know it and I am sorry", "I am sorry"))
    assert not altered(
        word_diff("I 'm sorry in the neighbourhood", "I am sorry in the neighborhood")
    )
    assert not altered(word_diff("respect to her (Tara Reid) family", "respect to her family"))
    assert not altered(word_diff("the Greek population's anger", "the Greek populations' anger"))
    assert not altered(word_diff("It ’ s official: I ’ m hosting", "It's official: I'm hosting"))
    assert not altered(word_diff("just after 6: 00 p.m. today", "just after 6 p.m. today"))


STORY = {
    "a.txt": "Flood\n\n“Nothing less than the future of the whole valley is at stake,” said "
    "Governor Ana Ruiz. “We were warned for years and did nothing,” said Pedro Gil.\n"
    "\n“The dam was never inspected by anyone,” said engineer Tom Hale.\n",
    "b.txt": "Flood\n\n“Nothing less than the future of the whole region is at stake,” Ruiz "
    "said. “We were warned for years and did nothing,” said Carla Diaz.\n",
    "c.txt": "Flood\n\n“Nothing less than the future of the whole valley is at stake,” said "
    "Ana Ruiz on Monday. “We were warned for years and did nothing,” the governor said.\n",
}


def test_quotes_are_lined_up_across_outlets(tmp_path):
    write_files(tmp_path / "story", STORY)
    c = compare([tmp_path / "story"], use_cache=False)
    quotes = {q.versions[0].value.split()[0]: q for q in find_quotes(c)}
    future = quotes["Nothing"]
    assert future.status == ALTERED
    assert future.speaker == "Governor Ana Ruiz"
    assert len(future.versions) == 2 and len(future.versions[0].articles) == 2
    assert as_text(future.versions[1].diff).count("[-valley-] {+region+}") == 1
    warned = quotes["We"]
    assert warned.status == OTHER_SPEAKER
    assert {v.speaker for v in warned.versions} == {"Pedro Gil", "Carla Diaz"}
    assert quotes["The"].status == ONE_OUTLET
    assert SAME not in {q.status for q in quotes.values()}
