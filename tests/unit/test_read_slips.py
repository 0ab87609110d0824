"""read_slips: the sound slips of key words read as meant, same length."""

from __future__ import annotations

import pytest

from bot.domain.reader.text import read_slips


@pytest.mark.parametrize(
    ("norm", "read"),
    [
        ("今天晚到一点", "今天晚到一些"),  # "a little": no clock part follows
        ("迟到一点儿，九点到", "迟到一些儿，九点到"),
        ("晚来一点,抱歉", "晚来一些,抱歉"),
        ("晚到一点半", "晚到一点半"),  # a clock: 一点半 is half past one
        ("明天晚到", "明天晚到"),
    ],
)
def test_a_little_late_is_read_as_a_little(norm: str, read: str) -> None:
    assert read_slips(norm) == read
    assert len(read_slips(norm)) == len(norm)
