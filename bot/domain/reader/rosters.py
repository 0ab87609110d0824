"""Names said one after another with no mark between them (voice input drops the 、):
刘洋邓伟今天去…, 张局李局下午…, 老彭小龚谭丽今天… The run is cut into names by how a
Chinese name is built (a surname of the inventory, then a title or a one- or two-character
given name; or 老/小 and a surname), and only where that cut is the one way to read it; the
names are then separated by 、 as a typed message separates them.
"""

from __future__ import annotations

from bot.domain.pattern_gate import compile_lazy
from bot.domain.reader import names as nm


def separated(text: str) -> str:
    """``text`` with each run of two or more names before what they do (a time, a count, a
    verb of going) separated by 、; a run read more than one way is left as it is."""
    out: list[str] = []
    done = 0
    for m in _AFTER_RUN.finditer(text):
        end = m.start()
        if end - done < 4:
            continue
        for start in range(max(done, end - _LONGEST_RUN), end - 3):
            if start > 0 and text[start - 1] not in _BEFORE_RUN:
                continue  # 老彭和小龚: a run starts where a name can, not inside one
            cuts = _cuts(text[start:end])
            if len(cuts) > 1:
                break  # 周建华罗平高建新: cut more than one way, so not at all
            if len(cuts) == 1 and len(cuts[0]) > 1:
                out.append(text[done:start] + "、".join(cuts[0]))
                done = end
                break
    return text if not out else "".join(out) + text[done:]


# What a roster follows: the start, a stop or colon, a unit (我股, 农水股的, 大队), a frame
# (帮, 报备, 通知).
_BEFORE_RUN = frozenset(",，。:：;；!！?？、 股队室办的帮替报备知")
_LONGEST_RUN = 12  # four names of three characters
# What follows a roster: its time, its count, or its going (…今天去, …两位同志, …都在).
_AFTER_RUN = compile_lazy(
    r"(?:[今明后]天|[上下中]午|早上|晚上|下下?周|本周|这周|周[一二三四五六日末]|星期|礼拜"
    r"|\d{1,2}月|[两二三四五六七八九]位|[两二三四五六七八九]个?人|同志|都|一起|去|赴|前往)"
)


# 和, 与, 及, 同 join names (老彭和小龚) even where they are surnames; a numeral or 老/小 is
# no given name (王局周三, 彭和小龚).
_JOINS = frozenset("和与及同跟")
_NOT_GIVEN = nm.NOT_GIVEN | _JOINS | frozenset("一二三四五六七八九十两零末老小")


def _given(chars: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" and c not in _NOT_GIVEN for c in chars)


def _cuts(run: str) -> list[list[str]]:
    """Every way to cut ``run`` wholly into names (at most two ways are sought)."""
    found: list[list[str]] = []

    def walk(at: int, names: list[str]) -> None:
        if len(found) > 1:
            return
        if at == len(run):
            found.append(list(names))  # one name (张建国局长) is a cut too: then no roster
            return
        for size in _name_sizes(run, at):
            names.append(run[at : at + size])
            walk(at + size, names)
            names.pop()

    walk(0, [])
    return found


def _name_sizes(run: str, at: int) -> list[int]:
    """The lengths a name starting at ``run[at]`` can have."""
    head = run[at : at + 2]
    if head[:1] in "老小":
        ok = len(head) == 2 and head[1] in nm.SURNAME_CHARS and head[1] not in nm.NOT_GIVEN
        return [2] if ok else []
    surname = 2 if head in nm.COMPOUND_SURNAMES else 1
    if surname == 1 and (head[:1] not in nm.SURNAME_CHARS or head[:1] in _JOINS):
        return []
    sizes: list[int] = []
    rest = run[at + surname :]
    for title in nm.TITLE_WORDS:
        if rest.startswith(title) and surname + len(title) not in sizes:
            sizes.append(surname + len(title))
    if sizes:
        return sizes  # 陈主任, 戚主任: a title, not 戚主 and a name opening with 任
    wordlike = surname == 1 and head[0] in nm.WORDLIKE
    for given in (1, 2):
        name = run[at : at + surname + given]
        if len(name) < surname + given or not _given(name[surname:]):
            break
        if wordlike and not nm.given_shaped(name):
            continue
        sizes.append(surname + given)
        after = run[at + surname + given :]
        sizes.extend(surname + given + len(t) for t in nm.TITLE_WORDS if after.startswith(t))
    return list(dict.fromkeys(sizes))  # 李明工: a given name and a title, or a given name
