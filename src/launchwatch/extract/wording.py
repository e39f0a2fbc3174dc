"""The wording of launch reports: event-type triggers, class phrases, verbs and cues.

Types and classes are data (`data/event_types.yaml`, `data/classes.yaml`); the verb and cue
patterns below are grammar, not vocabulary, so they live here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

import yaml

from launchwatch.errors import LaunchwatchError
from launchwatch.extract.gating import Gated, Keywords, regex
from launchwatch.extract.phrase import NOCASE, SAYING


def _load(name: str) -> dict[str, Any]:
    path = resources.files("launchwatch") / "data" / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LaunchwatchError(f"data/{name}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise LaunchwatchError(f"data/{name}: expected a mapping at the top level")
    return data


def _alternation(phrases: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(phrases, key=len, reverse=True))


# A pattern that opens with a lookbehind or `\b` gives `re` no set of first characters to skip
# ahead with, so it tries every position of the text; an opening lookahead on the letters its
# words begin with, "(?=[tflbs])", restores that (about 2x on such a pattern).


@dataclass(frozen=True)
class EventTypeRule:
    name: str
    priority: int
    pattern: Gated


@dataclass(frozen=True)
class ClassRule:
    name: str
    rank: int
    pattern: Gated


@cache
def event_type_rules() -> tuple[EventTypeRule, ...]:
    """Event types from `data/event_types.yaml`, highest priority first."""
    rules = []
    for name, entry in _load("event_types.yaml").items():
        try:
            phrases = list(entry.get("nouns", [])) + list(entry.get("phrases", []))
            priority = int(entry["priority"])
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise LaunchwatchError(
                f"data/event_types.yaml: entry {name!r} needs 'priority' and 'nouns'/'phrases'"
            ) from exc
        pattern = Gated(re.compile(rf"\b(?:{_alternation(phrases)})\b", NOCASE))
        rules.append(EventTypeRule(name, priority, pattern))
    return tuple(sorted(rules, key=lambda r: -r.priority))


@cache
def class_rules() -> tuple[ClassRule, ...]:
    """Missile classes from `data/classes.yaml`, in file order."""
    rules = []
    for name, entry in _load("classes.yaml").items():
        try:
            pattern = Gated(re.compile(rf"\b(?:{_alternation(entry['phrases'])})\b", NOCASE))
            rules.append(ClassRule(name, int(entry["rank"]), pattern))
        except (KeyError, TypeError, ValueError, re.error) as exc:
            raise LaunchwatchError(
                f"data/classes.yaml: entry {name!r} needs 'rank' and valid 'phrases'"
            ) from exc
    return tuple(rules)


# Sentences without any of these words cannot hold an event or one of its facts: skip them early.
TRIGGER: Final = Keywords(
    (
        "missile",
        "rocket",
        "launch",
        "fire",
        "firing",
        "satellite",
        "nuclear",
        "projectile",
        "icbm",
        "srbm",
        "irbm",
        "slbm",
        "mrbm",
        "ballistic",
        "test",
        "blast",
        "tremor",
        "quake",
        "orbit",
        "km",
        "kilomet",
        "miles",
        "altitude",
        "apogee",
        "landed",
        "fell",
        "splash",
        "flew",
        "travel",
        "hwasong",
        "kn-",
        "said",
        "according",
        "reported",
        "announced",
        "confirmed",
        "noted",
        "told",
        "detected",
        "stated",
        "seismic",
        "magnitude",
        "statement",
        "crash",
        "explo",
        # "the ministry put the yield at 10 kilotons": a nuclear test's figure, told on its own
        "kiloton",
        "yield",
        # "the drama, which happened on 30 January": the day of the event, told without a noun
        "happened",
        "occurred",
        "took place",
        "incident",
        # "a failed attempt on Oct. 21", "its maiden flight in April": launches of no type
        "attempt",
        "flight",
        "flown",
        "debut",
        " tries",
        "failure",
    ),
)

# Verbs that show the act only with a launch noun as their object ("conducted a missile test",
# not "conducted drills").
WEAK_VERB: Final = Gated(
    re.compile(
        r"(?=[cstpedfm])(?<![-\w])(?:conduct(?:ed|s)?|carr(?:ied|ies) out|stag(?:ed|es)|"
        r"test(?:ed|s)|perform(?:ed|s)|put|place[sd]?|sen[dt]|explod(?:ed|es)|detonat(?:ed|es)|"
        r"test[- ]fir(?:ed|es|ing)|flew|misfired|flight[- ]test(?:ed)?)\b",
        NOCASE,
    ),
)
WEAK_OBJECT: Final = regex(
    r"\b(?:test(?:s|ing)?|launch(?:es)?|firings?|flights?|missiles?|rockets?|satellites?|devices?|"
    r"bombs?|ICBMs?|SLBMs?|IRBMs?|SRBMs?|projectiles?|orbit|space)\b",
    NOCASE,
)
# Verbs that launch only into orbit or space ("put a satellite into orbit", not "put on display").
ORBIT_VERB: Final = regex(r"put|place[sd]?|sen[dt]", NOCASE)
ORBIT_OBJECT: Final = regex(r"\b(?:orbit|space)\b", NOCASE)
# A state's own media announcing its launch: the state is the actor.
STATE_MEDIA_AFTER: Final = regex(r"(?:'s|’s)?\s+(?:state|state-run|official|government)\b", NOCASE)
# Nominal acts in a lede ("a second failed attempt to place a satellite into orbit",
# "the launch of").
NOMINAL_ACT: Final = Gated(
    re.compile(
        r"\b(?:attempt(?:ed|s)? (?:\w+ ){0,4}to (?:put|place|launch|send|fire)|launch(?:es)? of|"
        r"(?:missile|rocket|satellite|test)[- ]launch(?:es)?|test[- ]firings?|firing of|"
        r"flight test|launch attempt)\b",
        NOCASE,
    ),
)
# Verbs that alone show the act (without them a clause needs a firmer verb above).
STRONG_VERB: Final = Gated(
    re.compile(
        r"(?=[tflbs])(?<![-\w])(?:test[- ]?)?(?:fired|launched|fires|launches|launching|firing|"
        r"test[- ]fired|"
        r"test[- ]launched|blasted off|lifted off|shot|shot off)\b",
        NOCASE,
    ),
)
# The object of a weak verb must not be one of these.
NOT_A_LAUNCH_OBJECT: Final = regex(
    r"\b(?:drills?|exercises?|engine|motor|ground[- ]test|static|parade|display|show|exhibition|"
    r"artillery|training|maneuvers?|manoeuvres?|meeting|talks)\b",
    NOCASE,
)


def first_words(text: str, n: int) -> str:
    """The first `n` words of `text` (object windows are counted in words, not characters)."""
    return " ".join(text.split(None, n)[:n])


# "launches"/"fires" are verbs only after an actor ("North Korea fires", "it launches"), not
# after a noun ("missile launches are inexcusable", "ICBM launches have been detected").
VERB_LAUNCHES_AFTER: Final = regex(
    r"(?:\b(?:it|again|also|reportedly|successfully|now|then|regime|army|navy|military|force|"
    r"forces|guards)|\b(?!(?:ICBM|SRBM|IRBM|MRBM|SLBM|SLV|KN|US)\b)[A-Z][\w.]*)\s+$"
)
# Plans and prospects anywhere in a clause: a nominal act there has not happened.
FUTURE: Final = Gated(
    re.compile(
        r"\b(?:will|would|shall|is set|are set|set for|scheduled|planned|plans?|"
        r"expect(?:s|ed|ing)?|due to|next (?:week|month|year)|upcoming|could|(?-i:may)|might|"
        r"preparing|preparations?|ready|"
        r"window|notif\w+|intends?|aims? to|possibl[ey]|coming (?:days|weeks|months))\b",
        NOCASE,
    ),
)
# What makes a verbless mention of a launch one particular, recent event.
NEWS_LIKE: Final = regex(
    r"\b(?:latest|recent|new|failed|successful|unsuccessful|second|third|fourth|fifth|sixth|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day's|today's|yesterday's|weekend's|attempt\w*)\b",
    NOCASE,
)
NEWS_REFERENCE: Final = regex(r"\b(?:latest|newest|today's|fresh|new round)\b", NOCASE)
# The news told again by a pronoun or a bare definite noun ("the agency recorded the event",
# "the survey measured it at magnitude 5.1"): how seismic and nuclear-test reports go on.
NEWS_ANAPHOR: Final = Gated(
    re.compile(
        r"(?=[ti])\b(?:it|the\s+(?:event|test|blast|quake|earthquake|tremor|explosion|"
        r"detonation))\b(?!\s+(?:was|is|had|has|would|will)\s+(?:planning|preparing|ready))",
        NOCASE,
    ),
)
# A clause that opens on a definite subject speaks of the event just named.
# ("In the same drill, a Sineva was fired": the event just named, told on.)
DEFINITE_SUBJECT: Final = regex(
    r"^\W*(?:(?:in|during|at|on)\s+the\s+same|the|that|this|those|these|it|its)\b", NOCASE
)

# Future, possibility, intention, preparation: no launch has happened (yet).
# What stands just before a launch verb and undoes it. Read over the last words (a regular
# expression anchored at the end of a window is retried at every position: slow in Python).
_MODAL_WORDS: Final = frozenset(
    [
        "will",
        "would",
        "could",
        "might",
        "may",
        "can",
        "cannot",
        "shall",
        "should",
        "plan",
        "plans",
        "planned",
        "planning",
        "prepare",
        "prepares",
        "prepared",
        "preparing",
        "ready",
        "set",
        "expected",
        "likely",
        "threaten",
        "threatens",
        "threatened",
        "threatening",
        "vow",
        "vows",
        "vowed",
        "able",
        "capable",
        "intend",
        "intends",
        "intended",
        "aim",
        "aims",
        "seek",
        "seeks",
        "sought",
        "going",
        "about",
        "yet",
        "possible",
        "possibly",
        "potential",
        "imminent",
        "upcoming",
        "fear",
        "fears",
        "feared",
        "warn",
        "warns",
        "warned",
        "warning",
        "notify",
        "notified",
        "notifies",
        "scheduled",
        "window",
        "designed",
        "if",
        "unless",
        "whether",
    ]
)
_MODAL_STEMS: Final = ("anticipat", "predict", "suggest", "simulat")
_MODAL_PAIRS: Final = frozenset(
    {"sign of", "signs of", "order to", "aimed at", "in case", "announce plans",
     "announced plans", "announces plans"}
)  # fmt: skip
_NEGATIONS: Final = frozenset(
    ["not", "never", "no", "didn't", "hasn't", "haven't", "without", "nor", "longer"]
)
_NOT_LAUNCH_WORDS: Final = frozenset(
    [
        "engine",
        "motor",
        "ground",
        "static",
        "jet",
        "thrust",
        "ejection",
        "parade",
        "display",
        "displayed",
        "artillery",
        "drill",
        "drills",
        "exercise",
        "exercises",
        "sanction",
        "sanctions",
        "imagery",
        "image",
        "images",
        "photo",
        "photos",
        "picture",
        "pictures",
    ]
)
_NOT_LAUNCH_STEMS: Final = ("unveil", "veto")
# "satellite imagery": a picture taken from space, not a satellite launch.
SATELLITE_IMAGERY: Final = regex(r"satellite\s+(?:imagery|images?|photos?|pictures?)", NOCASE)


def last_words(before: str, n: int) -> list[str]:
    """The last `n` plain words of `before`, lowercased (stopping at punctuation)."""
    words: list[str] = []
    for token in reversed(before.split()):
        if len(words) == n:
            break
        bare = token.lower().lstrip("\"'“‘(")
        # all word characters, as `\w+` reads them (letters, digits, "_" of any script)
        if not bare.replace("'", "").replace("’", "").replace("_", "a").isalnum():
            break
        words.append(bare)
    return words[::-1]


def modal_before(before: str) -> bool:
    """Future, possibility, intention or preparation in the six words before a verb."""
    words = last_words(before, 6)
    for i, word in enumerate(words):
        if word in _MODAL_WORDS or word.startswith(_MODAL_STEMS):
            return True
        if i + 1 < len(words) and f"{word} {words[i + 1]}" in _MODAL_PAIRS:
            return True
    return False


def negated_before(before: str) -> bool:
    """A negation in the three words before a verb ("no missile was launched")."""
    return any(word in _NEGATIONS for word in last_words(before, 3))


def not_a_launch_before(before: str) -> bool:
    """An engine test, a parade or a drill named just before the verb."""
    return any(
        word in _NOT_LAUNCH_WORDS or word.startswith(_NOT_LAUNCH_STEMS)
        for word in last_words(before, 3)
    )


# Clause openers that put what follows in the past of the main news.
BACKGROUND_CLAUSE: Final = Gated(
    re.compile(
        r"\b(?:after|following|follows(?! through| up)|followed(?! through| up)|before|prior to|"
        r"than|"
        # "since last week," is a time adverbial, not a clause about an earlier event.
        r"since(?!\s+(?:last|this|early|late|then|the start|the beginning|january|february|march|"
        r"april|may|june|july|august|september|october|november|december|\d)))\b"
        # ... but not a time of the same event: "before midnight", "after its takeoff".
        r"(?!\s+(?:its\s+|the\s+)?(?:midnight|dawn|noon|sunrise|sunset|daybreak|liftoff|"
        r"lift-off|takeoff|take-off|launch\b|separation|\d))",
        NOCASE,
    ),
)
# The span before an opener that belongs to it: "three days after", ", just hours before".
OPENER_LEAD: Final = regex(
    r"(?:,|;|\band\b)?\s*(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"\d+|a few|just|only|some|about)\s+)?(?:days?|weeks?|months?|hours?|years?)\s+)?$",
    NOCASE,
)
# The words OPENER_LEAD can end with before its closing spaces ("and" is a whole word there).
_LEAD_UNITS: Final = (
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "hour",
    "hours",
    "year",
    "years",
)
_ASCII_SPACE: Final = " \t\n\r\f\v"


def opener_lead(text: str, lo: int, hi: int) -> tuple[int, str]:
    """Where the lead of an opener at `hi` begins (see OPENER_LEAD; no earlier than `lo`), and
    its text: ", three days " before "after", or only the spaces before it.

    Most leads are spaces after a word that no lead part can end with; those are told by
    looking at that word, and only the others are read with the pattern.
    """
    i = hi
    while i > lo and text[i - 1] in _ASCII_SPACE:
        i -= 1
    k = i
    while k > lo and text[k - 1].isascii() and text[k - 1].isalpha():
        k -= 1
    word = text[k:i].lower()
    if (i > lo and text[i - 1] in ",;") or word == "and" or word.endswith(_LEAD_UNITS):
        lead = OPENER_LEAD.search(text, lo, hi)
        if lead is not None:  # (it always matches: every part is optional)
            return lead.start(), lead.group(0)
    return i, text[i:hi]


# "..., after it lifted off": a bare "after" with the same missile as subject is one event.
SAME_EVENT_AFTER: Final = regex(
    r"\s*\b(?:after|before|following)\s+(?:it|they|the missile|the rocket|the projectile|"
    r"(?:its|the)\s+(?:[\w-]+\s+)?(?:warhead|payload|missile|rocket|re-entry vehicle|stage|"
    r"booster|satellite)s?|(?:landing|falling|splashing|impact|reaching))\b",
    NOCASE,
)
# Clause boundaries that do not change the time ("..., when it fired", "...; the missile flew").
NEUTRAL_SPLIT: Final = regex(r",\s+(?:when|where|while)\b|;\s", NOCASE)
WHEN: Final = regex(r",\s+when\b", NOCASE)
# A capital followed by a verb is the state acting ("Pyongyang acknowledged"), not a place.
STATE_VERB_AFTER: Final = regex(
    r"\s+(?:has|had|have|is|was|said|says|acknowledged|confirmed|announced|claimed|denied|"
    r"described|called|fired|launched|warned|vowed|protested|insisted|reported|soon|also|"
    r"later)\b",
    NOCASE,
)


# Words that put a clause in the past without a date: it speaks of an earlier event.
BACKGROUND_CUE: Final = Gated(
    re.compile(
        r"(?=[pelhiastfc])\b(?:previous(?:ly)?(?!\s+(?:day|night|evening|morning|afternoon))|"
        r"prior(?! to)|"
        r"earlier (?:this|last|in)|last (?:year|month|week|fall|autumn|"
        r"spring|summer|winter|time)|had (?:\w+ )?(?:fired|launched|conducted|tested|carried)|"
        r"in the past|ago|so far|to date|first (?:\w+ ){0,4}since|since (?:then|the start|early|"
        r"last|January|February|March|April|May|June|July|August|September|October|November|"
        r"December|\d{4})|tests? included|included (?:a|an|the)|history|spate|series of "
        r"tests|in recent (?:years|months|weeks)|each year|every year)\b",
        NOCASE,
    ),
)
# The news measured against the past is a fact of the news: a cue word right after "than" or a
# superlative ("more powerful than the previous test", "the most powerful test to date").
COMPARED_WITH_PAST: Final = regex(
    r"\b(?:than|most|largest|longest|highest|biggest|strongest|farthest|furthest|heaviest|"
    r"greatest|fastest)\s+(?:[\w'’-]+\s+){0,6}$",
    NOCASE,
)
# A definite reference to the news of the day: such a sentence speaks of the main event.
MAIN_REFERENCE: Final = regex(
    r"\b(?:latest|this|today's|the new|the missile|the missiles|the launch|the rocket|"
    r"the projectile|the test|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s)\b",
    NOCASE,
)
# Statements of numbers over many events: checkable claims, never one event's facts.
AGGREGATE: Final = Gated(
    re.compile(
        # A figure inside a system's name ("Pulhwasal-3-31 missiles", "KN-25 launches") is no
        # count: a number opens after a space, never after a hyphen or a letter.
        r"(?<![\w-])\d{2,}\s+(?:[\w-]+\s+){0,3}(?:missiles|launches|tests|rounds)\b|"
        r"(?<![\w-])(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozens of|several)\s+"
        r"(?:[\w-]+\s+){0,3}(?:launches|tests|rounds)\b|"
        # "on 13 occasions this year", "a dozen times since January"
        r"(?<![\w-])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|"
        r"dozens of)\s+(?:separate\s+)?(?:occasions|times)\b|"
        r"\b(?:several|many|numerous)\s+(?:separate\s+)?occasions\b",
        NOCASE,
    ),
)
# A vague count right after a verb of detecting or firing ("also detected several missile
# launches", "fired several missiles"): the news counted loosely, when no span follows.
NEWS_COUNT: Final = Gated(
    re.compile(
        r"(?=[dfltsco])\b(?:detected|fired|launched|test-fired|tracked|spotted|observed|"
        r"confirmed)\s+(?:what (?:appeared|seemed) to be\s+)?(?:several|multiple|a number of|"
        r"a few|some)\s+(?:[\w-]+\s+){0,3}(?:missile\s+|rocket\s+)?(?:launches|missiles|"
        r"rockets|projectiles)\b",
        NOCASE,
    ),
)
# "the eighth launch this year": a claim about a count, told of the news itself.
ORDINAL_CLAIM: Final = Gated(
    re.compile(
        r"\bthe (?:\w+ )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
        r" (?:[\w-]+ ){0,3}(?:launch|test)",
        NOCASE,
    ),
)
AGGREGATE_SPAN: Final = regex(
    r"\b(?:this year|since|so far|to date|in total|altogether|over the past|"
    r"during (?:his|her|their|the past|the last|this|that|\d{4})|"
    r"under (?:[\w'’-]+ ){0,3}(?:rule|leadership|administration|presidency|watch)|"
    r"in (?:19|20)\d\d|last year|(?:in|of) (?:all|history)|cumulative)\b",
    NOCASE,
)
# A reporter is credited when it is the subject of a verb of saying ("the JCS said", "Kishi,
# the defense minister, told reporters") or its object ("according to the JCS", "said Kishi").
_CREDIT_VERBS: Final = (
    rf"(?:{SAYING}|say|saying|reports|noted|detected|estimated|assessed|added|claimed|tracked|"
    r"spotted|identified|quoted|explained|briefed|recorded|measured|registered|released|"
    r"published|showed|statement|hailed|declared|declares|aired|broadcasts?|"
    # "the JCS put the apogee at 6,200 km", "a quake the USGS put at magnitude 6.3"
    r"put\b[^.;:!?]{0,30}?\bat)"
)
CREDITED_AFTER: Final = regex(rf"[^.;:!?]{{0,60}}?\b(?P<verb>{_CREDIT_VERBS})\b", NOCASE)
# "Kishida, who cut short a trip abroad, told reporters": the verb after an aside.
CREDITED_APPOSITIVE: Final = regex(
    # (a date's abbreviation inside it, "ahead of the Oct. 31 election", does not end it)
    rf",(?:[^.;:!?]|\.(?=\s+\d)){{0,120}}?,\s+(?:\w+\s+)?(?P<verb>{_CREDIT_VERBS})\b",
    NOCASE,
)
CREDITED_BEFORE: Final = regex(
    r"\b(?:according to|citing|cited|said|says|told|reported by|per|quoted|quoting|by|"
    r"reference to|referring to|through|via)\b"
    r"[^.;:!?]{0,50}$",
    NOCASE,
)
# A new clause between a verb of saying and a name: "the ministry said, and the coast guard ...".
NEW_CLAUSE: Final = regex(r",\s+(?:and|but|while|as|although|though)\b", NOCASE)
# That the event happened at all is a fact of it.
CONFIRMED: Final = regex(r"\b(?:confirm\w*|t(?:ook|aken) place|occurred|happened)\b", NOCASE)
# Protest, concern and consultation: reactions to a launch, not facts about it.
REACTION: Final = Gated(
    re.compile(
        r"\b(?:protest\w*|condemn\w*|unacceptable|reckless|aware of|notice|consult\w*|"
        r"coordinat\w*|respond|response|threat\w*|provocat\w*|convene[ds]?|convening|"
        # still finding out: "were trying to verify whether a test had taken place"
        r"(?:verify|verifying|check|checking|determine|determining|ascertain|ascertaining|"
        r"confirm|confirming)\s+whether)\b",
        NOCASE,
    ),
)  # fmt: skip
# A reaction that still tells nothing when it says an event "took place": it is not yet known.
UNKNOWN_YET: Final = regex(r"\bwhether\b", NOCASE)
# Attribution: the sentence credits someone for the facts.
ATTRIBUTION: Final = Keywords(
    (
        "said",
        "says",
        "say",
        "according",
        "report",
        "announc",
        "confirm",
        "detect",
        "told",
        "stat",
        "estimat",
        "assess",
        "added",
        "noted",
        "claim",
        "quot",
        "cit",
        "track",
        "spott",
        "identif",
        "disclos",
        "reveal",
        "brief",
        "explain",
        "record",
        "measur",
        "regist",
        "hail",
        "declare",
        "aired",
        "broadcast",
        "put",
    ),
)
FAILURE: Final = Gated(
    re.compile(
        r"\b(?:fail(?:ed|ure|s)?|unsuccessful(?:ly)?|exploded|explosion|blew up|crash(?:ed|es)?|"
        r"malfunction(?:ed|s)?|disintegrat\w+|misfire[ds]?|did not ignite|didn't ignite|broke up|"
        r"went wrong|mishap|anomaly|aborted|lost contact|fizzl\w+)\b",
        NOCASE,
    ),
)
SUCCESS: Final = regex(
    r"\b(?:successful(?:ly)?|success|succeeded|hit the target|accurately)\b", NOCASE
)
SITE_BEFORE: Final = regex(
    # "in Kilju county, where the North's Punggye-ri test site is": "where" places it too
    r"\b(?:from|in|near|at|around|off|of|on|where)\s+(?:the\s+)?(?:[\w'’.-]+,?\s+){0,4}$",
    NOCASE,
)
SITE_NOT_BEFORE: Final = regex(
    r"\b(?:into|toward|towards|landed|landing|fell|falling|splashed|target\w*|hit|reach\w*|"
    r"came down|down at|impact\w*|struck|over|flew|flying|crash\w*)\b(?:\s+\S+){0,5}\s*$"
    # "Guam, roughly 3,400 km from Pyongyang": a distance measured from a place
    r"|\b(?:km|kilomet\w+|miles)\s+(?:away\s+)?from\s+(?:the\s+)?$",
    NOCASE,
)
# ... yet "rising into the night sky from the spaceport": "from" right before the place wins
# (unless it measures a distance).
SITE_FROM_LAST: Final = regex(r"\bfrom\s+(?:the\s+)?$", NOCASE)
DISTANCE_FROM: Final = regex(r"\b(?:km|kilomet\w+|miles)\s+(?:away\s+)?from\s+(?:the\s+)?$", NOCASE)
# Words that show a clause speaks of the event itself (for dating an undated report).
EVENT_WORDS: Final = regex(
    r"\b(?:happened|occurred|took place|launch\w*|test\w*|firing|fired|incident|drama|failure|"
    r"explosion|flight)\b",
    NOCASE,
)
# "Thursday's launch", "Pyongyang's test site": a possessive after a name.
POSSESSIVE: Final = regex(r"(?:'s|’s)\b")
# A system named only for comparison ("resembles Russia's Iskander", "a version of the KN-23").
COMPARED: Final = Gated(
    re.compile(
        r"(?=[rslmbvdcat])\b(?:resembl\w*|similar to|like|modell?ed on|based on|version of|"
        r"derived from|"
        r"compared (?:to|with)|akin to|copy of|successor (?:to|of)|replac(?:e|es|ed|ing)|"
        r"(?:take|takes|taking|took) over from|"
        # "putting the estimated range of the Pukguksong at 1,300 km": what the system can do
        r"(?:range|ranges|capabilit(?:y|ies)) of|"
        r"than)\s+(?:[\w'’-]+\s+){0,3}$",
        NOCASE,
    )
)

# A launch named by a noun of no type ("the previous test", "its debut flight", "two failed
# attempts", "first flown"): the kind the text is speaking of.
GENERIC_ACT: Final = Gated(
    re.compile(
        r"(?=[ltfadsw])\b(?:launch(?:es)?|tests?|test[- ]firings?|firings?|flights?|attempts?|"
        r"tries|failures?|debut|shots?|first (?:flew|flown))\b"
        r"(?![- ](?:site|pad|range|window|ban|centre|center|facility|area|stand|ground|base|"
        r"station|complex|tower|preparations?|schedule|plans?|date)s?\b)",
        NOCASE,
    ),
)
# Tests that launch nothing, told of in the same clause ("tests on Dec. 7 that analysts believe
# were static engine firings").
NOT_A_LAUNCH_EVENT: Final = regex(
    r"\b(?:static|ground[- ]tests?|(?:engine|motor) (?:tests?|firings?|trials?)|parades?|"
    r"displays?|drills?|exercises?|simulat\w+)\b",
    NOCASE,
)
