"""JSON export: every passage with its source and W3C Web Annotation selectors.

    {"story", "exported", "what",
     "sources": [{"id", "title", "outlet", "url", "date"}],
     "passages": [{"group", "section", "relation", "reasons", "note",
                   "article": {"id", "title", "outlet", "url"},
                   "sentences": {"first", "last"},            # 0-based Sentence.index
                   "selector": [{"type": "TextQuoteSelector", "exact", "prefix", "suffix"},
                                {"type": "TextPositionSelector", "start", "end"}]}]}

Passages of one entry (the two sides of a contradiction, the members of an agreement) share
a `group` number. Offsets count characters of the article's cleaned text, as `reader compare
--format json` reports it.
"""

from __future__ import annotations

import json

from reader.export.document import ExportDocument
from reader.export.passages import Entry, Passage
from reader.text.safe import json_safe


def render_json(document: ExportDocument) -> str:
    data = {
        **document.heading(),
        "sources": [
            {"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "date": a.date}
            for a in document.sources
        ],
        "passages": [
            _passage(group, entry, passage)
            for group, entry in enumerate(document.entries, start=1)
            for passage in entry.passages
        ],
    }
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def _passage(group: int, entry: Entry, passage: Passage) -> dict[str, object]:
    article = passage.article
    return {
        "group": group,
        "section": entry.section,
        "relation": entry.relation,
        "reasons": list(entry.reasons),
        "note": passage.note,
        "article": {
            "id": article.id,
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
        },
        "sentences": {"first": passage.first_sentence, "last": passage.last_sentence},
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": passage.text,
                "prefix": passage.prefix,
                "suffix": passage.suffix,
            },
            {"type": "TextPositionSelector", "start": passage.start, "end": passage.end},
        ],
    }
