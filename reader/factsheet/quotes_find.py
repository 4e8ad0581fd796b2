"""Quoted speech in one article: the words, who said them, and the sentence they start in.

Quote marks as news text writes them: curly “…”, straight "…", and the detokenised
``…'' of older corpora. A quote that runs to the end of its paragraph without closing is
news style for a quote that goes on in the next paragraph: it ends with its paragraph. A
quote split by its attribution ("We are ready," he said, "to talk.") is one quote. The
speaker is read from the attribution before or after it ("said Maleeha Lodhi", "Lodhi
says", "the ministry said:", "according to ..."); a pronoun names nobody. Scare quotes (a
word or two with no attribution) are not speech.

Every scan is linear in the text (str.find and anchored patterns on short windows).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader.model import Article

_CLOSERS = {"“": "”", "``": "''", '"': '"'}
_OPEN_RE = re.compile(r"“|``|\"")
_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|states|wrote|writes|declared|insisted|"
    r"explained|explains|tweeted|announced|warned|warns|noted|notes|asked|replied|argued|"
    r"argues|claimed|claims|recalled|continued|acknowledged|admitted|confirmed|posted"
)
_NAME = r"(?:[A-Z][\w.'’-]*|de|del|van|von|al|bin)(?:\s+(?:[A-Z][\w.'’-]*|de|del|van|von|al|bin))*"
_DET = r"(?:the|a|an|his|her|their|its)"
_PHRASE = (
    rf"(?:{_DET}\s+)?(?:[\w'’-]+\s+){{0,3}}?{_NAME}|{_NAME}"
    rf"|{_DET}\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}"
)
_PRONOUNS = frozenset("he she they it we i you who".split())
# After the quote: ', said Lodhi' / ', Lodhi said' / ', according to Lodhi'.
_AFTER_VERB_FIRST = re.compile(rf"^\s*[,.]?\s*(?:{_VERBS})\s+(?P<who>{_PHRASE})")
_AFTER_WHO_FIRST = re.compile(
    rf"^\s*[,.]?\s*(?P<who>{_PHRASE}|he|she|they|it|we|I)\s+(?:{_VERBS})\b"
)
_AFTER_ACCORDING = re.compile(rf"^\s*[,.]?\s*according to\s+(?P<who>{_PHRASE})")
# Before it: 'Lodhi said: "' / 'Vahidi told state TV that "' / 'said Lodhi: "'.
_BEFORE_WHO_FIRST = re.compile(
    rf"(?P<who>{_PHRASE}|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?:{_VERBS})(?:\s+[\w'’.-]+){{0,4}}?\s*(?:that)?\s*[:,]?\s*$"
)
_BEFORE_VERB_FIRST = re.compile(rf"(?:{_VERBS})\s+(?P<who>{_NAME})\s*[:,]\s*$")
_SPLIT_GAP_RE = re.compile(
    rf"^\s*,?\s*(?:(?:{_VERBS})\s+[^.!?“”\"`]{{1,60}}?|[^.!?“”\"`]{{1,60}}?\s+(?:{_VERBS}))\s*,\s*$"
)
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b")
_WINDOW = 120
_MAX_QUOTE = 1500
_MIN_WORDS = 3  # fewer words than this are a name or a scare quote
_MIN_WORDS_UNATTRIBUTED = 6


@dataclass(frozen=True)
class FoundQuote:
    article: int
    sentence: int  # the sentence the quote starts in
    text: str  # the quoted words, as written (parts of a split quote joined)
    speaker: str  # "" when no name is given
    start: int  # character span of the quote in the article's text
    end: int


def words(text: str) -> list[str]:
    """A quote's words, lower-cased, punctuation and spacing aside; an editor's
    insertion in brackets ("her (Tara Reid) family") is not the speaker's."""
    from reader.factsheet.wording import fold, tokens

    return [fold(w) for w in tokens(text)]


def quotes_in(article: Article, number: int) -> list[FoundQuote]:
    text = article.text
    spans = _spans(text, article)
    found: list[FoundQuote] = []
    starts = [s.start for s in article.sentences]
    i = 0
    while i < len(spans):
        start, inner_start, inner_end, end = spans[i]
        parts = [text[inner_start:inner_end]]
        # "We are ready," he said, "to talk.": one quote split by its attribution.
        while i + 1 < len(spans) and _SPLIT_GAP_RE.match(text[end : spans[i + 1][0]]):
            nxt = spans[i + 1]
            parts.append(text[nxt[1] : nxt[2]])
            end = nxt[3]
            i += 1
        i += 1
        quoted = " ".join(" ".join(p.split()).strip(" ,") for p in parts)
        speaker = _speaker(text, start, spans[i - 1][3] if len(parts) > 1 else end, len(parts) > 1)
        n = len(words(quoted))
        if n < _MIN_WORDS or (not speaker[1] and n < _MIN_WORDS_UNATTRIBUTED):
            continue
        sentence = max(0, bisect_right(starts, inner_start) - 1)
        if not article.sentences:
            continue
        index = article.sentences[sentence].index
        found.append(FoundQuote(number, index, quoted, speaker[0], start, end))
    return found


def _spans(text: str, article: Article) -> list[tuple[int, int, int, int]]:
    """(open, inner start, inner end, close end) of each quote, in order."""
    spans = []
    for block in article.blocks:
        pos, stop = block.start, block.end
        while pos < stop:
            match = _OPEN_RE.search(text, pos, stop)
            if match is None:
                break
            opener = match.group()
            close_at = text.find(_CLOSERS[opener], match.end(), min(stop, match.end() + _MAX_QUOTE))
            if close_at < 0:
                if opener == '"' or stop - match.end() > _MAX_QUOTE:
                    pos = match.end()  # a stray straight quote: no quote
                    continue
                close_at, close_end = stop, stop  # runs on into the next paragraph
            else:
                close_end = close_at + len(_CLOSERS[opener])
            spans.append((match.start(), match.end(), close_at, close_end))
            pos = close_end
    return spans


def _speaker(text: str, start: int, end: int, split: bool) -> tuple[str, bool]:
    """(the speaker's name or "", whether an attribution was found at all)."""
    after = text[end : end + _WINDOW].split("\n", 1)[0]
    before = text[max(0, start - _WINDOW) : start].rsplit("\n", 1)[-1]
    # The attribution patterns backtrack over names: try them only where a verb stands.
    after = after if _VERB_RE.search(after) or "according" in after else ""
    before = before if _VERB_RE.search(before) else ""
    for pattern, window in (
        (_AFTER_VERB_FIRST, after),
        (_AFTER_ACCORDING, after),
        (_AFTER_WHO_FIRST, after),
        (_BEFORE_VERB_FIRST, before),
        (_BEFORE_WHO_FIRST, before),
    ):
        match = pattern.search(window)
        if match is not None:
            return _name(match["who"]), True
    return "", split


def _name(who: str) -> str:
    parts = " ".join(who.split()).strip(" ,.").split(" ")
    while len(parts) > 1 and parts[0].lower() in _NOT_NAMES:
        parts.pop(0)  # "On Monday Mayor Lopez": the name starts after the time
    who = " ".join(parts)
    if who.lower() in _PRONOUNS:
        return ""
    return who


_NOT_NAMES = frozenset(
    """on in at after before when but and then also later yesterday today tonight
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)
