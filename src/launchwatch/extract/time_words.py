"""The wording of time in launch reports: what a date next to a word says (the day of the
saying or of the event, a day still to come), days counted between events ("three days
after"), and the day an evening in US time falls on in East Asia.

The dates themselves are read by `dates` and `relative`; these patterns tell what the text
around them does with them.
"""

from __future__ import annotations

import re
from typing import Final

from launchwatch.extract.gating import Gated, regex
from launchwatch.extract.phrase import NOCASE, SAYING

# Dates of things to come that a clause is "ahead of".
AHEAD_OF: Final = regex(r"\b(?:ahead of|before|until|by)\s+(?:the\s+)?$", NOCASE)

RELATIVE_EARLIER: Final = Gated(
    re.compile(
        r"\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|days|week|weeks)"
        r"\s+(?:earlier|before)|the (previous|preceding) (day)|the (day) before)\b",
        NOCASE,
    ),
)

# "said on Friday ..., a day after the launch": the launch is N days before the saying.
AFTER_THE_LAUNCH: Final = regex(
    r"\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(day|days|week|weeks)\s+after\s+"
    r"(?:the|its|this)\s+(?:\w+\s+){0,2}(?:launch|test|firing|liftoff|flight)\b",
    NOCASE,
)

# A launch late at night is often told with the next day's date.
LATE_NIGHT: Final = Gated(
    re.compile(
        r"\b(?:before midnight|late (?:at )?night|last night|overnight|near midnight)\b", NOCASE
    )
)

RELATIVE_OFFSET: Final = Gated(
    re.compile(
        r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        r"fourteen|fifteen|\d{1,2})\s+(day|days|week|weeks)\s+(?:after|later|since)\b",
        NOCASE,
    ),
)

# A count of days or weeks told loosely: "less than a week after", "some ten days later".
VAGUE_RECKONING: Final = regex(
    r"\b(?:less than|more than|under|over|about|around|some|nearly|almost|roughly|within|just)\s+$",
    NOCASE,
)

_SMALL: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
}


def relative_days(match: re.Match[str]) -> int:
    """Days in a RELATIVE_OFFSET or RELATIVE_EARLIER match ("three days after" -> 3, "a week
    before" -> 7, "the previous day" -> 1)."""
    word = (match.group(1) or "one").lower()
    unit = (match.group(2) or "day").lower()
    n = int(word) if word.isdigit() else _SMALL.get(word, 1)
    return n * 7 if unit.startswith("week") else n


# A date that dates the saying, not the event ("confirmed on Tuesday", "on Monday said").
SAID_BEFORE_DATE: Final = Gated(
    re.compile(
        rf"(?=[scartdpb])\b(?:{SAYING}|added|published|released|aired|broadcast)"
        # "told reporters in Tehran on Tuesday": where it was told, then when
        r"\s+(?:(?:reporters|journalists|lawmakers)\s+(?:in|at)\s+\w+\s+)?(?:\w+\s+){0,2}$",
        NOCASE,
    )
)

SAID_AFTER_DATE: Final = regex(
    # no comma: "exploded ... on Monday, said the director" dates the explosion
    rf"(?:\s+(?:night|morning|evening|afternoon|that|it|officially))?\s+(?:{SAYING})\b",
    NOCASE,
)

# Reported speech in the pluperfect is still the news ("North Korea said it had launched").
SAID_HAD: Final = regex(rf"\b(?:{SAYING}|claimed)\b[^.;]{{0,40}}\bhad\b", NOCASE)

# A launch site's weekday told from a US date line: "early Sunday local time, which was Saturday
# evening in Washington" -- the local day is the day after the article's (US) date.
LOCAL_TIME_AFTER: Final = regex(
    r"[^.;]{0,30}\b(?:local time|Korea time|KST|in (?:Seoul|Pyongyang|Tokyo))\b", NOCASE
)

# An evening in US time is the next morning in East Asia ("late Tuesday Eastern time").
US_TIME: Final = Gated(
    re.compile(r"\b(?:Washington|Eastern|New York|U\.S\. East Coast) time\b|\b(?:EST|EDT|ET)\b")
)

EVENING: Final = regex(r"\b(?:evening|night|late|p\.m\.|pm)\b", NOCASE)

EAST_ASIA: Final = frozenset({"KP", "KR", "CN", "JP", "TW"})

# A date attached to the launch itself: "the launch on Thursday", "Thursday's launch".
EVENT_BEFORE_DATE: Final = regex(
    r"\b(?:launch\w*|fired|test\w*|firing|lift\w*|flight|took place|happened|occurred|"
    r"was (?:held|conducted|carried out))\s+(?:\w+\s+)?(?:on|at|early|late)?\s*$",
    NOCASE,
)

EVENT_AFTER_DATE: Final = regex(
    r"(?:'s|’s)?\s+(?:\w+\s+)?(?:launch|test|firing|liftoff|flight)\b", NOCASE
)

# A day that modifies the launch noun after it: "the Thursday evening test", "Sunday's launch".
DAY_OF_EVENT: Final = regex(
    r"(?:'s|’s)?\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:launch|test|firing|liftoff|"
    r"flight)\b",
    NOCASE,
)

# What may stand between such a noun and its date: "debut flight from there in April 2022",
# "the last test was held on October 21", "an earlier flight, on Sept. 6".
NOUN_TO_DATE: Final = regex(
    r"(?:,?\s+(?:was|were|took place|was held|held|came|happened|occurred|in|on|at|from|there|"
    r"before this|back|also|\w+ly))*,?\s+",
    NOCASE,
)

# ... and between a date and the noun it stands before: "the March 16 launch", "a 2013 test".
DATE_TO_NOUN: Final = regex(r"(?:,?\s+[\w-]+){0,2}?\s+", NOCASE)

# Dates in one list: "on May 31 and Aug. 24", "in March and December 2022".
DATE_LIST_JOINT: Final = regex(r",?\s+(?:and|or)\s+|,\s+", NOCASE)
