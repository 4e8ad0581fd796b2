"""Names in a role: which group a strike targeted, who was held responsible.

A name is a run of capitalised words ("Jaish al-Adl", "Baluch Liberation Army"); it is in
a role when a cue word ("targeted", "against", "camps of", "responsible") stands just
before it. Spelling variants of one name ("Jaish al Adl", "Yech Al-Adl") are the same name.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from reader.analysis.events import COUNTRIES
from reader.analysis.profile import Profile
from reader.text.normalize import Token

_ROLE_CUES = frozenset(
    {"target", "targeted", "targeting", "targets", "against", "base", "militant", "linked",
     "responsible", "responsibility", "blamed", "blame", "member"}
)  # fmt: skip
_CUE_WINDOW = 5  # tokens between a cue and the name it introduces
_NAME_JOINERS = frozenset({"al", "el", "of", "the", "de", "bin", "ul"})
# Words that make a name generic rather than identifying: two names sharing only these
# ("Liberation Army" vs "Revolutionary Army") are different names.
_GENERIC = frozenset({"army", "group", "front", "party", "force", "forces", "liberation",
                      "movement", "council", "state", "islamic", "national", "guard"})  # fmt: skip


def role_names(p: Profile) -> list[tuple[str, int]]:
    """(name as written, character offset) for each name that follows a role cue."""
    return p.derived(_role_names)


def _role_names(p: Profile) -> list[tuple[str, int]]:
    tokens = p.tokens
    found = []
    for i, token in enumerate(tokens):
        if token.key not in _ROLE_CUES and token.norm not in _ROLE_CUES:
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + _CUE_WINDOW)):
            name_tokens = _name_at(tokens, j)
            if name_tokens:
                text = p.text[name_tokens[0].start : name_tokens[-1].end]
                found.append((text, name_tokens[0].start))
                break
    return found


def _name_at(tokens: tuple[Token, ...], j: int) -> list[Token]:
    if not tokens[j].capital or tokens[j].key in COUNTRIES:
        return []
    run = [tokens[j]]
    for token in tokens[j + 1 :]:
        if token.capital or (token.norm in _NAME_JOINERS and token is not tokens[-1]):
            if token.key in COUNTRIES:
                break
            run.append(token)
        else:
            break
    while run and run[-1].norm in _NAME_JOINERS:
        run.pop()
    # A name is two words or more ("Jaish al-Adl"); a lone capital is often just a
    # sentence word or an unrelated proper noun.
    return run if len(run) >= 2 else []


def same_name(x: str, y: str) -> bool:
    words_x = {w for w in _words(x) if w not in _GENERIC and w not in _NAME_JOINERS}
    words_y = {w for w in _words(y) if w not in _GENERIC and w not in _NAME_JOINERS}
    for wx in words_x:
        for wy in words_y:
            if wx == wy or (min(len(wx), len(wy)) >= 4 and fuzz.ratio(wx, wy) >= 75):
                return True
    return fuzz.token_set_ratio(x.lower(), y.lower()) >= 85


def _words(name: str) -> list[str]:
    return [w for w in name.lower().replace("-", " ").split() if w]
