"""The walk's closing step: the news when no act was found (the lede's nominal act, a launch
disclosed weeks later), its date when no clause gave one, the news told again as background
folded into it, and what each event's type implies."""

from __future__ import annotations

import datetime as dt
from typing import Final

from mypy_extensions import trait

from launchwatch.extract import time_words as tw
from launchwatch.extract.dates import DateMention
from launchwatch.extract.draft import Clause, Draft, within_a_day
from launchwatch.extract.facts import settle_reporters
from launchwatch.extract.gating import regex
from launchwatch.extract.phrase import NOCASE
from launchwatch.model import Evidence

# How old a launch first told in the lede may be when the article reveals it later (a failed
# test disclosed weeks on).
PROMOTE_MAX_AGE_DAYS: Final = 62
_SINGULAR: Final = regex(r"\b(?:missile|rocket|projectile|ICBM|SRBM|IRBM|MRBM|SLBM)\b", NOCASE)
_PLURAL: Final = regex(
    r"\b(?:missiles|rockets|projectiles|ICBMs|SRBMs|IRBMs|MRBMs|SLBMs)\b", NOCASE
)


@trait  # a mixin (compiled classes inherit from one base and any traits)
class Closing:
    """The closing step of the walk (a mixin of the walker, which owns the state)."""

    text: str
    published: dt.date | None
    main: Draft | None
    reports: list[Draft]
    background: list[Draft]
    lede_background: list[Draft]
    nominal: list[Clause]
    pending: list[Clause]
    deferred: list[Clause]
    warnings: list[str]
    unresolved: list[str]
    countries_seen: list[str]
    said_dates: list[tuple[str, Evidence]]
    date_hints: list[tuple[DateMention, Clause]]
    late_night: bool

    # given by the other halves of the walker
    def _type_of(self, text: str) -> str | None:
        raise NotImplementedError

    def _country_of(self, clause: Clause, verb_start: int | None = None) -> str | None:
        raise NotImplementedError

    def _absorb(self, event: Draft, clause: Clause, dated: list[DateMention] | None = None) -> None:
        raise NotImplementedError

    def _dates(self, clause: Clause) -> list[DateMention]:
        raise NotImplementedError

    def _is_old(self, d: DateMention) -> bool:
        raise NotImplementedError

    def _flush_deferred(self) -> None:
        raise NotImplementedError

    def _new(self, role: str, event_type: str, clause: Clause, country: str | None) -> Draft:
        raise NotImplementedError

    def _warn_unresolved(self) -> None:
        if self.unresolved:
            shown = ", ".join(f"'{x}'" for x in dict.fromkeys(self.unresolved))
            self.warnings.append(
                f"no publication date: relative dates left unresolved ({shown}); give --published"
            )

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
        self._warn_unresolved()
        if self.main is None:
            self._promote()
        main = self.main
        if main is None:
            # an article without news: its earlier launches are still whole events
            self._settle(None)
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
                        tw.EVENT_BEFORE_DATE.search(
                            self.text, max(clause.start, d.start - 20), d.start
                        )
                        or tw.EVENT_AFTER_DATE.match(self.text, d.end, min(clause.end, d.end + 20))
                    )
                ]
                if found:
                    main.date, main.precision = found[0].value, "day"
                    main.cite("date", clause.sentence.evidence)
                    break
        if main.date is None and self.said_dates:
            day, said = self.said_dates[0]
            if self.late_night and not tw.LATE_NIGHT.search(said.text):
                # the day it was told is the morning after a launch late at night
                day = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
            main.date, main.precision = day, "day"
            main.cite("date", said)
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
        self._settle(main)
        # A background event that is the news itself, told again, is not a second event; what
        # only that telling said ("a day after Seoul and Tokyo detected a missile launched from
        # Pyongyang") is the news's.
        kept: list[Draft] = []
        for b in self.background:
            same = next(
                (
                    r
                    for r in self.reports
                    if r.type == b.type
                    and r.date
                    and b.date
                    and within_a_day(r.date, b.date)
                    and same_kind(r.missile_class, b.missile_class)
                ),
                None,
            )
            if same is None:
                kept.append(b)
            else:
                _carry_over(b, same)
        self.background = kept

    def _settle(self, main: Draft | None) -> None:
        """Last touches to every event: the launching state, reporters, what a type implies."""
        fallback = self._dominant_country()
        for event in [*self.reports, *self.background]:
            if event.country is None:
                event.country = (main.country if main else None) or fallback
            settle_reporters(event)
            if event.type == "satellite_launch":
                event.missile_class = "SLV"
                if event.role == "report" and event.count is None:
                    event.count = 1
            if event.type == "nuclear_test":
                event.count, event.count_qualifier, event.missile_class = None, None, None
            elif event.count is None and event.count_qualifier is None and event.role == "report":
                # "the missile", "an ICBM", never "missiles": one was fired.
                told = " ".join(event.acts or event.texts)
                if _SINGULAR.search(told) and not _PLURAL.search(told):
                    event.count = 1

    def _dominant_country(self) -> str | None:
        if not self.countries_seen:
            return None
        return max(set(self.countries_seen), key=self.countries_seen.count)


def _carry_over(told: Draft, news: Draft) -> None:
    """Give the news the launch site and reporters that only another telling of it named."""
    if news.site is None and told.site is not None:
        news.site = told.site
        for evidence in told.evidence.get("launch_site", ()):
            news.cite("launch_site", evidence)
    added = [r for r in told.reporters if r not in news.reporters]
    if added:
        news.reporters.extend(added)
        for evidence in told.evidence.get("reported_by", ()):
            news.cite("reported_by", evidence)


def same_kind(a: str | None, b: str | None) -> bool:
    """Classes that may name one launch (a vague "ballistic" fits any ballistic class)."""
    return a is None or b is None or a == b or ("ballistic" in (a, b) and "cruise" not in (a, b))
