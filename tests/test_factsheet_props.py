"""Properties of the fact sheet's text handling, on generated text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.factsheet.quotes_find import quotes_in
from reader.factsheet.wording import DELETE, EQUAL, INSERT, tokens, word_diff
from reader.model import Article, Block, Sentence

WORDS = st.sampled_from(
    ["we", "are", "ready", "to", "talk", "I'm", "don't", "neighbourhood", "(sic)", "said",
     "Lopez", "“", "”", '"', "``", "''", ",", ".", "\n", "\x1b", "‘", "’", "said:", "he"]
)  # fmt: skip
TEXT = st.lists(WORDS, max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT)
def test_a_word_diff_rebuilds_both_wordings(a, b):
    diff = word_diff(a, b)
    first = " ".join(w for op, w in diff if op in (EQUAL, DELETE)).split()
    second = " ".join(w for op, w in diff if op in (EQUAL, INSERT)).split()
    assert first == " ".join(tokens(a)).split()
    assert second == " ".join(tokens(b)).split()


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_quotes_are_found_inside_their_article_without_crashing(paragraphs):
    text = "\n\n".join(paragraphs)
    blocks, sentences, start = [], [], 0
    for n, para in enumerate(paragraphs):
        blocks.append(Block("paragraph", start, start + len(para)))
        sentences.append(Sentence(n, para, start, start + len(para), n))
        start += len(para) + 2
    article = Article("a", "a.txt", "t", "o", text, tuple(blocks), tuple(sentences))
    for q in quotes_in(article, 0):
        assert 0 <= q.start < q.end <= len(text)
        assert 0 <= q.sentence < len(sentences)
        assert len(q.text.split()) >= 1
