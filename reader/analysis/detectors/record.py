"""Records and scores of one named side: "record: Klitschko 53-3 vs 52-3".

A record ("52-3", "45-7-2", "162-139") belongs to the name written just before it
("Klitschko (52-3, 46 KOs)", "Bowe, 43-1,") or, after "his record to" / "a mark of", to the
first name of its clause. Two sentences giving one owner (spellings of one name count as
one, names.same_name) different records over about the same number of games conflict. A
record with no owner (a jury's 9-3 vote, a bare score), of a part of a span ("a 5-19
start", "4-2-1 since that win", an overall record), or of another year says nothing.
"""

from __future__ import annotations

import re

from reader.analysis.detectors import Conflict, Pair
from reader.analysis.names import same_name
from reader.analysis.profile import Profile
from reader.facts.clauses import clause_ids, token_index_at

KIND = "record"

_RECORD_RE = re.compile(
    r"(?<![\d.:/-])(\d{1,3})\s?-\s?(\d{1,3})(?:\s?-\s?(\d{1,3}))?(?![\d.:/]|\s?-\s?\d)"
)
_OWNER_WINDOW = 3  # tokens between a name and its record: "Klitschko ( 52-3", "Bowe , 43-1"
_RECORD_WORDS = frozenset({"record", "mark"})
# Two records of one owner over the same span count about as many games: one with a
# quarter more is another span (a career against a season, "since that win").
_SAME_SPAN = 1.25
# Words that make a record part of a span: "a 5-19 start", "has gone 4-2-1 since".
_SPAN_WORDS = frozenset({"start", "since", "overall", "career", "stretch", "run"})


def screen(p: Profile) -> int:
    """detect() is silent unless both give someone's record."""
    return int(bool(_records(p)))


def may_conflict(screen_a: int, screen_b: int) -> bool:
    return bool(screen_a and screen_b)


def detect(pair: Pair) -> list[Conflict]:
    records_a, records_b = _records(pair.a), _records(pair.b)
    if not records_a or not records_b:
        return []
    for owner_a, record_a in _single(records_a):
        for owner_b, record_b in _single(records_b):
            if record_a == record_b or not same_name(owner_a, owner_b):
                continue
            if _games(record_a) > _SAME_SPAN * _games(record_b) or _games(
                record_b
            ) > _SAME_SPAN * _games(record_a):
                continue  # 4-2-1 "since that win" is part of a 45-7-2 career
            return [Conflict.values(KIND, f"record of {owner_a}", record_a, record_b)]
    return []


def _single(records: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The records of owners named with one record only: "3-6 6-3 6-3" is a match's sets,
    "6-3 6-4" two sets, not two records of one side."""
    counts: dict[str, int] = {}
    for owner, _ in records:
        counts[owner] = counts.get(owner, 0) + 1
    return [(owner, record) for owner, record in records if counts[owner] == 1]


def _games(record: str) -> int:
    return sum(int(part) for part in record.split("-"))


def records_shared(a: Profile, b: Profile) -> bool:
    """Do both sentences give a record of one owner (the gate asks this of any pair)?"""
    records_b = _records(b)
    return bool(records_b) and any(
        same_name(owner_a, owner_b) for owner_a, _ in _records(a) for owner_b, _ in records_b
    )


def _records(p: Profile) -> list[tuple[str, str]]:
    """(owner as written, record as "W-L[-D]") of each owned record in the sentence."""
    return p.derived(_owned_records)


def _owned_records(p: Profile) -> list[tuple[str, str]]:
    found = []
    for match in _RECORD_RE.finditer(p.text):
        if _is_date_or_age(p.text, match) or _in_span(p, match) or _dated(p, match.start()):
            continue  # "a 5-19 start in 2006-07" is another season's record
        owner = _owner(p, match.start())
        if owner:
            found.append((owner, "-".join(g for g in match.groups() if g)))
    return found


def _dated(p: Profile, start: int) -> bool:
    """Does the record's own clause name a year (another season)?"""
    ids = clause_ids(p)
    i = token_index_at(p, start)
    if i >= len(ids):
        return False
    return any(
        ids[j] == ids[i] and t.key.isdigit() and len(t.key) == 4 for j, t in enumerate(p.tokens)
    )


def _in_span(p: Profile, match: re.Match) -> bool:
    i = token_index_at(p, match.start())
    j = token_index_at(p, match.end())
    near = p.tokens[max(0, i - 3) : j + 3]
    return any(t.norm in _SPAN_WORDS for t in near)


def _is_date_or_age(text: str, match: re.Match) -> bool:
    """ "1999-2003" (years), "16-year-old" are no records."""
    first = int(match.group(1))
    following = text[match.end() : match.end() + 6].lower()
    return first >= 1000 or following.lstrip(" -").startswith("year")


def _owner(p: Profile, start: int) -> str | None:
    tokens = p.tokens
    i = token_index_at(p, start)
    before = tokens[max(0, i - _OWNER_WINDOW) : i]
    for token in reversed(before):
        if token.capital and token.content and not token.key[:1].isdigit():
            return token.text
    if any(t.norm in _RECORD_WORDS for t in tokens[max(0, i - 4) : i]):
        ids = clause_ids(p)
        clause = ids[i] if i < len(ids) else None
        for j, token in enumerate(tokens[:i]):
            if ids[j] == clause and token.capital and token.content and j > 0:
                return token.text
        first = tokens[0] if tokens else None
        if first is not None and first.capital and first.content and ids[0] == clause:
            return first.text
    return None
