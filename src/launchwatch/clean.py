"""Page furniture out, whitespace normalised: the text that every evidence offset refers to.

Cleaning only removes: whole furniture lines (ads, credits, "READ MORE", share prompts, page date
stamps, bylines, bare URLs) and furniture prefixes at the start of a line (datelines such as
"SEOUL, March 18 (Yonhap) --", crawl stamps such as "date 2023-12"). Whitespace is normalised
per line; nothing is inserted. Every rule is one anchored pattern, compiled once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Cleaned", "clean_text"]


@dataclass(frozen=True)
class Cleaned:
    """The cleaned article text and what was taken out of it."""

    text: str  # the cleaned article text; all evidence offsets refer to it
    dropped: tuple[str, ...]  # the furniture lines (or line prefixes) removed, in order


# Furniture lines are short; a line longer than this is always article text, so the whole-line
# rules never look at it (a long sentence that merely starts with "Photo" is safe by construction).
_MAX_FURNITURE_LINE = 200

# Invisible characters that split words in scraped text ("Hwasong\u200b-18"); deleted, not
# turned into spaces, so that tokens stay whole.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")

# --- building blocks -------------------------------------------------------------------------
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_ZONE = r"(?:gmt|utc|kst|jst|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|ist|cet|cest|msk|hkt|sgt|et|pt)"
# One token of a date/time stamp. Every word token must end on a word boundary and separators
# are single characters, so a line parses in one way only: no backtracking blow-up on failure.
_STAMP_TOKEN = (
    r"(?:\d{1,4}(?:(?:st|nd|rd|th|z)?(?![a-z0-9])|t(?=\d))"
    rf"|{_MONTH}(?![a-z])|{_WEEKDAY}(?![a-z])|{_ZONE}(?![a-z])"
    r"|[ap]\.m(?![a-z])|[ap]m(?![a-z])|(?:at|on|of|ago|today|yesterday)(?![a-z])"
    r"|(?:hours?|hrs?|minutes?|mins?|days?|weeks?)(?![a-z])"
    r"|[ ,.:/|@()+\-–—·•])"
)
_STAMP = rf"{_STAMP_TOKEN}+"
# A stamp with no label must name a year or a month, so a lone number ("5") is not a stamp.
_HAS_YEAR_OR_MONTH = re.compile(rf"(?<![0-9])(?:1[89]|20)\d\d(?![0-9])|(?<![a-z]){_MONTH}(?![a-z])", re.I)

# News agencies and photo services, as they appear in credits and datelines.
# Names from the agencies' own bylines; extend as new ones turn up.
_AGENCY = (
    r"(?:getty(?: images)?|afp|ap|associated press|reuters|epa(?:-efe)?|efe|yonhap(?: news)?"
    r"|newsis|news1|kcna|kctv|korean central (?:news agency|tv)|rodong sinmun|kyodo(?: news)?"
    r"|jiji(?: press)?|xinhua|tass|sputnik|ria novosti|irna|isna|fars|tasnim|wana|anadolu"
    r"|pti|ani|ians|upi|dpa|bloomberg|shutterstock|alamy|sipa|imago|istock|nk news|nhk"
    r"|kbs(?: news)?|mbc|sbs|ytn|maxar(?: technologies)?|planet labs|handout|pool|korea pool)"
)
_CREDIT_WORD = r"(?:file|photo|photos|image|images|handout|pool|news|capture|screenshot)"

# A capitalised name word, case-sensitive even inside the case-insensitive patterns below.
_NAME_WORD = r"(?-i:[A-Z])[\w.'’-]*"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"

# --- whole-line furniture --------------------------------------------------------------------
_LINE_RULES = (
    # advertising slots, including the common misspelling "Advertisment"
    r"advert\w*(?: ?[-–—:] ?(?:scroll|continue)[\w ]*)?|sponsored(?: content)?"
    r"|(?:story|article) continues (?:below|after)(?: the)? (?:advertisement|ad)"
    r"|scroll to continue(?: with content)?",
    # photo credits: "Photo : YONHAP News", "(Photo: Reuters)", "AFP via Getty Images"
    r"\(?(?:photo|photos|image|picture|file photo)(?: credit)? ?: ?[\w&'’ ,/()-]{1,50}\)?",
    rf"\(?(?:photo|photos|image|file photo) (?:by|courtesy(?: of)?) {_NAME}(?: ?/ ?{_NAME})?\)?",
    rf"\(?(?:{_CREDIT_WORD} )?(?:{_NAME} ?/ ?)?{_AGENCY}(?: ?(?:via|/|,|and|&|-) ?{_AGENCY})*"
    rf"(?: {_CREDIT_WORD}){{0,2}}\)?",
    # links to other stories
    r"(?:read more|also read|read also|see also|more on this|related(?: stories| articles| news"
    r"| content| coverage)?|recommended(?: stories)?|read|most read|trending)"
    r" ?(?::|\||»|>>|-|–|—) ?.{0,190}",
    r"(?:read more|also read|read also|see also|related|most read|more stories)"
    r"(?: .{1,190}|[.:…]*)",
    r"«*(?: ?«)* ?(?:previous|next) (?:article|post|story)\b.{0,190}",
    # share / subscribe / follow prompts and site navigation
    r"share(?: this| the)?(?: article| story| page| post)?(?: (?:on|via) [\w ,&]{1,40})?:?"
    r"|(?:subscribe|sign up|register)\b.{0,90}|follow us\b.{0,90}"
    r"|(?:[\w&'’.-]+ ){0,5}newsletters?|click here\b.{0,90}",
    r"go to (?:main )?contents?|skip to (?:main )?content|you are here|search(?:-icon)?|menu"
    r"|home|back to top|top|print(?: this)?(?: article| page)?|e-?mail(?: this)?(?: article)?"
    r"|privacy policy|terms (?:of|and) (?:use|service|conditions)|cookie (?:policy|settings)"
    r"|all rights reserved\.?|(?:copyright|©) ?.{0,90}|edition ?: ?\w+"
    r"|this (?:web)?site is best viewed .{0,90}|tags? ?: ?.{0,150}|topics? ?: ?.{0,150}",
    # syndication notes and source footers
    r"\(?this (?:story|article|report) has not been edited by .{0,120}\)?"
    r"|\(?(?:this|the) (?:story|article|report|content) (?:is|was|has been) auto-?generated"
    r" .{0,120}\)?",
    r"sources?(?: ?: ?[^\s.!?]+(?: [^\s.!?]+){0,5}\.?)?",
    # comment counters
    r"comments? ?\(\d+\)|\d+ comments?|comments?|leave a (?:comment|reply)|add a comment"
    r"|(?:view|show) comments?",
    # "Published on ...", "Updated: 2023-11-21", "Last updated 3 hours ago", "publish time"
    r"(?:(?:last )?updated|published|first published|posted|modified|publish(?:ed)? (?:time|date)"
    rf"|date|issue)(?: ?on)? ?:? ?(?:{_STAMP})?",
    # bylines: "By Jane Kim", "By JOHN DOE in London | Outlet | Updated: ...", "By AP Published: ..."
    rf"by {_NAME}(?:(?: ?,| and| &) {_NAME})*(?: (?:in|for|at|from) {_NAME})?"
    r"(?: ?[|·•] ?.{0,120}| (?:published|updated|posted)\b.{0,90})?",
    r"(?:reporter|editor|writer|author|correspondent)s? ?:?(?: ?" + _NAME + r")?",
    # bare URLs
    r"(?:https?://|www\.)\S+",
)
_FURNITURE_LINE = re.compile("|".join(f"(?:{rule})" for rule in _LINE_RULES), re.I)
_DATE_STAMP_LINE = re.compile(_STAMP, re.I)

# --- furniture prefixes (datelines and crawl stamps) at the start of a line ------------------
_CITY_CAPS = r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}"
_CITY_ANY = r"[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}"
_REGION = r", [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}"
_DL_DATE = r",? (?:(?i:" + _MONTH + r")\.? \d{1,2}|\d{1,2} (?i:" + _MONTH + r"))\b,?"
# The agency in a dateline: a known wire or "<Name> News/Press", so that a sentence opening with
# a parenthesis ("North Korea (DPRK) - ...") is not taken for one.
_WIRE = (
    rf"(?i:{_AGENCY}|cnn|bbc|voa|rfa|bernama|antara|ansa|wafa|ndtv|cna|aa|ap photo|afp-jiji)"
    rf"|{_NAME_WORD}(?: {_NAME_WORD})? (?:News|Press)(?: Agency)?"
)
_PAREN_AGENCY = rf"\((?:{_WIRE})\)"
_PREFIX_RULES = (
    # crawl / page stamp at the very start: "date 2023-12-04 ", "Updated: 2023-11-21 "
    r"(?i:date|published|updated|posted) ?:? \d{4}-\d{2}(?:-\d{2})?"
    rf"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?: (?i:{_ZONE}))?)?(?= )",
    # "SEOUL, March 18 (Yonhap) --", "Tokyo/Seoul, May 30 (Jiji Press)--", "(REUTERS) —"
    rf"(?:{_CITY_ANY}(?: ?/ ?{_CITY_ANY})*(?:{_REGION})?(?:{_DL_DATE})? ?)?{_PAREN_AGENCY}"
    r" ?(?:-{1,2}|—|–|:)",
    # "SEOUL, South Korea -", "WASHINGTON —": a capitalised city needs a spaced dash after it
    rf"{_CITY_CAPS}(?: ?/ ?{_CITY_CAPS})*(?:{_REGION})?(?:{_DL_DATE})? (?:-{{1,2}}|—|–)(?= )",
    # a bare leading dash, what is left when a crawler cut a dateline off
    r"(?:-{1,2}|—|–)(?= )",
    # gallery controls glued to a caption
    r"(?i:view larger image|enlarge (?:image|photo)|expand (?:image|photo))(?= )",
)
_PREFIX = re.compile("|".join(f"(?:{rule})" for rule in _PREFIX_RULES))
# A dateline that fills its whole line: "TOKYO/SEOUL, March 6, Kyodo".
_DATELINE_LINE = re.compile(
    rf"{_CITY_CAPS}(?: ?/ ?{_CITY_CAPS})*(?:{_REGION})?{_DL_DATE} ?(?:{_NAME}|{_PAREN_AGENCY})"
)


def _is_furniture(line: str) -> bool:
    """True when the whole (normalised, non-empty) line is page furniture."""
    if len(line) > _MAX_FURNITURE_LINE:
        return False
    if _FURNITURE_LINE.fullmatch(line) or _DATELINE_LINE.fullmatch(line):
        return True
    return bool(_DATE_STAMP_LINE.fullmatch(line) and _HAS_YEAR_OR_MONTH.search(line))


def clean_text(raw: str) -> Cleaned:
    """Remove page furniture and normalise whitespace; offsets of later stages refer to `.text`.

    Lines are split on any line break, each line's whitespace runs (including non-breaking and
    other odd spaces) become one space and the ends are stripped; paragraph breaks survive as one
    blank line. Removed lines and dateline prefixes are returned in `dropped`, in order.
    """
    if "\u200b" in raw or "\ufeff" in raw or "\u00ad" in raw or "\u2060" in raw:
        raw = _INVISIBLE.sub("", raw)
    kept: list[str] = []
    dropped: list[str] = []
    blank = True  # no blank line at the very top
    for source_line in raw.splitlines():
        line = " ".join(source_line.split())
        if not line:
            if not blank:
                kept.append("")
                blank = True
            continue
        # A whole furniture line goes as one piece, before any prefix could split it.
        if _is_furniture(line):
            dropped.append(line)
            continue
        # Strip stacked prefixes ("date 2024-05-31 – ...") until none is left; each round removes
        # at least one character, so this ends, and a second clean finds nothing more.
        match = _PREFIX.match(line)
        if match:
            while match:
                dropped.append(match.group().rstrip())
                line = line[match.end() :].lstrip(" ")
                match = _PREFIX.match(line) if line else None
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
