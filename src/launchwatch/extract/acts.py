"""Reading acts: the verb that says a launch happened, the launch noun nearest it, and the
stretch of a clause they stand in."""

from __future__ import annotations

import re
from typing import Final

from mypy_extensions import trait

from launchwatch.extract import time_words as tw
from launchwatch.extract import wording as w
from launchwatch.extract.dates import DateMention
from launchwatch.extract.draft import Clause, Draft
from launchwatch.extract.gating import regex
from launchwatch.extract.phrase import NOCASE

_DETERMINER_BEFORE: Final = regex(r"\b(?:a|an|the|its|their)\s+$", NOCASE)


# A present-tense act after "when", "whenever", "if", "each time": what happens, not what happened.
_HABITUAL_BEFORE: Final = regex(
    r"\b(?:when|whenever|if|each time|every time)\s+(?:[\w'’.-]+\s+){1,4}$", NOCASE
)


@trait  # a mixin (compiled classes inherit from one base and any traits)
class Acts:
    """The act-reading half of the walk (a mixin of the walker, which owns the text)."""

    text: str
    masked: str
    focus: Draft | None
    main: Draft | None

    def _stretch(self, clause: Clause, verb: re.Match[str]) -> Clause:
        """The comma-delimited stretch of a clause around its verb."""
        left = max(self.text.rfind(",", clause.start, verb.start()), clause.start)
        right = self.text.find(",", verb.end(), clause.end)
        right = clause.end if right < 0 else right
        return Clause(clause.sentence, left, right, False, self.text[left:right])

    def _background_cue(self, clause: Clause) -> bool:
        return clause.cue

    # -- decisions --------------------------------------------------------------------------
    def _act(self, clause: Clause) -> re.Match[str] | None:
        """The verb that states a launch or test happened (not planned, not denied), if any."""
        text = self.text
        sentence = clause.sentence
        if sentence.verbs is None:
            strong_verbs = sentence.spans(w.STRONG_VERB, self.masked, "strong")
            weak_verbs = w.WEAK_VERB.finditer(self.masked, sentence.start, sentence.end)
            sentence.verbs = sorted(
                [*((m, True) for m in strong_verbs), *((m, False) for m in weak_verbs)],
                key=lambda pair: pair[0].start(),
            )
        found = [(m, strong) for m, strong in sentence.verbs if clause.inside(m.start(), m.end())]
        for m, strong in found:
            word = m.group(0).lower()
            before = text[max(clause.start, m.start() - 60) : m.start()]
            if word in ("launches", "fires", "tests") and not w.VERB_LAUNCHES_AFTER.search(before):
                continue
            if word in ("launches", "fires", "tests", "launch", "fire", "test") and (
                _HABITUAL_BEFORE.search(before)
            ):
                continue  # "When North Korea fires a ballistic missile, alerts follow": a habit
            if w.modal_before(before) or w.negated_before(before) or w.not_a_launch_before(before):
                continue
            if not strong:
                if _DETERMINER_BEFORE.search(before):
                    continue  # "a staged flight profile": an adjective, not a verb
                after = self.masked[m.end() : min(clause.end, m.end() + 90)]
                if not (
                    w.WEAK_OBJECT.search(w.first_words(after, 9)) or self._names_near(clause, m)
                ):
                    continue
                if w.NOT_A_LAUNCH_OBJECT.search(w.first_words(after, 9)):
                    continue
                if w.ORBIT_VERB.fullmatch(m.group(0)) and not w.ORBIT_OBJECT.search(after):
                    continue
            return m
        return None

    def _names_near(self, clause: Clause, verb: re.Match[str]) -> bool:
        """A named system next to a weak verb ("flew the Shaheen-III", "an M51.3 ... flew")."""
        for m in clause.sentence.vocab:
            near = 0 <= m.start - verb.end() <= 40 or 0 <= verb.start() - m.end <= 120
            if m.kind == "missile" and clause.inside(m.start, m.end) and near:
                return True
        return False

    def _nominal(self, clause: Clause) -> bool:
        """A lede that names the act without a verb ("a failed attempt to place a satellite")."""
        m = w.NOMINAL_ACT.search(self.text, clause.start, clause.end)
        masked = self.masked[clause.start : clause.end]
        if m is None or not self._type_of(masked) or w.FUTURE.search(clause.text):
            return False
        before = self.text[max(clause.start, m.start() - 60) : m.start()]
        return not (w.modal_before(before) or w.negated_before(before))

    def _type_of(self, text: str) -> str | None:
        for rule in w.event_type_rules():
            m = rule.pattern.search(text)
            if m and not (
                rule.name == "satellite_launch" and w.SATELLITE_IMAGERY.search(text, m.start())
            ):
                return rule.name
        return None

    def _clause_type(self, clause: Clause) -> str | None:
        """The event type a clause names without a verb: a named launcher first (a Chollima-1
        rocket is a satellite launch), then the launch nouns."""
        for m in clause.sentence.vocab:
            if m.kind == "missile" and m.event_type and clause.inside(m.start, m.end):
                return m.event_type
        return self._type_of(self.masked[clause.start : clause.end])

    def _attached_dates(self, clause: Clause, dated: list[DateMention]) -> list[DateMention]:
        """The dates that date a launch noun of no type ("the March 16 launch", "its debut
        flight in April 2022", "failures on May 31 and Aug. 24"), not some other thing."""
        nouns = w.GENERIC_ACT.finditer(self.text, clause.start, clause.end)
        if not nouns or w.NOT_A_LAUNCH_EVENT.search(clause.text):
            return []  # "important tests on Dec. 7 that analysts believe were engine firings"
        text = self.text
        attached: list[DateMention] = []
        previous_end = -1
        for d in dated:
            joined = previous_end >= 0 and bool(
                tw.DATE_LIST_JOINT.fullmatch(text, previous_end, d.start)
            )
            if joined or any(
                (m.end() <= d.start and tw.NOUN_TO_DATE.fullmatch(text, m.end(), d.start))
                or (d.end <= m.start() and tw.DATE_TO_NOUN.fullmatch(text, d.end, m.start()))
                for m in nouns
            ):
                attached.append(d)
                previous_end = d.end
            else:
                previous_end = -1
        return attached

    def _context_type(self) -> str | None:
        """The type of the event the text is speaking of (a launch noun of no type is one)."""
        event = self.focus or self.main
        return event.type if event is not None else None

    def _type_near(self, clause: Clause, verb: re.Match[str]) -> str | None:
        """The event type whose noun stands nearest the verb (satellites win near-ties).

        One fires or launches a missile or a rocket, never a nuclear test.
        """
        best: tuple[float, str] | None = None
        fired = bool(w.STRONG_VERB.fullmatch(verb.group(0)))
        for rule in w.event_type_rules():
            if fired and rule.name == "nuclear_test":
                continue
            for m in rule.pattern.finditer(self.masked, clause.start, clause.end):
                if rule.name == "satellite_launch" and w.SATELLITE_IMAGERY.search(
                    self.masked, m.start(), clause.end
                ):
                    continue
                distance = float(max(0, m.start() - verb.end(), verb.start() - m.end())) - (
                    60 if rule.name == "satellite_launch" else 0
                )
                if best is None or distance < best[0]:
                    best = (distance, rule.name)
        for named in clause.sentence.vocab:
            # A named system is a launch noun too ("when it fired a Hwasong-18").
            if named.kind != "missile" or not named.event_type:
                continue
            if not clause.inside(named.start, named.end):
                continue
            distance = float(max(0, named.start - verb.end(), verb.start() - named.end))
            if best is None or distance < best[0]:
                best = (distance, named.event_type)
        return best[1] if best else None
