"""Synthetic wire reports of missile launches, realistic enough to exercise ingest and merging.

    .venv/bin/python benchmarks/articles_gen.py [--articles 2000] [--seed 0] [--jsonl]

`generate(n, seed)` streams n articles. Each synthetic launch (mostly North Korean; some
Iranian, Russian, Chinese, Indian; class, count, a launch site from data/sites.yaml, apogee and
range, landing) is told by 2-5 reports from different reporters: the first official word on the
day (Seoul's JCS for North Korea), a neighbour's defence ministry (Tokyo), the launching state's
own media the day after, a foreign wire in miles. Each report has its own wording, date form
("on Tuesday", "on March 3") and figures that disagree a little with the others'. About 20% of
the articles are syndicated copies of another report of the same launch (another outlet, one
sentence dropped or rewritten), about 10% are analysis or statement pieces without a launch, and
many reports recall an earlier launch by its date. Some days have two launches of different
class by one country.

A launch has about five articles, so n articles tell about n / 5 launches. They are spread over
2010-2024 when that fits with a country launching at most once a day (the same-day pairs apart)
and North Korea on at most 70% of days, up to about 30,000 articles; a larger n starts the
calendar earlier (100,000 articles: 20,000 launches from 1978). Articles arrive roughly in
date order, neighbouring launches interleaved. The stream is deterministic for a seed and holds
only the current launch's articles and a few earlier launches in memory. What the reports are
made of (kinds of launch, each country's press, ledes, fillers, reactions) is in
`articles_phrases.py`; this module draws the launches and writes the articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

import yaml

import articles_phrases as phrases
from launchwatch.model import Article

START = dt.date(2010, 1, 1)  # earlier when n needs more days (see _BUSIEST_RATE)
END = dt.date(2024, 12, 31)  # the last launches may spill some weeks past it
COPY_SHARE = 0.20  # syndicated copies among all articles
NEGATIVE_SHARE = 0.10  # pieces without a launch among all articles
SAME_DAY_SHARE = 0.04  # launches followed by another of a different class on the same day
# Apart from those pairs a country launches at most once a day, and the busiest (North Korea)
# on at most this share of days: when n needs more launches, the calendar starts before START.
_BUSIEST_RATE = 0.7
REPORTS = (2, 3, 4, 5)  # original reports per launch, uniformly
# Originals are 70% of the stream, so per original: 2/7 of a copy and 1/7 of a negative.
_COPY_RATE = COPY_SHARE / (1 - COPY_SHARE - NEGATIVE_SHARE)
_NEGATIVE_RATE = NEGATIVE_SHARE / (1 - COPY_SHARE - NEGATIVE_SHARE)
_ARTICLES_PER_LAUNCH = sum(REPORTS) / len(REPORTS) * (1 + _COPY_RATE + _NEGATIVE_RATE)
_SHUFFLE_WINDOW = 24  # articles of neighbouring launches arrive interleaved, as in a feed
_MIN_LENGTH, _MAX_LENGTH = 800, 2000

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec.")  # fmt: skip
_NUMBERS = ("no", "a", "two", "three", "four", "five", "six", "seven", "eight")


@dataclass(frozen=True)
class Launch:
    """One synthetic launch: the truth its reports are written from."""

    number: int
    country: str
    day: dt.date
    missile_class: str
    name: str  # "" when reports do not name the system
    count: int
    site: str  # a canonical name from data/sites.yaml
    apogee_km: float | None
    range_km: float
    flight_min: float | None
    landing: str | None  # a canonical name from data/landings.yaml


@dataclass(frozen=True)
class Generated:
    """An article with what it was made as: kind is "report", "copy" or "negative"."""

    article: Article
    kind: str
    launch: Launch
    serial: int  # the order in which articles were written (the stream shuffles them a little)
    copy_of: int = -1  # for a copy: the serial of the article it copies


def _sites_by_country() -> dict[str, list[tuple[str, str]]]:
    """(name, kind) of every gazetteer site, by country, in file order."""
    path = resources.files("launchwatch") / "data" / "sites.yaml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["sites"]
    out: dict[str, list[tuple[str, str]]] = {}
    for entry in entries:
        out.setdefault(entry["country"], []).append((entry["name"], entry["kind"]))
    return out


_GAZETTEER = _sites_by_country()
_SITE_KINDS = {name: kind for sites in _GAZETTEER.values() for name, kind in sites}
# North Korea's launch areas when a kind names none: places reports give as launch areas (its
# nuclear sites and the satellite and submarine bases are not).
_KP_AREAS = [
    name
    for name, kind in _GAZETTEER["KP"]
    if kind in ("city", "county", "province") and name != "Sinpo"
]
_unknown = [
    s for kinds in phrases.KINDS.values() for k in kinds for s in k.sites if s not in _SITE_KINDS
]
if _unknown:
    raise ValueError(f"sites not in data/sites.yaml: {', '.join(_unknown)}")


def _site_phrase(rng: random.Random, site: str) -> str:
    kind = _SITE_KINDS[site]
    if kind in ("city", "county"):
        return rng.choice((f"from the {site} area", f"from near {site}", f"from {site}"))
    if kind == "region":
        return rng.choice((f"from the {site}", f"from a submarine in the {site}"))
    return f"from {site}"


def _round(value: float) -> int:
    step = 50 if value >= 1000 else 10 if value >= 100 else 5
    return max(step, int(round(value / step) * step))


def _number(value: float) -> str:
    return f"{_round(value):,}"


def _date_words(day: dt.date, year_of: dt.date, ap: bool = False) -> str:
    """March 3 or Sept. 3 (with ", 2019" in another year than `year_of`)."""
    month = (_AP_MONTHS if ap else _MONTHS)[day.month - 1]
    return f"{month} {day.day}" if day.year == year_of.year else f"{month} {day.day}, {day.year}"


def _with_article(words: str) -> str:
    return ("an " if words[0].lower() in "aeiou" else "a ") + words


class _Writer:
    """Writes the articles of one stream; holds the seed's random state and a little history."""

    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.launches = max(1, round(n / _ARTICLES_PER_LAUNCH))
        self.countries = list(phrases.COUNTRY_WEIGHTS)
        self.weights = list(phrases.COUNTRY_WEIGHTS.values())
        busiest = max(self.weights) / sum(self.weights)
        needed = math.ceil(self.launches * busiest / _BUSIEST_RATE)
        self.span = max((END - START).days + 1, needed)
        self.first_day = END - dt.timedelta(days=self.span - 1)
        self.last_day: dict[str, dt.date] = {}  # each country's latest launch
        self.day_classes: list[str] = []  # the classes `previous`'s country flew on its day
        self.history: dict[str, deque[Launch]] = {c: deque(maxlen=8) for c in phrases.VOICES}

    # -- launches ---------------------------------------------------------------------------
    def launch(self, number: int, previous: Launch | None) -> Launch:
        """The next launch: near the day its number falls on, or on `previous`'s day."""
        rng = self.rng
        kinds: list[phrases.Kind] = []
        if previous is not None and rng.random() < SAME_DAY_SHARE:
            country, day = previous.country, previous.day
            kinds = [k for k in phrases.KINDS[country] if k.missile_class not in self.day_classes]
        if not kinds:
            country = rng.choices(self.countries, weights=self.weights)[0]
            offset = number * self.span // self.launches + rng.randint(0, 2)
            day = self.first_day + dt.timedelta(days=offset)
            latest = self.last_day.get(country)
            if latest is not None and day <= latest:
                day = latest + dt.timedelta(days=1)  # one launch per country and day
            kinds = list(phrases.KINDS[country])
            self.day_classes = []
        kind = rng.choices(kinds, weights=[k.weight for k in kinds])[0]
        self.day_classes.append(kind.missile_class)
        self.last_day[country] = day
        return Launch(
            number=number,
            country=country,
            day=day,
            missile_class=kind.missile_class,
            name=rng.choice(kind.names),
            count=rng.choice(kind.counts),
            site=rng.choice(kind.sites or tuple(_KP_AREAS)),
            apogee_km=rng.uniform(*kind.apogee) if kind.apogee else None,
            range_km=rng.uniform(*kind.range),
            flight_min=rng.uniform(*kind.flight) if kind.flight else None,
            landing=rng.choice(kind.landings),
        )

    # -- slots ------------------------------------------------------------------------------
    def slots(self, launch: Launch, style: str, published: dt.date, outlet: str) -> dict[str, str]:
        rng = self.rng
        voice = phrases.VOICES[launch.country]
        singular, plural, generic = phrases.NOUNS[launch.missile_class]
        many = launch.count > 1
        count = _NUMBERS[launch.count] if launch.count < len(_NUMBERS) else str(launch.count)
        rocket = launch.missile_class in ("SLV", "MLRS")
        what = f"{count} {plural}" if many else _with_article(singular)
        if launch.missile_class == "SLV":
            what = rng.choice((f"a {launch.name} rocket carrying a satellite", what))
        generic_noun = f"{generic} {'rocket' if launch.missile_class == 'SLV' else 'missile'}"
        what_generic = f"{count} {generic_noun}s" if many else _with_article(generic_noun)
        what_named = what
        if launch.name:
            named = f"{launch.name} {plural if many else singular}"
            what_named = f"{count} {named}" if many else f"a new {named}"
        it = f"the {'rocket' if rocket else 'missile'}{'s' if many else ''}"
        range_km = launch.range_km * rng.uniform(0.92, 1.08)
        apogee = launch.apogee_km * rng.uniform(0.92, 1.08) if launch.apogee_km else None
        where = phrases.WHERE[launch.landing] if launch.landing else None
        toward, where_words = rng.choice(where) if where else ("", "")
        if style in ("home", "watcher", "foreign"):
            date = rng.choice(("on {wd}", "early {wd}", "on {wd} morning", "on {md}", "on {wd}"))
        else:
            date = rng.choice(("on {wd}", "on {md}", "on {wd}"))
        day = launch.day
        explicit = _date_words(day, published, ap=rng.random() < 0.5)
        date = date.format(wd=_WEEKDAYS[day.weekday()], md=explicit)
        slots = {
            "Name": voice.name,
            "Adjective": voice.adjective,
            "short": voice.short,
            "short_s": voice.short + "'s",
            "CITY": voice.city,
            "WCITY": voice.watcher_city,
            "dateline": f"{_AP_MONTHS[published.month - 1]} {published.day}",
            "outlet": outlet,
            "what": what,
            "what_named": what_named,
            "what_generic": what_generic,
            "What_generic": what_generic[0].upper() + what_generic[1:],
            "what_short": generic_noun,
            "named_short": launch.name or singular,
            "toward": toward,
            "where": where_words,
            "date": date,
            "pub_day": _WEEKDAYS[published.weekday()],
            "wd": _WEEKDAYS[day.weekday()],
            "home": rng.choice(voice.home),
            "home_short": voice.home_short,
            "watcher": rng.choice(voice.watcher),
            "state": rng.choice(voice.state),
            "foreign": rng.choice(voice.foreign),
            "site": _site_phrase(rng, launch.site),
            "it": it,
            "It": it[0].upper() + it[1:],
            "was": "were" if many else "was",
            "range": _number(range_km),
            "range_mi": _number(range_km / 1.609),
            "time": f"{rng.randint(5, 11)}:{rng.randrange(0, 60):02d}",
        }
        if apogee:
            slots["apogee"] = _number(apogee)
            slots["apogee_mi"] = _number(apogee / 1.609)
        if launch.flight_min:
            slots["flight"] = str(round(launch.flight_min * rng.uniform(0.95, 1.05)))
        for key in ("Watcher", "State"):
            value = slots[key.lower()]
            slots[key] = value[0].upper() + value[1:]
        if not where:
            slots.pop("toward")
            slots.pop("where")
        return slots

    def background(self, launch: Launch, published: dt.date) -> dict[str, str] | None:
        earlier = [b for b in self.history[launch.country] if (launch.day - b.day).days >= 3]
        if not earlier:
            return None
        before = self.rng.choice(earlier)
        singular, plural, _ = phrases.NOUNS[before.missile_class]
        noun = plural if before.count > 1 else singular
        what = f"{_NUMBERS[min(before.count, 8)]} {noun}" if before.count > 1 else None
        if what is None:
            what = f"a {before.name} {noun}" if before.name else _with_article(noun)
        toward = self.rng.choice(phrases.WHERE[before.landing])[0] if before.landing else ""
        return {
            "before": _date_words(before.day, published, ap=self.rng.random() < 0.5),
            "before_what": what,
            "before_toward": toward,
            "before_range": _number(before.range_km),
            "before_site": _site_phrase(self.rng, before.site),
        }

    # -- articles ---------------------------------------------------------------------------
    def report(self, launch: Launch, style: str, used: list[str]) -> tuple[list[str], Article]:
        """The sentences and the article of one original report, in `style`."""
        rng = self.rng
        published = launch.day + dt.timedelta(days=1 if style == "state" else 0)
        outlet, domain = rng.choice(phrases.OUTLETS)
        slots = self.slots(launch, style, published, outlet)
        sentences = [self.pick(phrases.LEDES[style], slots, used)]
        facts = [
            phrases.FIGURES[style],
            phrases.SITES if style != "watcher" else (),
            phrases.LANDINGS,
        ]
        if style == "watcher":
            facts.reverse()
        told_landing = "{where}" in used[-1] or "{toward}" in used[-1]
        for pool in facts:
            if pool is phrases.LANDINGS and told_landing:
                continue
            sentence = self.pick(pool, slots, used, optional=True)
            if sentence and rng.random() < 0.85:
                sentences.append(sentence)
        before = self.background(launch, published) if rng.random() < 0.6 else None
        # Reports of one launch draw different stock sentences while there are any left.
        stock = [
            f for f in phrases.FILLERS[launch.country] + phrases.COMMON_FILLERS if f not in used
        ]
        stock = rng.sample(stock, min(phrases.STOCK_PER_ARTICLE, len(stock)))
        room = dict(phrases.BODY_ROOM)
        if launch.country != "KP":
            room["colour"] = 0  # alerts in Japanese towns are a North Korean story
        target = rng.randint(_MIN_LENGTH + 50, _MAX_LENGTH - 100)
        length = sum(len(s) + 1 for s in sentences)
        while length < target:
            if before and len(sentences) >= 3:
                sentence = self.pick(phrases.BACKGROUND, {**slots, **before}, used)
                before = None
            else:
                kinds = [kind for kind, left in room.items() if left > 0]
                if not kinds:
                    break
                kind = rng.choice(kinds)
                room[kind] -= 1
                sentence = _vary(rng, self.filler(kind, launch, slots, used, stock))
            if length + len(sentence) > _MAX_LENGTH:
                break
            sentences.append(sentence)
            length += len(sentence) + 1
        title = self.pick(phrases.TITLES[style], slots, [])
        return sentences, self.article(sentences, published, outlet, domain, title)

    def reaction(self, launch: Launch, slots: dict[str, str], used: list[str]) -> str:
        """Someone's reaction, preferring someone no report of this launch quoted yet."""
        rng = self.rng
        reactors = (
            phrases.REACTORS["KP" if launch.country == "KP" else "other"] + phrases.COMMON_REACTORS
        )
        fresh = [r for r in reactors if r not in used] or list(reactors)
        reactor = rng.choice(fresh)
        used.append(reactor)
        words = f"{rng.choice(phrases.REACTION_VERBS)} {rng.choice(phrases.REACTION_OBJECTS)}"
        parts = {
            "judgement": rng.choice(phrases.JUDGEMENTS),
            "addition": rng.choice(phrases.ADDITIONS),
            "request": rng.choice(phrases.REQUESTS),
        }
        tail = rng.choice(phrases.REACTION_TAILS)
        sentence = f"{reactor} {words}{tail}.".format_map({**slots, **parts})
        return sentence[0].upper() + sentence[1:]

    def quote(self, slots: dict[str, str]) -> str:
        """An analyst's words, put together from parts, with a name and a place of work."""
        rng = self.rng
        parts = (
            phrases.QUOTE_SUBJECTS,
            phrases.QUOTE_VERBS,
            phrases.QUOTE_OBJECTS,
            phrases.QUOTE_TAILS,
        )
        words = rng.choice(phrases.QUOTE_OPENERS) + " ".join(rng.choice(p) for p in parts)
        words = words.format_map(slots)
        words = words[0].upper() + words[1:]
        who = f"{rng.choice(phrases.FIRST_NAMES)} {rng.choice(phrases.LAST_NAMES)}"
        where = f"{rng.choice(phrases.ROLES)} at {rng.choice(phrases.INSTITUTIONS)}"
        if rng.random() < 0.5:
            return f'"{words}," said {who}, {where}.'
        return f'{who}, {where}, said: "{words}."'

    def colour(self, slots: dict[str, str]) -> str:
        """A detail from the places the launch touched (Japan, for North Korean launches)."""
        rng = self.rng
        return rng.choice(phrases.LOCAL_COLOUR).format(
            prefecture=rng.choice(phrases.PREFECTURES),
            time=slots["time"],
            minutes=rng.choice((10, 15, 20, 25, 30, 40)),
        )

    def filler(
        self, kind: str, launch: Launch, slots: dict[str, str], used: list[str], stock: list[str]
    ) -> str:
        """One more sentence for the body, of `kind` (see phrases.BODY_ROOM)."""
        if kind == "stock" and stock:
            used.append(stock[-1])
            return stock.pop().format_map(slots)
        if kind == "reaction":
            return self.reaction(launch, slots, used)
        if kind == "colour":
            return self.colour(slots)
        if kind == "tracking":
            return self.tracking(slots)
        return self.quote(slots)

    def tracking(self, slots: dict[str, str]) -> str:
        """What the watchers saw before and during the launch, put together from parts."""
        rng = self.rng
        parts = (phrases.TRACKERS, phrases.TRACKED, phrases.TRACKED_WHAT, phrases.TRACKED_WHEN)
        sentence = " ".join(rng.choice(p) for p in parts).format_map(slots)
        return f"{sentence[0].upper()}{sentence[1:]}, {rng.choice(phrases.TRACKING_SOURCES)}."

    def pick(
        self, pool: Sequence[str], slots: dict[str, str], used: list[str], optional: bool = False
    ) -> str:
        """A sentence of `pool` whose slots all have values, preferring those not yet used."""
        fitting = []
        for template in pool:
            try:
                fitting.append((template, " ".join(template.format_map(slots).split())))
            except KeyError:
                continue
        if not fitting:
            if optional:
                return ""
            raise KeyError(f"no template fits: {pool[0]!r}")
        fresh = [pair for pair in fitting if pair[0] not in used] or fitting
        template, sentence = self.rng.choice(fresh)
        used.append(template)
        return sentence

    def copy(self, sentences: list[str], original: Article) -> Article:
        """A syndicated copy of `original`: another outlet, one sentence dropped or rewritten."""
        rng = self.rng
        outlet, domain = rng.choice([o for o in phrases.OUTLETS if o[0] != original.source])
        lines = [s.replace(f"({original.source})", f"({outlet})") for s in sentences]
        body = range(1, len(lines))
        if rng.random() < 0.5 and len(lines) > 4:
            del lines[rng.choice(body)]
        else:
            index = rng.choice(body) if len(lines) > 1 else 0
            lines[index] = _rewrite(rng, lines[index])
        title = original.title if rng.random() < 0.5 else original.title.replace(" says", " said")
        return self.article(lines, original.published or START, outlet, domain, title)

    def negative(self, launch: Launch) -> Article:
        """An analysis or statement piece of the days after `launch`, telling no launch."""
        rng = self.rng
        published = launch.day + dt.timedelta(days=rng.randint(2, 6))
        outlet, domain = rng.choice(phrases.OUTLETS)
        slots = self.slots(launch, "home", published, outlet)
        actor = rng.choice(phrases.NEGATIVE_ACTORS["KP" if launch.country == "KP" else "other"])
        dateline = rng.choice(("{CITY}, {dateline} ({outlet}) --", "{CITY} ({outlet}) --"))
        lede = f"{dateline} {actor} {rng.choice(phrases.NEGATIVE_DEEDS)} on {{pub_day}}"
        sentences = [(lede + rng.choice(phrases.NEGATIVE_TAILS) + ".").format_map(slots)]
        stock = rng.sample(phrases.NEGATIVE_BODY, phrases.STOCK_PER_ARTICLE)
        reactors = (
            phrases.REACTORS["KP" if launch.country == "KP" else "other"] + phrases.COMMON_REACTORS
        )
        target = rng.randint(_MIN_LENGTH + 50, _MAX_LENGTH - 300)
        while sum(len(s) + 1 for s in sentences) < target:
            draw = rng.random()
            if stock and draw < 0.3:
                sentences.append(stock.pop())
            elif draw < 0.55:
                sentences.append(
                    f"{rng.choice(reactors)} {rng.choice(phrases.NEGATIVE_REACTIONS)} "
                    f"{rng.choice(phrases.NEGATIVE_OBJECTS)}{rng.choice(phrases.REACTION_TAILS[:4])}."
                )
            else:
                sentences.append(self.quote(slots))
        sentences = [_vary(rng, sentence) for sentence in sentences]
        before = self.background(launch, published)
        if before:  # an earlier launch recalled low in the story, as analyses do
            sentences.append(self.pick(phrases.NEGATIVE_BACKGROUND, {**slots, **before}, []))
        title = f"{slots['Name']}: " + rng.choice(
            ("tension rises over defence plans", "talks stall", "a statement and its audience")
        )
        return self.article(sentences, published, outlet, domain, title)

    def article(
        self, sentences: list[str], published: dt.date, outlet: str, domain: str, title: str
    ) -> Article:
        paragraphs: list[str] = []
        for sentence in sentences:
            if paragraphs and len(paragraphs[-1]) < 160 and self.rng.random() < 0.3:
                paragraphs[-1] += " " + sentence
            else:
                paragraphs.append(sentence)
        slug = "-".join("".join(c for c in w if c.isalnum()) for w in title.lower().split()[:7])
        return Article(
            id="",  # numbered when it leaves the stream
            text="\n".join(paragraphs),
            published=published,
            url=f"https://{domain}/{published:%Y/%m/%d}/{slug}-{self.rng.randrange(10**6):06d}",
            source=outlet,
            title=title,
        )


# Words of the body sentences that editors vary; lifting one of 2-4 forms for each keeps
# stock phrases from repeating word for word across thousands of articles (real articles share
# almost no five-word runs: about 0.002 Jaccard between two reports in tests/data/corpus).
# Launch words, reporters and places are left alone: the extractor reads those.
_VARIANTS = {
    words[0]: words
    for words in (
        ("said", "stated", "noted", "added"),
        ("region", "area", "neighbourhood"),
        ("tension", "friction", "strain"),
        ("closely", "carefully", "intently"),
        ("further", "more", "additional"),
        ("serious", "grave", "deep"),
        ("concern", "worry", "unease"),
        ("repeatedly", "often", "consistently"),
        ("country", "nation"),
        ("weapons", "arms"),
        ("analysts", "experts", "observers"),
        ("growing", "expanding", "increasing"),
        ("strong", "firm", "stern"),
        ("urged", "pressed", "asked"),
        ("stop", "halt", "cease"),
        ("dialogue", "talks", "negotiations"),
        ("threat", "danger", "menace"),
        ("show", "demonstrate", "signal"),
        ("allies", "partners"),
        ("message", "signal", "warning"),
        ("worry", "alarm", "trouble"),
        ("technology", "know-how", "engineering"),
        ("details", "specifics", "particulars"),
        ("unclear", "murky", "uncertain"),
        ("respond", "react", "answer"),
        ("planned", "prepared", "scheduled"),
        ("seen", "watched", "observed"),
        ("studied", "analysed", "examined"),
        ("real", "true", "actual"),
        ("harder", "tougher", "thornier"),
        ("question", "issue", "puzzle"),
        ("expect", "anticipate", "foresee"),
        ("coming", "next few", "following"),
        ("pace", "tempo", "speed"),
        ("engineers", "scientists", "technicians"),
        ("timing", "moment", "schedule"),
        ("surprised", "shocked", "startled"),
        ("calculated", "deliberate", "measured"),
        ("domestic", "home", "local"),
        ("audience", "public", "constituency"),
        ("statement", "communique", "release"),
        ("condemned", "denounced", "decried"),
        ("criticised", "faulted", "censured"),
        ("latest", "most recent", "newest"),
        ("restraint", "calm", "caution"),
        ("several", "a number of", "various"),
    )
}


def _vary(rng: random.Random, sentence: str) -> str:
    """The sentence with its common words in one of their forms (see _VARIANTS)."""
    words = sentence.split(" ")
    for index, word in enumerate(words):
        bare = word.rstrip('.,;:"')
        forms = _VARIANTS.get(bare.lower())
        if forms:
            form = rng.choice(forms)
            if bare[0].isupper():
                form = form[0].upper() + form[1:]
            words[index] = form + word[len(bare) :]
    return " ".join(words)


_SWAPS = (
    (" said.", " said on condition of anonymity."),
    ("officials", "government officials"),
    (" about ", " around "),
    (" some ", " roughly "),
)


def _rewrite(rng: random.Random, sentence: str) -> str:
    """The sentence as an editor might touch it: a phrase swapped, or a clause added."""
    for old, new in rng.sample(_SWAPS, len(_SWAPS)):
        if old in sentence:
            return sentence.replace(old, new, 1)
    return sentence.rstrip(".") + ", the report added."


def labelled(n: int, seed: int = 0) -> Iterator[Generated]:
    """`generate`, with what each article was made as (see Generated)."""
    writer = _Writer(n, seed)
    rng = writer.rng
    pending: list[Generated] = []
    emitted = serial = 0
    number = 0
    previous: Launch | None = None
    while emitted < n:
        launch = writer.launch(number, previous)
        number += 1
        styles = list(phrases.STYLES)
        rng.shuffle(styles)
        reports = rng.choice(REPORTS)
        styles = (styles * 2)[:reports]
        used: list[str] = []
        for style in styles:
            sentences, article = writer.report(launch, style, used)
            pending.append(Generated(article, "report", launch, serial))
            serial += 1
            if rng.random() < _COPY_RATE:
                copy = writer.copy(sentences, article)
                pending.append(Generated(copy, "copy", launch, serial, copy_of=serial - 1))
                serial += 1
            if rng.random() < _NEGATIVE_RATE:
                pending.append(Generated(writer.negative(launch), "negative", launch, serial))
                serial += 1
        writer.history[launch.country].append(launch)
        previous = launch
        while len(pending) > _SHUFFLE_WINDOW and emitted < n:
            emitted += 1
            yield _numbered(pending.pop(rng.randrange(len(pending))), emitted)
    # (the loop above stops exactly at n; what is left in `pending` is dropped)


def _numbered(item: Generated, index: int) -> Generated:
    article = item.article
    numbered = Article(
        id=f"g{index:06d}",
        text=article.text,
        published=article.published,
        url=article.url,
        source=article.source,
        title=article.title,
    )
    return Generated(numbered, item.kind, item.launch, item.serial, item.copy_of)


def generate(n: int, seed: int = 0) -> Iterator[Article]:
    """n synthetic articles (see the module's docstring), the same ones for the same seed."""
    for item in labelled(n, seed):
        yield item.article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same text)")
    parser.add_argument(
        "--jsonl", action="store_true", help="write the articles as JSONL instead of statistics"
    )
    args = parser.parse_args()
    kinds: Counter[str] = Counter()
    launches: set[int] = set()
    days: Counter[tuple[str, dt.date]] = Counter()
    length = longest = 0
    shortest = sys.maxsize
    for item in labelled(args.articles, args.seed):
        article = item.article
        if args.jsonl:
            record = {
                "id": article.id,
                "url": article.url,
                "source": article.source,
                "published": article.published.isoformat() if article.published else None,
                "title": article.title,
                "text": article.text,
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        kinds[item.kind] += 1
        length += len(article.text)
        shortest, longest = min(shortest, len(article.text)), max(longest, len(article.text))
        if item.launch.number not in launches:
            launches.add(item.launch.number)
            days[item.launch.country, item.launch.day] += 1
    if args.jsonl:
        return
    total = sum(kinds.values())
    paired = sum(count for count in days.values() if count > 1)
    first, last = min(day for _, day in days), max(day for _, day in days)
    print(f"articles            {total}")
    print(f"launches            {len(launches)}, {first} to {last}")
    print(f"same-day launches   {paired} (of one country, on a day with another of a new class)")
    for kind, label in (("report", "reports"), ("copy", "copies"), ("negative", "negatives")):
        print(f"{label:<20}{kinds[kind]} ({kinds[kind] / total:.1%})")
    print(f"mean length         {length / total:,.0f} characters ({shortest:,}-{longest:,})")


if __name__ == "__main__":
    main()
