"""What a sentence states, read once: figures with their role and slot, and polarity.
Sentences from many kinds of story."""

import pytest

from reader.analysis.profile import profile
from reader.facts.figures import AGE, COUNT, MEASURE, RECORD, TIME, figures, years
from reader.facts.polarity import ASSERTED, CONDITIONAL, DENIED, HEDGED, polarity


def figure_roles(text: str) -> dict[str, str]:
    return {f.quantity.text: f.role for f in figures(profile(text))}


@pytest.mark.parametrize(
    "text, number, role",
    [
        ("The deadlocked jury split 9-3 in favour of death.", "9", RECORD),
        ("Klitschko (52-3, 46 KOs) retained his titles.", "52", RECORD),
        ("The referee stopped the fight at 2: 56 of the sixth.", "56", TIME),
        ("The 16 - year - old was shot by police on Saturday.", "16", AGE),
        ("A 5.6 magnitude earthquake hit the island.", "5.6", MEASURE),
        ("The blast killed four people in the market.", "four people", COUNT),
    ],
)
def test_a_number_gets_the_role_it_plays(text, number, role):
    assert figure_roles(text)[number] == role


def test_years_are_found_wherever_they_stand_and_are_never_counts():
    p = profile("In 2005, HBO released the film, and the 2006 reissue sold well.")
    assert years(p) == {2005, 2006}
    assert all(f.role != COUNT for f in figures(p) if f.quantity.value in (2005, 2006))


def test_a_figure_takes_the_event_verb_of_its_own_clause():
    p = profile("Police said 18 people had been injured in the violence and 12 arrested.")
    events = {f.quantity.value: f.event for f in figures(p)}
    assert events == {18: "injure", 12: "arrest"}


@pytest.mark.parametrize(
    "text, value",
    [
        ("Seven people were killed, including three women and four children.", 3),
        ("Five other people were injured, and two of them were in critical condition.", 2),
        ("Philadelphia won 18 of its next 23 games.", 23),
    ],
)
def test_parts_of_a_whole_are_marked(text, value):
    part = {f.quantity.value: f.part for f in figures(profile(text))}
    assert part[value] is True


def test_list_items_are_marked_and_a_sum_is_not():
    found = figures(profile("Commandos seized 12 Somali and 11 Yemeni pirates on the boats."))
    listed = {f.quantity.value: f.listed for f in found if not f.quantity.is_sum}
    assert listed[11] is True


def test_a_figure_on_another_occasion_is_marked_only_near_it():
    near = figures(profile("The previous quake killed 612 people in the province."))
    assert all(f.elsewhen for f in near if f.quantity.value == 612)
    far = figures(
        profile("Drones killed 9 civilians in retaliation for an attack on bases two days prior.")
    )
    assert not next(f for f in far if f.quantity.value == 9).elsewhen


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Apple denies it is shutting down Beats Music.", DENIED),
        ("The video of a bird pooping on Putin is a hoax.", DENIED),
        ("No, Banksy hasn't been arrested.", DENIED),
        ("That ESPN panel you keep hearing about isn't real.", DENIED),
        ("He has been denied bail.", ASSERTED),
        ("A man has denied arson after the fire.", ASSERTED),
        ("She submitted false documents to the agency.", ASSERTED),
        ("Is the audio of the shooting a fake?", DENIED),
        ("Did Banksy post this tribute to the victims?", CONDITIONAL),
        ("If the talks fail, the strike will go ahead.", CONDITIONAL),
        ("The singer reportedly left the band.", HEDGED),
        ("The singer left the band on Monday.", ASSERTED),
    ],
)
def test_polarity_says_whether_a_sentence_asserts_denies_hedges_or_supposes(text, kind):
    assert polarity(profile(text)).kind == kind


def test_irregular_forms_share_their_base_word():
    from reader.text.normalize import word_key

    assert word_key("sank") == word_key("sunk") == word_key("sink")
    assert word_key("fled") == word_key("flee")
    assert word_key("women") == word_key("woman")
    assert word_key("ground") != word_key("grind")  # a word of its own
