"""Reporters a sentence names without naming their office in one phrase: nation words that share
the office of a coordination ("Japanese and South Korean officials", "the militaries of South
Korea and Japan"), and states that watched or measured a launch ("South Korea and Japan detected
a missile": their militaries; "Japan estimated ...": its government)."""

from __future__ import annotations

from typing import Final

from launchwatch.extract.gating import regex
from launchwatch.extract.phrase import NOCASE
from launchwatch.extract.vocab import VocabMatch, Vocabulary, default_vocab

# "Japanese and South Korean officials", "South Korean, Japanese and US officials": the nation
# words before the last one share its noun. Only " and " or ", " may stand between them.
_COORDINATOR: Final = regex(r",?\s+and\s+|,\s+")
# "the militaries of South Korea and Japan", "officials in Seoul and Tokyo": a plural office
# shared by the states named after it.
_SHARED_OFFICE: Final = regex(
    r"\b(militaries|governments|officials|defen[cs]e ministries)\s+(?:in|of|from)\s+"
    r"(?:the\s+)?$",
    NOCASE,
)
_SINGULAR_OFFICE: Final = {
    "militaries": "military",
    "governments": "government",
    "defense ministries": "Defense Ministry",
    "defence ministries": "Defense Ministry",
}


def coordinated_reporters(text: str, matches: list[VocabMatch]) -> list[VocabMatch]:
    """`matches` with the nation words that share a reporter's noun across "and" made reporters
    themselves: "Japanese and South Korean officials" names two governments, "the militaries of
    South Korea and Japan" two militaries."""
    vocab = default_vocab()
    out = list(matches)
    shared: list[str] = []  # the noun the match at `i` was given, carried on down a list
    for i in range(len(out) - 1, 0, -1):
        last, prev = out[i], out[i - 1]
        nouns, shared = shared, []
        if prev.kind != "country" or last.kind not in ("reporter", "country"):
            continue
        if not _COORDINATOR.fullmatch(text, prev.end, last.start):
            continue
        if last.kind == "reporter" and not nouns:
            # the reporter's own nation word, and what follows it: "South Korean| officials"
            words = text[last.start : last.end].split()
            nouns = [
                " ".join(words[k:])
                for k in range(1, min(3, len(words)))
                if vocab.lookup("country", " ".join(words[:k]))
            ][:1]
        elif last.kind == "country":
            # the office before the first of the coordinated states
            first = i - 1
            while first > 0 and out[first - 1].kind == "country":
                if not _COORDINATOR.fullmatch(text, out[first - 1].end, out[first].start):
                    break
                first -= 1
            office = _SHARED_OFFICE.search(text, max(0, out[first].start - 40), out[first].start)
            if office is None:
                continue
            plural = office.group(1).lower()
            nouns = [_SINGULAR_OFFICE.get(plural, plural)]
            named = _as_reporter(vocab, text, last, nouns)
            if named is not None:
                out[i] = named
        named = _as_reporter(vocab, text, prev, nouns)
        if named is not None:
            out[i - 1] = named
            shared = nouns
    return out


# A state that watched or measured the launch: "South Korea and Japan detected a missile",
# "South Korea said it had detected ...", "Japan had earlier estimated a flight of 74 minutes".
# What a state detects, its military detected (radar, surveillance); what it estimates, its
# government gave out.
_WATCHED_AFTER: Final = regex(
    r"\s+(?:also\s+|earlier\s+|had\s+(?:earlier\s+|also\s+)?|has\s+|have\s+|"
    r"said\s+it\s+(?:had\s+|has\s+)?|says\s+it\s+(?:has\s+)?)?"
    r"(?:(?P<watched>detected|tracked|spotted)|estimated|assessed)\b",
    NOCASE,
)


def watching_states(text: str, matches: list[VocabMatch]) -> list[VocabMatch]:
    """`matches` with the nation words that are the subject of a verb of watching made that
    state's military ("South Korea and Japan detected a missile" names two militaries), and of
    a verb of estimating its government ("Japan estimated a flight of 74 minutes")."""
    vocab = default_vocab()
    out = list(matches)
    office = ""  # the office of the nation word after this one, when it watched or estimated
    for i in range(len(out) - 1, -1, -1):
        nation = out[i]
        if nation.kind != "country" or nation.weak:
            office = ""
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        joined = nxt is not None and _COORDINATOR.fullmatch(text, nation.end, nxt.start)
        if not (office and joined):
            verb = _WATCHED_AFTER.match(text, nation.end)
            office = "" if verb is None else "military" if verb.group("watched") else "government"
        if office:
            named = _as_reporter(vocab, text, nation, [office])
            if named is not None:
                out[i] = named
    return out


def _as_reporter(
    vocab: Vocabulary, text: str, nation: VocabMatch, nouns: list[str]
) -> VocabMatch | None:
    """The reporter a nation word names with an office noun ("Japanese" + "officials", "Japan"
    + "military" as "Japan's military"), spanning the nation word, or None."""
    said = text[nation.start : nation.end]
    for noun in nouns:
        for phrase in (f"{said} {noun}", f"{said}'s {noun}"):
            found = vocab.lookup("reporter", phrase)
            if found is not None:
                return VocabMatch(
                    nation.start,
                    nation.end,
                    found.kind,
                    found.canonical,
                    found.country,
                    weak=found.weak,
                    needs_country=found.needs_country,
                    countries=found.countries,
                    leader=found.leader,
                )
    return None
