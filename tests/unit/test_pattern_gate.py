"""The gates that let the reader skip searches: derived from each pattern, never wrong."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.domain import absence_reader, pattern_gate
from bot.domain.chinese_dates import lexer as date_lexer
from bot.domain.pattern_gate import (
    AnyOf,
    Blanking,
    Gated,
    Lazy,
    compile_gated,
    compile_lazy,
    compile_skipping,
    first_chars,
    opening_guarded,
    required_chars,
    skipped_to,
)
from bot.domain.reader import expressions, intent, lexicon, mentions, period, reason, spacing
from bot.domain.reader import text as reader_text


@pytest.mark.parametrize(
    ("source", "chars"),
    [
        ("请|休", {"请", "休"}),
        ("[上下]午", {"午"}),  # the smallest set any part of the sequence needs
        ("(?<!推)迟到", {"迟"}),  # a lookbehind consumes nothing
        ("(?:已经?|刚)回来", {"已", "刚"}),  # 回 is in most reports: the rarer set is taken
        ("[a-c]+x?", {"a", "b", "c"}),
        ("(?:外出|出差){1,3}", {"外", "出"}),
    ],
)
def test_the_gate_is_the_characters_every_match_consumes(source: str, chars: set[str]) -> None:
    assert required_chars(re.compile(source)) == chars


@pytest.mark.parametrize(
    "source",
    ["请?", "[^a]", r"\d+", "(?=请)", "a|", "[\u4e00-\u9fff]", "(?i)a", "(a)\\1|b*"],
)
def test_a_pattern_that_may_match_without_known_characters_is_not_gated(source: str) -> None:
    assert required_chars(re.compile(source)) is None
    assert isinstance(compile_gated(source), Lazy)


TEXTS = [
    "",
    "12月1日上午请假，孩子家长会",
    "明天下午请假半天，孩子家长会",
    "老王让我帮他请两天病假",
    "下五三点去区里开会，五点回",
    "通知：请各位同事准时参加",
    "abc 我 已经回来了！",
]


READER_MODULES = (
    lexicon,
    intent,
    period,
    reason,
    reader_text,
    spacing,
    expressions,
    mentions,
    absence_reader,
)


def _gated() -> list[Gated]:
    """Every gated pattern the reader's modules hold by name."""
    return [p for m in READER_MODULES for p in vars(m).values() if isinstance(p, Gated)]


def _lazy() -> list[Lazy]:
    """Every plain (ungated) pattern the reader's and the date engine's modules hold."""
    found = [p for m in READER_MODULES for p in vars(m).values() if isinstance(p, Lazy)]
    return found + [pattern for _, pattern, _ in date_lexer._PATTERNS]


def test_every_pattern_of_the_reader_compiles() -> None:
    # Compiled when first needed, so a pattern the engine refuses (a look-behind of varying
    # width) would otherwise fail only when a message reached it.
    gated, lazy = _gated(), _lazy()
    assert len(gated) > 60
    assert len(lazy) > 60
    for pattern in [*gated, *lazy]:
        assert pattern.compiled().pattern in (
            pattern.pattern,
            opening_guarded(pattern.pattern, pattern.compiled().flags),  # an alternation
        )


CORPUS = Path(__file__).resolve().parents[1] / "data" / "reader_corpus"
REAL_COMPILE = re.compile
REAL_SKIPPING = pattern_gate.compile_skipping


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources ``re.compile`` and ``compile_skipping`` are asked for from now on, in
    order."""
    sources: list[str] = []

    def counting(source: str, flags: int = 0) -> re.Pattern[str]:
        sources.append(source)
        return REAL_COMPILE(source, flags)

    def skipping(source: str, flags: int = 0) -> re.Pattern[str]:
        sources.append(source)
        return REAL_SKIPPING(source, flags)

    monkeypatch.setattr(re, "compile", counting)
    monkeypatch.setattr(pattern_gate, "compile_skipping", skipping)
    return sources


def test_a_lazy_pattern_answers_as_its_pattern_does_and_compiles_once(
    compiled: list[str],
) -> None:
    pattern = compile_lazy(r"(?P<n>\d+)天")
    assert compiled == []  # nothing at definition
    plain = REAL_COMPILE(r"(?P<n>\d+)天")
    for text in [*TEXTS, "请假3天，下周12天"]:
        found, expected = pattern.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span())
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        assert pattern.sub("·", text) == plain.sub("·", text)
        assert pattern.findall(text) == plain.findall(text)
    assert pattern.pattern == plain.pattern
    assert compiled == [r"(?P<n>\d+)天"]  # once, at the first use


def test_a_lazy_finditer_searches_first_and_answers_the_same() -> None:
    # A text with no match gets an empty iterator, with no scanner or call iterator built;
    # a text with one gets the engine's own, from the same positions.
    pattern = compile_lazy(r"(?P<n>\d+)天")
    plain = REAL_COMPILE(r"(?P<n>\d+)天")
    pattern.compiled()
    assert list(pattern.finditer("明天请假")) == []
    assert type(pattern.finditer("明天请假")) is not type(plain.finditer("明天请假"))
    for text in [*TEXTS, "请假3天，下周12天", "3天"]:
        for pos, end in ((0, len(text)), (2, len(text)), (0, 4), (5, 3)):
            assert [m.span() for m in pattern.finditer(text, pos, end)] == [
                m.span() for m in plain.finditer(text, pos, end)
            ]
    assert [m.span() for m in pattern.finditer("请假3天，下周12天", endpos=10)] == [(2, 4), (7, 10)]


def test_any_of_answers_whether_one_of_its_patterns_matches() -> None:
    family = AnyOf(
        compile_gated(r"(?P<t>[上下]午)请假"), compile_lazy(r"^\W*出差"), re.compile("调休")
    )
    for text, expected in [
        ("明天上午请假", True),
        ("出差三天", True),
        ("明天出差", False),  # ^ holds at the text's start only, as in the pattern itself
        ("周五调休", True),
        ("明天请假", False),
        ("", False),
    ]:
        assert family.search(text) is expected
    # a back-reference or flags of their own: not joined, every text asked of them all
    assert AnyOf(re.compile(r"(请)\1"), compile_lazy("休")).search("明天") is True
    assert AnyOf(re.compile("a", re.IGNORECASE), compile_lazy("休")).search("明天") is True


def test_the_readers_families_say_none_only_where_none_of_them_matches() -> None:
    texts = list(TEXTS)
    for path in sorted(CORPUS.glob("train-*.jsonl"))[:20]:  # training texts only
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    families = (
        absence_reader._ANY_NOT_ABSENCE_NEW,
        absence_reader._ANY_NOT_ABSENCE_RETURN,
        intent._LATE_OR_EARLY,
    )
    for family in families:
        members = family._members
        assert len(members) >= 8
        for text in texts:
            assert family.search(text) is any(p.search(text) is not None for p in members)


def test_every_gated_pattern_answers_as_its_pattern_does() -> None:
    gated = _gated()
    assert len(gated) > 60
    for pattern in gated:
        plain = re.compile(pattern.pattern)
        for text in TEXTS:
            for pos, end in ((0, len(text)), (2, len(text)), (0, 4)):
                found, expected = pattern.search(text, pos, end), plain.search(text, pos, end)
                assert (found and found.span()) == (expected and expected.span())
                found, expected = pattern.match(text, pos, end), plain.match(text, pos, end)
                assert (found and found.span()) == (expected and expected.span())
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]
            assert pattern.sub("·", text) == plain.sub("·", text)


def test_a_gate_rules_a_search_out_only_when_no_character_is_there() -> None:
    pattern = compile_gated("(?<![早晚])([上下])五")
    assert isinstance(pattern, Gated)
    assert pattern.search("下五三点") is not None
    assert pattern.search("下午三点") is None
    assert pattern.search("上五", 1) is None  # only the text searched counts
    assert pattern.sub(r"\1午", "下五三点") == "下午三点"


def test_a_pattern_is_compiled_only_when_a_gate_first_passes(compiled: list[str]) -> None:
    pattern = compile_gated("(?<![早晚])([上下])五")
    assert compiled == []  # nothing at definition
    assert pattern.search("下午三点") is None
    assert compiled == ["[五]"]  # the gate alone
    assert pattern.search("下五三点") is not None
    assert pattern.search("上五") is not None
    assert compiled == ["[五]", "(?<![早晚])([上下])五"]  # the pattern, once


@pytest.mark.parametrize(
    ("source", "opening"),
    [
        ("请假|外出", (frozenset("请外"), False)),
        ("(?<!不)去|[上下]午|(?:明|今)?天", (frozenset("去上下明今天"), False)),
        (r"^\W*通知|特此通知", (frozenset("特"), True)),  # ^ opens only the text's start
        ("(?:^|,)请假", (frozenset(",请"), False)),  # a ^ inside consumes nothing
        ("请?假", (frozenset("请假"), False)),
    ],
)
def test_the_opening_characters_are_those_every_match_starts_with(
    source: str, opening: tuple[frozenset[str], bool]
) -> None:
    assert first_chars(source) == opening


@pytest.mark.parametrize("source", ["请?", "[^a]b|c", r"\d天|请", "(?i)a|b", "(?m:^)a|b", "a|$"])
def test_an_opening_not_known_leaves_the_pattern_as_written(source: str) -> None:
    assert first_chars(source) is None
    assert opening_guarded(source) == source
    assert opening_guarded("^通知|^报告") == "^通知|^报告"  # anchored only: nothing to look for


def test_a_guarded_pattern_finds_the_same_matches() -> None:
    texts = [*TEXTS, "各位：特此通知，明天不得迟到", "，请全体同事准时参加", "通知"]
    for source in (
        r"^\W*【?通知|特此通知|(?<!申)请于|[需须应]提前|请(?:全体|各位)",
        lexicon.NOTICE.pattern,
    ):
        plain, guarded = re.compile(source), re.compile(opening_guarded(source))
        assert guarded.pattern != source
        for text in texts:
            for pos in range(len(text) + 1):
                found, expected = guarded.search(text, pos), plain.search(text, pos)
                assert (found and (found.span(), found.groups())) == (
                    expected and (expected.span(), expected.groups())
                )
            assert [m.span() for m in guarded.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]
            assert guarded.sub("·", text) == plain.sub("·", text)


def test_an_alternation_anchored_at_the_start_is_compiled_guarded(
    compiled: list[str],
) -> None:
    anchored = compile_gated(r"^\W*通知|特此通知|(?<!申)请于")  # ^ opens only the text's start
    plain = compile_gated("请于|需提前|须提前")  # the engine skips to 请, 需, 须 by itself
    assert anchored.search("请各位于周五前特此通知") is not None
    assert plain.search("请各位于周五前需提前报") is not None
    assert compiled == [
        "[于特通]",  # the gate: the rarest characters each alternative needs
        r"(?:^|(?=[特请]))(?:^\W*通知|特此通知|(?<!申)请于)",
        "[于需须]",
        "请于|需提前|须提前",
    ]
    assert anchored.pattern == r"^\W*通知|特此通知|(?<!申)请于"  # as written, for whoever reads it
    assert lexicon.NOTICE.compiled().pattern == opening_guarded(lexicon.NOTICE.pattern)


def test_an_alternation_anchored_at_the_start_is_factored_behind_its_look_ahead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Its alternatives opening with the same character are grouped as compile_skipping
    # groups any other's (the look-ahead passes most positions: 的, 请, 上 open NOTICE's).
    factored: list[str] = []
    real = pattern_gate._factored

    def recording(items: object, flags: int) -> None:
        factored.append(str(items))
        real(items, flags)

    monkeypatch.setattr(pattern_gate, "_factored", recording)
    source = r"^\W*通知|特此通知|(?<!申)请于|请各(?!位)|请大家|各(?:股|站)"
    anchored = compile_gated(source)
    assert isinstance(anchored, Gated)
    anchored.compiled()
    assert factored  # compiled by compile_skipping, which factors
    plain = REAL_COMPILE(source)
    for text in [*TEXTS, "通知：请各股室", "申请于周五，请大家", "请各位，去各站", "特此通知"]:
        for pos in range(len(text) + 1):
            found, expected = anchored.search(text, pos), plain.search(text, pos)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("source", "chars"),
    [
        ("(?<!申)请于|[需须]提前", frozenset("请需须")),  # a look-behind, a class first
        ("(?:约|大概)?[上下]午到", frozenset("约大上下")),  # optional words before a class
        ("老人(?![院会])|[老]?[爸妈]", frozenset("老爸妈")),
        ("请于|需提前", None),  # the compiler's own skip to 请, 需
        ("[上下]午", None),  # a class first: the compiler's own
        ("请假", None),  # a literal prefix
        ("请?", None),  # may match nothing
        (r"^\W*通知|特此通知", None),  # anchored: the look-ahead above instead
        (r"[^，]{0,3}请假", None),  # opens with a class of nearly everything
        ("(?i)a|b", None),
    ],
)
def test_the_engine_is_told_the_opening_characters_where_it_finds_none(
    source: str, chars: frozenset[str] | None
) -> None:
    assert skipped_to(source) == chars
    skipping, plain = compile_skipping(source), re.compile(source)
    assert (skipping.pattern, skipping.flags, skipping.groups) == (
        plain.pattern,
        plain.flags,
        plain.groups,
    )


def test_a_pattern_told_its_openings_finds_the_same_matches() -> None:
    source = r"(?P<a>(?<!申)请于)|(?P<b>[需须]提前)|(?:约|大概)?(?P<t>[上下])午到"
    skipping, plain = compile_skipping(source), re.compile(source)
    assert skipped_to(source) is not None
    texts = [*TEXTS, "请各位于周五前需提前报，大概下午到", "申请于周五约上午到须提前", "须"]
    for text in texts:
        for pos in range(len(text) + 1):
            for end in (len(text), max(pos, len(text) - 2)):
                found, expected = skipping.search(text, pos, end), plain.search(text, pos, end)
                assert (found and (found.span(), found.groupdict())) == (
                    expected and (expected.span(), expected.groupdict())
                )
                found, expected = skipping.match(text, pos, end), plain.match(text, pos, end)
                assert (found and found.span()) == (expected and expected.span())
        assert [(m.span(), m.lastgroup) for m in skipping.finditer(text)] == [
            (m.span(), m.lastgroup) for m in plain.finditer(text)
        ]
        assert skipping.sub(r"<\g<0>>", text) == plain.sub(r"<\g<0>>", text)
        assert skipping.findall(text) == plain.findall(text)
        assert skipping.split(text) == plain.split(text)


def test_every_pattern_of_the_reader_answers_as_written_at_every_position() -> None:
    # The reader's own patterns on training messages: a skip may only ever pass over
    # positions where no match opens.
    every: list[Gated | Lazy] = [*_gated(), *_lazy()]
    assert sum(skipped_to(p.pattern, p._flags) is not None for p in every) > 60
    lines = (CORPUS / "train-01.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [*TEXTS, *(json.loads(line)["text"] for line in lines[:40])]
    for pattern in every:
        plain = re.compile(pattern.pattern, pattern._flags)
        for text in texts:
            for pos in range(0, len(text) + 1, 3):
                found, expected = pattern.search(text, pos), plain.search(text, pos)
                assert (found and (found.span(), found.groups())) == (
                    expected and (expected.span(), expected.groups())
                ), pattern.pattern
            assert pattern.sub("·", text) == plain.sub("·", text)


def _blanked_in_turn(text: str, members: tuple[Gated | Lazy, ...]) -> str:
    for member in members:
        text = re.compile(member.pattern, member._flags).sub(lambda m: "·" * len(m[0]), text)
    return text


@pytest.mark.parametrize(
    "text", ["请假期间", "明天请假", "假期里请个假", "··期", "无关的话", "", "请假期请假期"]
)
def test_blanking_in_turn_answers_as_each_pattern_in_turn_does(text: str) -> None:
    members = (
        compile_gated("请假"),
        compile_gated("假期"),  # its 假 gone after 请假 is blanked: asked, finds nothing
        compile_gated("··期"),  # needs the blanking before it: its gate holds ·, asked each time
        compile_lazy("间"),  # a Lazy: skipped by its derived characters too
    )
    assert Blanking(*members)(text) == _blanked_in_turn(text, members)


def test_the_readers_blankings_answer_as_their_patterns_in_turn() -> None:
    lines = (CORPUS / "train-01.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [*TEXTS, *(json.loads(line)["text"] for line in lines[:200])]
    blankings = [v for v in vars(intent).values() if isinstance(v, Blanking)]
    assert len(blankings) >= 2
    for blanking in blankings:
        for text in texts:
            assert blanking(text) == _blanked_in_turn(text, blanking._members)


def test_a_gate_the_engines_own_skip_holds_is_left_to_the_engine() -> None:
    # Every match of 早走|早退|提前下班 opens with 早 or 提, the gate's own characters: the
    # engine's skip to them is the gate's scan, so no gate is asked before it.
    skipped = compile_gated("早走|早退|提前下班")
    assert isinstance(skipped, Lazy)
    assert skipped.search("下午三点提前下班") is not None
    assert skipped.search("下午三点走") is None
    gated = compile_gated("(?<![早晚])([上下])五")  # opens with 上 or 下; its gate is 五
    assert isinstance(gated, Gated)
    members = (compile_gated("请假"), compile_gated("早走|早退"), compile_lazy("间"))
    assert isinstance(members[1], Lazy)
    for text in ["请假期间早退", "早走", "无关的话", ""]:  # still skipped in a blanking's scan
        assert Blanking(*members)(text) == _blanked_in_turn(text, members)


SPLIT_SOURCES = [
    r"(?<!申)请于|(?<![我你])(?:局长|主任)们?参加|[需须应]提前(?!走)|(?:迟到|早退)的(?:同志|人)",
    r"(?<![送交])(?<![送交][^,，])值班表|值班安排|(?<=[,，])(?:请|让)(?P<who>[^,，]{1,3})去",
    r"(?:^|(?<=[,，]))请(?P<k>[事病])?假|[请休](?P<y>年)?假|(?<!不)(?:[去到]|前往)(?P<to>市局|区里)",
]


def test_an_alternation_is_compiled_with_its_alternatives_opening_with_literals() -> None:
    # Look-behinds, a small class or an alternation before the first literal: each piece
    # opens with the literal, which the engine tests before anything else.
    tree = pattern_gate.sre_parse.parse(SPLIT_SOURCES[0])
    pattern_gate._factored(tree, 0)
    assert all(alt.data[0][0] is pattern_gate.sre.LITERAL for alt in tree[0][1][1])
    assert compile_skipping(SPLIT_SOURCES[0]).pattern == SPLIT_SOURCES[0]


@pytest.mark.parametrize("source", SPLIT_SOURCES)
def test_alternatives_made_to_open_with_literals_find_the_same_matches(source: str) -> None:
    skipping, plain = compile_skipping(source), re.compile(source)
    texts = [
        *TEXTS,
        "申请于周五，请于周五，局长们参加，你主任参加，须提前走，应提前报，迟到的人",
        "送值班表，交,值班表，值班表，值班安排，请小李去，让他去",
        "请事假，请假,请病假，休年假，不去市局，前往区里，去区里",
    ]
    for text in texts:
        for pos in range(len(text) + 1):
            for end in (len(text), max(pos, len(text) - 3)):
                found, expected = skipping.search(text, pos, end), plain.search(text, pos, end)
                assert (found and (found.span(), found.groupdict())) == (
                    expected and (expected.span(), expected.groupdict())
                )
                found, expected = skipping.match(text, pos, end), plain.match(text, pos, end)
                assert (found and (found.span(), found.groupdict())) == (
                    expected and (expected.span(), expected.groupdict())
                )
        assert [(m.span(), m.groupdict()) for m in skipping.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ]
        assert skipping.sub("·", text) == plain.sub("·", text)
