"""Small hand-written word lists for news English.

Kept short and general on purpose: every entry is a fact about English, not about a test
set. CONCEPTS folds synonyms into one key so rewording does not hide agreement; ANTONYMS
names pairs that cannot both be true of the same thing.
"""

from __future__ import annotations

STOPWORDS = frozenset(
    """
a about above after again against all also although am an and any are as at be because been
before being below between both but by can could did do does doing down during each either
else even ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least let like may me might more
most much must my myself near neither nor now of off on once one only or other others our
ours ourselves out over own per perhaps quite rather really same shall she should since so
some such than that the their theirs them themselves then there these they this those though
through thus to too under until up upon us very via was we were what whatever when where
whether which while who whom whose why will with within without would yet you your yours
said says say saying told according reported reportedly also mr mrs ms dr
""".split()
)

# Words whose presence flips a statement. Contractions are caught by their "n't" ending.
NEGATIONS = frozenset(
    """
not no never none nobody nothing neither nor without cannot cant dont didnt doesnt isnt
wasnt werent wont wouldnt hasnt havent hadnt
""".split()
)


def _concepts(groups: dict[str, str]) -> dict[str, str]:
    table = {}
    for concept, words in groups.items():
        for word in words.split():
            table[word] = concept
    return table


# Synonym groups, written as folded words and their light stems (see normalize.stem).
CONCEPTS = _concepts(
    {
        "kill": "kill killed killing kills dead death deaths die died dying dies fatality "
        "fatalities fatal lives slain slay slew perish perished toll",
        "injure": "injure injured injuring injury injuries wound wounded wounding hurt",
        "attack": "attack attacked attacking attacks strike strikes striking struck airstrike "
        "airstrikes raid raids raided bomb bombed bombing bombings assault assaulted "
        "shelling shelled offensive",
        "missile": "missile missiles rocket rockets projectile projectiles",
        "drone": "drone drones uav uavs",
        "militant": "militant militants insurgent insurgents rebel rebels fighter fighters "
        "separatist separatists guerrilla guerrillas terrorist terrorists",
        "base": "base bases camp camps hideout hideouts sanctuary sanctuaries haven havens "
        "stronghold strongholds",
        "child": "child children kid kids minor minors",
        "person": "people person persons individual individuals civilian civilians",
        "say": "announce announced stated declare declared",
        "confirm": "confirm confirmed confirming confirms acknowledge acknowledged",
        "begin": "begin began begun start started starting starts launch launched launching",
        "buy": "buy bought purchase purchased acquire acquired acquisition",
        "rise": "rise rose risen rising increase increased increasing climb climbed gain "
        "gained jump jumped",
        "fall": "fall fell fallen falling decrease decreased decline declined drop dropped "
        "slide slid",
        "big": "big large huge major massive",
        "small": "small little minor tiny",
        "government": "government administration authorities",
        "ambassador": "ambassador ambassadors envoy envoys",
        "arrest": "arrest arrested detain detained detention apprehended",
        "accuse": "accuse accused accusing blame blamed blaming",
        "condemn": "condemn condemned condemning denounce denounced denouncing",
        "retaliate": "retaliate retaliated retaliation retaliatory reprisal",
        "spokesman": "spokesman spokeswoman spokesperson",
        "company": "company companies firm firms",
        "percent": "percent pct",
    }
)

# Country adjectives fold into the country: "Pakistani soil" matches "Pakistan". Plurals
# ("Pakistanis", "Iraqis") fold by rule (normalize.word_key). General data: countries
# often in the news, never the names of one story.
_COUNTRY_ADJECTIVES = """
afghanistan:afghan albania:albanian algeria:algerian america:american argentina:argentine
armenia:armenian australia:australian austria:austrian azerbaijan:azerbaijani
bangladesh:bangladeshi belarus:belarusian belgium:belgian bolivia:bolivian bosnia:bosnian
brazil:brazilian britain:british bulgaria:bulgarian cambodia:cambodian cameroon:cameroonian
canada:canadian chad:chadian chile:chilean china:chinese colombia:colombian congo:congolese
croatia:croatian cuba:cuban cyprus:cypriot czechia:czech denmark:danish ecuador:ecuadorian
egypt:egyptian eritrea:eritrean estonia:estonian ethiopia:ethiopian finland:finnish
france:french georgia:georgian germany:german ghana:ghanaian greece:greek
guatemala:guatemalan haiti:haitian honduras:honduran hungary:hungarian iceland:icelandic
india:indian indonesia:indonesian iran:iranian iraq:iraqi ireland:irish israel:israeli
italy:italian japan:japanese jordan:jordanian kazakhstan:kazakh kenya:kenyan korea:korean
kuwait:kuwaiti latvia:latvian lebanon:lebanese libya:libyan lithuania:lithuanian
malaysia:malaysian mali:malian mexico:mexican morocco:moroccan myanmar:burmese nepal:nepali
netherlands:dutch nigeria:nigerian norway:norwegian pakistan:pakistani palestine:palestinian
panama:panamanian peru:peruvian philippines:filipino poland:polish portugal:portuguese
qatar:qatari romania:romanian russia:russian rwanda:rwandan saudi:saudi senegal:senegalese
serbia:serbian singapore:singaporean slovakia:slovak slovenia:slovenian somalia:somali
spain:spanish sudan:sudanese sweden:swedish switzerland:swiss syria:syrian taiwan:taiwanese
thailand:thai tunisia:tunisian turkey:turkish uganda:ugandan ukraine:ukrainian
venezuela:venezuelan vietnam:vietnamese yemen:yemeni zimbabwe:zimbabwean
"""

DEMONYMS = {
    **{adj: country for country, adj in (w.split(":") for w in _COUNTRY_ADJECTIVES.split())},
    "u.s": "america",
    "usa": "america",
    "uk": "britain",
    # Capitals stand for their governments in news copy ("Tehran said").
    "tehran": "iran",
    "islamabad": "pakistan",
    "baghdad": "iraq",
    "damascus": "syria",
    "kabul": "afghanistan",
    "moscow": "russia",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "beijing": "china",
    "washington": "america",
    "ankara": "turkey",
    "cairo": "egypt",
    "riyadh": "saudi",
    "delhi": "india",
    "tokyo": "japan",
    "seoul": "korea",
    "berlin": "germany",
    "paris": "france",
    "london": "britain",
}
# The countries themselves: their own names stay their keys.
COUNTRY_NAMES = frozenset(DEMONYMS.values())

# Pairs that cannot both hold of the same thing. Matched on keys (stems or concepts).
# Only verbs and predicates: modifiers like first/last or before/after describe different
# things far more often than they contradict ("first baseman" vs "last week").
ANTONYM_PAIRS = (
    ("confirm", "deny"),
    ("confirm", "deni"),
    ("accept", "reject"),
    ("approve", "reject"),
    ("win", "lose"),
    ("won", "lost"),
    ("rise", "fall"),
    ("alive", "kill"),
    ("survive", "kill"),
    ("guilty", "innocent"),
    ("convict", "acquit"),
    ("allow", "ban"),
    ("allow", "forbid"),
    ("increase", "decrease"),
    ("admit", "deny"),
    ("admit", "deni"),
    ("support", "oppose"),
    ("legal", "illegal"),
    ("true", "false"),
    ("succeed", "fail"),
    ("success", "failure"),
    ("resign", "appoint"),
    ("hire", "fire"),
    ("married", "divorced"),
)

ANTONYMS: dict[str, frozenset[str]] = {}
for _left, _right in ANTONYM_PAIRS:
    ANTONYMS[_left] = ANTONYMS.get(_left, frozenset()) | {_right}
    ANTONYMS[_right] = ANTONYMS.get(_right, frozenset()) | {_left}
