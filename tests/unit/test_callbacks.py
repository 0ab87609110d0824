"""The callback codec: what encode writes decodes back; anything else is None."""

from __future__ import annotations

import pytest

from bot.domain.callbacks import (
    ABSENCE,
    APPROVAL,
    NOTE,
    RECT,
    SHAPES,
    Press,
    _checked_encode,
    decode,
    encode,
)


@pytest.mark.parametrize(
    ("family", "action", "numbers", "word"),
    [
        (ABSENCE, "undo", (12,), None),
        (ABSENCE, "chg", (12, 13, 14), None),
        (ABSENCE, "ann", (7,), None),
        (ABSENCE, "q", (5,), "tmr"),
        (NOTE, "cat", (3,), None),
        (NOTE, "set", (3, 2), None),
        (RECT, "close", (25,), None),
        (RECT, "m", (25, 4), None),
    ],
)
def test_every_button_round_trips(family, action, numbers, word):
    data = encode(family, action, *numbers, word=word)
    assert len(data.encode()) <= 64
    assert decode(data) == Press(family, action, numbers, word)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "rect:",
        "rect:close",
        "rect:close:",
        "rect:close:abc",
        "rect:close:-1",
        "rect:close:1.5",
        "rect:close:" + "9" * 30,
        "rect:close:99999999999999999999",
        "rect:m:3",
        "rect:m:3:x",
        "rect:close:3:4",
        "rect:drop:3",
        "abs:undo:",
        "abs:undo:1..2",
        "abs:undo:" + ".".join(["1"] * 11),
        "abs:q:5",
        "abs:q:5:maybe",
        "abs:q:x:ok",
        "note:set:1",
        "note:del:١٢",  # Arabic-Indic digits pass str.isdigit(), not the codec
        "zzz:close:1",
        "rect:close:1" + " " * 80,
    ],
)
def test_what_we_could_not_have_issued_is_refused(data):
    assert decode(data) is None


def test_encode_refuses_what_decode_would_refuse():
    with pytest.raises(ValueError, match="cannot encode"):
        encode(RECT, "close", 10**30)
    assert set(SHAPES) == {ABSENCE, NOTE, RECT, APPROVAL}


@pytest.mark.parametrize(
    "numbers",
    [
        (1,),
        (0,),
        (12, 13, 14),
        (10**18 - 1,),  # the most digits decode reads
        (10**18,),
        (2**63 - 1,),
        (2**63,),
        (-1,),
        (True,),
        (),
        tuple(range(1, 11)),
        tuple(range(1, 12)),
        (10**17, 10**17, 10**17),  # longer than Telegram's 64 bytes
    ],
)
@pytest.mark.parametrize("action", ["undo", "chg", "ann"])
def test_record_ids_written_straight_are_what_the_checked_codec_writes(action, numbers):
    def outcome(encoder):
        try:
            return encoder(ABSENCE, action, *numbers)
        except ValueError:
            return ValueError

    assert outcome(encode) == outcome(_checked_encode)
    if outcome(encode) is not ValueError:
        assert decode(encode(ABSENCE, action, *numbers)) == Press(ABSENCE, action, numbers)
