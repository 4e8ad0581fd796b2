"""relate(a, b) on the cases the engine must get right (seed sentences and their kin)."""

import pytest

import reader
from reader.analysis.align import sentence_profiles, word_rarity
from reader.analysis.relate import judge
from reader.analysis.settings import MatchSettings

STRIKE_9 = (
    "Islamabad conducted drone strikes on Iranian soil on Thursday, killing 9 civilians in "
    "retaliation for Tehran's attack on militant bases inside Pakistan two days prior."
)
STRIKE_7 = (
    "Iran's state media reported that seven people were killed in the latest Pakistani "
    "strikes on Iranian territory, including three women and four children."
)


def test_the_package_docstring_pair_is_a_typed_contradiction_with_its_reason():
    result = reader.relate("Nine people were killed.", "Seven people were killed.")
    assert (result.kind, result.types, result.reasons[0]) == (
        "contradict",
        ("count",),
        "killed: 9 vs 7",
    )
    assert 0.0 <= result.score <= 1.0


def test_nine_killed_against_seven_killed_is_a_typed_contradiction():
    result = reader.relate(STRIKE_9, STRIKE_7)
    assert result.kind == "contradict"
    assert result.reasons[0] == "killed: 9 vs 7"


def test_a_sum_of_victims_contradicts_a_different_total():
    result = reader.relate(
        "Interior Minister Ahmad Vahidi confirmed to state TV that the strikes killed 3 women, "
        "2 men, and 4 children.",
        STRIKE_7,
    )
    assert result.kind == "contradict"
    assert result.reasons[0].startswith("killed: 9 (3 women, 2 men, 4 children) vs 7")


def test_at_least_nine_contradicts_seven_but_at_least_seven_fits_nine():
    assert (
        reader.relate(
            "The Pakistani airstrikes were reported to have killed at least nine people.",
            "Seven people were killed in the Pakistani airstrikes.",
        ).kind
        == "contradict"
    )
    assert (
        reader.relate(
            "The Pakistani airstrikes killed at least seven people.",
            "The Pakistani airstrikes killed nine people.",
        ).kind
        != "contradict"
    )


def test_figures_of_two_different_strikes_do_not_conflict():
    # Iran's strike on Pakistan killed two children; Pakistan's strike in Iran killed seven.
    result = reader.relate(
        "Iran's attack on Pakistani soil on Tuesday killed two children.",
        "Pakistan's strikes in Iran on Thursday killed seven people.",
    )
    assert result.kind != "contradict"


def test_rewording_of_the_same_claim_agrees():
    result = reader.relate(
        "Iran's attack on Pakistani soil on Tuesday claimed the lives of two children in "
        "Baluchistan province.",
        "Iran's missile attack on Tuesday killed at least two children in Pakistan's "
        "Balochistan province.",
    )
    assert result.kind == "agree"
    assert any("2" in reason or "two" in reason for reason in result.reasons)


def test_spelling_variants_of_a_group_are_not_a_conflict():
    result = reader.relate(
        "Iran fired missiles against bases of the Sunni militant group Jaish al-Adl in Pakistan.",
        "Iran fired missiles against bases of the Sunni militant group Yech Al-Adl in Pakistan.",
    )
    assert result.kind == "agree"


def test_a_different_target_group_is_a_conflict():
    result = reader.relate(
        "Iran's missile attack on Pakistan targeted the militant group Jaish al-Adl.",
        "Iran's missile attack on Pakistan targeted the Baluch Liberation Army.",
    )
    assert result.kind == "contradict"
    assert "target" in result.reasons[0]


def test_weekdays_of_the_same_event_conflict():
    result = reader.relate(
        "Pakistan's air force struck militant hideouts in Iran on Thursday, officials said.",
        "Pakistan's air force struck militant hideouts in Iran on Tuesday, officials said.",
    )
    assert result.kind == "contradict"
    assert result.reasons[0] == "day: Thursday vs Tuesday"


def test_confirmed_against_denied_is_an_antonym_conflict():
    result = reader.relate(
        "The interior ministry confirmed that the border crossing was closed after the strikes.",
        "The interior ministry denied that the border crossing was closed after the strikes.",
    )
    assert result.kind == "contradict"
    assert result.reasons[0] == "confirmed vs denied"


def test_negation_of_the_same_claim_is_a_conflict():
    result = reader.relate(
        "Guatemala will not accept the pet passport as proof of vaccination.",
        "Guatemala accepts the pet passport as proof of vaccination.",
    )
    assert result.kind == "contradict"
    assert "negation" in result.reasons[0]


def test_equal_durations_in_other_units_are_not_a_conflict():
    result = reader.relate(
        "It took only 48 hours for trust to break down between Iran and Pakistan.",
        "It took only two days for trust to break down between Iran and Pakistan.",
    )
    assert result.kind == "agree"


def test_a_provisional_figure_is_called_a_possible_update():
    result = reader.relate(
        "Officials said seven people have been killed so far in the strikes on the village.",
        "Officials said nine people were killed in the strikes on the village.",
    )
    assert result.kind != "contradict"
    assert any("update" in reason for reason in result.reasons)


def test_unrelated_sentences_are_unrelated():
    result = reader.relate(
        "China urged restraint and offered to mediate between the two neighbours.",
        "The Pakistani airstrikes were reported to have killed at least nine people.",
    )
    assert result.kind == "unrelated"


@pytest.mark.parametrize("threshold", [0.2, 0.9])
def test_the_agree_threshold_is_honoured(threshold):
    a = "The foreign ministry condemned the strikes as a violation of sovereignty."
    b = "The strikes were condemned by the foreign ministry as a violation of its sovereignty."
    settings = MatchSettings(agree_threshold=threshold)
    result = reader.analysis.relate.relate(a, b, settings)
    assert (result.kind == "agree") == (result.score >= threshold)


def test_rare_shared_words_make_a_claim_inside_a_corpus(seed_comparison):
    # Outside a corpus the two are not paraphrases; inside one, their rare words
    # (Tuesday, militant, bases, Balochistan) mark the same claim.
    articles = seed_comparison.articles
    profiles = sentence_profiles(articles)
    rarity = word_rarity(profiles)

    def find(article_id, start):
        index = next(i for i, a in enumerate(articles) if a.id.startswith(article_id))
        sentence = next(s for s in articles[index].sentences if s.text.startswith(start))
        return profiles[index][sentence.index]

    a = find("000", "The cross-border raids followed")
    b = find("003", "On a Tuesday night")
    assert judge(a, b, MatchSettings()).kind == "unrelated"
    inside = judge(a, b, MatchSettings(), rarity)
    assert inside.kind == "agree"
    assert inside.reasons[0].startswith("shares a claim")
