"""Page furniture out, whitespace normalised: the text that every evidence offset refers to.

Cleaning only removes: whole furniture lines (ads, credits, "READ MORE", share prompts, page date
stamps, bylines, bare URLs) and furniture prefixes at the start of a line (datelines such as
"SEOUL, March 18 (Yonhap) --", crawl stamps such as "date 2023-12"). Whitespace is normalised
per line; nothing is inserted. Rules are anchored patterns and word sets built once at import,
and a line meets only the rules its first or last word can open: speed matters here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from launchwatch.extract.phrase import NOCASE

__all__ = ["Cleaned", "clean_text"]


@dataclass(frozen=True)
class Cleaned:
    """The cleaned article text and what was taken out of it."""

    text: str  # the cleaned article text; all evidence offsets refer to it
    dropped: tuple[str, ...]  # the furniture lines (or line prefixes) removed, in order


# Furniture lines are short; a line longer than this is always article text, so the whole-line
# rules never look at it (a long sentence that merely starts with "Photo" is safe by construction).
_MAX_FURNITURE_LINE: Final = 200
# How far into a line a dateline's "(Agency)" may sit.
_DATELINE_SPAN: Final = 100

# Zero-width characters that split words in scraped text ("Hwasong\u200b-18"): deleted, not
# turned into spaces, so that tokens stay whole.
_INVISIBLE: Final = "\u200b\u2060\ufeff\u00ad"
_DELETE_INVISIBLE: Final = dict.fromkeys(map(ord, _INVISIBLE))
# Characters that make a line need normalising: every whitespace character str.split() knows,
# except the plain space and the line breaks that str.splitlines() already consumed.
_ODD_SPACES: Final = tuple(
    char
    for char in map(chr, range(0x3001))
    if char.isspace() and char != " " and len(f"a{char}b".splitlines()) == 1
)

# --- building blocks -------------------------------------------------------------------------
# Month names as datelines write them ("Nov 5", "Dec. 16", "6 March").
_MONTH: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A page date stamp is checked word by word against these sets rather than by one regex:
# an alternation of some fifty words, tried at every position of every candidate line, cost
# twenty times more. Month, weekday and time-zone abbreviations as news sites print them.
_MONTH_WORDS: Final = frozenset((
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
))  # fmt: skip
_STAMP_WORDS: Final = _MONTH_WORDS | frozenset((
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
    "gmt", "utc", "kst", "jst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst",
    "ist", "cet", "cest", "msk", "hkt", "sgt", "et", "pt",
    "am", "pm", "a", "p", "m", "at", "on", "of", "ago", "today", "yesterday",
    "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "day", "days", "week",
    "weeks", "st", "nd", "rd", "th", "t", "z",
))  # fmt: skip
# What a bare stamp line opens with: the first three letters of a month or a weekday.
_STAMP_STARTS: Final = frozenset((
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
))  # fmt: skip
_ZONE: Final = (
    "(?:" + "|".join(("gmt", "utc", "kst", "jst", "est", "edt", "pst", "pdt", "bst")) + ")"
)
_STAMP_CHARS: Final = re.compile(r"[A-Za-z0-9 ,.:/|@()+\-–—·•]*")
_STAMP_WORD: Final = re.compile(r"[a-z]+|[0-9]+")

# News agencies and photo services as they appear in credits and datelines (from their own
# bylines and credit lines); extend as new ones turn up.
_AGENCIES: Final = (
    "getty images", "getty", "afp", "ap", "associated press", "reuters", "epa-efe", "epa", "efe",
    "yonhap news", "yonhap", "newsis", "news1", "kcna", "kctv", "korean central news agency",
    "korean central tv", "rodong sinmun", "kyodo news", "kyodo", "jiji press", "jiji", "xinhua",
    "tass", "sputnik", "ria novosti", "irna", "isna", "fars", "tasnim", "wana", "anadolu", "pti",
    "ani", "ians", "upi", "dpa", "bloomberg", "shutterstock", "alamy", "sipa", "imago", "istock",
    "nk news", "nhk", "kbs news", "kbs", "mbc", "sbs", "ytn", "maxar technologies", "maxar",
    "planet labs", "korea pool",
)  # fmt: skip
_CREDIT_WORDS: Final = ("file", "photo", "photos", "image", "images", "handout", "pool", "capture")
_AGENCY: Final = "(?:" + "|".join(re.escape(name) for name in _AGENCIES) + ")"
_CREDIT_WORD: Final = "(?:" + "|".join(_CREDIT_WORDS) + ")"
# A credit line ends with an agency or a credit word: checking the last word first spares the
# costly credit pattern on ordinary sentences.
_CREDIT_LAST_WORDS: Final = frozenset(name.split()[-1] for name in _AGENCIES) | set(_CREDIT_WORDS)

# A capitalised name word, case-sensitive even inside the case-insensitive patterns below.
_NAME_WORD: Final = r"(?-i:[A-Z])[\w.'’-]*"
_NAME: Final = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"

# --- whole-line furniture --------------------------------------------------------------------
# (opening words, pattern): a pattern is tried only on a line whose first word (lower case,
# after "(" or "«", without a trailing ":") is one of its opening words, so an ordinary sentence
# costs one dict lookup. Opening "advert", "http", "www.", "©" and "copyright" match any word
# that starts with them; "0" stands for any word that starts with a digit.
_KEYWORD_RULES: Final[tuple[tuple[str, str], ...]] = (
    # advertising slots, including the common misspelling "Advertisment"
    ("advert", r"advert\w*(?: ?[-–—:] ?(?:scroll|continue)[\w ]*)?"),
    ("sponsored", r"sponsored(?: content)?"),
    ("story article", r"(?:story|article) continues (?:below|after)(?: the)? (?:advertisement|ad)"),
    ("scroll", r"scroll to continue(?: with content)?"),
    # photo credits: "Photo : YONHAP News", "(Photo: Reuters)", "Photo by Jane Kim/AP"
    (
        "photo photos image picture file",
        r"\(?(?:photo|photos|image|picture|file photo)(?: credit)? ?: ?[\w&'’ ,/()-]{1,50}\)?"
        rf"|\(?(?:photo|photos|image|file photo) (?:by|courtesy(?: of)?) {_NAME}"
        rf"(?: ?/ ?{_NAME})?\)?",
    ),
    # links to other stories: "READ MORE", "ALSO READ: ...", "Read also", "Related:"
    (
        "read also see more related recommended most trending",
        r"(?:read more|also read|read also|see also|more on this|related(?: stories| articles"
        r"| news| content| coverage)?|recommended(?: stories)?|read|most read|trending)"
        r" ?(?::|\||»|>>|-|–|—) ?.{0,190}"
        # with no separator only after unambiguous openers ("Related tensions ..." is a sentence)
        r"|(?:read more|also read|read also|see also|most read|more stories)(?: .{1,190}|[.:…]*)"
        r"|related[.:…]*",
    ),
    ("previous next", r"«*(?: ?«)* ?(?:previous|next) (?:article|post|story)\b.{0,190}"),
    # share / subscribe / follow prompts
    (
        "share",
        r"share(?: this| the)?(?: article| story| page| post)?(?: (?:on|via) [\w ,&]{1,40})?:?",
    ),
    ("subscribe sign register", r"(?:subscribe|sign up|register)\b.{0,90}"),
    ("follow", r"follow us\b.{0,90}"),
    ("click", r"click here\b.{0,90}"),
    # site navigation and legal lines
    ("go skip", r"go to (?:main )?contents?|skip to (?:main )?content"),
    ("you", r"you are here"),
    ("search search-icon menu home top", r"search(?:-icon)?|menu|home|top"),
    ("back", r"back to top"),
    ("print", r"print(?: this)?(?: article| page)?"),
    ("email e-mail", r"e-?mail(?: this)?(?: article)?"),
    ("privacy", r"privacy policy"),
    ("terms", r"terms (?:of|and) (?:use|service|conditions)"),
    ("cookie", r"cookie (?:policy|settings)"),
    ("all", r"all rights reserved\.?"),
    ("copyright ©", r"(?:copyright|©) ?.{0,90}"),
    ("edition", r"edition ?: ?\w+"),
    ("tags tag topics topic", r"(?:tags?|topics?) ?: ?.{0,150}"),
    # syndication notes and source footers
    (
        "this",
        r"this (?:web)?site is best viewed .{0,90}"
        r"|\(?this (?:story|article|report) has not been edited by .{0,120}\)?"
        r"|\(?this (?:story|article|report|content) (?:is|was|has been) auto-?generated"
        r" .{0,120}\)?",
    ),
    ("source sources", r"sources?(?: ?: ?[^\s.!?]+(?: [^\s.!?]+){0,5}\.?)?"),
    # comment counters
    ("comment comments", r"comments? ?\(\d+\)|comments?"),
    ("0", r"\d+ comments?"),
    ("leave add view show", r"leave a (?:comment|reply)|add a comment|(?:view|show) comments?"),
    # bylines: "By Jane Kim", "By JOHN DOE in London | Outlet | Updated: ...",
    # "By AP Published: ..."
    (
        "by",
        rf"by {_NAME}(?:(?: ?,| and| &) {_NAME})*(?: (?:in|for|at|from) {_NAME})?"
        r"(?: ?[|·•] ?.{0,120}| (?:published|updated|posted)\b.{0,90})?",
    ),
    (
        "reporter reporters editor editors writer writers author authors correspondent",
        rf"(?:reporter|editor|writer|author|correspondent)s? ?:?(?: ?{_NAME})?",
    ),
    # bare URLs
    ("http www.", r"(?:https?://|www\.)\S+"),
)


def _rules_by_opening() -> dict[str, re.Pattern[str]]:
    """One compiled alternation per opening word."""
    patterns: dict[str, list[str]] = {}
    for openings, pattern in _KEYWORD_RULES:
        for word in openings.split():
            patterns.setdefault(word, []).append(f"(?:{pattern})")
    return {word: re.compile("|".join(group), NOCASE) for word, group in patterns.items()}


_RULES_BY_OPENING: Final = _rules_by_opening()
_OPENING_PREFIXES: Final = ("advert", "http", "www.", "©", "copyright")
# "AFP via Getty Images", "KCNA via Reuters", "Kim Hong-ji/Reuters", "(Yonhap)", "Reuters file"
_CREDIT_LINE: Final = re.compile(
    rf"\(?(?:{_CREDIT_WORD} )?(?:{_NAME} ?/ ?)?{_AGENCY}(?: ?(?:via|/|,|and|&|-) ?{_AGENCY})*"
    rf"(?: {_CREDIT_WORD}){{0,2}}\)?|\(?{_CREDIT_WORD}(?: {_CREDIT_WORD})?\)?",
    NOCASE,
)
_NEWSLETTER_LINE: Final = re.compile(r"(?:[\w&'’.-]+ ){0,5}newsletters?", NOCASE)
# "Published on ...", "Updated: 2023-11-21", "Last updated 3 hours ago", "publish time": a label
# and then nothing but a stamp.
_STAMP_LABEL: Final = re.compile(
    r"(?:(?:last )?updated|(?:first )?published|posted|modified|publish(?:ed)? (?:time|date)"
    r"|date|issue)(?: ?on)? ?:? ?",
    NOCASE,
)
_STAMP_LABEL_OPENINGS: Final = frozenset(
    ("last", "updated", "first", "published", "posted", "modified", "publish", "date", "issue")
)

# --- datelines and crawl stamps at the start of a line ---------------------------------------
_CITY_CAPS: Final = r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}"
_CITY_ANY: Final = r"[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}"
_REGION: Final = r", [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}"
_DL_DATE: Final = rf",? (?:(?i:{_MONTH})\.? \d{{1,2}}|\d{{1,2}} (?i:{_MONTH}))\b,?"
# The agency in a dateline: a known wire or "<Name> News/Press", so that a sentence opening with
# a parenthesis ("North Korea (DPRK) - ...") is not taken for one.
_WIRE: Final = (
    rf"(?i:{_AGENCY}|cnn|bbc|voa|rfa|bernama|antara|ansa|wafa|ndtv|cna|aa|afp-jiji)"
    rf"|{_NAME_WORD}(?: {_NAME_WORD})? (?:News|Press)(?: Agency)?"
)
_DASH: Final = r"(?:-{1,2}|—|–)"
# Prefixes that open with a fixed word or a dash: cheap enough to try on every line.
_PLAIN_PREFIX: Final = re.compile(
    # crawl / page stamp: "date 2023-12-04 ", "Updated: 2023-11-21 09:19 KST "
    r"(?i:date|published|updated|posted) ?:? \d{4}-\d{2}(?:-\d{2})?"
    rf"(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?: (?i:{_ZONE}))?)?(?= )"
    # a bare leading dash, what is left when a crawler cut a dateline off
    rf"|{_DASH}(?= )"
    # gallery controls glued to a caption
    r"|(?i:view larger image|enlarge (?:image|photo)|expand (?:image|photo))(?= )"
)
# The characters _PLAIN_PREFIX can start with: one set lookup spares most lines the regex.
_PLAIN_PREFIX_FIRST: Final = frozenset("dDpPuUvVeE-–—")
# "SEOUL, March 18 (Yonhap) --", "TOKYO (Example Wire) -", "Tokyo/Seoul, May 30 (Jiji Press)--",
# "(REUTERS) —". After a city in capitals any capitalised name may stand in the parentheses;
# after a city in other case, or with no city, only a wire.
_WIRE_DATELINE: Final = re.compile(
    rf"(?:{_CITY_CAPS}(?: ?/ ?{_CITY_CAPS})*(?:{_REGION})?(?:{_DL_DATE})? ?\((?:{_WIRE}|{_NAME})\)"
    rf"|(?:{_CITY_ANY}(?: ?/ ?{_CITY_ANY})*(?:{_REGION})?(?:{_DL_DATE})? ?)?\((?:{_WIRE})\))"
    rf" ?(?:{_DASH}|:)"
)
# "SEOUL, South Korea -", "WASHINGTON —": a city in capitals needs a spaced dash after it.
_CAPS_DATELINE: Final = re.compile(
    rf"{_CITY_CAPS}(?: ?/ ?{_CITY_CAPS})*(?:{_REGION})?(?:{_DL_DATE})? {_DASH}(?= )"
)
# A dateline that fills its whole line: "TOKYO/SEOUL, March 6, Kyodo".
_DATELINE_LINE: Final = re.compile(
    rf"{_CITY_CAPS}(?: ?/ ?{_CITY_CAPS})*(?:{_REGION})?{_DL_DATE} ?(?:{_NAME}|\((?:{_WIRE})\))"
)


def _needs_normalising(raw: str) -> bool:
    """True when some line of the text holds a space run or an odd whitespace character."""
    # Single-character searches are memchr-fast; a per-line scan would cost several times more.
    if "  " in raw:
        return True
    if raw.isascii():
        return "\t" in raw or "\x1f" in raw
    return any(char in raw for char in _ODD_SPACES)


def _is_stamp(text: str, *, dated: bool) -> bool:
    """True when `text` is only a date/time stamp ("Thu, Oct 03, 2019 - 6:57 AM").

    With `dated`, the stamp must also name a year or a month, so that a lone number or
    weekday on a line ("5", "Sunday") is not taken for one.
    """
    if not _STAMP_CHARS.fullmatch(text):
        return False
    words = _STAMP_WORD.findall(text.lower())
    for word in words:
        if word not in _STAMP_WORDS and not (word.isdigit() and len(word) <= 4):
            return False
    if not dated:
        return True
    return any(
        word in _MONTH_WORDS or (len(word) == 4 and word[:2] in ("19", "20")) for word in words
    )


def _opening_word(line: str) -> str:
    """The key of `_RULES_BY_OPENING` for a line: its first word, lower case."""
    # Only the first word is lower-cased: lower() on a whole non-ASCII line is costly.
    opening = line[:40].lstrip("(« ")
    space = opening.find(" ")
    word = (opening if space < 0 else opening[:space]).rstrip(":").lower()
    if word[:1].isdigit():
        return "0"
    if word.startswith(_OPENING_PREFIXES):
        return next(prefix for prefix in _OPENING_PREFIXES if word.startswith(prefix))
    return word


def _is_furniture(line: str) -> bool:
    """True when the whole (normalised, non-empty) line is page furniture."""
    if len(line) > _MAX_FURNITURE_LINE:
        return False
    opening = _opening_word(line)
    rule = _RULES_BY_OPENING.get(opening)
    if rule is not None and rule.fullmatch(line):
        return True
    last_word = line[max(line.rfind(" "), line.rfind("/")) + 1 :].strip("()").lower()
    if last_word in _CREDIT_LAST_WORDS and _CREDIT_LINE.fullmatch(line):
        return True
    if last_word.startswith("newsletter") and _NEWSLETTER_LINE.fullmatch(line):
        return True
    if opening in _STAMP_LABEL_OPENINGS:
        label = _STAMP_LABEL.match(line)
        if label and _is_stamp(line[label.end() :], dated=False):
            return True
    if (line[0].isdigit() or line[:3].lower() in _STAMP_STARTS) and _is_stamp(line, dated=True):
        return True
    return line[:3].isupper() and _DATELINE_LINE.fullmatch(line) is not None


def _furniture_prefix(line: str) -> re.Match[str] | None:
    """The dateline or stamp that opens the line, if any."""
    match = _PLAIN_PREFIX.match(line) if line[0] in _PLAIN_PREFIX_FIRST else None
    if match is None and line.find("(", 0, _DATELINE_SPAN) >= 0:
        match = _WIRE_DATELINE.match(line)
    if match is None and line[:3].isupper():
        match = _CAPS_DATELINE.match(line)
    return match


def clean_text(raw: str) -> Cleaned:
    """Remove page furniture and normalise whitespace; later offsets refer to `.text`.

    Lines are split on any line break; within a line every whitespace run (non-breaking and
    other odd spaces included) becomes one space and the ends are stripped; zero-width
    characters are deleted; paragraph breaks survive as one blank line. Removed lines and
    dateline prefixes come back in `dropped`, in order. Cleaning a cleaned text changes nothing.
    """
    kept: list[str] = []
    dropped: list[str] = []
    blank = True  # no blank line at the very top
    if not raw.isascii() and any(char in raw for char in _INVISIBLE):
        raw = raw.translate(_DELETE_INVISIBLE)
    odd = _needs_normalising(raw)
    for source_line in raw.splitlines():
        line = " ".join(source_line.split()) if odd else source_line.strip(" ")
        if not line:
            if not blank:
                kept.append("")
                blank = True
            continue
        # A whole furniture line goes as one piece, before a prefix rule could split it.
        if _is_furniture(line):
            dropped.append(line)
            continue
        match = _furniture_prefix(line)
        if match:
            # Strip stacked prefixes ("date 2024-05-31 – ...") until none is left: each round
            # removes at least one character, and a second clean then finds nothing more.
            while match:
                dropped.append(match.group().rstrip())
                line = line[match.end() :].lstrip(" ")
                match = _furniture_prefix(line) if line else None
            if not line:
                continue
            if _is_furniture(line):
                dropped.append(line)
                continue
        kept.append(line)
        blank = False
    if kept and kept[-1] == "":
        kept.pop()
    return Cleaned(text="\n".join(kept), dropped=tuple(dropped))
