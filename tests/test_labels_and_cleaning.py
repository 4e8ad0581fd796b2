"""Labels and cleaning a newcomer meets (issue 11): readable labels for articles without an
outlet, a URL's site, titles without an added ellipsis; bylines, advertisement lines, author
bios and every date line at the top removed."""

from __future__ import annotations

import pytest

from reader.corpus import load_articles
from reader.resources import default_corpus


@pytest.fixture(scope="module")
def seed_articles():
    articles, problems = load_articles([default_corpus()])
    assert problems == []
    return {article.id[:3]: article for article in articles}


def test_html_cleaning_drops_byline_advertisement_and_author_bio(tmp_path):
    page = tmp_path / "daily.html"
    page.write_text(
        "<html><body><h1>Storm hits the coast</h1>"
        "<p>By Lois Lane, Staff Reporter. Updated March 5, 2024.</p>"
        "<p>A storm hit the coast on Monday, cutting power to 40,000 homes.</p>"
        "<p>ADVERTISEMENT — Buy the new phone today and save.</p>"
        "<p>Crews worked through the night to restore the lines.</p>"
        "<p>By Tuesday, most homes had power again.</p>"
        "<p>Lois Lane is a staff reporter covering weather and climate for the Planet.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    [article], problems = load_articles([page], {}, use_cache=False)
    assert not problems
    texts = [sentence.text for sentence in article.sentences]
    assert not any("Lois Lane" in text or "ADVERTISEMENT" in text for text in texts), texts
    assert "By Tuesday, most homes had power again." in texts  # a sentence, not a byline
    assert {"byline", "advertisement", "author bio"} <= {r.reason for r in article.removed}


def test_every_date_line_at_the_top_goes_and_the_headline_is_the_title(tmp_path):
    story = tmp_path / "quake.txt"
    story.write_text(
        "http://www.cnn.com/2009/x/\n\nupdated 8: 41 p. m. EST, Tue March 3,2009\n\n"
        "Posted 11 / 27 / 2005 7: 21 AM\n\n"
        "Obama overturns Bush endangered species rule\n\n"
        "The president restored a rule on Tuesday. It was a long fight.\n",
        encoding="utf-8",
    )
    [article], _ = load_articles([story], {}, use_cache=False)
    assert article.title == "Obama overturns Bush endangered species rule"
    assert article.date == "2009-03-03" and article.outlet == "cnn.com"
    assert "Posted" not in article.text


def test_without_an_outlet_the_label_comes_from_the_title_never_a_hash(seed_articles):
    assert seed_articles["002"].outlet == "“Tensions Rise as Pakistan”"
    assert seed_articles["003"].outlet == "“Iran-Pakistan Tensions”"
    assert seed_articles["001"].outlet == "“Escalating border confrontations”"
    labels = [article.outlet for article in seed_articles.values()]
    assert len(set(labels)) == len(labels)


def test_a_readable_file_name_is_the_label_when_the_outlet_is_unknown():
    from reader.corpus.metadata import fallback_outlet

    assert fallback_outlet("bbc-iran-strikes", "Whatever") == "bbc iran strikes"
    assert fallback_outlet("000_9b21ed94ce698bfe", "The strikes: a timeline") == "“The strikes”"


def test_titles_made_from_a_first_sentence_carry_no_added_ellipsis(seed_articles):
    for article in seed_articles.values():
        assert "…" not in article.title, article.title
    assert seed_articles["001"].title.endswith("reported a sequence")


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.news.com.au/world/x", "news.com.au"),
        ("http://news.bbc.co.uk/2/hi/x.stm", "bbc.co.uk"),
        ("http://articles.latimes.com/2013/x", "latimes.com"),
        ("https://edition.cnn.com/x", "cnn.com"),
    ],
)
def test_the_outlet_of_a_url_is_the_site(url, outlet):
    from reader.corpus.metadata import outlet_from_url

    assert outlet_from_url(url) == outlet
