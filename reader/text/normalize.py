"""Words as the matcher sees them: lower-cased, lightly stemmed, stop words marked, and
synonyms and demonyms folded into one concept so that rewording does not hide agreement
("claimed the lives of" ~ "killed", "Pakistani soil" ~ "Pakistan").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reader.lexicon.irregular import IRREGULAR
from reader.text.lexicon import CONCEPTS, DEMONYMS, NEGATIONS, STOPWORDS

# Words, numbers with inner separators ("1,200", "2.5") and words with inner apostrophes.
_WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Token:
    text: str  # as written
    norm: str  # lower-cased, accents folded
    key: str  # stem or concept: what two sentences must share for a word to match
    content: bool  # not a stop word
    capital: bool  # written with a capital letter (a name, or the first word)
    start: int
    end: int


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Baluchestán' -> 'baluchestan'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match killed/killing/kills and strike/strikes.

    Deliberately gentler than Porter: over-stemming merges unrelated words, while the fuzzy
    token match already absorbs most inflection the stripper misses.
    """
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, replacement, min_stem in (
        ("ies", "y", 3),
        ("ied", "y", 3),
        ("sses", "ss", 2),
        ("ness", "", 4),
        ("ments", "ment", 3),
        ("ings", "", 3),
        ("ing", "", 3),
        ("edly", "", 3),
        ("ed", "", 3),
        ("ly", "", 4),
        ("es", "", 4),
        ("s", "", 3),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            base = word[: len(word) - len(suffix)] + replacement
            # "stopped" -> "stopp" -> "stop"; "running" -> "runn" -> "run"
            if (
                suffix in ("ing", "ed", "ings")
                and len(base) > 3
                and base[-1] == base[-2]
                and base[-1] not in "lsz"
            ):
                base = base[:-1]
            return base
    return word


@lru_cache(maxsize=65536)
def word_key(norm: str) -> str:
    """The matching key of a folded word: its concept if it has one, else its stem."""
    if norm in DEMONYMS:
        return DEMONYMS[norm]
    if norm.endswith("s") and norm[:-1] in DEMONYMS:
        return DEMONYMS[norm[:-1]]  # "Pakistanis", "Iraqis", "Americans"
    if norm in CONCEPTS:
        return CONCEPTS[norm]
    base = IRREGULAR.get(norm, norm)  # "sank" -> "sink", "fled" -> "flee"
    if base in CONCEPTS:
        return CONCEPTS[base]
    stemmed = stem(base)
    return CONCEPTS.get(stemmed, stemmed)


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _WORD.finditer(text):
        raw = match.group()
        analysed = _analyse_word(raw)
        if analysed is None:
            continue
        norm, key, content = analysed
        tokens.append(
            Token(
                text=raw,
                norm=norm,
                key=key,
                content=content,
                capital=raw[:1].isupper(),
                start=match.start(),
                end=match.end(),
            )
        )
    return tokens


@lru_cache(maxsize=65536)
def _analyse_word(raw: str) -> tuple[str, str, bool] | None:
    """(norm, key, content) of a word as written; None when nothing of it is left.

    Cached: a corpus writes the same few thousand words over and over.
    """
    norm = _POSSESSIVE.sub("", fold(raw))
    # Hyphenated and apostrophised parts are separate words: "al-Adl" -> "al", "adl".
    if not norm:
        return None
    if _is_number(norm):
        key = norm.replace(",", "")
    elif norm == "us" and raw in ("US", "U.S"):
        key = "america"  # the pronoun "us" stays a stop word
    else:
        key = word_key(norm)
    return norm, key, norm not in STOPWORDS and key not in STOPWORDS


def is_negation(token: Token) -> bool:
    return token.norm in NEGATIONS or token.norm.endswith(("n't", "n’t"))


def _is_number(norm: str) -> bool:
    return norm[:1].isdigit()
