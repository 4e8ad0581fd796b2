"""Visible text and metadata of an HTML page, with its block structure (stdlib html.parser)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from reader.model import BlockKind
from reader.text.blocks import TextBlock, collapse_whitespace, word_set

# Elements whose content is never article text.
_SKIPPED = word_set(
    "script style nav header footer aside noscript template svg iframe form button select "
    "object canvas"
)
_HEADINGS = word_set("h1 h2 h3 h4 h5 h6")
# Elements that start a new block.
_BREAKS = (
    word_set(
        "p div br li ul ol dl dt dd blockquote section article main pre table tr td th "
        "figure figcaption hr address details summary"
    )
    | _HEADINGS
)
_VOID = word_set("area base br col embed hr img input link meta param source track wbr")
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "datepublished",
)


@dataclass
class HtmlDocument:
    blocks: list[TextBlock] = field(default_factory=list)
    title: str | None = None  # the first <h1>, else <title>
    outlet: str | None = None
    date: str | None = None
    url: str | None = None


# A numeric character reference beyond U+10FFFF (8+ significant digits) is invalid anyway; with
# thousands of digits html.unescape raises ValueError (int's digit limit). Such a reference
# becomes U+FFFD, which is what the HTML standard makes of an out-of-range one.
_HUGE_REFERENCE = re.compile(r"&#(?:[xX]0*[1-9a-fA-F][0-9a-fA-F]{6,}|0*[1-9][0-9]{7,});?")


# Python 3.11's html.parser rescans the rest of the page for every construct that never ends
# (`<!--`, `<![CDATA[`, `<?`, `</`, `<a` with no closing mark after them): 80,000 unclosed
# `<!--` took 50 s. Such an opener can only be text, so its `<` is given as `&lt;` (shown as
# `<`, as a browser shows most of them); constructs that do end are left to the parser.
_OPENER = re.compile(r"<(?=[A-Za-z/!?])")
_SECTION_CLOSE = re.compile(r"\]\s*>")


def parse_html(text: str) -> HtmlDocument:
    parser = _VisibleTextParser()
    parser.feed(_defuse_unterminated(_HUGE_REFERENCE.sub("\ufffd", text)))
    parser.close()
    return parser.document()


def _defuse_unterminated(text: str) -> str:
    last_close = text.rfind(">")
    last_comment_close = text.rfind("-->")
    last_section_close = -1
    if "<![" in text:
        for match in _SECTION_CLOSE.finditer(text):
            last_section_close = match.end()

    def defused(opener: re.Match[str]) -> str:
        at = opener.start()
        if text.startswith("<!--", at):
            ends = last_comment_close >= at + 4
        elif text.startswith("<![", at):
            ends = last_section_close > at
        else:
            ends = last_close > at
        return "<" if ends else "&lt;"

    return _OPENER.sub(defused, text)


class _VisibleTextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._blocks: list[TextBlock] = []
        self._pending: list[str] = []
        self._kind: BlockKind = "paragraph"
        self._skip_stack: list[str] = []  # open skipped or hidden elements
        self._in_title = False
        self._title_parts: list[str] = []
        self._first_h1: str | None = None
        self._meta: dict[str, str] = {}
        self._canonical: str | None = None

    def document(self) -> HtmlDocument:
        self._flush()
        page_title = collapse_whitespace("".join(self._title_parts)) or None
        meta = self._meta
        return HtmlDocument(
            blocks=self._blocks,
            title=self._first_h1 or page_title or meta.get("og:title"),
            outlet=meta.get("og:site_name"),
            date=next((meta[key] for key in _DATE_META if meta.get(key)), None),
            url=self._canonical or meta.get("og:url"),
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): (value or "") for name, value in attrs}
        if tag == "meta":
            self._read_meta(attributes)
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self._canonical = attributes.get("href") or None
        if tag in _VOID:
            if tag in _BREAKS and not self._skip_stack:
                self._flush()
            return
        if self._skip_stack or tag in _SKIPPED or _is_hidden(attributes):
            self._skip_stack.append(tag)
            return
        if tag == "title":
            self._in_title = True
        elif tag in _BREAKS:
            previous_kind = self._kind
            emitted = self._flush()
            if tag in _HEADINGS:
                self._kind = "heading"
            elif tag == "li" or (previous_kind == "list_item" and not emitted and tag == "p"):
                self._kind = "list_item"  # `<li><p>…</p></li>` is still a list item
            else:
                self._kind = "paragraph"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self._skip_stack and self._skip_stack[-1] == tag:
            self._skip_stack.pop()  # `<div hidden/>` opens and closes at once

    def handle_endtag(self, tag: str) -> None:
        if self._skip_stack:
            if tag in self._skip_stack:
                # Close up to the matching element; unclosed children inside it close with it.
                while self._skip_stack and self._skip_stack.pop() != tag:
                    pass
            return
        if tag == "title":
            self._in_title = False
        elif tag in _BREAKS:
            text = self._flush()
            if tag == "h1" and self._first_h1 is None and text:
                self._first_h1 = text
            self._kind = "paragraph"

    def handle_data(self, data: str) -> None:
        if self._skip_stack:
            return
        if self._in_title:
            self._title_parts.append(data)
        else:
            self._pending.append(data)

    def _read_meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or "").lower()
        content = collapse_whitespace(attributes.get("content", ""))
        if key and content and key not in self._meta:
            self._meta[key] = content

    def _flush(self) -> str:
        text = collapse_whitespace("".join(self._pending))
        self._pending.clear()
        if text:
            self._blocks.append(TextBlock(self._kind, text))
        return text


def _is_hidden(attributes: dict[str, str]) -> bool:
    style = attributes.get("style", "").replace(" ", "").lower()
    return (
        "hidden" in attributes
        or attributes.get("aria-hidden", "").lower() == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )
