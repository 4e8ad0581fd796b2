"""The fact sheet as text, Markdown and JSON: for `reader compare` and `reader export`.

Every passage is untrusted: text goes through terminal_safe, Markdown is escaped, and
nothing here decides anything (the facts and quotes come from facts.py and quotes.py).
"""

from __future__ import annotations

import re
import textwrap

from reader.analysis.comparison import Comparison
from reader.factsheet.model import ONE_OUTLET, Claim, Fact, FactSheet, Quote, Version
from reader.factsheet.wording import as_text
from reader.text.safe import terminal_safe

_WIDTH = 88
_ONE_OUTLET_SHOWN = 10  # quotes only one outlet has, listed in the text report


def clean(text: str) -> str:
    return terminal_safe(" ".join(text.split()))


def outlet(c: Comparison, article: int) -> str:
    a = c.articles[article]
    return clean(a.outlet if a.outlet != a.id else a.id)


def _wrap(text: str, indent: str = "    ", more: str = "      ") -> str:
    # No word is ever broken: a huge token stands on a line of its own (linear time).
    return textwrap.fill(
        text, width=_WIDTH, initial_indent=indent, subsequent_indent=more,
        break_long_words=False, break_on_hyphens=False,
    )  # fmt: skip


def who_says(c: Comparison, claims: tuple[Claim, ...], with_words: bool = True) -> str:
    """ "000 (s1 “9 civilians”), 003 (s18)": each outlet with its sentences (1-based)."""
    by_article: dict[int, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.ref.article, []).append(claim)
    parts = []
    for article, own in by_article.items():
        said = ", ".join(
            f"s{cl.ref.sentence + 1}" + (f" “{clean(cl.written)}”" if with_words else "")
            for cl in own
        )
        parts.append(f"{outlet(c, article)} ({said})")
    return "; ".join(parts)


def fact_heading(fact: Fact) -> str:
    if fact.disputed:
        why = f"{fact.status}: {fact.note}" if fact.note else fact.status
        return f"{clean(fact.what)}: disputed ({why})"
    return f"{clean(fact.what)}: agreed"


def quote_heading(c: Comparison, quote: Quote) -> str:
    speaker = clean(quote.speaker) or "speaker not named"
    return (
        f"{quote.status}: {speaker} ({len(quote.articles)} outlet{'s' * (len(quote.articles) > 1)})"
    )


def version_line(c: Comparison, v: Version) -> str:
    speaker = f" [{clean(v.speaker)}]" if v.speaker else ""
    return f"“{clean(v.value)}”{speaker}: " + ", ".join(outlet(c, a) for a in v.articles)


# -- text ---------------------------------------------------------------------------------


def text_sections(c: Comparison, sheet: FactSheet) -> list[str]:
    out = [f"\nFACTS ({len(sheet.disputed)} disputed, {len(sheet.agreed)} agreed)"]
    for n, fact in enumerate(sheet.disputed, 1):
        out.append(f"\n{n}. {fact_heading(fact)}")
        for v in fact.versions:
            out.append(_wrap(f"{clean(v.value)}: {who_says(c, v.claims)}"))
    if sheet.agreed:
        out.append("\nagreed:")
        for fact in sheet.agreed:
            versions = "; ".join(
                f"{clean(v.value)} ({', '.join(outlet(c, a) for a in v.articles)})"
                for v in fact.versions
            )
            out.append(_wrap(f"- {clean(fact.what)}: {versions}", "  ", "    "))
    lined = [q for q in sheet.quotes if q.status != ONE_OUTLET]
    alone = [q for q in sheet.quotes if q.status == ONE_OUTLET]
    out.append(
        f"\nQUOTES ({len(sheet.quotes)}: {len(lined)} quoted by several outlets, "
        f"{sum(q.status == 'altered' for q in lined)} with altered wording, "
        f"{len(alone)} in one outlet only)"
    )
    for n, quote in enumerate(lined, 1):
        out.append(f"\n{n}. {quote_heading(c, quote)}")
        for v in quote.versions:
            out.append(_wrap(version_line(c, v)))
            if v.diff:
                out.append(_wrap(f"diff: {clean(as_text(v.diff))}", "      ", "        "))
    if alone:
        out.append("\none outlet only:")
        for quote in alone[:_ONE_OUTLET_SHOWN]:
            out.append(_wrap(f"- {version_line(c, quote.versions[0])}", "  ", "    "))
        if len(alone) > _ONE_OUTLET_SHOWN:
            out.append(f"  … and {len(alone) - _ONE_OUTLET_SHOWN} more (--format json lists all)")
    return out


# -- Markdown -----------------------------------------------------------------------------


def _md(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", clean(text))


def markdown_sections(c: Comparison, sheet: FactSheet, level: int = 2) -> list[str]:
    h, hh = "#" * level, "#" * (level + 1)
    out = [f"{h} Facts ({len(sheet.disputed)} disputed, {len(sheet.agreed)} agreed)", ""]
    for fact in sheet.disputed:
        out += [f"{hh} {_md(fact_heading(fact))}", ""]
        out += [f"- **{_md(v.value)}**: {_md(who_says(c, v.claims))}" for v in fact.versions]
        out.append("")
    if sheet.agreed:
        out += [f"{hh} Agreed", ""]
        for fact in sheet.agreed:
            versions = "; ".join(
                f"**{_md(v.value)}** ({_md(', '.join(outlet(c, a) for a in v.articles))})"
                for v in fact.versions
            )
            out.append(f"- {_md(fact.what)}: {versions}")
        out.append("")
    out += [f"{h} Quotes ({len(sheet.quotes)})", ""]
    for quote in sheet.quotes:
        out += [f"{hh} {_md(quote_heading(c, quote))}", ""]
        for v in quote.versions:
            out.append(f"> {_md(v.value)}")
            out.append("")
            who = f" ({_md(v.speaker)})" if v.speaker else ""
            out.append(f"— {_md(', '.join(outlet(c, a) for a in v.articles))}{who}")
            if v.diff:
                out += ["", f"diff: {_md_diff(v)}"]
            out.append("")
    return out


def _md_diff(v: Version) -> str:
    marks = {"=": "{}", "-": "~~{}~~", "+": "**{}**"}
    return " ".join(marks[op].format(_md(words)) for op, words in v.diff)


# -- JSON ---------------------------------------------------------------------------------


def to_json(c: Comparison, sheet: FactSheet) -> dict:
    def claims(v: Version) -> list[dict]:
        return [
            {"article": c.articles[cl.ref.article].id, "sentence": cl.ref.sentence,
             "written": cl.written}
            for cl in v.claims
        ]  # fmt: skip

    return {
        "facts": [
            {
                "what": f.what,
                "kind": f.kind,
                "disputed": f.disputed,
                "status": f.status or None,
                "note": f.note or None,
                "versions": [{"value": v.value, "claims": claims(v)} for v in f.versions],
            }
            for f in sheet.facts
        ],
        "quotes": [
            {
                "speaker": q.speaker,
                "status": q.status,
                "versions": [
                    {
                        "text": v.value,
                        "speaker": v.speaker,
                        "diff": [{"op": op, "words": words} for op, words in v.diff],
                        "claims": claims(v),
                    }
                    for v in q.versions
                ],
            }
            for q in sheet.quotes
        ],
    }
