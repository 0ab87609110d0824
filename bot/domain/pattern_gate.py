"""Patterns that skip their search when the text lacks every character a match must use.

The reader runs about a hundred searches per message, most of them alternations of
Chinese words that fail; the regular-expression engine tries every branch at every
position before it says so. Each pattern here knows, from its own syntax tree, a set of
characters one of which every match consumes (``请|休`` → {请, 休}; ``[上下]午`` → {午}); one
scan for that set (a single character class, fast in the engine) rules the search out.
The set is derived, not written by hand, so a gate cannot disagree with its pattern: a
match consumes one of the characters, or the set is not known and the pattern is not gated.
An alternation whose alternatives do not all open with a literal is compiled behind a
look-ahead on the characters its matches open with, derived from the same tree
(:func:`_alternation_guard`): the engine then skips the positions none of them could open at.
Where no alternative is anchored at the start, those characters are instead written into the
compiled pattern where the compiler puts a first character class of its own
(:func:`compile_skipping`): the engine's own skip loop then passes over the other positions.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = [
    "AnyOf",
    "Blanking",
    "Gated",
    "Lazy",
    "Pattern",
    "compile_gated",
    "compile_lazy",
    "compile_skipping",
    "first_chars",
    "opening_guarded",
    "required_chars",
    "skipped_to",
]

_WIDEST_RANGE = 512  # a class wider than this ([\u4e00-\u9fff]) rules nothing out

_Items = Any  # sre_parse's SubPattern or a list of (op, arg) pairs: untyped in the stdlib


# Characters in nearly every report: a gate holding one of them rarely rules anything out,
# so of the sets a sequence offers, the one with fewest of these is taken.
_COMMON = frozenset("的请假上下午天去来我了明今日月号点回会在一是不个到")


def _cost(chars: frozenset[str]) -> tuple[int, int]:
    return len(chars & _COMMON), len(chars)


def _sequence(items: _Items) -> frozenset[str] | None:
    """One of these characters is consumed by every match of the sequence ``items``: of the
    sets its elements require (each element must match for the whole to), the one least
    likely to be in a message."""
    best: frozenset[str] | None = None
    for op, arg in items:
        found = _element(op, arg)
        if found is not None and (best is None or _cost(found) < _cost(best)):
            best = found
    return best


def _element(op: object, arg: Any) -> frozenset[str] | None:
    """The characters one of which element ``op`` consumes whenever it matches, or None
    when it may match without consuming a known character (optional, empty, a wide class,
    a lookaround, an anchor, a back-reference)."""
    if op is sre.LITERAL:
        return frozenset(chr(arg))
    if op is sre.IN:
        return _char_class(arg)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _sequence(branch)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = arg
        return None if add_flags & re.IGNORECASE else _sequence(inner)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, inner = arg
        return _sequence(inner) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence(arg)
    return None


def _char_class(items: _Items) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < _WIDEST_RANGE:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return None  # a negated class, \d or \s, a wide range
    return frozenset(chars)


def required_chars(pattern: re.Pattern[str] | Lazy) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` consumes, or None if unknown."""
    flags = pattern._flags if isinstance(pattern, Lazy) else pattern.flags
    return _required(pattern.pattern, flags)


def _required(source: str, flags: int) -> frozenset[str] | None:
    return _gate(sre_parse.parse(source, flags), flags)


def _gate(tree: _Items, flags: int) -> frozenset[str] | None:
    if (flags | tree.state.flags) & re.IGNORECASE:
        return None
    return _sequence(tree)


# Zero-width elements: a match's first character is consumed after them.
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_AT_START = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)  # ^ and \A, without MULTILINE
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _opening(items: _Items) -> tuple[frozenset[str], bool] | None:
    """The characters a match of the sequence ``items`` can consume first, and whether it may
    consume none at all; None when unknown (a negated or wide class, a back-reference …)."""
    found: set[str] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        first = _element_opening(op, arg)
        if first is None:
            return None
        chars, empty = first
        found |= chars
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _element_opening(op: object, arg: Any) -> tuple[frozenset[str], bool] | None:
    if op is sre.LITERAL:
        return frozenset(chr(arg)), False
    if op is sre.IN:
        chars = _char_class(arg)
        return None if chars is None else (chars, False)
    if op is sre.BRANCH:
        union: set[str] = set()
        empty = False
        for branch in arg[1]:
            first = _opening(branch)
            if first is None:
                return None
            union |= first[0]
            empty = empty or first[1]
        return frozenset(union), empty
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = arg
        return None if add_flags & (re.IGNORECASE | re.MULTILINE) else _opening(inner)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, inner = arg
        first = _opening(inner)
        return None if first is None else (first[0], first[1] or low == 0)
    if op is sre.ATOMIC_GROUP:
        return _opening(arg)
    return None


def first_chars(source: str, flags: int = 0) -> tuple[frozenset[str], bool] | None:
    """For an alternation ``a|b|…``: the characters one of which opens every match not at the
    very start of the text, and whether some alternative is anchored there (``^…``); None
    when a match may open with a character not known (or with none)."""
    if _GLOBAL_FLAGS.match(source) or flags & re.VERBOSE:
        return None  # (?i)…: nothing may be put before the flags; (?x): nor after a comment
    return _openings(sre_parse.parse(source, flags), flags)


def _openings(tree: _Items, flags: int) -> tuple[frozenset[str], bool] | None:
    if (flags | tree.state.flags) & (re.IGNORECASE | re.MULTILINE):
        return None
    alternation = len(tree) == 1 and tree[0][0] is sre.BRANCH
    found: set[str] = set()
    anchored = False
    for branch in tree[0][1][1] if alternation else [tree]:
        items = branch.data  # the parser's list itself: list(branch) indexes it item by item
        if items and items[0][0] is sre.AT and items[0][1] in _AT_START:
            anchored = True
            continue
        first = _opening(items)
        if first is None or first[1]:
            return None
        found |= first[0]
    return frozenset(found), anchored


def _look_ahead(chars: frozenset[str], anchored: bool) -> str:
    ahead = f"(?=[{''.join(re.escape(c) for c in sorted(chars))}])"
    return f"(?:^|{ahead})" if anchored else ahead


def opening_guarded(source: str, flags: int = 0) -> str:
    """``source`` behind a look-ahead on the characters its matches open with (see
    :func:`first_chars`): the same matches, spans and groups; ``source`` as it is when its
    openings are not known or every alternative is anchored at the start."""
    found = first_chars(source, flags)
    if found is None or not found[0]:
        return source
    return f"{_look_ahead(*found)}(?:{source})"


def _alternation_guard(source: str, tree: _Items, flags: int) -> str | None:
    """The look-ahead a gated alternation is compiled behind, or None.

    The engine tries every alternative at every position of the text. It skips ahead by
    itself only when every alternative opens with a literal character (it then collects
    them); an alternation with one that opens otherwise (a class, a look-behind, an
    optional word: 老人(?![院会]), [老]?[爸妈], (?<!申)请于) is tried in full at every
    position. A look-ahead on the characters its matches open with rules a position out in
    one test. Measured on the case table, each pattern's calls replayed alone: the 61 such
    alternations it searches, 34.1 µs a message as written, 18.7 µs guarded (NOTICE, 150
    alternatives: 5.7 → 3.4 µs). Derived from the tree the gate is derived from, so the
    start-up parses nothing more; compiled with the pattern at its first use."""
    if len(tree) != 1 or tree[0][0] is not sre.BRANCH:
        return None
    if all(branch and branch[0][0] is sre.LITERAL for branch in tree[0][1][1]):
        return None  # the engine's own skip
    if _GLOBAL_FLAGS.match(source) or flags & re.VERBOSE:
        return None
    found = _openings(tree, flags)
    if found is None or not found[0] or not found[1]:
        return None  # not anchored: compile_skipping gives the engine the characters instead
    return _look_ahead(*found)


_SKIPS = sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET


def _skip_set(tree: _Items, flags: int, code: list[int]) -> frozenset[str] | None:
    """The characters :func:`compile_skipping` writes into the pattern compiled to ``code``
    from ``tree``: those its matches open with, where the compiler found no first character
    or class of its own (``code``'s info block holds none) and a match cannot be empty."""
    if code[0] != sre.INFO or code[2] & _SKIPS or code[3] == 0:
        return None  # the compiler's own skip, or an empty match (no character to skip to)
    found = _openings(tree, flags)
    if found is None or not found[0] or found[1]:
        return None  # an opening not known, or an alternative anchored at the start
    return found[0]


# The compiler's pieces compile_skipping assembles a pattern from (CPython's own, since 3.11).
_ENGINE_KNOWN = all(
    hasattr(sre_compile, name)
    for name in ("_code", "_optimize_charset", "_compile_charset", "_sre")
)


def skipped_to(source: str, flags: int = 0) -> frozenset[str] | None:
    """The characters :func:`compile_skipping` has the engine skip to for ``source``, or None
    where it compiles the pattern as ``re.compile`` does."""
    if not _ENGINE_KNOWN:
        return None
    tree = sre_parse.parse(source, int(flags))
    return _skip_set(tree, int(flags), sre_compile._code(tree, int(flags)))


def compile_skipping(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, told the characters its matches open with where the
    compiler does not find them.

    The engine's search jumps from one candidate position to the next only by a literal
    prefix or a character class it finds as the pattern's first element; a pattern opening
    otherwise (an alternation with a class, an optional word or a look-behind in an
    alternative: 老人(?![院会])|[老]?[爸妈]|(?<!申)请于; a group's optional words before a
    time: (?:约|大概)?[…]到) is run whole at every position of the text. Its opening
    characters, derived from the syntax tree as the gate is (:func:`first_chars`'s rule), are
    written into the info block where the compiler puts a class of its own, so the engine's
    own loop skips every position no match can open at. The same parse and the same code as
    ``re.compile`` after that block: the same matches, spans, groups, ``.pattern`` and flags.
    A pattern whose openings are not known (or on an engine whose compiled form differs)
    is compiled as written."""
    if not _ENGINE_KNOWN:
        return re.compile(source, flags)
    flags = int(flags)
    tree = sre_parse.parse(source, flags)
    if not (flags | tree.state.flags) & re.IGNORECASE:
        _factored(tree, flags)
    code = sre_compile._code(tree, flags)
    chars = _skip_set(tree, flags, code)
    if chars is not None:
        code = _skipping(code, chars, flags)
    return _assembled(source, flags, tree, code)


_NESTED = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _factored(items: _Items, flags: int) -> None:
    """Every alternation in ``items`` (in place, nested ones too) with its alternatives that
    open with the same character behind that character once: 请各|请大家|各位 → 请(?:各|大家)|各位.

    At each position the engine tries an alternation's alternatives one after another; one
    that opens with a literal is ruled out in a test, but the reader's alternations hold up
    to 150 (NOTICE), so every position costs that many tests. Grouped, it costs one a
    distinct first character. The same match everywhere: only alternatives that can open at
    the same position can both match there, and their order is kept (an alternative that
    does not open with a literal keeps its place before or after every alternative that could
    open where it does; see :func:`_regrouped`)."""
    data = items.data
    for i, (op, av) in enumerate(data):
        if op is sre.BRANCH:
            for branch in av[1]:
                _factored(branch, flags)
            branches = [
                _literal_first(items.state, split)
                for branch in av[1]
                for split in _split_opening(items.state, branch)
            ]
            data[i] = (sre.BRANCH, (av[0], _regrouped(items.state, branches)))
        elif op is sre.SUBPATTERN:
            if not av[1] & re.IGNORECASE:
                _factored(av[3], flags)
        elif op in _NESTED:
            _factored(av[2], flags)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _factored(av[1], flags)
        elif op is sre.ATOMIC_GROUP:
            _factored(av, flags)
        elif op is sre.GROUPREF_EXISTS:
            for arm in av[1:]:
                if arm is not None:
                    _factored(arm, flags)


_SPLIT_MAX = 8  # alternatives an opening class or alternation is split into, at most


def _split_opening(state: Any, branch: _Items) -> list[_Items]:
    """``branch`` as alternatives that each open with a literal, where it opens with a small
    class of literals or an alternation (after any look-behinds): [需须]提前 → 需提前|须提前,
    (?:迟到|早退)的 → 迟到的|早退的.

    Each then joins the group of its literal (:func:`_regrouped`) instead of being tried
    whole at every position. The same match: the engine tries ``(?:a|b)c`` as ``ac|bc``, in
    that order, and a class's characters cannot open at the same position."""
    data = branch.data
    k = _behinds(data)  # look-behinds before the opening stay before each piece
    if k == len(data):
        return [branch]
    op, av = data[k]
    if op is sre.IN:
        codes = [code for kind, code in av if kind is sre.LITERAL]
        if len(codes) != len(av) or not 1 < len(set(codes)) == len(codes) <= _SPLIT_MAX:
            return [branch]  # a range, a category, a negation: not split
        openings = [[(sre.LITERAL, code)] for code in codes]
    elif op is sre.BRANCH:
        if len(av[1]) > _SPLIT_MAX:
            return [branch]
        openings = [list(alternative.data) for alternative in av[1]]
    else:
        return [branch]
    return [
        sre_parse.SubPattern(state, [*data[:k], *opening, *data[k + 1 :]]) for opening in openings
    ]


def _behinds(data: list[Any]) -> int:
    """How many look-behinds open ``data`` (a branch's items), before its first real item."""
    k = 0
    while k < len(data) and data[k][0] in (sre.ASSERT, sre.ASSERT_NOT) and data[k][1][0] < 0:
        k += 1
    return k


def _literal_first(state: Any, branch: _Items) -> _Items:
    """``branch`` with the literal after its opening look-behinds moved before them, each
    look-behind taking the literal at its end: (?<!申)请于 → 请(?<!申请)于.

    The engine runs an alternative's look-behinds at every position it tries the
    alternative, before the literal that rules most positions out; moved, the literal is
    tested first, and the alternative joins the group of those opening with the same literal
    (:func:`_regrouped`). The same match: the literal is the character just consumed, so a
    look-behind ending with it there holds exactly when the one before it held a character
    earlier (a fixed width one longer, reaching the same first character)."""
    data = branch.data
    k = _behinds(data)
    if k == 0 or k == len(data) or data[k][0] is not sre.LITERAL:
        return branch
    literal = data[k]
    behind = [
        (op, (direction, sre_parse.SubPattern(state, [*inner.data, literal])))
        for op, (direction, inner) in data[:k]
    ]
    return sre_parse.SubPattern(state, [literal, *behind, *data[k + 1 :]])


def _regrouped(state: Any, branches: list[_Items]) -> list[_Items]:
    """``branches`` with those opening with the same literal grouped, in the order their
    first one came. An alternative that opens otherwise closes the groups whose character it
    could open with (all of them when its openings are not known or it may match nothing):
    they stay before it, and the alternatives after it open new groups."""
    out: list[_Items] = []
    groups: dict[int, list[_Items]] = {}

    def close(codes: Any) -> None:
        for code in [c for c in groups if c in codes]:
            out.append(_grouped(state, code, groups.pop(code)))

    for branch in branches:
        data = branch.data
        if data and data[0][0] is sre.LITERAL:
            groups.setdefault(data[0][1], []).append(branch)
            continue
        first = _opening(data)
        if first is None or first[1]:
            close(list(groups))
        else:
            close({ord(c) for c in first[0]})
        out.append(branch)
    close(list(groups))
    return out


def _grouped(state: Any, code: int, branches: list[_Items]) -> _Items:
    """One alternative for ``branches``, all opening with the literal ``code``."""
    if len(branches) == 1:
        return branches[0]
    rests = _regrouped(state, [sre_parse.SubPattern(state, b.data[1:]) for b in branches])
    data: list[Any] = [(sre.LITERAL, code)]
    if len(rests) == 1:
        data.extend(rests[0].data)
    else:
        data.append((sre.BRANCH, (None, rests)))
    return sre_parse.SubPattern(state, data)


def _skipping(code: list[int], chars: frozenset[str], flags: int) -> list[int]:
    """``code`` with an info block that has the engine skip to ``chars``."""
    info = [sre.INFO, 0, sre.SRE_INFO_CHARSET, code[3], code[4]]
    charset, _cased = sre_compile._optimize_charset([(sre.LITERAL, ord(c)) for c in sorted(chars)])
    sre_compile._compile_charset(charset, flags, info)
    info[1] = len(info) - 1  # the block's length after this word, as _compile_info writes it
    return info + code[1 + code[1] :]


def _assembled(source: str, flags: int, tree: _Items, code: list[int]) -> re.Pattern[str]:
    """The compiled pattern from its code, as ``re._compiler.compile`` makes it (the engine
    checks the code first and refuses any it could not run)."""
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    found: re.Pattern[str] = sre_compile._sre.compile(
        source, flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup)
    )
    return found


class Gated:
    """A pattern with its gate: the same methods, answering the same, faster when the text
    holds none of the characters a match needs.

    Both are compiled when first used: the gate on the first call, the pattern on the first
    call whose gate passes. Most of the reader's patterns never reach their engine for a given
    message (14 of 126 for a plain absence report; 58 of the gates are asked), so a start-up
    compiles what it uses and nothing more. ``compiled()`` compiles the pattern at once: the
    tests compile every one, so a pattern the engine would refuse fails there, not in the chat.
    """

    # No __getattr__ here: defining one slows every attribute read of the class (about 50 ns
    # a call, measured); testing the slot costs a few.
    __slots__ = ("_ahead", "_chars", "_compiled", "_flags", "_gate", "pattern")

    def __init__(
        self, source: str, flags: int, chars: frozenset[str], ahead: str | None = None
    ) -> None:
        # Kept as the gate's character class, not the set: 165 sets of single-character
        # strings held 0.29 MB for the life of the process; the class text is what the gate
        # compiles from anyway.
        self._chars = "".join(re.escape(c) for c in sorted(chars))
        self._flags = flags
        self._gate: re.Pattern[str] | None = None
        self._compiled: re.Pattern[str] | None = None
        self._ahead = ahead  # an alternation's look-ahead (_alternation_guard), or None
        self.pattern = source

    def _make_gate(self) -> re.Pattern[str]:
        self._gate = re.compile(f"[{self._chars}]")
        return self._gate

    def compiled(self) -> re.Pattern[str]:
        """The pattern, compiled now if it was not yet."""
        if self._compiled is None:
            if self._ahead is None:
                self._compiled = compile_skipping(self.pattern, self._flags)
            else:  # factored too (compile_skipping): the look-ahead passes most positions
                self._compiled = compile_skipping(f"{self._ahead}(?:{self.pattern})", self._flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if (self._gate or self._make_gate()).search(string, pos, endpos) is None:
            return None
        return (self._compiled or self.compiled()).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if (self._gate or self._make_gate()).search(string, pos, endpos) is None:
            return None
        return (self._compiled or self.compiled()).match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if (self._gate or self._make_gate()).search(string, pos, endpos) is None:
            return None
        return (self._compiled or self.compiled()).fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if (self._gate or self._make_gate()).search(string, pos, endpos) is None:
            return iter(())
        return (self._compiled or self.compiled()).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if (self._gate or self._make_gate()).search(string, pos, endpos) is None:
            return []
        return (self._compiled or self.compiled()).findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        if (self._gate or self._make_gate()).search(string) is None:
            return string
        return (self._compiled or self.compiled()).sub(repl, string, count)


def _searched_first(
    pattern: re.Pattern[str],
) -> Callable[[str, int, int], Iterator[re.Match[str]]]:
    """``pattern.finditer``, after a search that finds nothing answered with no iterator.

    A finditer builds a scanner, looks its ``search`` method up by name (a string made and
    hashed each call) and wraps it in a call iterator: about a thousand instructions before
    the first search, for the most part spent on a text that holds no match (three in four
    of the reader's finditer calls find nothing). A search is the same scan without them."""
    search, finditer = pattern.search, pattern.finditer

    def searched_first(
        string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if search(string, pos, endpos) is None:
            return iter(())
        return finditer(string, pos, endpos)

    return searched_first


class AnyOf:
    """Several patterns asked at once whether any of them matches anywhere in a text: one
    search for the alternation of them all (their group names dropped), where asking each
    costs its call and gate (absence_reader._period asks sixteen of every reading, and in
    about 1 reading in 35 one matches). An alternation finds a match where any of its
    alternatives would, so "none" is the same answer each would have given. Members with
    back-references or flags of their own are not joined: then the answer is always "ask
    them". Built when first asked, like the patterns."""

    __slots__ = ("_members", "_union")

    def __init__(self, *members: Pattern) -> None:
        self._members = members
        self._union: Pattern | None = None

    def _make(self) -> Pattern:
        sources = [member.pattern for member in self._members]
        flags = {_flags_of(member) for member in self._members}
        if flags != {0} or any(_GLOBAL_FLAGS.match(s) or _REFERS.search(s) for s in sources):
            self._union = compile_lazy("")  # matches every text: ask them all
        else:
            self._union = compile_gated("|".join(f"(?:{_NAMED.sub('(?:', s)})" for s in sources))
        return self._union

    def search(self, string: str) -> bool:
        """Whether one of the patterns may match ``string`` (False: none does)."""
        return (self._union or self._make()).search(string) is not None


_NAMED = re.compile(r"\(\?P<\w+>")  # a named group, made plain in AnyOf's alternation
_REFERS = re.compile(r"\(\?P=|\(\?\(|\\[1-9]|\\g<")  # a group referred to by name or number


def _flags_of(pattern: Pattern) -> int:
    return pattern._flags if isinstance(pattern, (Gated, Lazy)) else pattern.flags & ~re.UNICODE


class Lazy:
    """A pattern compiled when first used: until then it holds its source.

    The first call compiles it and puts the compiled pattern's bound methods on the
    instance, where later lookups find them before the class's (a method is found on the
    instance first): from then on ``lazy.search(...)`` is the engine's own method, about
    15 ns slower a call than a compiled pattern's (measured). The reader holds about a
    hundred of these; a message uses a fraction of them, and a start-up compiles that
    fraction. ``compiled()`` compiles it at once (the tests compile every one).
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The pattern, compiled now if it was not yet."""
        found: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if found is None:
            found = compile_skipping(self.pattern, self._flags)
            self.__dict__.update(
                _compiled=found,
                search=found.search,
                match=found.match,
                fullmatch=found.fullmatch,
                finditer=_searched_first(found),
                findall=found.findall,
                sub=found.sub,
                split=found.split,
            )
        return found

    # Each called once at most: the first call leaves the compiled method on the instance.
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)


Pattern = re.Pattern[str] | Gated | Lazy


def compile_lazy(source: str, flags: int = 0) -> Lazy:
    """``re.compile(source, flags)``, done when the pattern is first used."""
    return Lazy(source, flags)


def compile_gated(source: str, flags: int = 0) -> Gated | Lazy:
    """``re.compile(source, flags)``, gated when its matches need known characters; either
    way compiled when first needed (an alternation behind a look-ahead on its first
    characters: :func:`_alternation_guard`)."""
    tree = sre_parse.parse(source, flags)
    chars = _gate(tree, flags)
    if chars is None:
        return Lazy(source, flags)
    ahead = _alternation_guard(source, tree, flags)
    if ahead is None and _skips_within(source, tree, flags, chars):
        return Lazy(source, flags)
    return Gated(source, flags, chars, ahead)


def _skips_within(source: str, tree: _Items, flags: int, chars: frozenset[str]) -> bool:
    """Whether the engine's own skip makes the gate ``chars`` redundant: every match opens
    with one of them, so a search over a text holding none is one scan for them in the
    engine (the gate's scan, with no Python call before it), and a text holding one is
    searched once instead of twice."""
    if not _ENGINE_KNOWN or _GLOBAL_FLAGS.match(source) or flags & re.VERBOSE:
        return False
    found = _openings(tree, flags)
    return found is not None and bool(found[0]) and not found[1] and found[0] <= chars


def _dots(match: re.Match[str]) -> str:
    return "·" * len(match.group(0))


class Blanking:
    """Patterns whose matches are blanked in turn with ``·`` (``c.sub(f, b.sub(f, a.sub(f,
    text)))``), with one scan for all their gates.

    A call site that blanks a dozen patterns asks a dozen gates, and nearly all of them say
    no (``intent._neutral``: 11 a message, 1.3 pass). Blanking only takes characters away
    (``·`` is in no gate), so a gate that fails on the text fails after every earlier blanking
    too: one search for the union of the gates finds the characters present, and only the
    members whose characters are among them are run, straight on their engines (a member
    whose characters a blanking removed finds nothing there, as its gate would have said).
    Members whose characters are not known are always run (a Lazy is skipped like a Gated
    where they are: compile_gated leaves to the engine a pattern whose skip holds its gate).
    Built when first used, like the patterns.
    """

    __slots__ = ("_members", "_present", "_steps")

    def __init__(self, *members: Pattern) -> None:
        self._members = members
        self._present: re.Pattern[str] | None = None
        self._steps: tuple[tuple[frozenset[str] | None, Pattern], ...] = ()

    def _make(self) -> re.Pattern[str]:
        steps: list[tuple[frozenset[str] | None, Pattern]] = []
        union: set[str] = set()
        for member in self._members:
            if isinstance(member, (Gated, Lazy)):  # a Lazy may be one whose gate is the skip
                chars = _required(member.pattern, member._flags)
                # a gate holding · could pass after a blanking: that member is asked each time
                if chars is not None and "·" not in chars:
                    union |= chars
                    steps.append((chars, member.compiled()))
                    continue
            steps.append((None, member))
        self._steps = tuple(steps)
        # (?!) when nothing is gated: a class cannot be empty
        opening = "".join(re.escape(c) for c in sorted(union))
        self._present = re.compile(f"[{opening}]" if opening else "(?!)")
        return self._present

    def __call__(self, text: str) -> str:
        found = set((self._present or self._make()).findall(text))
        for chars, pattern in self._steps:
            if chars is None or not chars.isdisjoint(found):
                text = pattern.sub(_dots, text)
        return text
