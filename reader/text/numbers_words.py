"""Lexicons for number understanding: spelled numbers, units, counted nouns.

Kept apart from ``numbers.py`` so the extraction logic there reads as logic,
not as a wall of word lists.  Everything here is plain data plus a few tiny
helpers (singular/plural forms, spelled-number parsing).
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (easier to read and edit)."""
    return frozenset(text.split())


UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Scale words multiply what came before them ("two hundred", "27.5 billion").
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
# Abbreviated scales only count after a digit ("$2.5bn", "1.2m", "10k").
SCALE_ABBREVIATIONS = {"bn": 1e9, "b": 1e9, "m": 1e6, "mn": 1e6, "mln": 1e6, "k": 1e3, "tn": 1e12}

# Vague plurals: "dozens of people" is at least two dozen; no upper bound is
# implied, so they only contradict figures below their floor.
VAGUE_PLURALS = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
    "billions": 2_000_000_000,
}  # fmt: skip

CURRENCY_SYMBOLS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr"}
# Prefixes glued to "$": "US$", "A$"...; only "US" maps to usd, others get their own code.
DOLLAR_PREFIXES = {"us": "usd", "a": "aud", "c": "cad", "hk": "hkd", "nz": "nzd", "s": "sgd"}
CURRENCY_WORDS = {
    "dollar": "usd", "euro": "eur", "pound": "gbp", "yen": "jpy", "yuan": "cny",
    "rupee": "rupee", "rouble": "rub", "ruble": "rub", "rial": "rial",
}  # fmt: skip

# Measure words -> (canonical unit, factor to convert the stated value into it).
# Durations go to hours so "48 hours" and "two days" compare equal.
MEASURE_UNITS = {
    "second": ("hour", 1 / 3600), "minute": ("hour", 1 / 60), "hour": ("hour", 1.0),
    "day": ("hour", 24.0), "week": ("hour", 168.0), "fortnight": ("hour", 336.0),
    "month": ("hour", 730.0), "year": ("hour", 8766.0), "decade": ("hour", 87_660.0),
    "percent": ("percent", 1.0), "%": ("percent", 1.0),
    "km": ("km", 1.0), "kilometer": ("km", 1.0), "kilometre": ("km", 1.0),
    "mile": ("km", 1.609344), "foot": ("km", 0.0003048), "inch": ("km", 0.0000254),
    "mph": ("km/h", 1.609344), "kph": ("km/h", 1.0), "meter": ("km", 0.001), "metre": ("km", 0.001),
    "mm": ("km", 1e-6), "cm": ("km", 1e-5),
    "kg": ("kg", 1.0), "kilogram": ("kg", 1.0), "tonne": ("kg", 1000.0), "ton": ("kg", 1000.0),
}  # fmt: skip

# Nouns that count people.  People/persons/individuals are one noun ("person")
# because outlets swap them freely; the others stay distinct (civilians are
# not soldiers) and are recognised by ``is_person_noun``.
PERSON_SYNONYMS = {"people": "person", "persons": "person", "individual": "person"}
PERSON_NOUNS = word_set(
    """person civilian man woman child boy girl baby infant toddler teenager teen adult
    soldier troop officer policeman policewoman guard militant fighter rebel insurgent
    resident villager national citizen worker member victim passenger student pilgrim
    migrant refugee protester demonstrator journalist reporter doctor nurse patient
    prisoner hostage casualty other survivor minor youth employee crew crewman miner
    tourist driver official staff personnel family relative son daughter"""
)

# --- the words around a number: dates, qualifiers, where a noun phrase stops -------------

MONTHS = word_set(
    """january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
# A counted noun phrase ends at any of these ("nine people in ...", "two children were").
STOP_WORDS = word_set(
    """a an the and or but nor of in on at to for from by with without into onto over under
    after before during since until as than that which who whom whose this these those was
    were is are be been being has have had will would could should may might must can did do
    does not no its their his her our your my them they he she it we i you there here said
    says say told according while when where if because so also including among amid across
    against about around near within per each every all both either neither then most less
    least another only just yet still even up down out"""
)
# Words that, next to a bare number, tell us it counts people ("killing 9", "7 dead").
CASUALTY_WORDS = word_set(
    """kill killed killing kills toll dead died die dying death deaths wounded wounding
    injured injuring injuries hurt casualties massacred missing victims lives"""
)
QUALIFIERS = {
    ("at", "least"): "at least", ("no", "fewer", "than"): "at least",
    ("no", "less", "than"): "at least", ("not", "less", "than"): "at least",
    ("a", "minimum", "of"): "at least", ("more", "than"): "more than", ("over",): "more than",
    ("upwards", "of"): "more than", ("in", "excess", "of"): "more than",
    ("above",): "more than", ("exceeding",): "more than", ("just", "over"): "more than",
    ("up", "to"): "at most", ("at", "most"): "at most", ("no", "more", "than"): "at most",
    ("as", "many", "as"): "at most", ("as", "much", "as"): "at most",
    ("a", "maximum", "of"): "at most", ("fewer", "than"): "less than",
    ("less", "than"): "less than", ("under",): "less than", ("nearly",): "nearly",
    ("almost",): "nearly", ("close", "to"): "nearly", ("just", "under"): "nearly",
    ("about",): "about", ("around",): "about", ("roughly",): "about", ("some",): "about",
    ("approximately",): "about", ("an", "estimated"): "about", ("estimated",): "about",
    ("circa",): "about", ("approx",): "about", ("between",): "between",
}  # fmt: skip
# "-ed" words that modify a counted noun ("two injured men"); any other "-ed" word after a
# number is taken as a verb that ends the noun phrase ("9 killed in ...").
PARTICIPLE_ADJECTIVES = word_set(
    """injured wounded armed unarmed unidentified unnamed detained displaced suspected trapped
    alleged elected registered confirmed reported infected abducted kidnapped missing
    skilled talented retired licensed listed named"""
)
# "the toll rose to 12": a figure that has been updated and may be again.
UPDATE_VERBS = word_set("rose risen climbed jumped increased mounted grew reached")

IRREGULAR_SINGULARS = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
    "wives": "wife", "knives": "knife", "halves": "half", "thieves": "thief",
    "leaves": "leaf", "wolves": "wolf", "police": "police", "news": "news",
    "series": "series", "species": "species", "aircraft": "aircraft", "crises": "crisis",
    "analyses": "analysis", "personnel": "personnel", "staff": "staff",
}  # fmt: skip
IRREGULAR_PLURALS = {v: k for k, v in IRREGULAR_SINGULARS.items()} | {"person": "people"}


def singular(word: str) -> str:
    """Lowercase singular form of an English noun (good enough for news nouns)."""
    w = word.lower()
    if w in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[w]
    if w.endswith("men") and len(w) > 4:  # policemen, gunmen, crewmen
        return w[:-3] + "man"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zes", "oes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and len(w) > 2:
        return w[:-1]
    return w


def plural(noun: str) -> str:
    """Plural of a singular noun produced by ``singular``."""
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith("man") and len(noun) > 4:
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def normalise_noun(word: str) -> str:
    """The canonical counted noun: singular, lowercase, people-synonyms merged."""
    lower = word.lower()
    if lower in PERSON_SYNONYMS:
        return PERSON_SYNONYMS[lower]
    noun = singular(lower)
    return PERSON_SYNONYMS.get(noun, noun)


def is_person_noun(noun: str) -> bool:
    """True when the (normalised) noun counts people: victims, soldiers, children..."""
    return noun in PERSON_NOUNS or noun.endswith("man")


def looks_plural(word: str) -> bool:
    lower = word.lower()
    if lower in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[lower] != lower or lower in ("police", "personnel", "staff")
    return singular(lower) != lower


def parse_spelled_number(words: list[str]) -> tuple[float, int] | None:
    """Parse a spelled number at the start of ``words`` (lowercase tokens).

    Returns (value, tokens consumed) or None.  Handles "twenty - one" (the
    tokenizer splits hyphens), "two hundred and fifty", "a dozen", "three
    thousand", "a million".  Stops at the first token that does not continue
    the number, so "two hundred people" consumes two tokens and "three and
    four" only one (the "and" joins two numbers there, not one).
    """
    total = current = 0.0  # current: the part below the last thousand/million
    consumed = 0
    i = 0
    if len(words) >= 2 and words[0] == "a" and words[1] in SCALE_WORDS:
        current, i = 1.0, 1
    elif len(words) >= 2 and words[0] == "a" and words[1] == "dozen":
        return 12.0, 2
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        below_hundred = current % 100
        if word in UNITS_WORDS and (
            (below_hundred == 0 and words[i - 1 : i] != ["zero"])
            or (below_hundred >= 20 and below_hundred % 10 == 0 and 0 < UNITS_WORDS[word] < 10)
        ):
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS and below_hundred == 0:
            current += TENS_WORDS[word]
        elif word == "-" and below_hundred >= 20 and below_hundred % 10 == 0 and nxt in UNITS_WORDS:
            i += 1
            continue  # "twenty-one": the hyphen is inside the number
        elif (
            word == "and"
            and (current >= 100 or total)
            and below_hundred == 0
            and (nxt in UNITS_WORDS or nxt in TENS_WORDS)
        ):
            i += 1
            continue
        elif word == "hundred" and 0 < current < 100:
            current *= 100
        elif word in SCALE_WORDS and word != "hundred" and (current or total):
            total += (current or 1) * SCALE_WORDS[word]
            current = 0.0
        elif word == "dozen" and 0 < current < 100:
            current *= 12
        else:
            break
        i += 1
        consumed = i
    if not consumed:
        return None
    return total + current, consumed
