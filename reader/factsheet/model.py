"""The fact sheet's data: facts and quotes, each as versions stated by claims."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.model import SentenceRef

# How the versions of a disputed fact stand to each other.
CONFLICT, UPDATE = "conflict", "may be an update"
# How the versions of a quote stand to each other.
SAME, ALTERED, OTHER_SPEAKER, ONE_OUTLET = "same words", "altered", "other speaker", "one outlet"


@dataclass(frozen=True)
class Claim:
    """One sentence stating a version, with the words it uses for it."""

    ref: SentenceRef
    written: str  # as the outlet wrote it: "at least nine people", a quote's words


@dataclass(frozen=True)
class Version:
    value: str  # normalised: "at least 9", "Tuesday"; a quote's words
    claims: tuple[Claim, ...]
    speaker: str = ""  # quotes: who the outlet says spoke
    diff: tuple[tuple[str, str], ...] = ()  # quotes: (op, words) against the first version

    @property
    def articles(self) -> tuple[int, ...]:
        return tuple(sorted({c.ref.article for c in self.claims}))


@dataclass(frozen=True)
class Fact:
    what: str  # in words: "people killed in Pakistan's strike on Iran"
    kind: str  # "count", "date", "year", "target", "record"
    disputed: bool
    versions: tuple[Version, ...]  # the most widely stated first
    status: str = ""  # disputed facts: CONFLICT or UPDATE
    note: str = ""  # why it may be an update ("so far", article dates)

    @property
    def articles(self) -> tuple[int, ...]:
        return tuple(sorted({a for v in self.versions for a in v.articles}))

    @property
    def refs(self) -> tuple[SentenceRef, ...]:
        return tuple(c.ref for v in self.versions for c in v.claims)


@dataclass(frozen=True)
class Quote:
    speaker: str  # the speaker most outlets name ("" when none is named)
    status: str  # SAME, ALTERED, OTHER_SPEAKER or ONE_OUTLET
    versions: tuple[Version, ...]  # the most widely quoted wording first

    @property
    def articles(self) -> tuple[int, ...]:
        return tuple(sorted({a for v in self.versions for a in v.articles}))


@dataclass(frozen=True)
class FactSheet:
    facts: list[Fact] = field(default_factory=list)  # disputed first, then agreed
    quotes: list[Quote] = field(default_factory=list)

    @property
    def disputed(self) -> list[Fact]:
        return [f for f in self.facts if f.disputed]

    @property
    def agreed(self) -> list[Fact]:
        return [f for f in self.facts if not f.disputed]
