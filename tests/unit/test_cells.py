"""One cell reading for every imported sheet."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.domain.cells import cell_text, person_name, person_names


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (datetime(2026, 6, 1, 0, 0), "2026-06-01"),
        (date(2026, 6, 1), "2026-06-01"),
        ("  工程股\u3000", "工程股"),
        ("a\u00a0 b", "a b"),
        (12, "12"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("cell", "name"),
    [("张　三", "张三"), (" 张 三 ", "张三"), ("欧阳娜娜", "欧阳娜娜"), ("Li Ming", "Li Ming")],
)
def test_person_name(cell: str, name: str) -> None:
    assert person_name(cell) == name


def test_person_names_split_lists_but_join_padded_names() -> None:
    assert person_names("张　三、李四 王五，赵 六") == ["张三", "李四", "王五", "赵六"]
    assert person_names("") == []
