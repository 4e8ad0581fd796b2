"""Split news text into sentences, keeping each sentence's character span.

Written by hand for the cases news prose throws at a splitter: abbreviations before names and
numbers (`Mr. Syed`, `Jan. 16`, `No. 5`), dotted acronyms (`U.S.`), initials (`J. K. Rowling`),
decimals (`2.5`), quotes that close after the full stop (`.”` ends the sentence when a new one
follows, but `,” says …` and `.” says …` continue it), `?`/`!`, ellipses, single line breaks
inside a sentence, and the `` `` … '' `` quote marks of tokenised corpora.

The rule: a sentence ends after terminal punctuation (plus any closing quotes or brackets) that
is followed by whitespace and then something that can start a sentence. Everything else is about
the word just before the full stop.
"""

from __future__ import annotations

import re


def _word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for readable word lists."""
    return frozenset(words.split())


# Words that take a full stop and are always followed by more of the same sentence.
_TITLES = _word_set(
    "mr mrs ms messrs mme dr prof st sen sens rep reps gov gen lt col sgt cpl pvt maj capt "
    "adm cmdr rev hon fr pres supt det insp atty amb brig mt ft e.g i.e cf viz vs v"
)
# Abbreviations that are followed by a number (`Jan. 16`, `No. 5`, `p. 12`).
_BEFORE_NUMBER = _word_set(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol p pp fig art sec ch op tel ext ca"
)
# Abbreviations that often end a sentence too (`… Apple Inc. The`): they end one only when
# the next word is one that typically starts a sentence.
_AMBIGUOUS = _word_set("inc corp co ltd llc jr sr bros etc ave blvd rd dept univ esq al")
_SENTENCE_STARTERS = _word_set(
    "the a an he she it they we i you his her its their our this that these those there "
    "but and or so yet in on at as after before when while if however meanwhile still also "
    "then now some many most both all one no not what why how who where mr mrs ms dr"
)

_TERMINAL = re.compile(r"[.!?\u2026]+")
# Closing marks that belong to the sentence they follow: quotes and brackets, and in tokenised
# corpora a quote mark standing apart after a space (`right. ''`, `decision. "`).
_CLOSERS = re.compile(r"(?:[\"'\u201d\u2019\u00bb)\]]|\s(?:''|[\"'\u201d\u2019])(?=\s|$))*")
_OPENERS = "\"'\u201c\u2018\u00ab([`"
# `U.S.`: the word ends in two letter-full stop pairs (or more: only the last two are looked at,
# so a 100 KB dotted token costs no more than `U.S.`).
_DOTTED_ACRONYM_END = re.compile(r"[A-Za-z]\.[A-Za-z]\.\Z")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of `text`, whitespace trimmed, shifted by
    `offset`, so that `text[start - offset:end - offset]` is each sentence.

    A blank line always ends a sentence; a single line break is just whitespace.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    for paragraph_break in _PARAGRAPH_BREAK.finditer(text):
        spans.extend(_split_paragraph(text, position, paragraph_break.start()))
        position = paragraph_break.end()
    spans.extend(_split_paragraph(text, position, len(text)))
    return [(start + offset, end + offset) for start, end in spans]


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _TERMINAL.finditer(text, start, end):
        closers = _CLOSERS.match(text, match.end(), end)
        boundary = closers.end() if closers else match.end()
        if _ends_sentence(text, match.start(), match.end(), boundary, end):
            _add_trimmed(spans, text, sentence_start, boundary)
            sentence_start = boundary
    _add_trimmed(spans, text, sentence_start, end)
    return spans


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _ends_sentence(text: str, mark_start: int, mark_end: int, boundary: int, end: int) -> bool:
    """Decide whether the terminal mark text[mark_start:mark_end] ends a sentence."""
    if mark_start == 0 or text[mark_start - 1].isspace() or text[mark_start - 1] in _OPENERS:
        return False  # a leading ellipsis (`“… we will`) or a stray mark: nothing ends here
    if boundary >= end:
        return True
    if not text[boundary].isspace():
        return False  # `2.5`, `U.S.-led`, `example.com`: no gap, no boundary
    next_word = _next_word(text, boundary, end)
    if not next_word:
        return True
    first = next_word[0]
    if first.islower():
        return False  # `.” says …`, `?” she asked`, `… and then`
    marks = text[mark_start:mark_end]
    quoted = boundary > mark_end  # closing quote after the mark: the quote ended, so did this
    if marks != "." or quoted:
        return True
    return not _is_abbreviation(_word_before(text, mark_start), next_word)


def _next_word(text: str, position: int, end: int) -> str:
    """The next word after `position`, with any opening quotes or brackets skipped."""
    while position < end and (text[position].isspace() or text[position] in _OPENERS):
        position += 1
    word_end = position
    while word_end < end and not text[word_end].isspace():
        word_end += 1
    return text[position:word_end]


def _word_before(text: str, mark_start: int) -> str:
    """The word that the full stop at `mark_start` ends (without the stop itself)."""
    begin = mark_start
    while begin > 0 and not text[begin - 1].isspace() and text[begin - 1] not in _OPENERS:
        begin -= 1
    return text[begin:mark_start]


def _is_abbreviation(word: str, next_word: str) -> bool:
    """True if the full stop after `word` belongs to an abbreviation that `next_word` continues."""
    key = word.lower()
    next_key = next_word.lower().rstrip(".,;:")
    if key in _TITLES:
        return True
    if key in _BEFORE_NUMBER:
        return next_word[0].isdigit()
    dotted = _DOTTED_ACRONYM_END.search(word[-3:] + ".") is not None
    initial = len(word) == 1 and word.isupper()
    if dotted or initial or key in _AMBIGUOUS:
        # `U.S. President Biden` goes on; `… in the U.S. The president` starts anew.
        return next_key not in _SENTENCE_STARTERS
    return False
