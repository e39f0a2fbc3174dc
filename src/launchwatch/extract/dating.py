"""Dates of events: which dates in a clause date an event, in the launch site's local time,
and which lie before the news."""

from __future__ import annotations

import datetime as dt
from typing import Final

from mypy_extensions import trait

from launchwatch.extract import time_words as tw
from launchwatch.extract import wording as w
from launchwatch.extract.dates import DateMention
from launchwatch.extract.draft import Clause, Draft
from launchwatch.extract.gating import regex
from launchwatch.extract.phrase import NOCASE
from launchwatch.model import Evidence

_PAST_WORDS: Final = regex(r"\b(?:last|previous|past|ago|earlier)\b", NOCASE)
# How old a dated launch may be, at the publication date, and still be the article's news.
MAX_REPORT_AGE_DAYS: Final = 4


@trait  # a mixin (compiled classes inherit from one base and any traits)
class Dating:
    """The dating half of the walk (a mixin of the walker, which owns the state)."""

    text: str
    published: dt.date | None
    main: Draft | None
    countries_seen: list[str]
    us_evenings: dict[tuple[int, int], bool]  # whether a date (its span) is told as a US evening
    said_dates: list[tuple[str, Evidence]]

    def _dates(self, clause: Clause) -> list[DateMention]:
        """The resolved dates of a clause that date an event (not the day something was said)."""
        dating = clause.dating
        if dating is None:
            # (what the text says of each date is kept with the clause; the local day is not,
            # as it depends on the countries read so far)
            text = self.text
            dating = clause.dating = [
                d
                for d in clause.sentence.dates
                if clause.inside(d.start, d.end)
                and d.value is not None
                and d.note != "future"
                and (
                    w.POSSESSIVE.match(text, d.end)  # "said Thursday's launch": the launch's day
                    or tw.DAY_OF_EVENT.match(text, d.end)  # "said the Thursday evening test"
                    or not tw.SAID_BEFORE_DATE.search(
                        text, max(clause.start, d.start - 45), d.start
                    )
                )
                and not tw.AHEAD_OF.search(text, max(clause.start, d.start - 15), d.start)
                and not tw.SAID_AFTER_DATE.match(text, d.end, min(clause.end, d.end + 30))
            ]
        return [self._local_weekday(d) for d in dating]

    def _said_date(self, clause: Clause) -> None:
        """Note the day a launch was told of ("said on Friday it had fired ... a day earlier"):
        the report's date of last resort, counted back where the sentence says how far."""
        sentence = clause.sentence
        days = [self._local_weekday(d) for d in sentence.dates if d.value and d.precision == "day"]
        if not days or self._is_old(days[0]):
            return
        sentence_text = self.text[sentence.start : sentence.end]
        back = 0
        offset = tw.RELATIVE_EARLIER.search(sentence_text) or tw.AFTER_THE_LAUNCH.search(
            sentence_text
        )
        if offset is not None:
            back = tw.relative_days(offset)
        elif tw.LATE_NIGHT.search(sentence_text):
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
        us_evening = self.us_evenings.get((d.start, d.end))
        if us_evening is None:
            window = self.text[max(0, d.start - 15) : d.end + 35]
            us_evening = bool(tw.US_TIME.search(window) and tw.EVENING.search(window))
            self.us_evenings[(d.start, d.end)] = us_evening
        if us_evening and any(c in tw.EAST_ASIA for c in self.countries_seen):
            day = dt.date.fromisoformat(d.value) + dt.timedelta(days=1)
            if day <= published + dt.timedelta(days=1):
                return DateMention(
                    d.start, d.end, day.isoformat(), "day", d.kind, d.hour, d.zone, "US evening"
                )
        if d.kind != "weekday":
            return d
        day = dt.date.fromisoformat(d.value)
        if (published - day).days != 6 or not tw.LOCAL_TIME_AFTER.match(self.text, d.end):
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
            # "this month" is the news's own month; "last week" within it is still the past.
            this = d.value == ref.isoformat()[: len(d.value)] and d.kind == "relative"
            return not this or bool(_PAST_WORDS.search(self.text, d.start, d.end))
        age = (ref - dt.date.fromisoformat(d.value)).days
        main = self.main
        dated_main = main is not None and main.date is not None and main.precision == "day"
        limit = 1 if dated_main else MAX_REPORT_AGE_DAYS
        return age > limit
