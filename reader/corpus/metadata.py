"""Article metadata: YAML front matter, and the URL, section label, headline and date lines that
open many scraped articles. What is found here is metadata, not body text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

import yaml

from reader.model import RemovedPassage
from reader.safe_yaml import load_yaml
from reader.text.blocks import TextBlock, ends_with_terminal, word_set
from reader.text.lexicon import STOPWORDS

METADATA_KEYS = ("title", "outlet", "date", "url")
# Front matter holds four short fields: anything much longer is not metadata (safe_yaml.py).
FRONT_MATTER_MAX_CHARS = 64_000
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_URL_LINE = re.compile(r"^(?:source:\s*)?(https?://[^\s/]+\S*)$", re.IGNORECASE)
# Host labels that are not part of the outlet's name: `articles.latimes.com` is `latimes.com`.
_HOST_PREFIXES = word_set("www www1 www2 www3 m mobile amp articles edition news web")
_SECOND_LEVEL = word_set("co com org net gov ac edu ne or go")
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
_DATE = re.compile(
    rf"\b(?P<month_first>(?:{_MONTHS})\s*\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*\d{{4}})"
    rf"|\b(?P<day_first>\d{{1,2}}\s+(?:{_MONTHS})\s*,?\s*\d{{4}})"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|\b(?P<numeric>\d{1,2}\s*[/.]\s*\d{1,2}\s*(?:/|\.)\s*(?:\d{4}|\d{2})\b)",
    re.IGNORECASE,
)
# What may surround a date on a dateline: times, zones, weekdays, `Updated:`, separators.
_DATELINE_REST = re.compile(
    r"\b(?:published|updated|posted|last|date|at|on|article|story|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|"
    r"[ap]\.?\s?m\.?|gmt|utc|bst|cet|ist|[ecmp][sd]?t|\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?"
    r"(?:\s*[ap]m)?)\b|[\s,.:|/+()@-]+|\bt\d{2}:\d{2}[\d:.+z-]*",
    re.IGNORECASE,
)
_TIME_LINE = re.compile(r"^\d{1,2}\s*:\s*\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*[A-Z]{0,4}\s*:?$", re.I)
_DATELINE_MAX_WORDS = 16
_SECTION_LABEL_MAX_WORDS = 2
_LABELLED_HEADLINE_MAX_WORDS = 20
_URL_HEADLINE_MAX_WORDS = 40
_DATE_SEARCH = 4  # a date line is looked for among this many blocks at the top


@dataclass
class Metadata:
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None

    def fill_from(self, values: dict[str, str | None]) -> None:
        """Set the fields that are still empty from `values` (earlier sources win)."""
        for key in METADATA_KEYS:
            if getattr(self, key) is None and values.get(key):
                setattr(self, key, values[key])


@dataclass
class FrontMatter:
    values: dict[str, str] = field(default_factory=dict)
    body: str = ""
    warning: str | None = None


def split_front_matter(text: str, name: str) -> FrontMatter:
    """Separate a leading `---` YAML block; keep only the metadata keys, as strings."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return FrontMatter(body=text)
    body = text[match.end() :]
    try:
        loaded = load_yaml(match.group(1) or "", max_chars=FRONT_MATTER_MAX_CHARS)
    except yaml.YAMLError as error:
        first_line = str(error).splitlines()[0] if str(error) else "invalid YAML"
        return FrontMatter(body=body, warning=f"{name}: front matter ignored ({first_line})")
    if not isinstance(loaded, dict):
        return FrontMatter(body=body, warning=f"{name}: front matter ignored (not a mapping)")
    values = {
        key: _as_text(loaded[key]) for key in METADATA_KEYS if loaded.get(key) not in (None, "")
    }
    return FrontMatter(values=values, body=body)


def _as_text(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return " ".join(str(value).split())


def outlet_from_url(url: str) -> str | None:
    """`http://articles.latimes.com/2013/...` -> `latimes.com`; a simple registrable domain."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    labels = [label for label in host.split(".") if label]
    while len(labels) > 2 and labels[0] in _HOST_PREFIXES and not _is_public_suffix(labels[1:]):
        labels = labels[1:]  # www.bbc.co.uk -> bbc.co.uk, but news.com.au stays
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[-3:]  # bbc.co.uk
    elif len(labels) > 2:
        labels = labels[-2:]
    return ".".join(labels) or None


def _is_public_suffix(labels: list[str]) -> bool:
    """`com.au`, `co.uk`: a country's second level, under which outlets register names."""
    return len(labels) == 2 and len(labels[1]) == 2 and labels[0] in _SECOND_LEVEL


_HASHLIKE = re.compile(r"^(?:[0-9a-f]{8,}|\d+)$", re.IGNORECASE)
_LABEL_WORDS = 4
_LABEL_CHARS = 32


def fallback_outlet(stem: str, title: str) -> str:
    """A short, stable label for an article whose outlet is unknown: the readable words of
    its file name (`bbc-iran-strikes` -> `bbc iran strikes`), else the first words of its
    title in quotes (`“Diplomatic tensions escalated”`), never a file hash. It names the
    article, not an outlet: none is invented."""
    words = [part for part in re.split(r"[\s_.-]+", stem) if part and not _HASHLIKE.match(part)]
    if sum(character.isalpha() for character in "".join(words)) >= 3:
        return _shorten(" ".join(words))
    head = re.split(r"[:.?!;]\s", title + " ", maxsplit=1)[0]
    if len(head.split()) >= 2:
        title = head  # `Iran-Pakistan Tensions: Unpacking…` -> its part before the colon
    title_words = [word.strip(".,;:!?\"'“”‘’()[]") for word in title.split()]
    title_words = [word for word in title_words if word]
    while len(title_words) > _LABEL_WORDS and title_words[0].lower() in STOPWORDS:
        title_words.pop(0)
    if not title_words:
        return _shorten(stem) or "untitled"
    chosen = title_words[:_LABEL_WORDS]
    while len(chosen) > 1 and chosen[-1].lower() in STOPWORDS:
        chosen.pop()
    label = _shorten(" ".join(chosen))
    return f"“{label[0].upper() + label[1:]}”"


def _shorten(text: str) -> str:
    if len(text) <= _LABEL_CHARS:
        return text
    words = text[: _LABEL_CHARS + 1].rsplit(" ", 1)[0].split()
    while len(words) > 1 and words[-1].lower() in STOPWORDS:
        words.pop()
    return " ".join(words)


def parse_date_line(line: str) -> str | None:
    """The date of a dateline (`May 03,2013`, `Updated: July 7,2012,10: 04 PM ET`), as ISO
    `YYYY-MM-DD` where it parses, else as written; None if the line says more than a date."""
    if len(line.split()) > _DATELINE_MAX_WORDS or not (match := _DATE.search(line)):
        return None
    rest = _DATE.sub(" ", line[: match.start()] + " " + line[match.end() :])
    if _DATELINE_REST.sub("", rest):
        return None
    return _iso_date(match) or match.group(0)


def _iso_date(match: re.Match[str]) -> str | None:
    written = match.group(0)
    if match.group("numeric"):
        # 05 / 02 / 2013 is day-first in some outlets and month-first in others: keep it as is.
        return re.sub(r"\s+", "", written)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", written.replace(".", ""), flags=re.I)
    cleaned = re.sub(r"\s*,\s*", " ", cleaned)
    cleaned = re.sub(r"(?<=[A-Za-z])(?=\d)", " ", " ".join(cleaned.split()))
    cleaned = re.sub(r"^sept\b", "Sep", cleaned, flags=re.I)
    for pattern in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(cleaned, pattern).date().isoformat()
        except ValueError:
            continue
    return None


@dataclass
class LeadingMetadata:
    metadata: Metadata
    blocks: list[TextBlock]  # the blocks that remain once metadata lines are taken out
    removed: list[RemovedPassage]


def take_leading_metadata(blocks: list[TextBlock]) -> LeadingMetadata:
    """Take the URL line, a section label (`News`), the headline and a date line from the top."""
    found = Metadata()
    removed: list[RemovedPassage] = []
    rest = list(blocks)
    if rest and (url := _URL_LINE.match(rest[0].text)):
        found.url = url.group(1)
        found.outlet = outlet_from_url(found.url)
        rest.pop(0)
    # Every date or time line at the top goes (`Posted …`, then `Updated …`); the first
    # date is the article's.
    for block in list(rest[:_DATE_SEARCH]):
        when = parse_date_line(block.text)
        if when is None and not _TIME_LINE.match(block.text):
            continue
        if found.date is None and when is not None:
            found.date = when
        else:
            removed.append(RemovedPassage("dateline", block.text))
        rest.remove(block)
    labelled = False
    if _is_section_label(rest):
        removed.append(RemovedPassage("section label", rest.pop(0).text))
        labelled = True
    if rest and _is_headline(rest, labelled, after_url=found.url is not None):
        found.title = rest.pop(0).text
    return LeadingMetadata(found, rest, removed)


def _is_section_label(blocks: list[TextBlock]) -> bool:
    """A word or two above a short headline that stands above the body (`News`, then
    `Iran fired at Pakistan. …`, then a longer paragraph): a label, not the title."""
    if len(blocks) < 3:
        return False
    label, headline, body = blocks[:3]
    words = label.text.split()
    if label.kind != "heading" or len(words) > _SECTION_LABEL_MAX_WORDS:
        return False
    if any(character.isdigit() for character in label.text):
        return False
    headline_words = len(headline.text.split())
    return headline_words <= _LABELLED_HEADLINE_MAX_WORDS and len(body.text) > len(headline.text)


def _is_headline(blocks: list[TextBlock], labelled: bool, after_url: bool) -> bool:
    """The first block is the headline if it is a heading, a short line under a label
    (`Iran fired at Pakistan. Pakistan shot back. Can trust be rebuilt?`), or, under a source
    URL, an unpunctuated line of tabloid length."""
    first = blocks[0]
    if len(blocks) < 2 or first.kind == "list_item":
        return False  # a lone block is all the article has: keep it as text
    words = len(first.text.split())
    if first.kind == "heading":
        return True
    if labelled:
        return words <= _LABELLED_HEADLINE_MAX_WORDS
    return after_url and words <= _URL_HEADLINE_MAX_WORDS and not ends_with_terminal(first.text)
