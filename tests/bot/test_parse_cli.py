"""`bureau-bot parse`: the reader for scripts, per DESIGN's command-line contract."""

from __future__ import annotations

import json

from tests.bot.test_cli import one_line_error, run

NOW = "2026-11-30T09:00:00+08:00"


def test_one_message_prints_the_contract_object(tmp_path):
    result = run(tmp_path, "parse", "--now", NOW, "明天下午请假半天，孩子家长会")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "is_report": True,
        "action": "new",
        "kind": "请假",
        "start": "2026-12-01T14:30:00+08:00",
        "end": "2026-12-01T17:30:00+08:00",
        "reason": "孩子家长会",
        "people": [],
        "ask": False,
        "periods": None,
    }


def test_chatter_is_not_a_report(tmp_path):
    result = run(tmp_path, "parse", "--now", NOW, "下午谁有空陪我去趟水文站？")
    assert json.loads(result.stdout) == {
        "is_report": False,
        "action": None,
        "kind": None,
        "start": None,
        "end": None,
        "reason": None,
        "people": None,
        "ask": None,
        "periods": None,
    }


def test_jsonl_answers_line_by_line_with_each_lines_now(tmp_path):
    lines = [
        {"text": "外出：姜畲大堤巡查，下午3点回", "now": "2026-11-30T10:00:00+08:00"},
        {"text": "代王强请假，明天上午"},
        {"text": "我回来了", "now": "2026-11-30T11:05:00+08:00"},
    ]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n"
    result = run(tmp_path, "parse", "--jsonl", "--now", NOW, stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 3
    assert (out[0]["kind"], out[0]["end"]) == ("外出", "2026-11-30T15:00:00+08:00")
    assert (out[1]["people"], out[1]["start"]) == (["王强"], "2026-12-01T08:30:00+08:00")
    assert (out[2]["action"], out[2]["kind"], out[2]["end"]) == (
        "return",
        "销假",
        "2026-11-30T11:05:00+08:00",
    )


def test_jsonl_bad_lines_are_reported_and_the_rest_answered(tmp_path):
    stdin = 'not json\n{"text": 5}\n{"text": "明天请假", "now": "昨天"}\n\n{"text": "明天请假"}\n'
    result = run(tmp_path, "parse", "--jsonl", "--now", NOW, stdin=stdin)
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in o) for o in out] == [True, True, True, False, False]
    assert "第 1 行" in out[0]["error"]
    assert "第 3 行的 now 值" in out[2]["error"]
    assert out[3]["is_report"] is False  # a blank line still gets its answer line
    assert out[4]["is_report"] is True
    assert "Traceback" not in result.stderr


def test_a_line_that_fails_gives_an_error_object_and_the_batch_goes_on(tmp_path):
    lines = [
        {"text": "明天请假", "now": "9999-12-31T10:00:00+08:00"},  # tomorrow does not exist
        {"text": "明天请假", "now": NOW},
    ]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n"
    result = run(tmp_path, "parse", "--jsonl", stdin=stdin)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert "第 1 行" in out[0]["error"]
    assert out[1]["is_report"] is True
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_bad_input_exits_2_with_one_line(tmp_path):
    no_text = run(tmp_path, "parse")
    assert no_text.returncode == 2 and "请给出要解析的消息" in one_line_error(no_text)
    bad_now = run(tmp_path, "parse", "--now", "昨天", "明天请假")
    assert bad_now.returncode == 2 and "--now" in one_line_error(bad_now)


def test_huge_and_empty_text_are_not_reports(tmp_path):
    for text in ["", "请假" * 3000]:
        result = run(tmp_path, "parse", "--now", NOW, text)
        assert result.returncode == 0
        assert json.loads(result.stdout)["is_report"] is False


def test_jsonl_out_of_range_lines_answer_with_an_error_and_the_batch_goes_on(tmp_path):
    lines = [
        {"text": "9999年12月31日请假3天"},
        {"text": "请假99999999天"},
        {"text": "明天请假", "now": "9999-12-31T10:00:00+08:00"},
        {"text": "明天请假"},
    ]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n"
    result = run(tmp_path, "parse", "--jsonl", "--now", NOW, stdin=stdin)
    assert "Traceback" not in result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    for refused in out[:2]:
        assert refused["is_report"] and refused["out_of_range"]
        assert refused["start"] is None and "超出可记录的范围" in refused["error"]
    assert set(out[2]) == {"error"} and "第 3 行的 now 值" in out[2]["error"]
    assert out[3]["start"] == "2026-12-01T08:30:00+08:00"
    assert result.returncode == 1  # the bad now is counted as a failed line
