"""`reader compare` output: the same Comparison the app shows, as text, Markdown or JSON.

Article text is untrusted. The loader already strips control characters; the text and
Markdown reports pass every passage through terminal_safe again (reader/text/safe.py), so a
report printed to a terminal can never carry an escape sequence, and Markdown quotes every
passage line by line so it cannot break out.
"""

from __future__ import annotations

import json
import re
import textwrap

from reader.analysis.comparison import Comparison
from reader.factsheet import fact_sheet
from reader.factsheet.render import markdown_sections as factsheet_markdown
from reader.factsheet.render import text_sections as factsheet_text
from reader.factsheet.render import to_json as factsheet_json
from reader.model import Link, SentenceRef
from reader.text.safe import json_safe, terminal_safe

_WIDTH = 88
_INDENT, _NEXT_INDENT = "    ", "      "
# textwrap slices a word longer than a line one line at a time, copying the rest each time:
# quadratic (a 5 MB token took a minute). Such words are cut into whole lines first.
_LONG_WORD = re.compile(rf"\S{{{_WIDTH - len(_NEXT_INDENT) + 1},}}")
_UNIQUE_SHOWN = 5  # unique passages listed per article in the text report


def render(comparison: Comparison, fmt: str) -> str:
    if fmt == "json":
        # Compact: a day's coverage is tens of megabytes of JSON, read by scripts (pipe it
        # through `python -m json.tool` to read it by eye).
        text = json.dumps(to_json(comparison), ensure_ascii=False, separators=(",", ":"))
        return json_safe(text) + "\n"
    if fmt == "markdown":
        return _markdown(comparison)
    return _text(comparison)


def to_json(comparison: Comparison) -> dict:
    """The full result for scripts; the schema is documented in the README."""
    articles = comparison.articles

    def ref(r: SentenceRef) -> dict:
        return {"article": articles[r.article].id, "sentence": r.sentence}

    return {
        "stories": [
            {
                "id": story.id,
                "title": story.title,
                "articles": [articles[a].id for a in story.articles],
                "alone": story.alone,
            }
            for story in comparison.stories
        ],
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "outlet": a.outlet,
                "path": a.path,
                "date": a.date,
                "url": a.url,
                "sentences": [
                    {"index": s.index, "text": s.text, "start": s.start, "end": s.end}
                    for s in a.sentences
                ],
                "unique": [r.sentence for r in comparison.refs_with_status(i, "unique")],
            }
            for i, a in enumerate(articles)
        ],
        "relations": [_relation(link, ref) for link in comparison.links],
        "clusters": [[ref(m) for m in cluster.members] for cluster in comparison.clusters],
        "wire_copies": [
            {"a": articles[w.a].id, "b": articles[w.b].id, "similarity": w.similarity}
            for w in comparison.wire_copies
        ],
        "problems": [{"path": p.path, "message": p.message} for p in comparison.problems],
        **factsheet_json(comparison, fact_sheet(comparison)),
    }


def clean(text: str) -> str:
    return terminal_safe(" ".join(text.split()))


def _label(comparison: Comparison, article: int) -> str:
    a = comparison.articles[article]
    return clean(a.outlet if a.outlet != a.id else a.id)


def _text(c: Comparison) -> str:
    out: list[str] = []
    sentences = sum(len(a.sentences) for a in c.articles)
    several = len(c.stories) > 1
    told = f" in {len(c.stories)} stories" if several else ""
    out.append(f"{len(c.articles)} articles{told}, {sentences} sentences compared\n")
    for story in c.stories:
        if several:
            out.append(f"STORY {story.id + 1}: {clean(story.title)} {_story_size(story)}")
        for i in story.articles:
            stats = c.stats(i)
            out.append(
                f"  [{i + 1}] {_label(c, i)}: {clean(c.articles[i].title)}\n"
                f"      {stats.agree} agree, {stats.contradict} contradicted, {stats.unique} unique"
            )
    out += factsheet_text(c, fact_sheet(c))
    contradictions = c.contradictions()
    out.append(f"\nCONTRADICTIONS ({len(contradictions)})")
    for n, link in enumerate(contradictions, 1):
        out.append(f"\n{n}. {clean('; '.join(_conflict_reasons(link)))}")
        for ref in (link.a, link.b):
            out.append(_quote_text(f"{_label(c, ref.article)}:", c.sentence_text(ref)))
    out.append(f"\nSHARED CLAIMS ({len(c.clusters)}, the most widely shared first)")
    for n, cluster in enumerate(c.clusters, 1):
        outlets = ", ".join(_label(c, a) for a in cluster.articles)
        out.append(f"\n{n}. {len(cluster.articles)} outlets: {outlets}")
        for ref in cluster.members:
            out.append(_quote_text(f"{_label(c, ref.article)}:", c.sentence_text(ref)))
    out.append("\nONLY ONE OUTLET SAYS")
    for i in range(len(c.articles)):
        unique = c.refs_with_status(i, "unique")
        out.append(f"\n{_label(c, i)}: {len(unique)} of {len(c.articles[i].sentences)} sentences")
        for ref in unique[:_UNIQUE_SHOWN]:
            out.append(_quote_text("-", c.sentence_text(ref)))
        if len(unique) > _UNIQUE_SHOWN:
            out.append(f"    … and {len(unique) - _UNIQUE_SHOWN} more (--format json lists all)")
    for copy in c.wire_copies:
        out.append(f"\nwire copy: {_label(c, copy.a)} and {_label(c, copy.b)} (one voice)")
    return "\n".join(out) + "\n"


def _story_size(story) -> str:
    if story.alone:
        return "(1 article: fits no other story, compared with none)"
    return f"({len(story.articles)} articles)"


def _relation(link: Link, ref) -> dict:
    """One relation for JSON; a contradiction names its kinds of conflict: "type" the
    first ("count", "date", "polarity"...), "types" all of them."""
    relation = {"kind": link.kind, "score": link.score, "reasons": list(link.reasons)}
    if link.kind == "contradict":
        relation["type"] = link.types[0] if link.types else "other"
        relation["types"] = list(link.types)
    relation["a"], relation["b"] = ref(link.a), ref(link.b)
    return relation


def _conflict_reasons(link: Link) -> list[str]:
    return [r for r in link.reasons if not r.startswith("shared:")] or list(link.reasons)


def _quote_text(lead: str, text: str) -> str:
    return textwrap.fill(
        _LONG_WORD.sub(_cut_into_lines, f"{lead} “{clean(text)}”"),
        width=_WIDTH,
        initial_indent=_INDENT,
        subsequent_indent=_NEXT_INDENT,
    )


def _cut_into_lines(word: re.Match[str]) -> str:
    """A word longer than a line, as pieces of one full line each (textwrap puts each piece
    on a line of its own, so the spaces between them never show)."""
    step = _WIDTH - len(_NEXT_INDENT)
    text = word.group()
    return " ".join(text[i : i + step] for i in range(0, len(text), step))


def _markdown(c: Comparison) -> str:
    out = ["# Comparison", ""]
    several = len(c.stories) > 1
    if several:
        out += [f"{len(c.articles)} articles in {len(c.stories)} stories.", ""]
    out.append("| # | outlet | title | agree | contradicted | unique |")
    out.append("|---|---|---|---|---|---|")
    for story in c.stories:
        if several:
            title = _cell(f"Story {story.id + 1}: {clean(story.title)} {_story_size(story)}")
            out.append(f"| | **{title}** | | | | |")
        for i in story.articles:
            s = c.stats(i)
            out.append(
                f"| {i + 1} | {_cell(_label(c, i))} | {_cell(clean(c.articles[i].title))} | "
                f"{s.agree} | {s.contradict} | {s.unique} |"
            )
    out += [""] + factsheet_markdown(c, fact_sheet(c))
    out += [f"## Contradictions ({len(c.contradictions())})", ""]
    for link in c.contradictions():
        out.append(f"### {_inline(clean('; '.join(_conflict_reasons(link))))}")
        out.append("")
        for ref in (link.a, link.b):
            out += _md_quote(c.sentence_text(ref)) + [f"— {_inline(_label(c, ref.article))}", ""]
    out += [f"## Shared claims ({len(c.clusters)})", ""]
    for n, cluster in enumerate(c.clusters, 1):
        outlets = ", ".join(_label(c, a) for a in cluster.articles)
        out += [f"### {n}. {len(cluster.articles)} outlets: {_inline(outlets)}", ""]
        for ref in cluster.members:
            out += _md_quote(c.sentence_text(ref)) + [f"— {_inline(_label(c, ref.article))}", ""]
    out += ["## Only one outlet says", ""]
    for i in range(len(c.articles)):
        out += [f"### {_inline(_label(c, i))}", ""]
        for ref in c.refs_with_status(i, "unique"):
            out.append(f"- {_inline(clean(c.sentence_text(ref)))}")
        out.append("")
    return "\n".join(out)


def _md_quote(text: str) -> list[str]:
    return [f"> {_inline(clean(text))}"]


def _inline(text: str) -> str:
    """Escape what would turn plain text into Markdown structure or markup."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def _cell(text: str) -> str:
    return _inline(text)
