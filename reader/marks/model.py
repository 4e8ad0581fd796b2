"""A mark: a highlighted run of sentences of one article, with what it takes to find it again."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

# Characters of context kept on each side of the marked text: enough to tell two identical
# sentences apart, short enough to survive nearby edits. Also the W3C prefix/suffix.
CONTEXT_CHARS = 48


@dataclass(frozen=True)
class Mark:
    id: str
    article_id: str
    content_hash: str  # Article.content_hash when the sentence indices were last confirmed
    start_sentence: int  # first marked sentence (Sentence.index)
    end_sentence: int  # last marked sentence, inclusive
    text: str  # Article.text from the first sentence's start to the last one's end
    prefix: str  # up to CONTEXT_CHARS of Article.text before `text`
    suffix: str  # up to CONTEXT_CHARS of Article.text after `text`
    note: str = ""
    created: str = ""  # ISO 8601, UTC

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> Mark:
        """Build a mark from its saved form; ValueError names what is wrong with it."""
        if not isinstance(data, dict):
            raise ValueError("a mark is not an object")
        values: dict[str, Any] = {}
        for name, kind in _FIELD_TYPES.items():
            value = data.get(name, _OPTIONAL_DEFAULTS.get(name))
            if not isinstance(value, kind) or isinstance(value, bool):
                raise ValueError(f"mark field {name!r} is missing or not {kind.__name__}")
            values[name] = value
        if not 0 <= values["start_sentence"] <= values["end_sentence"]:
            raise ValueError(f"mark {values['id']!r} has an invalid sentence range")
        return cls(**values)


_FIELD_TYPES: dict[str, type] = {
    "id": str,
    "article_id": str,
    "content_hash": str,
    "start_sentence": int,
    "end_sentence": int,
    "text": str,
    "prefix": str,
    "suffix": str,
    "note": str,
    "created": str,
}
_OPTIONAL_DEFAULTS = {"note": "", "created": ""}


def new_mark_id() -> str:
    return uuid.uuid4().hex[:16]


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
