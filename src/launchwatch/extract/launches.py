"""Article -> launch events: find the acts of launching in clauses, tell the news from the past,
and gather each event's facts with the sentences they came from.

The walk is one pass over the sentences. A clause with a launch verb and a launch noun is an
*anchor*: the first recent one becomes the article's main `report` event; dated earlier ones become
`background` events. Clauses without an act carry facts (figures, landing, who said so) to the
event in focus: the event the paragraph is about.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from typing import Final

from launchwatch.clean import clean_text
from launchwatch.extract import time_words as tw
from launchwatch.extract import wording as w
from launchwatch.extract.acts import Acts
from launchwatch.extract.calendar import fmt_date
from launchwatch.extract.closing import Closing, same_kind
from launchwatch.extract.credits import coordinated_reporters, watching_states
from launchwatch.extract.dates import DateMention, find_dates
from launchwatch.extract.dating import MAX_REPORT_AGE_DAYS, Dating
from launchwatch.extract.draft import Clause, Draft, Sentence, within_a_day
from launchwatch.extract.facts import Facts, refines
from launchwatch.extract.gating import Gated, regex
from launchwatch.extract.phrase import NOCASE
from launchwatch.extract.sentences import split_sentences
from launchwatch.extract.vocab import find_vocab
from launchwatch.model import Article, Evidence, Extraction, Mention

# News is told first (the inverted pyramid): an article's own report is anchored in its first
# sentences; a launch first told further down is context for other news (a parade, a vote).
LEDE_SENTENCES: Final = 4


_PREPARED: Final[list[bool]] = []


def prepare() -> None:
    """Load the vocabularies and build the patterns now, then exempt everything alive from the
    cyclic garbage collector, once per process.

    For a command that reads many articles: what is loaded lives as long as the process, and
    the collector would otherwise walk it again and again (about 10% of extraction time).
    """
    if _PREPARED:
        return
    _PREPARED.append(True)
    sample = "North Korea fired two ballistic missiles on Monday, flying 600 km, Japan said."
    extract_text(Article(id="prepare", text=sample), sample)
    gc.collect()
    gc.freeze()


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


_DAYS_APART: Final = regex(r"\b(?:days?|weeks?|months?|years?)\b", NOCASE)


class _Walker(Acts, Dating, Facts, Closing):
    """One pass over the sentences of one article (see the module's docstring)."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text = text
        self.published = published
        self.warnings: list[str] = []
        self.main: Draft | None = None
        self.reports: list[Draft] = []
        self.background: list[Draft] = []
        self.focus: Draft | None = None
        self.focus_is_sink = False
        self.pending: list[Clause] = []
        self.countries_seen: list[str] = []
        self.us_evenings: dict[tuple[int, int], bool] = {}
        self.masked = text  # the text with place names blanked, for reading nouns
        self.nominal: list[Clause] = []
        self.date_hints: list[tuple[DateMention, Clause]] = []
        self.lede_background: list[Draft] = []
        self.lede_sentences = 0
        self.deferred: list[Clause] = []
        self.focus_sentence = -1
        self.focus_paragraph = -1
        self.said_dates: list[tuple[str, Evidence]] = []
        self.unresolved: list[str] = []  # relative dates left open for want of a publication date
        self.late_night = False  # the news's act, undated, was told to be late at night

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
            if not w.TRIGGER.present(text, start, end):
                continue
            sentence = self._analyse(start, end, index, paragraph)
            for d in sentence.dates:
                if d.value is None and d.note and d.note.startswith("no publication date"):
                    self.unresolved.append(text[d.start : d.end])
            for clause in self._clauses(sentence):
                self._visit(clause)
            self.lede_sentences += 1
        self._finish()

    def _analyse(self, start: int, end: int, index: int, paragraph: int) -> Sentence:
        text = self.text
        vocab = find_vocab(text, start, end)
        if len(vocab) > 1 and text.find(" and ", start, end) >= 0:
            vocab = coordinated_reporters(text, vocab)
        if vocab and (
            text.find("detected", start, end) >= 0
            or text.find("tracked", start, end) >= 0
            or text.find("spotted", start, end) >= 0
            or text.find("estimated", start, end) >= 0
            or text.find("assessed", start, end) >= 0
        ):
            vocab = watching_states(text, vocab)
        names: list[tuple[int, int]] = []
        for m in vocab:
            if m.kind == "country" and not m.weak:
                self.countries_seen.append(m.canonical)
            elif m.kind == "site":
                # "Sohae Satellite Launching Ground" names a place, not a satellite launch.
                masked = self.masked
                self.masked = masked[: m.start] + " " * (m.end - m.start) + masked[m.end :]
            elif m.kind == "missile":
                names.append((m.start, m.end))
        dates = find_dates(text, self.published, start, end)
        if names and dates:
            # "the Long March rocket": a month inside a system's name is no date
            dates = [d for d in dates if not any(s <= d.start < e for s, e in names)]
        return Sentence(
            start=start,
            end=end,
            index=index,
            paragraph=paragraph,
            evidence=Evidence(text[start:end], start, end),
            dates=dates,
            vocab=vocab,
            attributed=w.ATTRIBUTION.present(text, start, end),
            low=text[start:end].lower(),
            doc=text,
        )

    def _clauses(self, sentence: Sentence) -> list[Clause]:
        """Split a sentence where a clause about an earlier event begins ("three days after ...").

        A piece without a launch word of its own stays with the clause before it: "exploded
        shortly after liftoff" is one fact, not two events.
        """
        text = self.text
        low = sentence.low
        cuts: dict[int, bool] = {}
        for m in w.BACKGROUND_CLAUSE.finditer(text, sentence.start, sentence.end):
            cut, lead = w.opener_lead(text, max(sentence.start, m.start() - 30), m.start())
            if cut > sentence.start:
                # "..., after it lifted off" tells the same launch; "a day after it fired two
                # ballistic missiles" tells another one.
                apart = _DAYS_APART.search(lead)
                cuts[cut] = bool(apart) or not w.SAME_EVENT_AFTER.match(text, m.start())
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
        clauses: list[Clause] = []
        for i in range(len(bounds) - 1):
            s, e = bounds[i], bounds[i + 1]
            piece = text[s:e]
            opened = cuts.get(s, False)
            named = any(m.kind == "missile" and s <= m.start < e for m in sentence.vocab)
            if (
                i > 0
                and clauses
                and not (
                    any(
                        s <= m.start() < e
                        for m in sentence.spans(w.STRONG_VERB, self.masked, "strong")
                    )
                    or self._type_of(piece)
                    or named
                )
            ):
                # the piece is merged into the clause before it
                prev = clauses[-1]
                clauses[-1] = Clause(
                    sentence,
                    prev.start,
                    e,
                    prev.opened_by_background,
                    text[prev.start : e],
                    prev.inherits_time,
                )
                continue
            inherits = s in neutral and bool(w.WHEN.match(text, s))
            if inherits and clauses:
                opened = opened or clauses[-1].opened_by_background
            clauses.append(Clause(sentence, s, e, opened, piece, inherits))
        return clauses

    def _visit(self, clause: Clause) -> None:
        verb = self._act(clause)
        if verb is not None and clause.opened_by_background and not self._type_near(clause, verb):
            # "... after a problem with another test-firing in 2016": the launch noun is in the
            # sentence's other clause.
            sentence = clause.sentence
            event_type = self._type_of(self.masked[sentence.start : sentence.end])
            if event_type:
                self._visit_anchor(clause, event_type, verb)
                return
        # "more than 60 missiles this year": a claim to check, not an event -- unless the act is
        # told apart from it ("fired a Hwasong-12, its seventh launch this month").
        # A count told with the dates of the launches counted ("two Hwasong-14 launches in
        # July", "two earlier launches, on Feb. 27 and March 5") lists them: no tally.
        tally = clause.aggregate and (verb is not None or not self._dated_count(clause))
        if (
            tally
            and w.AGGREGATE_SPAN.search(clause.text)
            and (verb is None or self._stretch(clause, verb).counted)
        ):
            return
        event_type = self._type_near(clause, verb) if verb else None
        if verb and event_type:
            self._visit_anchor(clause, event_type, verb)
            return
        if tally and not w.MAIN_REFERENCE.search(clause.text) and not self._same_salvo(clause):
            if not self._news_told_as_count(clause):
                return
            self._several_launches(clause)
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
        if self.main is not None and _FIRST_SINCE.search(clause.text):
            # "its first ICBM-class launch since April": the class is the news's own too.
            for start, end, rank, name in self._classes(clause.sentence):
                if (
                    clause.inside(start, end)
                    and rank > self.main.class_rank
                    and refines(self.main.missile_class, name)
                ):
                    self.main.class_rank, self.main.missile_class = rank, name
                    self.main.cite("missile_class", clause.sentence.evidence)
        if old or cue or clause.opened_by_background:
            focus = self.focus
            near_focus = (
                focus is not None
                and focus.role == "background"
                and (
                    self.focus_paragraph == clause.sentence.paragraph
                    or clause.sentence.index - self.focus_sentence <= 1
                )
            )
            if near_focus and focus is not None:
                # "... on Saturday, following earlier launches on Sept. 25": a date of its own
                # is another launch, not more about the one just told.
                old = [d for d in _own_dates(old, focus.date) if not self._names_the_news(d)]
            event_type = self._clause_type(clause) if old or not near_focus else None
            if event_type == "missile_launch" and self._context_type() == "satellite_launch":
                # "failures on May 31 and Aug. 24, blamed on the rocket's upper stages": in a
                # report of a satellite launch a bare rocket is a satellite launcher
                event_type = self._rocket_type(clause) or event_type
            inherited_country: str | None = None
            if old and event_type is None and (focus is None or focus.date is not None):
                # "its August 24, 2016 launch", "the previous test flight took place in
                # September": a launch noun of no type is of the kind the article is about.
                attached = self._attached_dates(clause, old)
                if attached:
                    old, event_type = attached, self._context_type()
                    context = self.focus or self.main
                    inherited_country = context.country if context else None
            if near_focus and focus is not None and not (old and event_type):
                self._absorb(focus, clause)
            elif (
                event_type
                and not old
                and clause.opened_by_background
                and (offset := tw.RELATIVE_OFFSET.search(clause.text, 0, _OPENING)) is not None
            ):
                # "The test came eight days after a suspected ICBM exploded": no verb of launching
                # and no date, but the reckoning dates the earlier launch from the news.
                made = self._background_events(clause, event_type, [], offset, None)
                self._set_focus(made[-1] if made else None, clause)
            elif event_type:
                # "One of its tests last month involved ...", "earlier launches on Sept. 25, 28
                # and 29": earlier launches named without a verb; what follows in the paragraph
                # speaks of them, not of the news.
                made = [
                    self._background(
                        clause, event_type, d.value, d.precision, clause, None, inherited_country
                    )
                    for d in _finest(old)
                    if d.value is not None
                    and (
                        # "ready to conduct its first nuclear test since 2017": still the past
                        _SINCE_BEFORE.search(self.text, max(0, d.start - 7), d.start)
                        or not w.FUTURE.search(self.text, clause.start, d.start)
                    )
                ]
                self._set_focus(made[-1] if made else None, clause)
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
            elif (
                not near_focus
                and not cue
                and not clause.opened_by_background
                and self.main is not None
                and self.main.date is not None
                and self._property_target(clause) is self.main
                and w.NEWS_ANAPHOR.search(self.text, clause.start, clause.end)
            ):
                # "The agency said it recorded the event ..., larger than January's": an earlier
                # date only compared, no launch of its own; the facts are the news's.
                self._absorb(self.main, clause, [])
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

    def _rocket_type(self, clause: Clause) -> str | None:
        """ "satellite_launch" where a clause's only launch nouns are "rocket(s)" (which carry
        satellites as well as warheads) and it names no missile system."""
        if any(
            m.kind == "missile" and clause.inside(m.start, m.end) for m in clause.sentence.vocab
        ):
            return None
        if any(clause.inside(start, end) for start, end, _, _ in self._classes(clause.sentence)):
            return None  # "multiple rocket launchers", "a ballistic rocket"
        for rule in w.event_type_rules():
            if rule.name != "missile_launch":
                continue
            nouns = rule.pattern.finditer(self.masked, clause.start, clause.end)
            if nouns and all(n.group(0).lower() in ("rocket", "rockets") for n in nouns):
                return "satellite_launch"
        return None

    def _dated_count(self, clause: Clause) -> bool:
        """A count of launches followed by the calendar dates they took place on ("two
        launches in July"), not by a span ("30 missiles this year")."""
        counts = clause.sentence.spans(w.AGGREGATE, clause.sentence.doc, "aggregates")
        for m in counts:
            if not clause.inside(m.start(), m.end()):
                continue
            for d in clause.sentence.dates:
                if (
                    d.kind == "explicit"
                    and d.start >= m.end()
                    and clause.inside(d.start, d.end)
                    and self._is_old(d)
                    and tw.NOUN_TO_DATE.fullmatch(self.text, m.end(), d.start)
                ):
                    return True
        return False

    def _names_the_news(self, d: DateMention) -> bool:
        """A month or year that holds the day of an event already told, as in "last month's
        launch": that event (the news, often) told again."""
        if d.precision == "day" or not w.POSSESSIVE.match(self.text, d.end):
            return False
        told = [self.main, *self.background] if self.main else self.background
        return any(e is not None and (e.date or "").startswith(d.value or "-") for e in told)

    def _news_told_as_count(self, clause: Clause) -> bool:
        """A vague count of launches that a verb of detecting or firing tells in the news's own
        time, over no span and with no date ("the military also detected several missile
        launches"): the news seen by another reporter, not a tally of earlier launches."""
        main = self.main
        if main is None or main.date is None or clause.opened_by_background:
            return False
        if w.AGGREGATE_SPAN.search(clause.text) or self._dates(clause) or clause.cue:
            return False
        return any(
            clause.inside(m.start(), m.end())
            for m in clause.sentence.spans(w.NEWS_COUNT, clause.sentence.doc, "news_counts")
        )

    def _several_launches(self, clause: Clause) -> None:
        """ "several missile launches" told of the news: more than one missile, number unknown
        (CONTRACT: count null, "multiple"), unless a count other than a bare singular stands."""
        main = self.main
        assert main is not None
        if main.count_singular or (main.count is None and main.count_qualifier is None):
            main.count, main.count_qualifier, main.count_singular = None, "multiple", False
            main.cite("count", clause.sentence.evidence)

    def _same_salvo(self, clause: Clause) -> bool:
        """A count of missiles that is the news's own count, over no span of time ("photos
        showed 18 missiles" after "fired 18 missiles"): the news told again, not a tally."""
        main = self.main
        if main is None or main.count is None or main.count < 2:
            return False
        if w.AGGREGATE_SPAN.search(clause.text):
            return False
        return any(
            c.count == main.count and clause.inside(c.start, c.end) for c in clause.sentence.counts
        )

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

    def _visit_anchor(self, clause: Clause, event_type: str, verb: re.Match[str]) -> None:
        dated = sorted(
            self._dates(clause),
            key=lambda d: (
                d.precision != "day",
                min(abs(d.start - verb.end()), abs(verb.start() - d.end)),
            ),
        )
        # "In its third round of launches since last week, North Korea fired ...": a date after
        # "since" starts a span of time; it does not date this act.
        dated = [
            d
            for d in dated
            if not _SINCE_BEFORE.search(self.text, max(0, d.start - 7), d.start)
            # "... from the same submarine that carried out its first SLBM launch five years
            # ago": a coarse date in a relative clause after the verb dates something else.
            and not (
                d.precision != "day"
                and d.start > verb.end()
                and _RELATIVE_PRONOUN.search(self.text, verb.end(), d.start)
            )
        ]
        offset = tw.RELATIVE_OFFSET.search(clause.text)
        # "The day before, North Korea fired ...", "Two days earlier, it launched ...": an act
        # dated only by reckoning back from the news is an earlier launch.
        earlier = (
            # (a clause cut at "before" may have left "The" to the piece before it)
            tw.RELATIVE_EARLIER.search(
                self.text,
                max(clause.sentence.start, clause.start - 4),
                min(clause.end, clause.start + _OPENING),
            )
            if offset is None and self.main is not None and self.main.date is not None
            else None
        )
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
            # "fired 18 short-range ballistic missiles during a drill" is one salvo; a count
            # over a span ("more than 30 missiles this year") is a tally of earlier launches.
            tally = stretch.counted and bool(w.AGGREGATE_SPAN.search(clause.text))
            background = clause.opened_by_background or stretch.cue or tally
            if earlier is not None:
                background, offset = True, earlier
            elif not background and self._counted_on(clause) is not None:
                background = True  # "on Jan. 24; four days later it fired ...": not the news
        focus = self.focus
        if (
            not background
            and not dated
            and focus is not None
            and focus.role == "background"
            and clause.sentence.index - self.focus_sentence <= 2
            and clause.sentence.paragraph == self.focus_paragraph
            and w.DEFINITE_SUBJECT.match(clause.text)
            and not w.NEWS_REFERENCE.search(clause.text)
        ):
            self._absorb(focus, clause)
            return
        if not background and self._another_class(clause, event_type, verb):
            # "Earlier in the day, the North fired two short-range ballistic missiles": the news
            # is the evening's cruise missiles; this is a launch of its own, told as context.
            assert self.main is not None and self.main.date is not None
            date = dated[0].value if dated and dated[0].value else self.main.date
            precision = dated[0].precision if dated and dated[0].value else self.main.precision
            other = self._background(clause, event_type, date, precision or "day", clause, verb)
            self._set_focus(other, clause)
            return
        if not background:
            target = self._report_for(clause, event_type, verb)
            if not dated and target is self.main and tw.LATE_NIGHT.search(clause.text):
                # "fired the missiles just before midnight": told on the day after
                self.late_night = True
            self._set_focus(target, clause)
            target.acts.append(clause.text)
            self._absorb(target, clause, dated[:1])
            # "its first ICBM test in three months": the news names the previous one too.
            for d in dated[1:]:
                if d.value and d.kind == "relative" and self._is_old(d):
                    self._background(clause, event_type, d.value, d.precision, clause, verb)
            return
        made = self._background_events(
            clause, event_type, dated if clause.inherits_time else self._dates(clause), offset, verb
        )
        # Only a lede that says the missile was fired or launched is about that launch.
        verbal = bool(w.STRONG_VERB.fullmatch(verb.group(0)))
        for event in made:
            if self.lede_sentences < 2 and not clause.opened_by_background and verbal:
                self.lede_background.append(event)
        if (
            self.main is not None
            and self.focus is self.main
            and self.focus_sentence == clause.sentence.index
        ):
            # "... fired three missiles on Thursday, a day after it launched a record number":
            # the next sentences go on about the news, not about the launch named in passing.
            return
        self._set_focus(made[-1] if made else None, clause)

    def _another_class(self, clause: Clause, event_type: str, verb: re.Match[str]) -> bool:
        """Whether an act names a class that cannot be the news's own (SRBMs after cruise
        missiles): then it is another launch, not the news told again."""
        main = self.main
        if main is None or main.type != event_type or main.date is None:
            return False
        if main.missile_class is None or event_type == "satellite_launch":
            return False
        stretch = self._stretch(clause, verb)
        if _PARTICIPLE_AFTER_COMMA.search(self.text, stretch.start, verb.start()):
            # "the second of Monday's two ballistic missiles, fired from Jangyon": a participle
            # after a comma tells of the noun before it, which names the class.
            left = max(self.text.rfind(",", clause.start, stretch.start), clause.start)
            stretch = Clause(clause.sentence, left, stretch.end, False, "")
        named = [
            name
            for start, end, _rank, name in sorted(self._classes(clause.sentence))
            if stretch.inside(start, end)
        ]
        if not named:
            return False
        other = named[0]
        if other == main.missile_class:
            return False
        # A vague "ballistic" may be told more precisely later, but never as "cruise".
        return not same_kind(main.missile_class, other) or not (
            refines(main.missile_class, other) or refines(other, main.missile_class)
        )

    def _report_for(self, clause: Clause, event_type: str, verb: re.Match[str]) -> Draft:
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
        self, clause: Clause, event_type: str, country: str | None
    ) -> Draft | None:
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
            if not days or any(within_a_day(d.value or "", event.date) for d in days):
                return event
        return None

    def _set_focus(self, event: Draft | None, clause: Clause) -> None:
        """The event that the following sentences of the paragraph speak of (None: an earlier
        launch too vague to record, whose details must not leak into the news)."""
        self.focus = event
        self.focus_is_sink = event is None
        self.focus_paragraph = clause.sentence.paragraph
        self.focus_sentence = clause.sentence.index

    def _property_target(self, clause: Clause) -> Draft | None:
        focus = self.focus
        if focus is not None and focus.role == "report":
            return focus
        if focus is None and not self.focus_is_sink:
            return self.main
        if self.focus_paragraph == clause.sentence.paragraph and not self._refers_to_main(clause):
            return focus
        return self.main

    def _refers_to_main(self, clause: Clause) -> bool:
        """A sentence in a paragraph about an earlier launch that turns back to the news."""
        return bool(w.NEWS_REFERENCE.search(clause.text))

    def _background_events(
        self,
        clause: Clause,
        event_type: str,
        dated: list[DateMention],
        offset: re.Match[str] | None,
        verb: re.Match[str] | None,
    ) -> list[Draft]:
        """One background event per date in the clause (or per "N days after" offset)."""
        made: list[Draft] = []
        counted = self._counted_on(clause)
        if counted is not None and not dated:
            made.append(self._background(clause, event_type, *counted, clause, verb))
            return made
        if not dated and offset is not None:
            ref = self._clause_reference(clause)
            if ref is not None:
                day = ref - dt.timedelta(days=tw.relative_days(offset))
                # Reckoning in weeks, or vaguely ("less than a week after"), says no more than
                # the month (the devset's convention for relative dates).
                loose = tw.VAGUE_RECKONING.search(
                    offset.string, max(0, offset.start() - 12), offset.start()
                )
                precision = "month" if loose or "week" in offset.group(0).lower() else "day"
                made.append(
                    self._background(
                        clause, event_type, fmt_date(day, precision), precision, clause, verb
                    )
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
            segment = Clause(
                clause.sentence, seg_start, seg_end, True, self.text[seg_start:seg_end]
            )
            # The launch noun told before this date and after the last one names its type:
            # "fired missiles on Feb. 27 and March 5 in tests for a satellite" are missiles.
            lead_start = dated[i - 1].end if i else clause.start
            seg_type = self._type_of(self.masked[lead_start : d.start]) or event_type
            made.append(self._background(clause, seg_type, d.value, d.precision, segment, verb))
        # "fired missiles on January 24 and launched two more four days later": a second launch,
        # counted on from the date told before it.
        if counted is not None and counted[0] not in [d.value for d in dated]:
            made.append(self._background(clause, event_type, counted[0], counted[1], clause, verb))
        return made

    def _counted_on(self, clause: Clause) -> tuple[str, str] | None:
        """The date of an act told "N days later" (or "N days after that") than an act dated
        explicitly just before it, in the same sentence or in the launch just told in the same
        paragraph; None when nothing dated comes before (then the offset counts from the news).
        Only a date clearly before the news is returned."""
        offset = tw.RELATIVE_OFFSET.search(self.text, clause.start, clause.end)
        if offset is None:
            return None
        word = offset.group(0).lower()
        if not (word.endswith("later") or _AFTER_THAT.match(self.text, offset.end())):
            return None
        ref: dt.date | None = None
        for d in clause.sentence.dates:
            if (
                d.end <= offset.start()
                and d.value is not None
                and d.precision == "day"
                and d.kind != "relative"
                and d.note != "future"
            ):
                ref = dt.date.fromisoformat(d.value)
        if ref is not None:
            # an act must come between the date and the reckoning ("on Jan. 24 and fired ...
            # four days later"), or the reckoning opens a clause of its own
            low = self.text[clause.start : offset.start()]
            if (
                clause.start < offset.start() - 40
                and not any(
                    clause.inside(m.start(), m.end()) and m.start() < offset.start()
                    for m in clause.sentence.spans(w.STRONG_VERB, self.masked, "strong")
                )
                and ";" not in low
            ):
                ref = None
        focus = self.focus
        if (
            ref is None
            and focus is not None
            and focus.role == "background"
            and focus.precision == "day"
            and focus.date
            and len(focus.date) == 10
            and self.focus_paragraph == clause.sentence.paragraph
            and clause.sentence.index - self.focus_sentence <= 1
        ):
            ref = dt.date.fromisoformat(focus.date)
        if ref is None:
            return None
        loose = tw.VAGUE_RECKONING.search(self.text, max(0, offset.start() - 12), offset.start())
        precision = "month" if loose or "week" in word else "day"
        day = ref + dt.timedelta(days=tw.relative_days(offset))
        value = fmt_date(day, precision)
        mention = DateMention(offset.start(), offset.end(), value, precision, "relative")
        return (value, precision) if self._is_old(mention) else None

    def _clause_reference(self, clause: Clause) -> dt.date | None:
        """The date an "N days after" clause counts back from: its sentence's own date, or the
        news."""
        for d in clause.sentence.dates:
            if d.end <= clause.start and d.value and d.precision == "day":
                return dt.date.fromisoformat(d.value)
        return self._reference_date()

    def _background(
        self,
        clause: Clause,
        event_type: str,
        date: str,
        precision: str,
        segment: Clause,
        verb: re.Match[str] | None,
        country: str | None = None,
    ) -> Draft:
        """The background event of that type and date (made if new), given the segment's facts;
        `country` is the launching state where the caller knows it."""
        country = (
            country
            or self._country_of(clause, verb.start() if verb else None)
            or (self.main.country if self.main else None)
        )
        for event in self.background:
            if event.type != event_type or event.date is None:
                continue
            if country and event.country and event.country != country:
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

    def _new(self, role: str, event_type: str, clause: Clause, country: str | None) -> Draft:
        draft = Draft(role=role, type=event_type, paragraph=clause.sentence.paragraph)
        draft.cite("type", clause.sentence.evidence)
        if country:
            draft.country = country
            draft.cite("country", clause.sentence.evidence)
        return draft

    # -- the end ----------------------------------------------------------------------------
    def mentions(self) -> tuple[Mention, ...]:
        return tuple(d.to_mention() for d in [*self.reports, *self.background])


# How far into a clause its reckoning may open ("The day before, ...", "eight days after ...").
_OPENING: Final = 30
_AFTER_THAT: Final = regex(r"\s+(?:that|this|which)\b", NOCASE)
_FIRST_SINCE: Final = Gated(re.compile(r"\bfirst\b[^.;]{0,40}?\b(?:since|in)\b", NOCASE))
_RELATIVE_PRONOUN: Final = regex(r"\b(?:that|which|who|whose)\b", NOCASE)
_SINCE_BEFORE: Final = regex(r"\bsince\s+$", NOCASE)
# A past participle opening a comma-delimited stretch: a reduced relative clause.
_PARTICIPLE_AFTER_COMMA: Final = regex(r",\s*(?:\w+\s+)?$")


def _own_dates(old: list[DateMention], date: str | None) -> list[DateMention]:
    """The dates of a clause that cannot name the event dated `date` (a day more than one day
    off, a month or year that does not hold it)."""
    if date is None:
        return old
    own = []
    for d in old:
        value = d.value or ""
        if len(value) == 10 and len(date) == 10:
            if not within_a_day(value, date):
                own.append(d)
        elif len(date) == 4 and len(value) > 4:
            # a year told of is too coarse for a month or day to refine it: "two failed
            # attempts last year ... succeeded in November"
            own.append(d)
        elif not (value.startswith(date) or date.startswith(value)):
            own.append(d)
    return own


def _finest(dated: list[DateMention]) -> list[DateMention]:
    """Dates less any that only spans finer ones of the same clause ("two failures last year:
    ... on May 31, and ... on Aug. 24": the year is no launch of its own)."""
    values = [d.value or "" for d in dated]
    return [
        d for d in dated if not any(v != d.value and v.startswith(d.value or "-") for v in values)
    ]
