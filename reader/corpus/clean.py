"""Remove what is not the article: author bios, social links, navigation, editorial boxes,
comment prompts and lists of other headlines. Removed text is kept, with its reason.

Each rule matches whole blocks and is deliberately narrow: dropping a real paragraph of the
article would be worse than leaving a bit of page furniture in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.model import RemovedPassage
from reader.text.blocks import TextBlock, ends_with_terminal

_AUTHOR_LABEL = re.compile(r"^(?:detail author|about the author|author details?)\s*:?$", re.I)
_SOCIAL_LABEL = re.compile(
    r"^(?:socials?|social media|follow (?:us|me)|tiktok|instagram|twitter|x|facebook|youtube|"
    r"linkedin|threads|pinterest|snapchat|telegram|mastodon|bluesky)\s*:?$",
    re.I,
)
_PROFILE_FIELD = re.compile(
    r"^(?:name|username|user name|email|e-mail|birthdate|birthday|address|phone|company|job|"
    r"bio|url|website|followers|following|posts|likes)\s*:",
    re.I,
)
_NAVIGATION = re.compile(
    r"^(?:previous\s*(?:article|post|story)\s*next\s*(?:article|post|story)|"
    r"(?:previous|next|prev)\s*(?:article|post|story)|advertisement|skip to (?:main )?content|"
    r"continue reading|read more|related (?:articles|stories|posts)|share this(?: article)?:?|"
    r"back to top)$",
    re.I,
)
_BOX_LABEL = re.compile(r"^(?:why we wrote this|a story focused on)$", re.I)
_COMMENT_PROMPT = re.compile(
    r"share your (?:thoughts|insights|views|opinions?|experiences?)|in the comments below|"
    r"leave (?:a|your) comments?|let us know (?:what you think|in the comments)|"
    r"(?:don[’']t|do not) forget to share|share this (?:article|post|story) (?:with|to)",
    re.I,
)
_THOUGHTS_QUESTION = re.compile(r"^what (?:are|is) your (?:thoughts|take|opinion)\b[^?]*\?", re.I)
_SITE_SUFFIX = re.compile(r"\s[|\u2013\u2014-]\s[^|]{2,40}$")
_LINK_TITLE_MAX_WORDS = 16
# `By Lois Lane, Staff Reporter. Updated March 5, 2024.`: "By" and a capitalised name, then
# a role or a date (a bare "By Tuesday, the talks…" is a sentence, not a byline).
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'’-]+", re.I)
_BYLINE_ROLE = re.compile(
    r"\b(?:staff|senior|chief|reporter|correspondent|editor|writer|journalist|columnist|"
    r"contributor|bureau|published|updated|posted)\b",
    re.I,
)
_BYLINE_MAX_WORDS = 20
_ADVERTISEMENT = re.compile(
    r"^(?:advertisement|sponsored(?: content)?|paid (?:content|post)|promoted)\b\s*(?:$|[—–:|-])",
    re.I,
)
_AD_MAX_WORDS = 40
# `Lois Lane is a staff reporter covering …`, near the end: the author's bio.
_BIO = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+(?:is|was|has been)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:reporter|correspondent|writer|editor|journalist|columnist|"
    r"contributor)\b"
)
_BIO_MAX_WORDS = 60
_BIO_FROM_END = 3  # a bio is among the article's last blocks


@dataclass
class Cleaned:
    blocks: list[TextBlock]
    removed: list[RemovedPassage]


def remove_boilerplate(blocks: list[TextBlock]) -> Cleaned:
    """Drop page furniture from `blocks`; return what stays and what went, in order."""
    kept: list[TextBlock] = []
    removed: list[RemovedPassage] = []
    index = 0
    previous_end = -1  # where the last removed passage ended, to merge adjacent ones
    while index < len(blocks):
        reason, taken = _match_furniture(blocks, index)
        if reason:
            text = "\n".join(b.text for b in taken)
            if removed and previous_end == index and removed[-1].reason == reason:
                text = removed.pop().text + "\n" + text  # `Socials`, `tiktok: …`, `instagram: …`
            removed.append(RemovedPassage(reason, text))
            index += len(taken)
            previous_end = index
        else:
            kept.append(blocks[index])
            index += 1
    link_list = _trailing_link_list(kept)
    if link_list:
        removed.append(RemovedPassage("headline links", "\n".join(b.text for b in link_list)))
        kept = kept[: len(kept) - len(link_list)]
    return Cleaned(kept, removed)


def _match_furniture(blocks: list[TextBlock], index: int) -> tuple[str | None, list[TextBlock]]:
    """The reason and blocks of furniture starting at `index`, or (None, [])."""
    block = blocks[index]
    text = block.text
    if _AUTHOR_LABEL.match(text):
        return "author bio", [block, *_profile_fields(blocks, index + 1)]
    if _SOCIAL_LABEL.match(text):
        fields = _profile_fields(blocks, index + 1)
        if fields or _SOCIAL_LABEL.match(_text_at(blocks, index + 1)):
            return "social links", [block, *fields]
    if _PROFILE_FIELD.match(text) and block.kind == "list_item":
        return "profile details", [block, *_profile_fields(blocks, index + 1)]
    if _NAVIGATION.match(text):
        return "navigation", [block]
    if _BOX_LABEL.match(text) and len(text.split()) <= 5:
        return "editorial box", _editorial_box(blocks, index)
    if _is_comment_prompt(block):
        return "comment prompt", [block]
    words = len(text.split())
    if _BYLINE.match(text) and words <= _BYLINE_MAX_WORDS and _BYLINE_ROLE.search(text):
        return "byline", [block]
    if _ADVERTISEMENT.match(text) and words <= _AD_MAX_WORDS:
        return "advertisement", [block]
    if index >= len(blocks) - _BIO_FROM_END and words <= _BIO_MAX_WORDS and _BIO.match(text):
        return "author bio", [block]
    return None, []


def _text_at(blocks: list[TextBlock], index: int) -> str:
    return blocks[index].text if index < len(blocks) else ""


def _profile_fields(blocks: list[TextBlock], start: int) -> list[TextBlock]:
    """The run of `Key : value` lines (`Name : …`, `followers : 5330`) starting at `start`."""
    fields: list[TextBlock] = []
    for block in blocks[start:]:
        if not _PROFILE_FIELD.match(block.text):
            break
        fields.append(block)
    return fields


def _editorial_box(blocks: list[TextBlock], start: int) -> list[TextBlock]:
    """`Why We Wrote This` / `A story focused on` labels and the summary paragraph after them."""
    box = [blocks[start]]
    position = start + 1
    while position < len(blocks) and _BOX_LABEL.match(blocks[position].text):
        box.append(blocks[position])
        position += 1
    if position < len(blocks) and blocks[position].kind == "paragraph":
        summary = blocks[position]
        # The box summary is a short paragraph of two or three sentences.
        if len(summary.text.split()) <= 80:
            box.append(summary)
    return box


def _is_comment_prompt(block: TextBlock) -> bool:
    """A paragraph that asks readers to comment or share, not one that reports something."""
    if block.kind == "heading" or len(block.text.split()) > 80:
        return False
    return bool(_COMMENT_PROMPT.search(block.text) or _THOUGHTS_QUESTION.match(block.text))


def _trailing_link_list(blocks: list[TextBlock]) -> list[TextBlock]:
    """A run of short title-like lines at the end, with repeats or `| Site` suffixes: links to
    other stories, not part of this one. A heading needs a paragraph after it; these have none."""
    run: list[TextBlock] = []
    for block in reversed(blocks):
        if not _looks_like_link_title(block):
            break
        run.append(block)
    run.reverse()
    if len(run) < 2:
        return []
    texts = [block.text for block in run]
    repeated = len(set(texts)) < len(texts)
    suffixed = any(_SITE_SUFFIX.search(text) for text in texts)
    return run if repeated or suffixed or len(run) >= 3 else []


def _looks_like_link_title(block: TextBlock) -> bool:
    words = block.text.split()
    if block.kind == "list_item" or not words or len(words) > _LINK_TITLE_MAX_WORDS:
        return False
    return block.kind == "heading" or not ends_with_terminal(block.text)
