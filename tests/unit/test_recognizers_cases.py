"""Microsoft Recognizers-Text's Chinese date-time cases, run on our extraction layer.

The cases (195, converted from Recognizers-Text's specs, MIT) live in tests/data, beside
their licence notice. They run on :func:`bot.domain.reader.mentions.extract_mentions`, the
layer whose conventions mostly match theirs. A case passes when, for every entity it expects, we
found a mention of the same type whose text overlaps the expected text and whose value is
one of the readings it lists (Recognizers gives a past and a future reading for
ambiguous dates; ours is always the future one, as DESIGN asks).

The ones that fail are listed below by cause: where our office conventions differ on
purpose (上午 is 08:30-12:00 here, a bare 5点 is 17:00) and where we do not read an
expression at all because no absence report needs it. The test fails if a case known to
pass stops passing, and prints the tally.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.domain.reader.mentions import Mention, extract_mentions
from bot.domain.reader.text import normalize
from tests.data import RECOGNIZERS_CASES

TZ = ZoneInfo("Asia/Shanghai")
CASES_FILE = RECOGNIZERS_CASES  # tests/data, with its MIT notice beside it
NO_REFERENCE = datetime(2020, 1, 1)  # one case gives none; its expression is absolute

KNOWN_PASSING = frozenset(
    [
        "rt001",
        "rt002",
        "rt003",
        "rt004",
        "rt005",
        "rt006",
        "rt007",
        "rt008",
        "rt009",
        "rt010",
        "rt011",
        "rt012",
        "rt013",
        "rt014",
        "rt016",
        "rt017",
        "rt018",
        "rt019",
        "rt020",
        "rt021",
        "rt022",
        "rt023",
        "rt024",
        "rt025",
        "rt027",
        "rt033",
        "rt034",
        "rt035",
        "rt036",
        "rt037",
        "rt038",
        "rt039",
        "rt040",
        "rt041",
        "rt045",
        "rt046",
        "rt047",
        "rt048",
        "rt055",
        "rt059",
        "rt063",
        "rt064",
        "rt065",
        "rt068",
        "rt069",
        "rt071",
        "rt072",
        "rt073",
        "rt074",
        "rt075",
        "rt077",
        "rt079",
        "rt081",
        "rt083",
        "rt084",
        "rt085",
        "rt086",
        "rt087",
        "rt088",
        "rt094",
        "rt095",
        "rt096",
        "rt098",
        "rt099",
        "rt100",
        "rt101",
        "rt102",
        "rt103",
        "rt104",
        "rt117",
        "rt118",
        "rt128",
        "rt130",
        "rt131",
        "rt132",
        "rt133",
        "rt134",
        "rt135",
        "rt136",
        "rt138",
        "rt139",
        "rt140",
        "rt141",
        "rt142",
        "rt143",
        "rt144",
        "rt146",
        "rt147",
        "rt148",
        "rt149",
        "rt150",
        "rt151",
        "rt152",
        "rt153",
        "rt154",
        "rt155",
        "rt156",
        "rt161",
        "rt162",
        "rt163",
        "rt164",
        "rt165",
        "rt167",
        "rt168",
        "rt169",
        "rt173",
        "rt177",
        "rt178",
        "rt179",
        "rt180",
        "rt182",
        "rt183",
        "rt185",
        "rt187",
        "rt188",
        "rt189",
        "rt190",
        "rt191",
        "rt192",
        "rt193",
    ]
)

KNOWN_FAILING = {
    "convention: parts of the day are office hours (上午 08:30-12:00, 下午 14:30-17:30)": {
        "rt090",
        "rt091",
        "rt092",
        "rt093",
        "rt109",
        "rt110",
        "rt111",
        "rt119",
        "rt120",
        "rt121",
        "rt122",
        "rt123",
        "rt124",
        "rt125",
        "rt126",
        "rt127",
        "rt170",
        "rt171",
        "rt172",
        "rt175",
    },
    "convention: a bare hour 1-7 is afternoon (五点半 = 17:30)": {
        "rt082",
        "rt089",
        "rt097",
        "rt105",
        "rt106",
        "rt107",
        "rt108",
        "rt129",
    },
    "convention: all-numeric dates are month/day, never day-first or with a two-digit year": {
        "rt026",
        "rt028",
        "rt029",
        "rt030",
        "rt031",
        "rt032",
        "rt042",
        "rt043",
        "rt044",
        "rt070",
        "rt174",
        "rt184",
        "rt186",
    },
    "convention: 下周 is its working days, not Monday to the next Monday": {"rt051", "rt053"},
    "convention: 十点以后 is 'from ten', not the bare time": {"rt076", "rt078"},
    "convention: a date and a time side by side are one date-time": {"rt080"},
    "gap: whole months and years (去年5月, 下个月, 2018年10月)": {
        "rt049",
        "rt052",
        "rt060",
        "rt061",
        "rt062",
        "rt157",
        "rt158",
        "rt159",
        "rt160",
    },
    "gap: periods relative to now (前1周, 未来两天, 之后5分钟, 还剩5分钟, 从现在到八点)": {
        "rt056",
        "rt057",
        "rt058",
        "rt112",
        "rt113",
        "rt114",
        "rt115",
        "rt116",
        "rt194",
        "rt195",
    },
    "gap: weekends and ordinal weeks (下周末, 十月的第一周, 四月的最后一个星期一)": {
        "rt050",
        "rt054",
        "rt066",
        "rt067",
        "rt145",
        "rt166",
    },
    "gap: durations in months (两天又一个月)": {"rt137", "rt181"},
    "gap: vague words (最近, 马上)": {"rt015", "rt176"},
}


def _load() -> list[dict[str, Any]]:
    return json.loads(CASES_FILE.read_text(encoding="utf-8"))["cases"]


def _text(value: date | time | datetime | None) -> str | None:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    return None


def _values(mention: Mention) -> dict[str, str]:
    """Our mention in the shape of the cases' ``values`` entries."""
    if mention.type == "duration":
        return {"value_seconds": str(mention.seconds)}
    if mention.mod is not None:
        out = {"mod": mention.mod}
        for key in ("start", "end"):
            found = _text(getattr(mention, key))
            if found is not None:
                out[key] = found
        return out
    if mention.value is not None:
        return {"value": _text(mention.value) or ""}
    return {"start": _text(mention.start) or "", "end": _text(mention.end) or ""}


def _found(expected: dict[str, Any], mentions: list[Mention]) -> bool:
    want = normalize(expected["text"]).replace(" ", "")
    for mention in mentions:
        have = mention.text.replace(" ", "")
        if mention.type != expected["type"] or not (have in want or want in have):
            continue
        if _values(mention) in expected["values"]:
            return True
    return False


def passes(case: dict[str, Any]) -> bool:
    reference = datetime.fromisoformat(case["reference"]) if case["reference"] else NO_REFERENCE
    mentions = extract_mentions(case["input"], reference.replace(tzinfo=TZ))
    return all(_found(entity, mentions) for entity in case["expect"])


def test_known_cases_still_pass(capsys: pytest.CaptureFixture[str]) -> None:
    cases = _load()
    passing = {case["id"] for case in cases if passes(case)}
    with capsys.disabled():
        print(f"\nRecognizers-Text zh date-time cases: {len(passing)}/{len(cases)} pass")
        for cause, ids in KNOWN_FAILING.items():
            print(f"  {len(ids & {c['id'] for c in cases} - passing):3d} fail  {cause}")
    assert sorted(KNOWN_PASSING - passing) == []


def test_every_case_is_accounted_for() -> None:
    """Each case is either known to pass or has a stated cause; none in both."""
    ids = {case["id"] for case in _load()}
    failing = set().union(*KNOWN_FAILING.values())
    assert not KNOWN_PASSING & failing
    assert ids == KNOWN_PASSING | failing
