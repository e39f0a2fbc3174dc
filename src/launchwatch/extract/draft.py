"""The pieces the walk works on: the sentences and clauses of a text, and the events being
assembled from them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from launchwatch.extract import time_words as tw
from launchwatch.extract import wording as w
from launchwatch.extract.dates import DateMention
from launchwatch.extract.quantities import CountMention, Quantity, find_counts, find_quantities
from launchwatch.extract.vocab import VocabMatch
from launchwatch.model import Evidence, Mention, Site


@dataclass
class Draft:
    """An event being assembled; fields are set by the first (or the more specific) clause."""

    role: str
    type: str
    paragraph: int
    country: str | None = None
    date: str | None = None
    precision: str | None = None
    count: int | None = None
    count_qualifier: str | None = None
    count_weak: bool = True
    # the count is "a missile": a type named in the singular, which a later plural corrects
    count_singular: bool = False
    class_rank: float = -1.0
    missile_class: str | None = None
    names: list[str] = field(default_factory=list)
    site: Site | None = None
    landing: str | None = None
    landing_rank: int = -1
    apogee: Quantity | None = None
    range: Quantity | None = None
    flight_time: float | None = None
    reporters: list[str] = field(default_factory=list)
    outcome: str = "unknown"
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)  # the clauses taken in
    acts: list[str] = field(default_factory=list)  # the clauses that tell the act itself
    # reporters taken while the launching state was unknown, with the states they speak for
    reporter_needs: dict[str, set[str]] = field(default_factory=dict)

    # Written out so that it is compiled (see VocabMatch).
    def __init__(
        self,
        role: str,
        type: str,
        paragraph: int,
        country: str | None = None,
        date: str | None = None,
        precision: str | None = None,
        count: int | None = None,
        count_qualifier: str | None = None,
        count_weak: bool = True,
        count_singular: bool = False,
        class_rank: float = -1.0,
        missile_class: str | None = None,
        site: Site | None = None,
        landing: str | None = None,
        landing_rank: int = -1,
        apogee: Quantity | None = None,
        range: Quantity | None = None,
        flight_time: float | None = None,
        outcome: str = "unknown",
    ) -> None:
        self.role = role
        self.type = type
        self.paragraph = paragraph
        self.country = country
        self.date = date
        self.precision = precision
        self.count = count
        self.count_qualifier = count_qualifier
        self.count_weak = count_weak
        self.count_singular = count_singular
        self.class_rank = class_rank
        self.missile_class = missile_class
        self.names = []
        self.site = site
        self.landing = landing
        self.landing_rank = landing_rank
        self.apogee = apogee
        self.range = range
        self.flight_time = flight_time
        self.reporters = []
        self.outcome = outcome
        self.evidence = {}
        self.texts = []
        self.acts = []
        self.reporter_needs = {}

    def cite(self, name: str, evidence: Evidence) -> None:
        spans = self.evidence.setdefault(name, [])
        if evidence not in spans:
            spans.append(evidence)

    def to_mention(self) -> Mention:
        def span(q: Quantity | None) -> tuple[float, float] | None:
            return (round(q.span[0], 1), round(q.span[1], 1)) if q and q.span else None

        return Mention(
            role=self.role,
            type=self.type,
            country=self.country,
            date=self.date,
            date_precision=self.precision,
            count=self.count,
            count_qualifier=self.count_qualifier,
            missile_class=self.missile_class,
            missile_names=tuple(self.names),
            launch_site=self.site,
            landing=self.landing,
            apogee_km=round(self.apogee.value, 1) if self.apogee else None,
            apogee_km_span=span(self.apogee),
            range_km=round(self.range.value, 1) if self.range else None,
            range_km_span=span(self.range),
            flight_time_min=round(self.flight_time, 2) if self.flight_time is not None else None,
            reported_by=tuple(self.reporters),
            outcome=self.outcome,
            evidence={k: tuple(v) for k, v in self.evidence.items()},
        )


@dataclass
class Sentence:
    start: int
    end: int
    index: int
    paragraph: int
    evidence: Evidence
    dates: list[DateMention]
    vocab: list[VocabMatch]
    attributed: bool
    low: str  # lowercased text, for cheap keyword gates before the regular expressions
    doc: str  # the whole cleaned text (matches carry offsets into it)
    classes: list[tuple[int, int, float, str]] | None = None  # (start, end, rank, class), lazily
    verbs: list[tuple[re.Match[str], bool]] | None = None  # (verb, strong), lazily
    found: dict[str, list[re.Match[str]]] = field(default_factory=dict)  # for spans()
    # figures and counts, read when first asked for (a sixth of the sentences never are)
    figures: list[Quantity] | None = None
    counted: list[CountMention] | None = None

    # Written out so that it is compiled (see VocabMatch).
    def __init__(
        self,
        start: int,
        end: int,
        index: int,
        paragraph: int,
        evidence: Evidence,
        dates: list[DateMention],
        vocab: list[VocabMatch],
        attributed: bool,
        low: str,
        doc: str,
        classes: list[tuple[int, int, float, str]] | None = None,
        verbs: list[tuple[re.Match[str], bool]] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.index = index
        self.paragraph = paragraph
        self.evidence = evidence
        self.dates = dates
        self.vocab = vocab
        self.attributed = attributed
        self.low = low
        self.doc = doc
        self.classes = classes
        self.verbs = verbs
        self.found = {}
        self.figures = None
        self.counted = None

    @property
    def quantities(self) -> list[Quantity]:
        """Distances and durations in the sentence."""
        if self.figures is None:
            self.figures = find_quantities(self.doc, self.start, self.end)
        return self.figures

    @property
    def counts(self) -> list[CountMention]:
        """Numbers of missiles in the sentence."""
        if self.counted is None:
            self.counted = find_counts(self.doc, self.start, self.end)
        return self.counted

    def spans(self, pattern: w.Gated, text: str, cache: str) -> list[re.Match[str]]:
        """All matches of a pattern in the sentence, found once (clauses filter by position)."""
        found = self.found.get(cache)
        if found is None:
            found = self.found[cache] = pattern.finditer(text, self.start, self.end)
        return found


@dataclass
class Clause:
    sentence: Sentence
    start: int
    end: int
    opened_by_background: bool
    text: str
    inherits_time: bool = False  # ", when it fired ...": the time of the clause before

    # Written out so that it is compiled (see VocabMatch).
    def __init__(
        self,
        sentence: Sentence,
        start: int,
        end: int,
        opened_by_background: bool,
        text: str,
        inherits_time: bool = False,
    ) -> None:
        self.sentence = sentence
        self.start = start
        self.end = end
        self.opened_by_background = opened_by_background
        self.text = text
        self.inherits_time = inherits_time
        # what the properties below found, once asked (compiled, `functools.cached_property`
        # would be a plain property: mypyc does not cache it)
        self._aggregate: bool | None = None
        self._counted: bool | None = None
        self._cue: bool | None = None
        self.dating: list[DateMention] | None = None  # its dates that date an event (`_dates`)

    def inside(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def _within(self, pattern: w.Gated, cache: str) -> list[re.Match[str]]:
        matches = self.sentence.spans(pattern, self.sentence.doc, cache)
        return [m for m in matches if self.start <= m.start() and m.end() <= self.end]

    @property
    def aggregate(self) -> bool:
        """Counts over many events ("more than 60 missiles", "the eighth launch this year")."""
        if self._aggregate is None:
            self._aggregate = self.counted or bool(self._within(w.ORDINAL_CLAIM, "ordinals"))
        return self._aggregate

    @property
    def counted(self) -> bool:
        """Counts of many launches ("more than 60 missiles"); an ordinal ("its first test
        flight") describes the event itself and is not one."""
        if self._counted is None:
            self._counted = bool(self._within(w.AGGREGATE, "aggregates"))
        return self._counted

    @property
    def cue(self) -> bool:
        """Words that put the clause in the past of the news (reported speech excepted)."""
        if self._cue is None:
            self._cue = self._find_cue()
        return self._cue

    def _find_cue(self) -> bool:
        doc = self.sentence.doc
        for m in self._within(w.BACKGROUND_CUE, "cues"):
            if m.group(0).lower().startswith("had") and tw.SAID_HAD.search(self.text):
                continue
            if w.COMPARED_WITH_PAST.search(doc, max(self.start, m.start() - 60), m.start()):
                continue  # "more powerful than the previous test", "its largest test to date"
            return True
        return False


def within_a_day(a: str, b: str) -> bool:
    """Two dates (to any precision) that name the same day, give or take one."""
    if len(a) != 10 or len(b) != 10:
        return a[: min(len(a), len(b))] == b[: min(len(a), len(b))] and len(b) == 10
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
