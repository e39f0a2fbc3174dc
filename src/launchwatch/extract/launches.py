"""Article -> launch events: find the acts of launching in clauses, tell the news from the past,
and gather each event's facts with the sentences they came from.

The walk is one pass over the sentences. A clause with a launch verb and a launch noun is an
*anchor*: the first recent one becomes the article's main `report` event; dated earlier ones become
`background` events. Clauses without an act carry facts (figures, landing, who said so) to the
event in focus: the event the paragraph is about.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from launchwatch.clean import clean_text
from launchwatch.extract import wording as w
from launchwatch.extract.dates import DateMention, find_dates
from launchwatch.extract.quantities import CountMention, Quantity, find_counts, find_quantities
from launchwatch.extract.sentences import split_sentences
from launchwatch.extract.vocab import VocabMatch, find_vocab
from launchwatch.model import Article, Evidence, Extraction, Mention, Site

# How old a dated launch may be, at the publication date, and still be the article's news.
MAX_REPORT_AGE_DAYS = 4
# How old a launch first told in the lede may be when the article reveals it later (a failed
# test disclosed weeks on).
PROMOTE_MAX_AGE_DAYS = 62
# News is told first (the inverted pyramid): an article's own report is anchored in its first
# sentences; a launch first told further down is context for other news (a parade, a vote).
LEDE_SENTENCES = 4
# Nouns that count launched objects (not tests, rounds of tests or launchers).
_COUNT_NOUN = re.compile(
    r"^(?:\w+[- ])*(?:missiles?|rockets?|projectiles?|ICBMs?|SRBMs?|IRBMs?|MRBMs?|SLBMs?|shots?)$",
    re.IGNORECASE,
)
_SINGULAR = re.compile(r"\b(?:missile|rocket|projectile|ICBM|SRBM|IRBM|MRBM|SLBM)\b", re.I)
_PLURAL = re.compile(r"\b(?:missiles|rockets|projectiles|ICBMs|SRBMs|IRBMs|MRBMs|SLBMs)\b", re.I)
# A duration is a flight time when the sentence tells of flying, or of coming down N minutes on.
_FLIGHT = re.compile(
    r"\bfl(?:ew|ight|ying|own)\b|\bairborne\b|\bin the air\b|\baloft\b|\bfell\b|\blanded\b|"
    r"\bstruck\b|\bcame down\b|\bsplashed\b|\bimpact\w*|\bdelivered\b|\bhit\b",
    re.IGNORECASE,
)
_LANDING_BEFORE = re.compile(
    r"\b(?:into|toward|towards|in|landed|landing|fell|falling|splashed|over|off|outside|within|"
    r"inside|to|at|across|hit|struck|near|reach\w*|enter\w*|crossed|traversing|flew|flying|"
    r"dropped|plunged|crashed|came down)\b"
    r"[^.]{0,40}$",
    re.IGNORECASE,
)
_LANDING_OWN_PREPOSITION = re.compile(r"(?:over|outside|inside|within|into)\b", re.IGNORECASE)
_NOT_LANDED = re.compile(
    r"\b(?:not|none|no|never|didn't|did not|target\w*|aimed|supposed|intended)\b[^.;]{0,40}$", re.I
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_OFFICE_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:\w+\s+)?(?:military|joint|defen[cs]e|government|presidential|officials?|"
    r"ministry|minister|foreign|unification|spy|intelligence|national|coast|prime|chief|"
    r"president|leader|cabinet|embassy|envoy|authorities|navy|forces|army|air force|media|"
    r"news|agency|state|lawmakers?|sources?|analysts?|experts?|officer)\b",
    re.IGNORECASE,
)
_NAMED_CLASS_RANK = 4.5
_LANDING_RANK = {"Japan EEZ": 3, "outside Japan EEZ": 3, "over Japan": 3, "Japan ADIZ": 3}
_SITE_RANK = {"facility": 4, "county": 3, "city": 2, "province": 1, "region": 0, "sea_area": 0}
# Cheap gates: a sentence without any of these words cannot match the patterns they guard.
_CLASS_WORDS = (
    "range", "intercontinental", "icbm", "slbm", "irbm", "mrbm", "srbm", "launched", "ballistic",
    "cruise", "hypersonic", "rocket", "mlrs", "carrier", "vehicle", "slv",
)  # fmt: skip
_OUTCOME_WORDS = (
    "fail", "success", "explo", "blew", "crash", "malfunction", "disintegrat", "misfire", "ignite",
    "broke", "wrong", "mishap", "anomal", "abort", "lost contact", "fizzl", "accurate", "target",
)  # fmt: skip
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s)\b")
# Two place names that name one place: "Sunan area of Pyongyang", "Kaechon in South Pyongan".
_JOINED = re.compile(r"\s*(?:area\s+|district\s+|county\s+)?(?:of|in|,|near)?\s*(?:the\s+)?")


@dataclass
class _Draft:
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
    texts: list[str] = field(default_factory=list)  # the clauses taken in, for defaults

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
class _Sentence:
    start: int
    end: int
    index: int
    paragraph: int
    evidence: Evidence
    dates: list[DateMention]
    vocab: list[VocabMatch]
    quantities: list[Quantity]
    counts: list[CountMention]
    attributed: bool
    low: str  # lowercased text, for cheap keyword gates before the regular expressions
    doc: str  # the whole cleaned text (matches carry offsets into it)
    classes: list[tuple[int, int, float, str]] | None = None  # (start, end, rank, class), lazily
    verbs: list[tuple[re.Match[str], bool]] | None = None  # (verb, strong), lazily

    def spans(self, pattern: w.Gated, text: str, cache: str) -> list[re.Match[str]]:
        """All matches of a pattern in the sentence, found once (clauses filter by position)."""
        found: list[re.Match[str]] | None = self.__dict__.get(cache)
        if found is None:
            found = pattern.finditer(text, self.start, self.end)
            self.__dict__[cache] = found
        return found


@dataclass
class _Clause:
    sentence: _Sentence
    start: int
    end: int
    opened_by_background: bool
    text: str
    inherits_time: bool = False  # ", when it fired ...": the time of the clause before

    def inside(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def _within(self, pattern: w.Gated, cache: str) -> list[re.Match[str]]:
        matches = self.sentence.spans(pattern, self.sentence.doc, cache)
        return [m for m in matches if self.start <= m.start() and m.end() <= self.end]

    @cached_property
    def aggregate(self) -> bool:
        """Counts over many events ("more than 60 missiles", "the eighth launch this year")."""
        return self.counted or bool(self._within(w.ORDINAL_CLAIM, "ordinals"))

    @cached_property
    def counted(self) -> bool:
        """Counts of many launches ("more than 60 missiles"); an ordinal ("its first test
        flight") describes the event itself and is not one."""
        return bool(self._within(w.AGGREGATE, "aggregates"))

    @cached_property
    def cue(self) -> bool:
        """Words that put the clause in the past of the news (reported speech excepted)."""
        for m in self._within(w.BACKGROUND_CUE, "cues"):
            if m.group(0).lower().startswith("had") and w.SAID_HAD.search(self.text):
                continue
            return True
        return False


def extract_article(article: Article) -> Extraction:
    """Clean one article and extract every launch or test it speaks of, with evidence."""
    cleaned = clean_text(article.text)
    return extract_text(article, cleaned.text)


def extract_text(article: Article, text: str) -> Extraction:
    """Extract from already cleaned `text` (offsets in the result refer to it)."""
    walker = _Walker(text, article.published)
    walker.run()
    return Extraction(
        article=article, text=text, mentions=walker.mentions(), warnings=tuple(walker.warnings)
    )


class _Walker:
    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text = text
        self.published = published
        self.warnings: list[str] = []
        self.main: _Draft | None = None
        self.reports: list[_Draft] = []
        self.background: list[_Draft] = []
        self.focus: _Draft | None = None
        self.focus_is_sink = False
        self.pending: list[_Clause] = []
        self.countries_seen: list[str] = []
        self.masked = text  # the text with place names blanked, for reading nouns
        self.nominal: list[_Clause] = []
        self.date_hints: list[tuple[DateMention, _Clause]] = []
        self.lede_background: list[_Draft] = []
        self.lede_sentences = 0
        self.deferred: list[_Clause] = []
        self.focus_sentence = -1
        self.focus_paragraph = -1
        self.said_dates: list[tuple[str, Evidence]] = []

    # -- the walk ---------------------------------------------------------------------------
    def run(self) -> None:
        text = self.text
        paragraph = 0
        last_end = 0
        for index, (start, end) in enumerate(split_sentences(text)):
            paragraph += text.count("\n\n", last_end, start) + (
                1 if "\n" in text[last_end:start] and "\n\n" not in text[last_end:start] else 0
            )
            last_end = end
            if not w.TRIGGER.possible(text, start, end):
                continue
            sentence = self._analyse(start, end, index, paragraph)
            for clause in self._clauses(sentence):
                self._visit(clause)
            self.lede_sentences += 1
        self._finish()

    def _analyse(self, start: int, end: int, index: int, paragraph: int) -> _Sentence:
        text = self.text
        vocab = find_vocab(text, start, end)
        for m in vocab:
            if m.kind == "country" and not m.weak:
                self.countries_seen.append(m.canonical)
            elif m.kind == "site":
                # "Sohae Satellite Launching Ground" names a place, not a satellite launch.
                masked = self.masked
                self.masked = masked[: m.start] + " " * (m.end - m.start) + masked[m.end :]
        return _Sentence(
            start=start,
            end=end,
            index=index,
            paragraph=paragraph,
            evidence=Evidence(text[start:end], start, end),
            dates=find_dates(text, self.published, start, end),
            vocab=vocab,
            quantities=find_quantities(text, start, end),
            counts=find_counts(text, start, end),
            attributed=w.ATTRIBUTION.possible(text, start, end),
            low=text[start:end].lower(),
            doc=text,
        )

    def _clauses(self, sentence: _Sentence) -> list[_Clause]:
        """Split a sentence where a clause about an earlier event begins ("three days after ...").

        A piece without a launch word of its own stays with the clause before it: "exploded
        shortly after liftoff" is one fact, not two events.
        """
        text = self.text
        low = sentence.low
        cuts: dict[int, bool] = {}
        for m in w.BACKGROUND_CLAUSE.finditer(text, sentence.start, sentence.end):
            lead = w.OPENER_LEAD.search(text, max(sentence.start, m.start() - 30), m.start())
            cut = lead.start() if lead else m.start()
            if cut > sentence.start:
                cuts[cut] = not w.SAME_EVENT_AFTER.match(text, m.start())
        neutral = (
            {}
            if not (";" in low or ", wh" in low)
            else {
                m.start(): m for m in w.NEUTRAL_SPLIT.finditer(text, sentence.start, sentence.end)
            }
        )
        for start in neutral:
            cuts.setdefault(start, False)
        bounds = [sentence.start, *sorted(cuts), sentence.end]
        clauses: list[_Clause] = []
        for i in range(len(bounds) - 1):
            s, e = bounds[i], bounds[i + 1]
            piece = text[s:e]
            opened = cuts.get(s, False)
            named = any(m.kind == "missile" and s <= m.start < e for m in sentence.vocab)
            if (
                i > 0
                and clauses
                and not (
                    any(s <= m.start() < e for m in sentence.spans(w.STRONG_VERB, text, "strong"))
                    or self._type_of(piece)
                    or named
                )
            ):
                # the piece is merged into the clause before it
                prev = clauses[-1]
                clauses[-1] = _Clause(
                    sentence, prev.start, e, prev.opened_by_background, text[prev.start : e]
                )
                continue
            inherits = s in neutral and bool(w.WHEN.match(text, s))
            if inherits and clauses:
                opened = opened or clauses[-1].opened_by_background
            clauses.append(_Clause(sentence, s, e, opened, piece, inherits))
        return clauses

    def _visit(self, clause: _Clause) -> None:
        verb = self._act(clause)
        # "more than 60 missiles this year": a claim to check, not an event -- unless the act is
        # told apart from it ("fired a Hwasong-12, its seventh launch this month").
        if (
            clause.aggregate
            and w.AGGREGATE_SPAN.search(clause.text)
            and (verb is None or self._stretch(clause, verb).counted)
        ):
            return
        event_type = self._type_near(clause, verb) if verb else None
        if verb and event_type:
            self._visit_anchor(clause, event_type, verb)
            return
        if clause.aggregate and not w.MAIN_REFERENCE.search(clause.text):
            return
        dated = self._dates(clause)
        if self.main is None and self.lede_sentences < 3 and self._nominal(clause):
            recent = [d for d in dated if d.precision == "day" and not self._is_old(d)]
            nominal = w.NOMINAL_ACT.search(self.text, clause.start, clause.end)
            event_type = self._type_of(self.masked[clause.start : clause.end])
            singular = nominal is not None and not nominal.group(0).lower().endswith("es")
            if recent and nominal and event_type and (singular or w.NEWS_LIKE.search(clause.text)):
                self._visit_anchor(clause, event_type, nominal)
                return
            if not dated and w.NEWS_LIKE.search(clause.text):
                self.nominal.append(clause)
        old = [d for d in dated if self._is_old(d)]
        cue = self._background_cue(clause)
        if old or cue or clause.opened_by_background:
            focus = self.focus
            if (
                focus is not None
                and focus.role == "background"
                and (
                    self.focus_paragraph == clause.sentence.paragraph
                    or clause.sentence.index - self.focus_sentence <= 1
                )
            ):
                self._absorb(focus, clause)
            elif self._type_of(self.masked[clause.start : clause.end]):
                # "One of its tests last month involved ...": what follows in the paragraph
                # speaks of that earlier launch, not of the news.
                event_type = self._type_of(self.masked[clause.start : clause.end]) or ""
                made = [
                    self._background(clause, event_type, d.value, d.precision, clause, None)
                    for d in old[:1]
                    if d.value is not None
                ]
                self._set_focus(made[0] if made else None, clause)
            elif (
                self.focus is not None
                and self.focus.date is None
                and old
                and not cue
                and not clause.opened_by_background
                and old[0].precision == "day"
                and w.EVENT_WORDS.search(clause.text)
            ):
                self.date_hints.append((old[0], clause))
            return
        target = self._property_target(clause)
        if target is None:
            if self.main is None:
                self.pending.append(clause)
            return
        if target is self.main and target.date is None and any(d.precision == "day" for d in dated):
            # Until an anchor dates the news, a dated aside (a caption of last week's launch)
            # cannot be told from the news itself: decide when the date is known.
            self.deferred.append(clause)
            return
        self._absorb(target, clause)

    def _flush_deferred(self) -> None:
        """Place the dated asides held back while the news had no date."""
        deferred, self.deferred = self.deferred, []
        main = self.main
        if main is None:
            return
        for clause in deferred:
            dated = self._dates(clause)
            old = [d for d in dated if self._is_old(d)]
            if not old:
                self._absorb(main, clause)
                continue
            nominal = w.NOMINAL_ACT.search(self.text, clause.start, clause.end)
            event_type = self._type_of(self.masked[clause.start : clause.end])
            if nominal and event_type:
                d = old[0]
                assert d.value is not None
                self._background(clause, event_type, d.value, d.precision, clause, nominal)

    def _visit_anchor(self, clause: _Clause, event_type: str, verb: re.Match[str]) -> None:
        dated = sorted(
            self._dates(clause),
            key=lambda d: (
                d.precision != "day",
                min(abs(d.start - verb.end()), abs(verb.start() - d.end)),
            ),
        )
        offset = w.RELATIVE_OFFSET.search(clause.text)
        if not dated and clause.inherits_time:
            before = [
                d
                for d in clause.sentence.dates
                if d.end <= clause.start and d.value is not None and d.note != "future"
            ]
            dated = before[-1:]
        if not dated and not clause.opened_by_background:
            self._said_date(clause)
        late = self.main is None and clause.sentence.index >= LEDE_SENTENCES
        if dated:
            background = clause.opened_by_background or self._is_old(dated[0]) or late
        elif late:
            self._set_focus(None, clause)
            return
        else:
            # Only words in the verb's own stretch of the clause put the act in the past: "In its
            # third round of launches since last week, North Korea fired ..." is the news.
            stretch = self._stretch(clause, verb)
            background = clause.opened_by_background or stretch.cue or stretch.counted
        focus = self.focus
        if (
            not background
            and not dated
            and focus is not None
            and focus.role == "background"
            and clause.sentence.index - self.focus_sentence <= 2
            and w.DEFINITE_SUBJECT.match(clause.text)
            and not w.NEWS_REFERENCE.search(clause.text)
        ):
            self._absorb(focus, clause)
            return
        if not background:
            target = self._report_for(clause, event_type, verb)
            self._set_focus(target, clause)
            self._absorb(target, clause, dated[:1])
            return
        made = self._background_events(
            clause, event_type, dated if clause.inherits_time else self._dates(clause), offset, verb
        )
        # Only a lede that says the missile was fired or launched is about that launch.
        verbal = bool(w.STRONG_VERB.fullmatch(verb.group(0)))
        for event in made:
            if self.lede_sentences < 2 and not clause.opened_by_background and verbal:
                self.lede_background.append(event)
        self._set_focus(made[-1] if made else None, clause)

    def _stretch(self, clause: _Clause, verb: re.Match[str]) -> _Clause:
        """The comma-delimited stretch of a clause around its verb."""
        left = max(self.text.rfind(",", clause.start, verb.start()), clause.start)
        right = self.text.find(",", verb.end(), clause.end)
        right = clause.end if right < 0 else right
        return _Clause(clause.sentence, left, right, False, self.text[left:right])

    def _background_cue(self, clause: _Clause) -> bool:
        return clause.cue

    # -- decisions --------------------------------------------------------------------------
    def _act(self, clause: _Clause) -> re.Match[str] | None:
        """The verb that states a launch or test happened (not planned, not denied), if any."""
        text = self.text
        sentence = clause.sentence
        if sentence.verbs is None:
            strong_verbs = sentence.spans(w.STRONG_VERB, text, "strong")
            weak_verbs = w.WEAK_VERB.finditer(text, sentence.start, sentence.end)
            sentence.verbs = sorted(
                [*((m, True) for m in strong_verbs), *((m, False) for m in weak_verbs)],
                key=lambda pair: pair[0].start(),
            )
        found = [(m, strong) for m, strong in sentence.verbs if clause.inside(m.start(), m.end())]
        for m, strong in found:
            word = m.group(0).lower()
            before = text[max(clause.start, m.start() - 60) : m.start()]
            if word in ("launches", "fires") and not w.VERB_LAUNCHES_AFTER.search(before):
                continue
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

    def _names_near(self, clause: _Clause, verb: re.Match[str]) -> bool:
        """A named system next to a weak verb ("flew the Shaheen-III", "an M51.3 ... flew")."""
        for m in clause.sentence.vocab:
            near = 0 <= m.start - verb.end() <= 40 or 0 <= verb.start() - m.end <= 120
            if m.kind == "missile" and clause.inside(m.start, m.end) and near:
                return True
        return False

    def _nominal(self, clause: _Clause) -> bool:
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

    def _type_near(self, clause: _Clause, verb: re.Match[str]) -> str | None:
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

    def _dates(self, clause: _Clause) -> list[DateMention]:
        """The resolved dates of a clause that date an event (not the day something was said)."""
        text = self.text
        return [
            self._local_weekday(d)
            for d in clause.sentence.dates
            if clause.inside(d.start, d.end)
            and d.value is not None
            and d.note != "future"
            and (
                _POSSESSIVE.match(text, d.end)  # "said Thursday's launch": the launch's day
                or not w.SAID_BEFORE_DATE.search(text, max(clause.start, d.start - 30), d.start)
            )
            and not w.AHEAD_OF.search(text, max(clause.start, d.start - 15), d.start)
            and not w.SAID_AFTER_DATE.match(text, d.end, min(clause.end, d.end + 30))
        ]

    def _said_date(self, clause: _Clause) -> None:
        """Note the day a launch was told of ("said on Friday it had fired ... a day earlier"):
        the report's date of last resort, counted back where the sentence says how far."""
        sentence = clause.sentence
        days = [self._local_weekday(d) for d in sentence.dates if d.value and d.precision == "day"]
        if not days or self._is_old(days[0]):
            return
        sentence_text = self.text[sentence.start : sentence.end]
        back = 0
        offset = w.RELATIVE_EARLIER.search(sentence_text) or w.AFTER_THE_LAUNCH.search(
            sentence_text
        )
        if offset is not None:
            back = w.relative_days(offset)
        elif w.LATE_NIGHT.search(sentence_text):
            back = 1
        assert days[0].value is not None
        day = dt.date.fromisoformat(days[0].value) - dt.timedelta(days=back)
        self.said_dates.append((day.isoformat(), sentence.evidence))

    def _local_weekday(self, d: DateMention) -> DateMention:
        """The site's local day for a day told in another time zone.

        "Tuesday evening Washington time" is Wednesday morning in East Asia; and a weekday in
        the site's local time that falls the day after a US publication date resolves a week
        back, so it is brought to the day after.
        """
        published = self.published
        if d.value is None or d.precision != "day" or published is None:
            return d
        text = self.text
        window = text[max(0, d.start - 15) : d.end + 35]
        if (
            w.US_TIME.search(window)
            and w.EVENING.search(window)
            and any(c in w.EAST_ASIA for c in self.countries_seen)
        ):
            day = dt.date.fromisoformat(d.value) + dt.timedelta(days=1)
            if day <= published + dt.timedelta(days=1):
                return DateMention(
                    d.start, d.end, day.isoformat(), "day", d.kind, d.hour, d.zone, "US evening"
                )
        if d.kind != "weekday":
            return d
        day = dt.date.fromisoformat(d.value)
        if (published - day).days != 6 or not w.LOCAL_TIME_AFTER.match(self.text, d.end):
            return d
        local = (day + dt.timedelta(days=7)).isoformat()
        return DateMention(d.start, d.end, local, "day", d.kind, d.hour, d.zone, "local weekday")

    def _reference_date(self) -> dt.date | None:
        if self.main is not None and self.main.date and self.main.precision == "day":
            return dt.date.fromisoformat(self.main.date)
        return self.published

    def _is_old(self, d: DateMention) -> bool:
        """True when a date lies clearly before the news of the day."""
        ref = self._reference_date()
        if ref is None or d.value is None:
            return False
        if d.precision != "day":
            return not (d.value == ref.isoformat()[: len(d.value)] and d.kind == "relative")
        age = (ref - dt.date.fromisoformat(d.value)).days
        main = self.main
        dated_main = main is not None and main.date is not None and main.precision == "day"
        limit = 1 if dated_main else MAX_REPORT_AGE_DAYS
        return age > limit

    def _report_for(self, clause: _Clause, event_type: str, verb: re.Match[str]) -> _Draft:
        """The report event this anchor belongs to: the main one, or a new one for another state."""
        country = self._country_of(clause, verb.start())
        if self.main is None:
            context = self._told_as_context(clause, event_type, country)
            if context is not None:
                return context
            self.main = self._new("report", event_type, clause, country)
            self.reports.append(self.main)
            for pending in self.pending:
                if pending.sentence.paragraph <= clause.sentence.paragraph + 1:
                    self._absorb(self.main, pending)
            self.pending.clear()
            return self.main
        for report in self.reports:
            if report.type == event_type and (country is None or report.country in (None, country)):
                return report
        own_dates = [d for d in self._dates(clause) if d.precision == "day"]
        if country is not None and own_dates and all(r.country != country for r in self.reports):
            draft = self._new("report", event_type, clause, country)
            self.reports.append(draft)
            return draft
        return self.main

    def _told_as_context(
        self, clause: _Clause, event_type: str, country: str | None
    ) -> _Draft | None:
        """A launch the article already told as the context of other news ("drills began a day
        after North Korea fired ...") stays context when told again in detail."""
        days = [d for d in self._dates(clause) if d.precision == "day" and d.value]
        for event in self.background:
            if event.type != event_type or event.precision != "day" or event.date is None:
                continue
            if country is not None and event.country not in (None, country):
                continue
            if (
                self.published is not None
                and (self.published - dt.date.fromisoformat(event.date)).days > MAX_REPORT_AGE_DAYS
            ):
                continue
            if not days or any(_within_a_day(d.value or "", event.date) for d in days):
                return event
        return None

    def _set_focus(self, event: _Draft | None, clause: _Clause) -> None:
        """The event that the following sentences of the paragraph speak of (None: an earlier
        launch too vague to record, whose details must not leak into the news)."""
        self.focus = event
        self.focus_is_sink = event is None
        self.focus_paragraph = clause.sentence.paragraph
        self.focus_sentence = clause.sentence.index

    def _property_target(self, clause: _Clause) -> _Draft | None:
        focus = self.focus
        if focus is not None and focus.role == "report":
            return focus
        if focus is None and not self.focus_is_sink:
            return self.main
        if self.focus_paragraph == clause.sentence.paragraph and not self._refers_to_main(clause):
            return focus
        return self.main

    def _refers_to_main(self, clause: _Clause) -> bool:
        """A sentence in a paragraph about an earlier launch that turns back to the news."""
        return bool(w.NEWS_REFERENCE.search(clause.text))

    def _background_events(
        self,
        clause: _Clause,
        event_type: str,
        dated: list[DateMention],
        offset: re.Match[str] | None,
        verb: re.Match[str],
    ) -> list[_Draft]:
        """One background event per date in the clause (or per "N days after" offset)."""
        made: list[_Draft] = []
        if not dated and offset is not None:
            ref = self._clause_reference(clause)
            if ref is not None:
                day = ref - dt.timedelta(days=w.relative_days(offset))
                made.append(
                    self._background(clause, event_type, day.isoformat(), "day", clause, verb)
                )
            return made
        told_as_past = clause.opened_by_background or self._background_cue(clause)
        for i, d in enumerate(dated):
            if d.value is None or not (told_as_past or self._is_old(d)):
                continue
            seg_start = max(clause.start, dated[i - 1].end if i else clause.start)
            seg_end = dated[i + 1].start if i + 1 < len(dated) else clause.end
            if w.FUTURE.search(self.text, clause.start, d.start):
                continue  # "it would launch the satellite between February 8 and 25"
            segment = _Clause(
                clause.sentence, seg_start, seg_end, True, self.text[seg_start:seg_end]
            )
            seg_type = self._type_of(segment.text) or event_type
            made.append(self._background(clause, seg_type, d.value, d.precision, segment, verb))
        return made

    def _clause_reference(self, clause: _Clause) -> dt.date | None:
        """The date an "N days after" clause counts back from: its sentence's own date, or the
        news."""
        for d in clause.sentence.dates:
            if d.end <= clause.start and d.value and d.precision == "day":
                return dt.date.fromisoformat(d.value)
        return self._reference_date()

    def _background(
        self,
        clause: _Clause,
        event_type: str,
        date: str,
        precision: str,
        segment: _Clause,
        verb: re.Match[str] | None,
    ) -> _Draft:
        country = self._country_of(clause, verb.start() if verb else None) or (
            self.main.country if self.main else None
        )
        for event in self.background:
            if event.type != event_type or event.country != country or event.date is None:
                continue
            refines = event.precision == "month" and precision == "day" and date[:7] == event.date
            if event.date == date or refines:
                if refines:
                    event.date, event.precision = date, precision
                self._absorb(event, segment)
                return event
        draft = self._new("background", event_type, clause, country)
        draft.date, draft.precision = date, precision
        self.background.append(draft)
        self._absorb(draft, segment)
        return draft

    def _new(self, role: str, event_type: str, clause: _Clause, country: str | None) -> _Draft:
        draft = _Draft(role=role, type=event_type, paragraph=clause.sentence.paragraph)
        draft.cite("type", clause.sentence.evidence)
        if country:
            draft.country = country
            draft.cite("country", clause.sentence.evidence)
        return draft

    def _country_of(self, clause: _Clause, verb_start: int | None = None) -> str | None:
        """The launching state: the nearest actor named before the verb, else one named after
        it, else the owner of the named system or site."""
        text = self.text
        sentence = clause.sentence
        limit = clause.end if verb_start is None else verb_start
        taken = [(m.start, m.end) for m in sentence.vocab if m.kind in ("reporter", "landing")]
        actors = [
            m
            for m in sentence.vocab
            if m.kind == "country"
            and not any(s <= m.start and m.end <= e for s, e in taken)
            and (
                not _OFFICE_AFTER.match(text, m.end, min(len(text), m.end + 40))
                or w.STATE_MEDIA_AFTER.match(text, m.end, min(len(text), m.end + 40))
            )
        ]
        before = [m for m in actors if sentence.start <= m.start < limit]
        best: VocabMatch | None = None
        for m in before:
            if best is None or not m.weak or best.weak:
                best = m
        if best is None:
            after = [m for m in actors if limit <= m.start and m.end <= clause.end and not m.weak]
            best = after[0] if after else None
        if best is not None:
            return best.canonical
        named = {m.canonical for m in actors}
        for m in sentence.vocab:
            if clause.inside(m.start, m.end) and m.kind in ("missile", "site") and m.country:
                owners = getattr(m, "countries", ()) or (m.country,)
                for owner in owners:
                    if owner in named:
                        return str(owner)
                return m.country
        return None

    # -- facts ------------------------------------------------------------------------------
    def _absorb(
        self, event: _Draft, clause: _Clause, dated: list[DateMention] | None = None
    ) -> None:
        """Take the facts of one clause into an event (first stated wins; more specific beats
        vaguer)."""
        event.texts.append(clause.text)
        self._absorb_date(event, clause, self._dates(clause) if dated is None else dated)
        if event.country is None:
            country = self._country_of(clause)
            if country:
                event.country = country
                event.cite("country", clause.sentence.evidence)
        self._absorb_site(event, clause)
        self._absorb_reporters(event, clause)
        if event.type == "nuclear_test":
            return
        self._absorb_count(event, clause)
        self._absorb_class_and_names(event, clause)
        self._absorb_landing(event, clause)
        self._absorb_figures(event, clause)
        self._absorb_outcome(event, clause)

    def _absorb_date(self, event: _Draft, clause: _Clause, dated: list[DateMention]) -> None:
        ev = clause.sentence.evidence
        if event.date is None:
            for d in dated:
                if d.precision == "day" and not self._is_old(d) and d.start >= clause.start:
                    event.date, event.precision = d.value, "day"
                    event.cite("date", ev)
                    if event is self.main and self.deferred:
                        self._flush_deferred()
                    return
        elif event.precision == "month":
            # "last month's launch ... the Jan. 30 launch": a day inside the month refines it.
            for d in dated:
                if d.precision == "day" and d.value and d.value.startswith(event.date):
                    event.date, event.precision = d.value, "day"
                    event.cite("date", ev)
                    return

    def _absorb_count(self, event: _Draft, clause: _Clause) -> None:
        """The first count of launched objects; "at least one" gives way to any firmer count."""
        for c in clause.sentence.counts:
            if not clause.inside(c.start, c.end) or not _COUNT_NOUN.match(c.noun):
                continue
            weak = c.count == 1 and c.qualifier == "at least"
            unset = event.count is None and event.count_qualifier is None
            if unset or (event.count_weak and not weak):
                event.count, event.count_qualifier, event.count_weak = c.count, c.qualifier, weak
                event.cite("count", clause.sentence.evidence)
            return

    def _absorb_class_and_names(self, event: _Draft, clause: _Clause) -> None:
        ev = clause.sentence.evidence
        if event.type != "satellite_launch":
            for start, end, rank, name in self._classes(clause.sentence):
                if clause.inside(start, end) and rank > event.class_rank:
                    event.class_rank, event.missile_class = rank, name
                    event.cite("missile_class", ev)
        for m in clause.sentence.vocab:
            if m.kind != "missile" or not clause.inside(m.start, m.end):
                continue
            if (m.event_type == "satellite_launch") != (event.type == "satellite_launch"):
                continue
            if m.canonical not in event.names:
                event.names.append(m.canonical)
                event.cite("missile_names", ev)
            # A named system's class beats "ballistic" or "hypersonic" wording, not a range class.
            if m.missile_class and event.class_rank < _NAMED_CLASS_RANK:
                event.class_rank, event.missile_class = _NAMED_CLASS_RANK, m.missile_class
                event.cite("missile_class", ev)

    def _classes(self, sentence: _Sentence) -> list[tuple[int, int, float, str]]:
        """Class wordings in a sentence, in rule order, found once per sentence."""
        if sentence.classes is None:
            found: list[tuple[int, int, float, str]] = []
            if any(k in sentence.low for k in _CLASS_WORDS):
                for rule in w.class_rules():
                    m = rule.pattern.search(self.text, sentence.start, sentence.end)
                    if m:
                        found.append((m.start(), m.end(), float(rule.rank), rule.name))
            sentence.classes = found
        return sentence.classes

    def _absorb_landing(self, event: _Draft, clause: _Clause) -> None:
        text = self.text
        for m in clause.sentence.vocab:
            if m.kind != "landing" or not clause.inside(m.start, m.end):
                continue
            before = text[max(clause.start, m.start - 60) : m.start]
            if _FROM_BEFORE.search(before) or _NOT_LANDED.search(before):
                continue
            if any(0 <= m.start - s.end <= 8 for s in clause.sentence.vocab if s.kind == "site"):
                continue  # "from Abdul Kalam Island in the Bay of Bengal": where the site is
            own = _LANDING_OWN_PREPOSITION.match(text, m.start)
            if not (own or _LANDING_BEFORE.search(before)):
                continue
            rank = _LANDING_RANK.get(m.canonical, 1)
            if rank > event.landing_rank:
                event.landing, event.landing_rank = m.canonical, rank
                event.cite("landing", clause.sentence.evidence)

    def _absorb_figures(self, event: _Draft, clause: _Clause) -> None:
        ev = clause.sentence.evidence
        for q in clause.sentence.quantities:
            if not clause.inside(q.start, q.end):
                continue
            if q.kind == "distance" and q.role == "apogee" and event.apogee is None:
                event.apogee = q
                event.cite("apogee_km", ev)
            elif q.kind == "distance" and q.role == "range" and event.range is None:
                event.range = q
                event.cite("range_km", ev)
            elif (
                q.kind == "duration"
                and event.flight_time is None
                and _FLIGHT.search(self.text, clause.start, clause.end)
            ):
                event.flight_time = q.value
                event.cite("flight_time_min", ev)

    def _absorb_outcome(self, event: _Draft, clause: _Clause) -> None:
        text, ev = self.text, clause.sentence.evidence
        if not any(k in clause.sentence.low for k in _OUTCOME_WORDS):
            return
        if w.FAILURE.search(text, clause.start, clause.end):
            if event.outcome != "failure":
                event.cite("outcome", ev)
            event.outcome = "failure"
        elif event.outcome == "unknown" and w.SUCCESS.search(text, clause.start, clause.end):
            event.outcome = "success"
            event.cite("outcome", ev)

    def _absorb_site(self, event: _Draft, clause: _Clause) -> None:
        """The first place a launch is told to be from sets the site; a finer place joined to it
        ("the Sunan area of Pyongyang", "Pyongyang's Sunan") wins over the coarser one."""
        if event.site is not None:
            return
        text, sentence = self.text, clause.sentence
        landings = [(m.start, m.end) for m in sentence.vocab if m.kind == "landing"]
        candidates: list[VocabMatch] = []
        for m in sentence.vocab:
            if m.kind != "site" or m.site is None or not clause.inside(m.start, m.end):
                continue
            if any(s <= m.start < e for s, e in landings):
                continue  # an impact area named as a place: a landing, not a launch site
            if event.country and m.country and m.country != event.country:
                continue
            if event.type == "nuclear_test" and m.site_kind not in ("facility", "county"):
                continue
            if _POSSESSIVE.match(text, m.end) or w.STATE_VERB_AFTER.match(text, m.end):
                continue  # "Pyongyang's test site", "Pyongyang acknowledged": the state
            before = text[max(clause.start, m.start - 50) : m.start]
            told_from = w.SITE_BEFORE.search(before) and not w.SITE_NOT_BEFORE.search(before)
            joined = candidates and _JOINED.fullmatch(text, candidates[-1].end, m.start)
            if not (told_from or joined):
                continue
            candidates.append(m)
        if not candidates:
            return
        best = candidates[0]
        for m in candidates[1:]:
            if not _JOINED.fullmatch(text, best.end, m.start):
                break
            if _SITE_RANK.get(m.site_kind or "", 0) > _SITE_RANK.get(best.site_kind or "", 0):
                best = m
        event.site = best.site
        event.cite("launch_site", sentence.evidence)

    def _absorb_reporters(self, event: _Draft, clause: _Clause) -> None:
        """Reporters credited for the facts of this sentence (not those who merely condemn)."""
        sentence = clause.sentence
        if not sentence.attributed:
            return
        text = self.text
        for m in sentence.vocab:
            if m.kind != "reporter" or m.start < sentence.start or m.end > sentence.end:
                continue
            if m.needs_country and m.needs_country != event.country:
                continue
            credited = w.CREDITED_AFTER.match(
                text, m.end, sentence.end
            ) or w.CREDITED_BEFORE.search(text, max(sentence.start, m.start - 60), m.start)
            if credited and m.canonical not in event.reporters:
                event.reporters.append(m.canonical)
                event.cite("reported_by", sentence.evidence)

    # -- the end ----------------------------------------------------------------------------
    def _promote(self) -> None:
        """No recent act was found: the lede's nominal act, or the launch the lede is about
        (reported weeks later, as a disclosure), is the article's news."""
        if self.nominal:
            clause = self.nominal[0]
            event_type = self._type_of(clause.text) or "missile_launch"
            self.main = self._new("report", event_type, clause, self._country_of(clause))
            self.reports.append(self.main)
            for c in [clause, *self.pending]:
                self._absorb(self.main, c)
            return
        for event in self.lede_background:
            if event.date is None or self.published is None:
                continue
            first_day = dt.date.fromisoformat((event.date + "-01-01")[:10])
            if 0 <= (self.published - first_day).days <= PROMOTE_MAX_AGE_DAYS:
                event.role = "report"
                self.background.remove(event)
                self.reports.append(event)
                self.main = event
                for clause in self.pending:
                    self._absorb(event, clause)
                return

    def _finish(self) -> None:
        if self.main is None:
            self._promote()
        main = self.main
        if main is None:
            return
        if main.date is None:
            # A dated aside dates the news only where the date is the launch's ("Thursday's
            # launch"), not talks "on Saturday".
            for clause in self.deferred:
                found = [
                    d
                    for d in self._dates(clause)
                    if d.precision == "day"
                    and not self._is_old(d)
                    and (
                        w.EVENT_BEFORE_DATE.search(
                            self.text, max(clause.start, d.start - 20), d.start
                        )
                        or w.EVENT_AFTER_DATE.match(self.text, d.end, min(clause.end, d.end + 20))
                    )
                ]
                if found:
                    main.date, main.precision = found[0].value, "day"
                    main.cite("date", clause.sentence.evidence)
                    break
        if main.date is None and self.said_dates:
            main.date, main.precision = self.said_dates[0][0], "day"
            main.cite("date", self.said_dates[0][1])
        self._flush_deferred()
        if main.date is None and self.date_hints:
            hint, clause = self.date_hints[0]
            main.date, main.precision = hint.value, "day"
            main.cite("date", clause.sentence.evidence)
        if main.date is None:
            if self.published is not None:
                main.date, main.precision = self.published.isoformat(), "day"
            else:
                self.warnings.append(
                    "no publication date and no date in the text: the reported event's date is "
                    "unknown (give --published)"
                )
        fallback = self._dominant_country()
        for event in [*self.reports, *self.background]:
            if event.country is None:
                event.country = main.country or fallback
            if event.type == "satellite_launch":
                event.missile_class = "SLV"
                if event.role == "report" and event.count is None:
                    event.count = 1
            if event.type == "nuclear_test":
                event.count, event.count_qualifier, event.missile_class = None, None, None
            elif event.count is None and event.count_qualifier is None and event.role == "report":
                # "the missile", "an ICBM", never "missiles": one was fired.
                told = " ".join(event.texts)
                if _SINGULAR.search(told) and not _PLURAL.search(told):
                    event.count = 1
        # A background event that is the news itself, told again, is not a second event.
        self.background = [
            b
            for b in self.background
            if not any(
                r.type == b.type and r.date and b.date and _within_a_day(r.date, b.date)
                for r in self.reports
            )
        ]

    def _dominant_country(self) -> str | None:
        if not self.countries_seen:
            return None
        return max(set(self.countries_seen), key=self.countries_seen.count)

    def mentions(self) -> tuple[Mention, ...]:
        return tuple(d.to_mention() for d in [*self.reports, *self.background])


def _within_a_day(a: str, b: str) -> bool:
    if len(a) != 10 or len(b) != 10:
        return a[: min(len(a), len(b))] == b[: min(len(a), len(b))] and len(b) == 10
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
