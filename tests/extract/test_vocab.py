"""The vocabularies (data/*.yaml) and the matcher over them (extract/vocab.py)."""

from __future__ import annotations

import dataclasses
import json
from importlib import resources
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from launchwatch.errors import UsageError
from launchwatch.extract import vocab as vocab_module
from launchwatch.extract.vocab import (
    KINDS,
    VocabDataError,
    VocabMatch,
    available,
    default_vocab,
    find_vocab,
    load_vocab,
    lookup,
    missile_by_name,
    site_by_name,
)

DEVSET = Path("/work/shared/devset")


def found(text: str, kinds: tuple[str, ...] | None = None) -> list[tuple[str, str, str]]:
    """(matched text, kind, canonical) for every match, in order."""
    return [(text[m.start : m.end], m.kind, m.canonical) for m in find_vocab(text, kinds=kinds)]


def canonicals(text: str, kind: str) -> list[str]:
    return [m.canonical for m in find_vocab(text, kinds=(kind,))]


# -- each family of aliases ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "canonical"),
    [
        # sites: facilities, provinces with and without "Province", cities, other countries
        ("rockets rose from Tongchang-ri at dawn", "site", "Sohae"),
        ("the Dongchang-ri pad", "site", "Sohae"),
        ("at the Sohae Satellite Launching Station", "site", "Sohae"),
        ("tunnels at Punggye-ri", "site", "Punggye-ri"),
        ("a blast near the Kilju test site", "site", "Punggye-ri"),
        ("the Tonghae Satellite Launching Ground", "site", "Musudan-ri"),
        ("fired from Jagang", "site", "Jagang Province"),
        ("fired from Jagang province", "site", "Jagang Province"),
        ("in North Phyongan Province", "site", "North Pyongan Province"),
        ("from the Sunan International Airport", "site", "Sunan"),
        ("off Wonsan Bay", "site", "Wonsan"),
        ("from the Kalma peninsula", "site", "Wonsan"),
        ("from Plesetsk Cosmodrome", "site", "Plesetsk"),
        ("from Dr. APJ Abdul Kalam Island off Odisha", "site", "Abdul Kalam Island"),
        ("tested from Wheeler Island", "site", "Abdul Kalam Island"),
        ("from Vandenberg Air Force Base", "site", "Vandenberg"),
        ("from Vandenberg Space Force Base", "site", "Vandenberg"),
        ("fired in the Landes region", "site", "Biscarrosse"),
        ("a barge south of Jeju Island", "site", "Jeju"),
        ("from the Imam Khomeini Spaceport", "site", "Imam Khomeini Spaceport"),
        # missiles: numbers written every way, case, diacritics, misspelling, numerals
        ("a Hwasong-18 rose", "missile", "Hwasong-18"),
        ("a Hwasong 18 rose", "missile", "Hwasong-18"),
        ("a Hwasong18 rose", "missile", "Hwasong-18"),
        ("a HWASONG-18 rose", "missile", "Hwasong-18"),
        ("a Hwasŏng-18 rose", "missile", "Hwasong-18"),
        ("a Hwansong-17 rose", "missile", "Hwasong-17"),
        ("two KN-25s rose", "missile", "KN-25"),
        ("the Hwasong-11A, or", "missile", "KN-23"),
        ("a Nodong missile", "missile", "Hwasong-7"),
        ("an Agni-V test", "missile", "Agni-5"),
        ("an Agni 5 test", "missile", "Agni-5"),
        ("the Shaheen-3 missile", "missile", "Shaheen-III"),
        ("the Trident D5 missile", "missile", "Trident II"),
        ("a Trident 2 missile", "missile", "Trident II"),
        ("two Minutemen III missiles", "missile", "Minuteman III"),
        ("a Minuteman 3 missile", "missile", "Minuteman III"),
        ("the Ghaem-100 rocket", "missile", "Qaem-100"),
        ("a Qassed carrier", "missile", "Qased"),
        ("the RS-24 Yars missile", "missile", "Yars"),
        ("a Long March 2D rocket", "missile", "Long March"),
        ("the M51.3 missile", "missile", "M51.3"),
        ("the KN-11 launch", "missile", "Pukguksong-1"),
        # reporters
        ("the Joint Chiefs of Staff said", "reporter", "South Korea JCS"),
        ("the JCS said", "reporter", "South Korea JCS"),
        ("Seoul's military said", "reporter", "South Korea military"),
        ("Seoul’s defence ministry said", "reporter", "South Korea MND"),
        ("Japan's defence minister said", "reporter", "Japan MoD"),
        ("the Chief Cabinet Secretary said", "reporter", "Japan government"),
        ("Air Force Global Strike Command said", "reporter", "US Air Force"),
        ("the U.S. Geological Survey said", "reporter", "USGS"),
        ("the Rodong Sinmun said", "reporter", "KCNA"),
        ("Defence Research & Development Organisation said", "reporter", "India MoD"),
        ("Inter-Services Public Relations said", "reporter", "ISPR"),
        ("the Revolutionary Guards said", "reporter", "IRGC"),
        ("the Associated Press said", "reporter", "AP"),
        ("said Agence France-Presse", "reporter", "AFP"),
        # landings
        ("into the Sea of Japan", "landing", "East Sea"),
        ("into waters between the Korean Peninsula and Japan", "landing", "East Sea"),
        ("into the West Sea", "landing", "Yellow Sea"),
        ("inside Japan's exclusive economic zone", "landing", "Japan EEZ"),
        ("outside of Japan’s EEZ", "landing", "outside Japan EEZ"),
        ("it overflew Japan", "landing", "over Japan"),
        ("near the Reagan Test Site", "landing", "Kwajalein Atoll"),
        ("on the Kura range", "landing", "Kura test site"),
        # countries
        ("N.Korea fired", "country", "KP"),
        ("the DPRK said", "country", "KP"),
        ("an Iranian rocket", "country", "IR"),
        ("the U.S. and its allies", "country", "US"),
        ("a Royal Navy boat", "country", "GB"),
        ("Houthi forces fired", "country", "YE"),
    ],
)
def test_alias_families(text: str, kind: str, canonical: str) -> None:
    assert canonicals(text, kind) == [canonical]


def test_match_fields_carry_the_entry() -> None:
    (site,) = find_vocab("launched from Tongchang-ri", kinds=("site",))
    assert site.site is not None and site.site.name == "Sohae"
    assert (site.site.lat, site.site.lon, site.country, site.site_kind) == (
        39.66,
        124.71,
        "KP",
        "facility",
    )
    (slv,) = find_vocab("a Chollima-1 rocket", kinds=("missile",))
    assert (slv.missile_class, slv.event_type, slv.country) == ("SLV", "satellite_launch", "KP")
    (icbm,) = find_vocab("a Hwasong-15 missile", kinds=("missile",))
    assert (icbm.missile_class, icbm.event_type) == ("ICBM", "missile_launch")
    (trident,) = find_vocab("a Trident missile", kinds=("missile",))
    assert trident.country is None and set(trident.countries) == {"US", "GB"}
    (jcs,) = find_vocab("the JCS said", kinds=("reporter",))
    assert (jcs.country, jcs.needs_country, jcs.weak) == ("KR", None, False)


def test_offsets_slice_to_the_name() -> None:
    text = "Earlier text. Japan’s Defense Ministry said a Hwasong-18 fell into the East Sea."
    for m in find_vocab(text):
        assert m.end > m.start
    assert found(text) == [
        ("Japan’s Defense Ministry", "reporter", "Japan MoD"),
        ("Hwasong-18", "missile", "Hwasong-18"),
        ("East Sea", "landing", "East Sea"),
    ]


def test_start_and_end_limit_the_span() -> None:
    text = "Seoul's military said. North Korea fired a KN-23. Tokyo said so."
    start = text.index("North")
    end = text.index("Tokyo")
    got = [(text[m.start : m.end], m.kind) for m in find_vocab(text, start, end)]
    assert got == [("North Korea", "country"), ("KN-23", "missile")]


# -- traps: prefixes, acronyms, boundaries ------------------------------------------------------
def test_a_shorter_number_never_matches_inside_a_longer_one() -> None:
    assert canonicals("the Hwasong-17 flew", "missile") == ["Hwasong-17"]
    assert canonicals("the Hwasong-1 flew", "missile") == []
    assert canonicals("the Hwasong-12B flew", "missile") == ["Hwasong-12B"]
    assert canonicals("the Hwasong-12 flew", "missile") == ["Hwasong-12"]
    # an unknown suffix is not the family member before it
    assert canonicals("the Hwasong-11E flew", "missile") == []
    assert canonicals("the KN-230 flew", "missile") == []


def test_a_bare_family_name_is_the_family() -> None:
    assert canonicals("India's Agni missiles", "missile") == ["Agni"]
    assert canonicals("an Agni-5 missile", "missile") == ["Agni-5"]
    assert canonicals("Agni5", "missile") == ["Agni-5"]
    assert canonicals("the Pukguksong line", "missile") == ["Pukguksong"]
    assert canonicals("the M51 and the M51.3", "missile") == ["M51", "M51.3"]


def test_acronyms_match_whole_words_in_capitals_only() -> None:
    assert canonicals("Dr. APJ Abdul Kalam Island", "reporter") == []
    assert canonicals("(AP) - Seoul", "reporter") == ["AP"]
    assert canonicals("thus it told us so", "country") == []
    assert canonicals("the USGS said", "country") == []
    assert canonicals("the USGS said", "reporter") == ["USGS"]
    assert canonicals("US-led drills", "country") == ["US"]
    assert canonicals("the USS Kentucky", "country") == []
    assert canonicals("the jcs", "reporter") == []


def test_case_sensitive_phrases() -> None:
    assert canonicals("the North fired", "country") == ["KP"]
    assert canonicals("The North fired", "country") == ["KP"]
    assert canonicals("in the north of the country", "country") == []
    assert canonicals("per the Sun, a tabloid", "reporter") == ["The Sun"]
    assert canonicals("in the sun", "reporter") == []


def test_no_name_runs_across_a_paragraph_break() -> None:
    assert canonicals("toward the East\n\nSea levels", "landing") == []
    assert canonicals("toward the East\nSea", "landing") == ["East Sea"]


# -- overlaps -----------------------------------------------------------------------------------
def test_outside_the_zone_wins_over_the_zone() -> None:
    text = "it fell outside Japan's exclusive economic zone"
    assert found(text) == [
        ("outside Japan's exclusive economic zone", "landing", "outside Japan EEZ")
    ]


def test_the_longest_name_wins_across_kinds() -> None:
    # the newspaper, not the Rodong (Hwasong-7) missile
    assert found("the Rodong Sinmun said") == [("Rodong Sinmun", "reporter", "KCNA")]
    # the ocean, not "the North"
    assert found("in the North Atlantic") == [("North Atlantic", "landing", "Atlantic Ocean")]
    # the news agency swallows the country word inside it
    assert found("the North Korean Central News Agency said") == [
        ("North Korean Central News Agency", "reporter", "KCNA")
    ]


def test_kinds_filter_after_overlaps_are_settled() -> None:
    text = "Japan's Defense Ministry said"
    assert find_vocab(text, kinds=("country",)) == []
    (reporter,) = find_vocab(text, kinds=("reporter",))
    assert reporter.country == "JP"


def test_one_name_of_two_kinds_gives_two_matches() -> None:
    matches = find_vocab("fired from Pyongyang")
    assert {(m.kind, m.canonical, m.weak) for m in matches} == {
        ("site", "Pyongyang", False),
        ("country", "KP", True),
    }
    assert {(m.start, m.end) for m in matches} == {(11, 20)}


def test_generic_phrases_need_the_launching_country() -> None:
    matches = find_vocab("state media reported")
    assert {(m.canonical, m.needs_country) for m in matches} == {
        ("KCNA", "KP"),
        ("Iran state TV", "IR"),
    }
    (kcna,) = find_vocab("North Korean state media reported")
    assert (kcna.canonical, kcna.needs_country) == ("KCNA", None)
    defense = {m.canonical: m.needs_country for m in find_vocab("the Defense Ministry said")}
    assert defense["Russia MoD"] == "RU" and defense["UK MoD"] == "GB"


def test_capitals_and_the_north_are_weak() -> None:
    assert [m.weak for m in find_vocab("Tehran said", kinds=("country",))] == [True]
    assert [m.weak for m in find_vocab("Iran said", kinds=("country",))] == [False]
    assert [m.weak for m in find_vocab("the North said", kinds=("country",))] == [True]


# -- lookups ------------------------------------------------------------------------------------
def test_site_by_name_takes_any_alias() -> None:
    site = site_by_name("dongchang ri")
    assert site is not None and (site.name, site.country) == ("Sohae", "KP")
    assert site_by_name("Jagang") == site_by_name("Jagang Province")
    assert site_by_name("Atlantis") is None


def test_missile_by_name() -> None:
    qaem = missile_by_name("Ghaem 100")
    assert qaem is not None
    assert (qaem.canonical, qaem.missile_class, qaem.event_type) == (
        "Qaem-100",
        "SLV",
        "satellite_launch",
    )
    assert missile_by_name("hwasong-18") is not None
    assert missile_by_name("Hwasong-1") is None
    # a name must be whole: a prefix of an alias is no missile
    assert missile_by_name("Long") is None


def test_lookup_is_per_kind() -> None:
    assert lookup("landing", "Sea of Japan") is not None
    assert lookup("site", "Sea of Japan") is None


def test_available_lists_canonical_names() -> None:
    assert "Sohae" in available("site")
    assert "Tongchang-ri" not in available("site")
    assert "KP" in available("country")
    with pytest.raises(UsageError, match="available: site, missile"):
        available("weapons")
    with pytest.raises(UsageError):
        find_vocab("text", kinds=("weapon",))


def test_contract_vocabulary_is_covered() -> None:
    reporters = set(available("reporter"))
    for name in (
        "South Korea JCS", "South Korea military", "South Korea MND", "South Korea government",
        "South Korea presidential office", "South Korea KMA", "Japan MoD", "Japan PM",
        "Japan government", "Japan Coast Guard", "US military", "US DoD", "US Air Force",
        "US INDOPACOM", "US StratCom", "US government", "USGS", "KCNA", "China MND", "Russia MoD",
        "India MoD", "ISPR", "Iran state TV", "IRNA", "Yonhap", "Reuters", "AP", "AFP", "NHK",
        "IRGC", "Fars", "Anadolu", "Iran government", "India PM", "UK MoD", "France MoD", "TASS",
        "CTBTO",
    ):  # fmt: skip
        assert name in reporters
    landings = set(available("landing"))
    for name in ("East Sea", "Yellow Sea", "Japan EEZ", "outside Japan EEZ", "over Japan",
                 "Japan ADIZ", "Pacific Ocean", "Arabian Sea", "Kwajalein Atoll"):  # fmt: skip
        assert name in landings


# -- the data itself ----------------------------------------------------------------------------
# rough boxes (lat_min, lat_max, lon_min, lon_max): a coordinate outside its country's box is a
# typo or a swapped sign
BOXES = {
    "KP": (37.5, 43.1, 124.1, 130.8),
    "KR": (33.0, 38.7, 124.5, 131.0),
    "IR": (25.0, 40.0, 44.0, 63.5),
    "RU": (41.0, 82.0, 19.0, 180.0),
    "KZ": (40.5, 55.5, 46.0, 87.5),
    "CN": (18.0, 54.0, 73.0, 135.0),
    "IN": (6.0, 36.0, 68.0, 98.0),
    "PK": (23.5, 37.5, 60.5, 77.5),
    "US": (18.0, 72.0, -180.0, -65.0),
    "MH": (4.0, 15.0, 160.0, 173.0),
    "FR": (41.0, 51.5, -5.5, 9.6),
    "GF": (2.0, 6.0, -55.0, -51.0),
    "JP": (24.0, 46.0, 122.0, 146.0),
    "IL": (29.0, 33.5, 34.0, 36.0),
}


def _package_yaml(name: str) -> dict:
    return yaml.safe_load((resources.files("launchwatch") / "data" / name).read_text("utf-8"))


def test_every_site_lies_in_its_country() -> None:
    sites = _package_yaml("sites.yaml")["sites"]
    assert len(sites) > 60
    for entry in sites:
        where = entry.get("located_in", entry["country"])
        lat_min, lat_max, lon_min, lon_max = BOXES[where]
        assert lat_min <= entry["lat"] <= lat_max, entry["name"]
        assert lon_min <= entry["lon"] <= lon_max, entry["name"]
        assert round(entry["lat"], 2) == entry["lat"] and round(entry["lon"], 2) == entry["lon"]


def test_every_file_says_where_its_facts_come_from() -> None:
    for kind in KINDS:
        name = {"country": "countries.yaml"}.get(kind, f"{kind}s.yaml")
        head = (resources.files("launchwatch") / "data" / name).read_text("utf-8")[:1500]
        assert head.startswith("#") and "come from" in head, name


def test_required_provinces_are_present() -> None:
    for province in (
        "Jagang Province", "North Pyongan Province", "South Pyongan Province",
        "North Hamgyong Province", "South Hamgyong Province", "North Hwanghae Province",
        "South Hwanghae Province", "Kangwon Province", "Ryanggang Province",
    ):  # fmt: skip
        assert site_by_name(province) is not None
        assert site_by_name(province.removesuffix(" Province")) is not None


# -- validation of vocabulary files -------------------------------------------------------------
MINIMAL = {
    "sites.yaml": {
        "sites": [
            {"name": "Alpha", "country": "KP", "kind": "city", "lat": 39.0, "lon": 125.0,
             "aliases": ["Alpha Town"]},
            {"name": "Beta", "country": "KP", "kind": "city", "lat": 40.0, "lon": 126.0,
             "aliases": []},
        ]
    },
    "missiles.yaml": {
        "missiles": [
            {"name": "Gamma-1", "country": "KP", "class": "SRBM", "type": "missile", "aliases": []}
        ]
    },
    "reporters.yaml": {"reporters": [{"name": "Delta", "aliases": []}]},
    "landings.yaml": {"landings": [{"name": "Epsilon Sea", "aliases": []}]},
    "countries.yaml": {"countries": [{"code": "KP", "name": "North Korea", "aliases": []}]},
}  # fmt: skip


def _write(tmp_path: Path, **changes: object) -> Path:
    docs = json.loads(json.dumps(MINIMAL))  # a deep copy
    for filename, doc in changes.items():
        docs[filename.replace("_", ".")] = doc
    for filename, doc in docs.items():
        (tmp_path / filename).write_text(yaml.safe_dump(doc), encoding="utf-8")
    return tmp_path


def test_minimal_files_load(tmp_path: Path) -> None:
    vocab = load_vocab(_write(tmp_path))
    assert [m.canonical for m in vocab.find("near Alpha Town and Beta")] == ["Alpha", "Beta"]
    assert vocab.names("missile") == ["Gamma-1"]


def _broken_site(tmp_path: Path, **fields: object) -> Path:
    site = {**MINIMAL["sites.yaml"]["sites"][1], **fields}
    site = {k: v for k, v in site.items() if v is not None}
    return _write(tmp_path, sites_yaml={"sites": [MINIMAL["sites.yaml"]["sites"][0], site]})


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"elevation": 3}, "unknown key 'elevation'"),
        ({"lat": None}, "missing field 'lat'"),
        ({"lat": 139.0}, "'lat' must be a number"),
        ({"country": "North Korea"}, "ISO 3166"),
        ({"kind": "village"}, "kind 'village' unknown"),
        ({"aliases": ["Alpha Town"]}, "also an alias of 'Alpha'"),
        ({"aliases": [{"text": "B", "colour": "red"}]}, "allowed keys"),
        ({"name": "Alpha"}, "already an entry"),
    ],
)
def test_bad_site_entries_are_named(tmp_path: Path, fields: dict, message: str) -> None:
    with pytest.raises(VocabDataError, match=message) as caught:
        load_vocab(_broken_site(tmp_path, **fields))
    assert caught.value.path.endswith("sites.yaml")
    assert "entry 2" in caught.value.entry


def test_bad_missile_class_lists_the_allowed(tmp_path: Path) -> None:
    bad = {"missiles": [{**MINIMAL["missiles.yaml"]["missiles"][0], "class": "rocket"}]}
    with pytest.raises(VocabDataError, match="class 'rocket' unknown; allowed: SRBM") as caught:
        load_vocab(_write(tmp_path, missiles_yaml=bad))
    assert "Gamma-1" in str(caught.value)


def test_a_repeated_phrase_needs_distinct_countries(tmp_path: Path) -> None:
    def reporters(first: str | None, second: str | None) -> dict:
        return {
            "reporters": [
                {"name": "One", "aliases": [{"text": "the ministry", "needs_country": first}]},
                {"name": "Two", "aliases": [{"text": "the ministry", "needs_country": second}]},
            ]
        }

    vocab = load_vocab(_write(tmp_path, reporters_yaml=reporters("KP", "IR")))
    assert {m.canonical for m in vocab.find("the ministry said")} == {"One", "Two"}
    with pytest.raises(VocabDataError, match="different needs_country"):
        load_vocab(_write(tmp_path, reporters_yaml=reporters("KP", "KP")))


def test_file_level_errors(tmp_path: Path) -> None:
    with pytest.raises(VocabDataError, match="unknown top-level key 'extra'"):
        load_vocab(_write(tmp_path, landings_yaml={"landings": [], "extra": 1}))
    with pytest.raises(VocabDataError, match="list under 'countries'"):
        load_vocab(_write(tmp_path, countries_yaml={"country": []}))
    (tmp_path / "missiles.yaml").unlink()
    with pytest.raises(VocabDataError, match="missing"):
        load_vocab(tmp_path)


def test_spelling_variants_apply_to_text(tmp_path: Path) -> None:
    doc = {**MINIMAL["missiles.yaml"], "spelling_variants": {"gama": "gamma"}}
    vocab = load_vocab(_write(tmp_path, missiles_yaml=doc))
    assert [m.canonical for m in vocab.find("a Gama 1 and a Gamma-1")] == ["Gamma-1", "Gamma-1"]
    doc = {**MINIMAL["missiles.yaml"], "spelling_variants": {"gama": "two words"}}
    with pytest.raises(VocabDataError, match="one word each side"):
        load_vocab(_write(tmp_path, missiles_yaml=doc))


# -- invariants ---------------------------------------------------------------------------------
PIECES = [
    "North Korea", "Hwasong-18", "KN-25s", "the JCS", "Sea of Japan", "outside Japan's EEZ",
    "Tongchang-ri", "Pyongyang", "the North", "state media", "AP", "APJ", "US", "thus",
    "Rodong Sinmun", "Agni", "Agni-V", "fired", "a", "missile", "into", "said", "-", ",", ".",
    "(", ")", "’s", "Hwasong", "17", "East", "Sea", "\n\n",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=25),
    st.lists(st.sampled_from([" ", "", "-", "\n"]), min_size=25, max_size=25),
)
def test_matches_are_ordered_disjoint_and_resolvable(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False))
    matches = find_vocab(text)
    last = (0, 0)
    for m in matches:
        assert 0 <= m.start < m.end <= len(text)
        # in order and disjoint; one span may carry several kinds ("Pyongyang")
        assert m.start >= last[1] or (m.start, m.end) == last
        last = (m.start, m.end)
        assert lookup(m.kind, text[m.start : m.end]) is not None
        # whole words only: a match never starts or ends inside a word
        assert m.start == 0 or not text[m.start - 1].isalnum()
        assert m.end == len(text) or not text[m.end].isalnum()
    # the same text behind a prefix gives the same matches, shifted
    shifted = [(m.start + 4, m.end + 4, m.kind, m.canonical) for m in matches]
    again = [(m.start, m.end, m.kind, m.canonical) for m in find_vocab(" .. " + text)]
    assert again == shifted


# -- the fast matcher against the plain one -------------------------------------------------------
def plain_matches(text: str, start: int = 0, end: int | None = None) -> list[tuple]:
    """What find_vocab gives, by the plain way it was first written: cut the span into tokens,
    walk the trie from every one of them, keep the longest name that fits its case rule."""
    vocab = default_vocab()
    end = len(text) if end is None else end
    span = text[start:end]
    if not span.isascii():
        span = span.translate(vocab_module._FOLD)
    low = span.lower()
    if len(low) != len(span):
        low = "".join(ch.lower()[0] for ch in span)
    tokens = list(vocab_module._TOKEN.finditer(low))
    found = []
    for i, first in enumerate(tokens):
        s = start + first.start()
        node = vocab._root.get(first.group())
        if node is None or (s and text[s - 1].isalnum()):
            continue
        best = None
        for j in range(i, len(tokens)):
            if j > i:
                node = node.get(tokens[j].group())
                if node is None:
                    break
            e = start + tokens[j].end()
            if None in node and (e >= len(text) or not text[e].isalnum()):
                ok = [
                    r
                    for r in node[None]
                    if r.required is None
                    or all(
                        want is None or span[t.start() : t.end()] == want
                        for want, t in zip(r.required, tokens[i:], strict=False)
                    )
                ]
                if ok:
                    best = (e, ok)
        if best is not None:
            found.append((s, *best))
    return [(s, e, *r.fields) for s, e, records in vocab_module._resolve(found) for r in records]


def fast_matches(text: str, start: int = 0, end: int | None = None) -> list[tuple]:
    return [
        (m.start, m.end, *(getattr(m, name) for name in vocab_module._MATCH_FIELDS))
        for m in find_vocab(text, start, end)
    ]


TRICKY = [
    "North", "Korea", "North Korea", "north korea", "NORTH KOREA", "North Korean", "S. Korea",
    "South Korea's", "U.S.", "US", "us", "the U.S. Air Force", "A.P.J. Abdul Kalam Island",
    "Hwasong-18", "Hwasong 18", "Hwasong18", "Hwasŏng-15", "HWASONG", "KN-25s", "M51.3", "Agni5",
    "Agni-V", "Japan", "Japan’s", "Japanø", "Tōkyō", "JCS", "the North", "The North", "the north",
    "a", "s", "the", "Sea of Japan", "East", "Sea", "outside", "state media", "Rodong Sinmun",
    "3", "9", "2023", "17", "—", "“", "”", "’", "(", ")", ",", ".", ";", "\n\n", "İ", "ß", "Σ",
    "Kōrea", "Pyongyang", "Tongchang-ri", "Sohae", "over", "Hokkaido", "its", "eastern",
]  # fmt: skip
SEPARATORS = [" ", "", "-", "\n", "  ", " - ", "\t", "\u2013", ", ", ". ", "\n \n", "\u00a0"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(TRICKY), st.sampled_from(SEPARATORS)), max_size=20),
    st.integers(0, 400),
    st.integers(0, 400),
)
def test_the_fast_matcher_finds_what_the_plain_one_does(
    pieces: list[tuple[str, str]], a: int, b: int
) -> None:
    text = "".join(piece + gap for piece, gap in pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert fast_matches(text) == plain_matches(text)
    assert fast_matches(text, start, end) == plain_matches(text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "North  Korea fired",  # two gaps between the words of a name
        "North\nKorea and the\tNorth",
        "North -\tKorea fired",
        "North, Korea",  # a mark between them: no name
        "the Hwasong-18, a",  # digits after a hyphen
        "said the U.S. Air Force",  # marks carry a name on
        "S. Korea and A.P.J. Abdul Kalam Island",
        "Japan—a neighbour",  # an em dash: text beyond ASCII
        "Japanø said; Japan said",  # a letter beyond ASCII carries the word on
        "Japan\n\nSea",
        "Japan",  # a name at the very end
        "the north of Japan's eastern coast",  # case rules and a longer name
    ],
)
def test_the_fast_matcher_on_its_special_cases(text: str) -> None:
    assert fast_matches(text) == plain_matches(text)
    for end in range(len(text) + 1):  # every span end, inside words too
        assert fast_matches(text, 0, end) == plain_matches(text, 0, end)


def test_a_name_begins_only_at_a_whole_token(tmp_path: Path) -> None:
    sites = {"sites": [{**MINIMAL["sites.yaml"]["sites"][0], "aliases": ["Alpha ø"]}]}
    landings = {"landings": [{"name": "Epsilon Sea", "aliases": ["3-5"]}]}
    vocab = load_vocab(_write(tmp_path, sites_yaml=sites, landings_yaml=landings))
    assert [m.canonical for m in vocab.find("near Alpha ø and Alpha")] == ["Alpha", "Alpha"]
    assert vocab.find("near Alphaø") == []  # a letter beyond ASCII carries the word on
    assert [m.canonical for m in vocab.find("in 3 5, 35")] == ["Epsilon Sea"]


def test_matches_are_ordinary_vocab_matches() -> None:
    for m in find_vocab("fired from Pyongyang toward the East Sea"):
        made = VocabMatch(**{f.name: getattr(m, f.name) for f in dataclasses.fields(m)})
        assert m == made and repr(m) == repr(made)
        assert dataclasses.replace(m, start=0) != m


# -- the labelled development set (skipped when /work/shared is absent) -------------------------
def _devset() -> list[tuple[str, dict]]:
    if not DEVSET.exists():
        pytest.skip("development set not available")
    texts = {}
    pairs = []
    for name in ("real", "seeds"):
        for line in (DEVSET / f"{name}.articles.jsonl").read_text("utf-8").splitlines():
            article = json.loads(line)
            texts[article["id"]] = article["text"]
        for line in (DEVSET / f"{name}.gold.jsonl").read_text("utf-8").splitlines():
            gold = json.loads(line)
            if gold["main_event"]:
                pairs.append((texts[gold["id"]], gold["main_event"]))
    return pairs


def test_devset_sites_landings_and_missiles_are_found() -> None:
    missed = []
    for text, event in _devset():
        names = {(m.kind, m.canonical) for m in find_vocab(text)}
        wanted = [("site", event["launch_site"]), ("landing", event["landing"])]
        wanted += [("missile", name) for name in event["missile_names"]]
        missed += [w for w in wanted if w[1] and w not in names]
    assert missed == []


def test_devset_reporters_are_mostly_found() -> None:
    hit = total = 0
    for text, event in _devset():
        names = {m.canonical for m in find_vocab(text, kinds=("reporter",))}
        total += len(event["reported_by"])
        hit += sum(1 for name in event["reported_by"] if name in names)
    assert total > 50 and hit / total >= 0.85


def test_a_match_gets_every_field_of_its_record() -> None:
    # `_match` passes a record's values by position: the order must be VocabMatch's own
    from launchwatch.extract import vocab

    names = [f.name for f in dataclasses.fields(vocab.VocabMatch)]
    assert names[2:] == list(vocab._MATCH_FIELDS)
    special = {"site": None, "weak": True, "countries": ("KP", "RU"), "leader": False}
    values = tuple(special.get(name, f"value of {name}") for name in vocab._MATCH_FIELDS)
    match = vocab._match(3, 9, values)
    assert (match.start, match.end) == (3, 9)
    assert [getattr(match, name) for name in vocab._MATCH_FIELDS] == list(values)
