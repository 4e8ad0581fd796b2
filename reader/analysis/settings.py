"""Matching settings: the few thresholds of the engine, overridable from config.yaml."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MatchSettings:
    # relate() calls two sentences "agree" at or above this score (0..1).
    agree_threshold: float = 0.5
    # Two sentences must be at least this similar (ignoring numbers, dates and names in
    # conflict) before a differing figure or date is called a contradiction: below it they
    # are most likely about different things.
    topic_threshold: float = 0.3
    # Inside a corpus, where word rarity is known, two sentences whose rare words overlap
    # this much (idf-weighted Dice, 0..1) share a claim even if they are no paraphrase.
    claim_threshold: float = 0.25
