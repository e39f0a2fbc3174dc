"""The facts of one clause taken into an event: count, class, names, site, landing, figures,
reporters, outcome. First stated wins; more specific beats vaguer."""

from __future__ import annotations

from typing import Final

from mypy_extensions import trait

from launchwatch.extract import wording as w
from launchwatch.extract.dates import DateMention
from launchwatch.extract.draft import Clause, Draft, Sentence
from launchwatch.extract.gating import regex
from launchwatch.extract.numbers import parse_number
from launchwatch.extract.phrase import NOCASE
from launchwatch.extract.vocab import VocabMatch

# Nouns that count launched objects (not tests, rounds of tests or launchers).
_COUNT_NOUN: Final = regex(
    r"^(?:\w+[- ])*(?:missiles?|rockets?|projectiles?|ICBMs?|SRBMs?|IRBMs?|MRBMs?|SLBMs?|shots?)$"
    # named systems in the plural: "two KN-23s"
    r"|^[A-Z][\w-]*\d+[A-Z]?s$",
    NOCASE,
)
# A duration is a flight time when the sentence tells of flying, or of coming down N minutes on.
_FLIGHT: Final = regex(
    r"\bfl(?:ew|ight|ying|own)\b|\bairborne\b|\bin the air\b|\baloft\b|\bfell\b|\blanded\b|"
    r"\bstruck\b|\bcame down\b|\bsplashed\b|\bimpact\w*|\bdelivered\b|\bhit\b",
    NOCASE,
)
_LANDING_BEFORE: Final = regex(
    r"\b(?:into|toward|towards|in|landed|landing|fell|falling|splashed|over|off|outside|within|"
    r"inside|to|at|across|hit|hitting|struck|striking|near|reach\w*|enter\w*|crossed|traversing|flew|flying|"
    r"dropped|plunged|crashed|came down|waters|"
    # an airburst: "exploded as planned, 800 meters in midair over the Sea of Japan"
    r"above|mid-?air|exploded|detonated)\b"
    r"[^.]{0,40}$",
    NOCASE,
)
_LANDING_OWN_PREPOSITION: Final = regex(r"(?:over|outside|inside|within|into)\b", NOCASE)
_NOT_LANDED: Final = regex(
    r"\b(?:not|none|no|never|didn't|did not|aimed|supposed|intended|"
    # a target aimed at, not one hit ("hit the target at Kamchatka" is a landing)
    r"(?<!hit the )(?<!hit a )(?<!hit its )(?<!struck the )(?<!struck its )(?<!struck a )"
    r"(?<!hitting the )(?<!hitting a )(?<!hitting its )(?<!striking the )(?<!striking a )"
    r"(?<!reached the )(?<!reached its )target\w*)\b[^.;]{0,40}$",
    NOCASE,
)
_FROM_BEFORE: Final = regex(r"\bfrom\s+(?:the\s+)?$", NOCASE)
_OFFICE_AFTER: Final = regex(
    r"(?:'s|’s)?\s+(?:\w+\s+)?(?:military|joint|defen[cs]e|government|presidential|officials?|"
    r"ministry|minister|foreign|unification|spy|intelligence|national|coast|prime|chief|"
    r"president|leader|cabinet|embassy|envoy|authorities|navy|forces|army|air force|media|"
    r"news|agency|state|lawmakers?|sources?|analysts?|experts?|officer)\b",
    NOCASE,
)
# The passive of telling or watching, right before a reporter: "detected by Japan's military".
_REPORTED_BY: Final = regex(
    r"\b(?:reported|detected|confirmed|tracked|spotted)\s+(?:\w+\s+){0,3}by\b[^,.;:]{0,40}$",
    NOCASE,
)
# A quotation closed between a name and a verb of saying: the name was inside the quote.
_QUOTE_CLOSED: Final = regex(r"”|[,.!?]\"")
_PASSIVE: Final = regex(r"\b(?:was|were|is|are|been|being|be)\s+$", NOCASE)
# Another's statements compared with: "identical to those put out by the US military".
# "The test came as officials in Seoul said troops had been sent abroad": the one who speaks
# after "came as" tells the news's backdrop, not the news.
_CAME_AS: Final = regex(r"(?=[c])\b(?:came|comes|come)\s+(?:\w+\s+){0,2}?as\s+(?:the\s+)?$", NOCASE)
# "a suspected ICBM that officials said appeared to fail": a reporter in a relative clause
# speaks of the noun before it.
_RELATIVE_BEFORE: Final = regex(r"(?=[tw])\b(?:that|which)\s+$", NOCASE)
_LIKE_THOSE_OF: Final = regex(
    r"\b(?:identical|similar|comparable|akin)\s+to\s+(?:those|that|the ones?)\b[^.;:]{0,40}$",
    NOCASE,
)
# A place inside the one just named: "Wonsan in the North's Gangwon Province", "Sinpo, South
# Hamgyong".
_WITHIN_PLACE: Final = regex(r"(?:,|\s+in)\s+(?:the\s+)?(?:[\w'’]+(?:'s|’s)\s+)?", NOCASE)
_NAMED_CLASS_RANK: Final = 4.5
# Names joined in one list: "the Agni-1 and Agni-2", "Hwasong-15, Hwasong-17 or Hwasong-18".
_COORDINATED: Final = regex(r"\s*(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?")
# A quotation that ends right before a name: '"... a new stage of threat," Abe told'.
_QUOTE_BEFORE_NAME: Final = regex(r"(?:[,.!?][\"”]|”)\s*$")
# Where what a speaker said ends: a new clause ("..., and the government lodged a protest",
# "..., after the missiles reached ...").
_NEXT_CLAUSE: Final = regex(
    r"[,;]\s+(?:and|but|while|as|after|before|when|although|though)\b", NOCASE
)
# A verb of saying that closes what was said: "..., Abe said, the latest in a series".
_SAID_LAST: Final = regex(
    r"\s+(?:\w+\s+)?(?:said|says|told\s+\w+|added|noted)(?:\s+on\s+\w+)?\s*(?:[,.;]|$)",
    NOCASE,
)
_TOLD_TO: Final = regex(r"\btold\s+(?:the\s+)?$", NOCASE)
_INDEFINITE: Final = regex(r"an?\s", NOCASE)
_SAID_IN_NAME: Final = regex(r"\b(?:said|says)$", NOCASE)
# "the missiles detected by South Korea": who watched, not who fired ("fired by" still counts).
_OBSERVED_BY: Final = regex(
    r"\b(?:detected|tracked|spotted|monitored|observed|picked up|seen|caught|identified)\s+by\s+"
    r"(?:the\s+)?$",
    NOCASE,
)
# Classes a later, more specific wording may replace ("ballistic" -> "SRBM", "hypersonic" ->
# "IRBM"). Any other class is what was fired: a different class further on is another launch
# ("cruise missiles on Thursday evening ... earlier in the day, two SRBMs").
_REFINABLE_CLASSES: Final = frozenset({"ballistic", "hypersonic", "MLRS"})


def refines(old: str | None, new: str) -> bool:
    """Whether a class wording of higher rank may replace the event's class."""
    return old is None or old in _REFINABLE_CLASSES


_LANDING_RANK: Final = {"Japan EEZ": 3, "outside Japan EEZ": 3, "over Japan": 3, "Japan ADIZ": 3}
_SITE_RANK: Final = {
    "facility": 4,
    "county": 3,
    "city": 2,
    "province": 1,
    "region": 0,
    "sea_area": 0,
}
# Cheap gates: a sentence without any of these words cannot match the patterns they guard.
_OUTCOME_WORDS: Final = (
    "fail", "success", "explo", "blew", "crash", "malfunction", "disintegrat", "misfire", "ignite",
    "broke", "wrong", "mishap", "anomal", "abort", "lost contact", "fizzl", "accurate", "target",
)  # fmt: skip
# Two place names that name one place: "Sunan area of Pyongyang", "Kaechon in South Pyongan".
_JOINED: Final = regex(r"\s*(?:area\s+|district\s+|county\s+)?(?:of|in|,|near)?\s*(?:the\s+)?")


@trait  # a mixin (compiled classes inherit from one base and any traits)
class Facts:
    """The fact-taking half of the walk (a mixin of the walker, which owns the state)."""

    text: str
    masked: str
    main: Draft | None
    deferred: list[Clause]

    # given by the other halves of the walker
    def _dates(self, clause: Clause) -> list[DateMention]:
        raise NotImplementedError

    def _is_old(self, d: DateMention) -> bool:
        raise NotImplementedError

    def _flush_deferred(self) -> None:
        raise NotImplementedError

    def _country_of(self, clause: Clause, verb_start: int | None = None) -> str | None:
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
            and not w.COMPARED.search(text, max(sentence.start, m.start - 40), m.start)
            and not _OBSERVED_BY.search(text, max(sentence.start, m.start - 30), m.start)
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
            if w.COMPARED.search(text, max(clause.start, m.start - 40), m.start):
                continue
            if clause.inside(m.start, m.end) and m.kind in ("missile", "site") and m.country:
                owners = getattr(m, "countries", ()) or (m.country,)
                for owner in owners:
                    if owner in named:
                        return str(owner)
                return m.country
        return None

    # -- facts ------------------------------------------------------------------------------
    def _absorb(self, event: Draft, clause: Clause, dated: list[DateMention] | None = None) -> None:
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

    def _absorb_date(self, event: Draft, clause: Clause, dated: list[DateMention]) -> None:
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

    def _absorb_count(self, event: Draft, clause: Clause) -> None:
        """The first count of launched objects; "at least one" gives way to any firmer count."""
        for c in clause.sentence.counts:
            if not clause.inside(c.start, c.end) or not _COUNT_NOUN.match(c.noun):
                continue
            weak = c.count == 1 and c.qualifier == "at least"
            unset = event.count is None and event.count_qualifier is None
            # "a barrage of missiles ... at least seven missiles": a number beats "multiple".
            vaguer = event.count is None and c.count is not None and c.count > 1
            # "test-fired a new cruise missile ... detected several cruise missiles": the
            # singular named the system; the unnumbered plural says more than one was fired (a
            # number, "two missiles", conflicts with it instead, and the first stated stands).
            several = event.count_singular and c.count is None and c.qualifier == "multiple"
            if unset or (event.count_weak and not weak) or vaguer or several:
                event.count, event.count_qualifier, event.count_weak = c.count, c.qualifier, weak
                indefinite = _INDEFINITE.match(self.text, c.start) is not None
                event.count_singular = c.count == 1 and indefinite
                event.cite("count", clause.sentence.evidence)
            return
        if event.count is None and event.count_qualifier is None:
            # "two KN-23s": a number before a named system in the plural
            for m in clause.sentence.vocab:
                if m.kind != "missile" or not clause.inside(m.start, m.end):
                    continue
                said = self.text[m.start : m.end]
                if not said.endswith("s") or m.canonical.endswith("s"):
                    continue
                words = self.text[max(clause.start, m.start - 12) : m.start].split()
                n = parse_number(words[-1]) if words else None
                if n is not None and 1 < n < 100 and n == int(n):
                    event.count, event.count_weak = int(n), False
                    event.cite("count", clause.sentence.evidence)
                    return

    def _absorb_class_and_names(self, event: Draft, clause: Clause) -> None:
        ev = clause.sentence.evidence
        if event.type != "satellite_launch":
            # In the order they are written: the first class named is what was fired; a later,
            # different one belongs to another launch unless it only refines the first.
            for start, end, rank, name in sorted(self._classes(clause.sentence)):
                if (
                    clause.inside(start, end)
                    and rank > event.class_rank
                    and refines(event.missile_class, name)
                ):
                    event.class_rank, event.missile_class = rank, name
                    event.cite("missile_class", ev)
        compared_end = -1
        for m in clause.sentence.vocab:
            if m.kind != "missile" or not clause.inside(m.start, m.end):
                continue
            if w.COMPARED.search(self.text, max(clause.start, m.start - 40), m.start) or (
                compared_end >= 0 and _COORDINATED.fullmatch(self.text, compared_end, m.start)
            ):
                # "a design that resembles Russia's Iskander", "to replace the older Agni-1 and
                # Agni-2": not what was fired
                compared_end = m.end
                continue
            if (m.event_type == "satellite_launch") != (event.type == "satellite_launch"):
                continue
            if m.canonical not in event.names:
                event.names.append(m.canonical)
                event.cite("missile_names", ev)
            # A named system's class beats "ballistic" or "hypersonic" wording, not a range class.
            if (
                m.missile_class
                and event.class_rank < _NAMED_CLASS_RANK
                and refines(event.missile_class, m.missile_class)
            ):
                event.class_rank, event.missile_class = _NAMED_CLASS_RANK, m.missile_class
                event.cite("missile_class", ev)

    def _classes(self, sentence: Sentence) -> list[tuple[int, int, float, str]]:
        """Class wordings in a sentence, in rule order, found once per sentence."""
        if sentence.classes is None:
            found: list[tuple[int, int, float, str]] = []
            for rule in w.class_rules():
                m = rule.pattern.search(self.text, sentence.start, sentence.end)
                if m:
                    found.append((m.start(), m.end(), float(rule.rank), rule.name))
            sentence.classes = found
        return sentence.classes

    def _absorb_landing(self, event: Draft, clause: Clause) -> None:
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

    def _absorb_figures(self, event: Draft, clause: Clause) -> None:
        ev = clause.sentence.evidence
        for q in clause.sentence.quantities:
            if not clause.inside(q.start, q.end):
                continue
            if event.type == "satellite_launch" and q.kind == "distance":
                continue  # orbit and separation heights are not apogees or ranges
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

    def _absorb_outcome(self, event: Draft, clause: Clause) -> None:
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

    def _absorb_site(self, event: Draft, clause: Clause) -> None:
        """The first place a launch is told to be from sets the site; a finer place joined to it
        ("the Sunan area of Pyongyang", "Pyongyang's Sunan") wins over the coarser one."""
        if event.site is not None:
            return
        text, sentence = self.text, clause.sentence
        landings = [(m.start, m.end) for m in sentence.vocab if m.kind == "landing"]
        candidates: list[VocabMatch] = []
        aimed_end = -1  # the end of the last place told as where the launch went
        for m in sentence.vocab:
            if m.kind != "site" or m.site is None or not clause.inside(m.start, m.end):
                continue
            if aimed_end >= 0 and _WITHIN_PLACE.fullmatch(text, aimed_end, m.start):
                # "into waters off Wonsan in the North's Gangwon Province": where it went too
                aimed_end = m.end
                continue
            if any(s <= m.start < e for s, e in landings):
                continue  # an impact area named as a place: a landing, not a launch site
            if event.country and m.country and m.country != event.country:
                continue
            if event.type == "nuclear_test" and m.site_kind not in ("facility", "county"):
                continue
            if w.POSSESSIVE.match(text, m.end) or w.STATE_VERB_AFTER.match(text, m.end):
                continue  # "Pyongyang's test site", "Pyongyang acknowledged": the state
            before = text[max(clause.start, m.start - 50) : m.start]
            aimed = w.SITE_NOT_BEFORE.search(before) and (
                w.DISTANCE_FROM.search(before) or not w.SITE_FROM_LAST.search(before)
            )
            if aimed:
                aimed_end = m.end
            told_from = w.SITE_BEFORE.search(before) and not aimed
            joined = candidates and _JOINED.fullmatch(text, candidates[-1].end, m.start)
            if not (told_from or joined):
                continue
            candidates.append(m)
        if not candidates:
            return
        if event.type == "nuclear_test":
            # "in Kilju county, where the Punggye-ri test site is": the test site itself.
            candidates.sort(key=lambda m: m.site_kind != "facility")
        best = candidates[0]
        for m in candidates[1:]:
            if not _JOINED.fullmatch(text, best.end, m.start):
                break
            if _SITE_RANK.get(m.site_kind or "", 0) > _SITE_RANK.get(best.site_kind or "", 0):
                best = m
        event.site = best.site
        event.cite("launch_site", sentence.evidence)

    def _absorb_reporters(self, event: Draft, clause: Clause) -> None:
        """Reporters credited for the facts of this sentence (not those who merely condemn)."""
        sentence = clause.sentence
        for m in sentence.vocab:
            if m.kind != "reporter" or m.start < sentence.start or m.end > sentence.end:
                continue
            # A generic phrase ("the Defense Ministry", "state media") speaks for the launching
            # state or, as the contract's name says, for the one it names.
            speaks_for = {c for c in (m.needs_country, m.country) if c}
            if m.needs_country and event.country is not None and event.country not in speaks_for:
                continue
            if _LIKE_THOSE_OF.search(self.text, max(sentence.start, m.start - 60), m.start):
                continue  # "a statement identical to those put out by the US military"
            credited = sentence.attributed and (
                self._credited_after(m, sentence) or self._credited_before(m, sentence)
            )
            if credited and (
                _CAME_AS.search(self.text, max(sentence.start, m.start - 30), m.start)
                or self._of_another_class(m, sentence)
            ):
                continue
            if (
                credited
                and self._reaction_only(sentence)
                # "the launch, reported at the time by Seoul's military, was condemned by ...":
                # one who reported the launch is a source, whoever reacts to it
                and not _REPORTED_BY.search(self.text, max(sentence.start, m.start - 60), m.start)
            ):
                continue  # "Kishida condemned the launch and said Tokyo had lodged a protest"
            if credited and m.leader and not self._leader_states_a_fact(m, sentence):
                continue  # "Kishida said the launch could not be tolerated": a judgement
            # A state's own force announcing its test is the reporter: "The Air Force Global
            # Strike Command conducted a test launch".
            acting = m.country == event.country and self._acts_after(clause, m)
            if (credited or acting) and m.needs_country and event.country is None:
                # decided when the state is known (see `settle_reporters`)
                event.reporter_needs.setdefault(m.canonical, set()).update(speaks_for)
            if (credited or acting) and m.canonical not in event.reporters:
                event.reporters.append(m.canonical)
                event.cite("reported_by", sentence.evidence)

    def _of_another_class(self, m: VocabMatch, sentence: Sentence) -> bool:
        """The reporter opens a relative clause on a missile of another class than one named
        before it in the sentence ("fired three SRBMs, after an ICBM that officials said
        failed"): it speaks of that other launch."""
        rel = _RELATIVE_BEFORE.search(self.text, max(sentence.start, m.start - 8), m.start)
        if rel is None:
            return False
        near_from = max(sentence.start, rel.start() - 60)
        near: set[str] = set()
        earlier: set[str] = set()
        for start, end, _rank, name in self._classes(sentence):
            if name == "ballistic" or end > rel.start():
                continue
            (near if start >= near_from else earlier).add(name)
        return bool(near) and bool(earlier - near)

    def _credited_after(self, m: VocabMatch, sentence: Sentence) -> bool:
        """The reporter is the subject of a verb of saying ("the JCS said", "Kishida, who ...,
        told reporters"), not of a denied one ("state media did not report")."""
        text = self.text
        if _SAID_IN_NAME.search(text, m.start, m.end):
            return True  # the phrase itself says it: "Tokyo said"
        said = w.CREDITED_AFTER.match(text, m.end, sentence.end) or w.CREDITED_APPOSITIVE.match(
            text, m.end, sentence.end
        )
        if said is None:
            return False
        between = text[m.end : said.start("verb")]
        # "... across the Department of Defense," said the general: the name was quoted;
        # "..., was reported to have set a record": a passive says nothing of who told it
        return not (
            w.negated_before(between) or _QUOTE_CLOSED.search(between) or _PASSIVE.search(between)
        )

    def _credited_before(self, m: VocabMatch, sentence: Sentence) -> bool:
        """The reporter is the object of a verb of saying ("according to the JCS", "said
        Kishi"), not the subject of a new clause after it ("the ministry said, and the coast
        guard warned ships")."""
        text = self.text
        cue = w.CREDITED_BEFORE.search(text, max(sentence.start, m.start - 60), m.start)
        if cue is not None and _TOLD_TO.search(text, max(sentence.start, m.start - 12), m.start):
            return False  # "a professor told the Associated Press": the one told, not the source
        return cue is not None and not w.NEW_CLAUSE.search(text, cue.start(), m.start)

    def _leader_states_a_fact(self, m: VocabMatch, sentence: Sentence) -> bool:
        """What a head of government is credited with saying holds a fact of the launch (a
        figure, a count, a place, a clock time, or that it happened), not only a judgement:
        the quotation before the name, or what follows the name up to the next clause."""
        text = self.text
        if (
            _QUOTE_BEFORE_NAME.search(text, max(sentence.start, m.start - 4), m.start)
            or w.CREDITED_BEFORE.search(text, max(sentence.start, m.start - 60), m.start)
            or _SAID_LAST.match(text, m.end, sentence.end)
        ):
            # "'...,' Abe told", "..., said Modi", "..., Abe said."
            lo, hi = sentence.start, m.start
        else:
            cut = _NEXT_CLAUSE.search(text, m.end, sentence.end)
            lo, hi = m.end, cut.start() if cut else sentence.end
        kinds = ("landing", "site", "missile")
        return (
            any(lo <= q.start and q.end <= hi for q in sentence.quantities)
            or any(
                lo <= c.start and c.end <= hi and _COUNT_NOUN.match(c.noun) for c in sentence.counts
            )
            or any(lo <= v.start and v.end <= hi and v.kind in kinds for v in sentence.vocab)
            or any(lo <= d.start and d.end <= hi and d.hour is not None for d in sentence.dates)
            or w.CONFIRMED.search(text, lo, hi) is not None
        )

    def _reaction_only(self, sentence: Sentence) -> bool:
        """A sentence of protest or concern that tells no fact of the launch: who says it is
        reacting to the news, not a source for it."""
        if not w.REACTION.search(self.text, sentence.start, sentence.end):
            return False
        if w.CONFIRMED.search(self.text, sentence.start, sentence.end) and not (
            w.UNKNOWN_YET.search(self.text, sentence.start, sentence.end)
        ):
            return False  # "said it had confirmed that a nuclear test had taken place"
        kinds = ("landing", "site", "missile")
        return not (
            sentence.quantities
            or any(_COUNT_NOUN.match(c.noun) for c in sentence.counts)
            or any(v.kind in kinds for v in sentence.vocab)
        )

    def _acts_after(self, clause: Clause, m: VocabMatch) -> bool:
        """An act of launching told right after the reporter, in the same clause: the state's own
        force as the actor ("the Air Force Global Strike Command launched ...")."""
        text = self.text
        for verb, _strong in clause.sentence.verbs or ():
            if not (m.end <= verb.start() <= m.end + 80 and clause.inside(m.start, verb.end())):
                continue
            before = text[max(clause.start, verb.start() - 60) : verb.start()]
            word = verb.group(0).lower()
            if word in ("launches", "fires", "tests") and not w.VERB_LAUNCHES_AFTER.search(before):
                continue  # "reported on the launches": a noun
            if _QUOTE_CLOSED.search(text, m.end, verb.start()):
                continue  # the name is inside a quotation, the verb outside it
            if w.negated_before(before) or w.modal_before(before):
                continue
            return True
        return False


def settle_reporters(event: Draft) -> None:
    """Drop the generic reporters ("the Defense Ministry") taken before the launching state was
    known, when they speak for another state."""
    if event.country is None or not event.reporter_needs:
        return
    event.reporters = [
        r for r in event.reporters if event.country in event.reporter_needs.get(r, {event.country})
    ]
