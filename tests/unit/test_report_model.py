"""The reader's learned second opinion (bot/domain/reader/report_model.py): pure-Python
inference reproduces sklearn's scores, the packaged file loads as an installed package
would, and the gate only ever turns a record into a question."""

from __future__ import annotations

import json
import tomllib
from dataclasses import replace
from datetime import datetime
from fnmatch import fnmatch
from importlib import resources
from pathlib import Path

import pytest

from bot.domain.absence_reader import NOT_A_REPORT, gated, read_report
from bot.domain.reader.report_model import MODEL, MODEL_FILE, ReportModel, features, load

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime.fromisoformat("2026-11-30T09:00:00+08:00")
# The rules record this notice as 请假 for tomorrow; the model finds it unlike a report.
NOTICE = "请假条模板发群里了，明天请假的按这个填"
ALWAYS = ReportModel({}, 0.0, 1.0)  # P = 0.5 for every text: below T, doubts everything
NEVER = ReportModel({}, 0.0, 0.0)  # nothing is below 0: doubts nothing


def _packaged() -> dict:
    path = resources.files("bot.domain.reader").joinpath(MODEL_FILE)
    return json.loads(path.read_text(encoding="utf-8"))


def test_inference_reproduces_the_scores_sklearn_gave() -> None:
    reference = _packaged()["reference"]
    assert len(reference) >= 20
    for item in reference:
        assert MODEL.probability(item["text"]) == pytest.approx(item["p"], abs=1e-4)
    assert {item["p"] > 0.5 for item in reference} == {True, False}  # both sides are checked


def test_the_packaged_model_is_small_and_says_what_it_was_trained_on() -> None:
    raw = _packaged()
    assert 1000 <= len(raw["weights"]) <= 5000
    assert 0.0 < raw["threshold"] < 1.0
    assert raw["threshold"] == MODEL.threshold
    # the settings it was fitted with, which bench/measure_silence_net.py cross-validates with
    assert raw["c"] > 0 and len(raw["weights"]) <= raw["keep"]
    trained = raw["trained_on"]
    assert all(n.startswith("train-") or n == "case-table" for n in trained)  # never held out
    assert sum(c["reports"] + c["non_reports"] for c in trained.values()) >= 5060


def test_the_model_file_is_package_data_of_the_installed_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["bot.domain.reader"]
    assert any(fnmatch(MODEL_FILE, p) for p in patterns)
    # read through importlib.resources, as from a wheel: the same model as the one loaded
    text = resources.files("bot.domain.reader").joinpath(MODEL_FILE).read_text("utf-8")
    assert load(text) == MODEL


def test_features_are_the_readers_normalisation() -> None:
    # full width, voice spacing and a typo read as the reader reads them; digits are 0
    assert features("明天 情假１天") == features("明天请假1天") == features("明天请假7天")
    assert "请假" in features("明天 情假")


def test_a_confident_report_scores_high_and_a_notice_low() -> None:
    assert MODEL.probability("我明天请假") >= MODEL.threshold
    assert MODEL.probability(NOTICE) < MODEL.threshold


def test_a_record_below_the_threshold_becomes_a_question() -> None:
    rules = read_report(NOTICE, NOW, second_opinion=False)
    assert rules.is_report and not rules.ask  # the rules alone would record it
    asked = read_report(NOTICE, NOW)
    assert asked.ask
    assert asked == replace(rules, ask=True)  # same kind, dates, people: only the question


def test_a_record_above_the_threshold_is_left_as_it_is() -> None:
    plain = read_report("我明天请假", NOW, second_opinion=False)
    assert read_report("我明天请假", NOW) == plain
    assert not plain.ask and plain.kind == "请假"


def test_the_gate_changes_nothing_but_the_question() -> None:
    for text in ("我明天请假", "帮老李报个外出，他今天下午去区财政局", "下周二到周四去长沙出差"):
        rules = read_report(text, NOW, second_opinion=False)
        assert rules.is_report and not rules.ask
        doubted = gated(rules, text, ALWAYS)
        assert doubted == replace(rules, ask=True)
        assert gated(rules, text, NEVER) == rules


def test_the_gate_never_touches_silence_questions_or_other_actions() -> None:
    assert gated(NOT_A_REPORT, NOTICE, ALWAYS) == NOT_A_REPORT  # silence stays silence
    for text in ("今天天气不错", "明天检查组来，所有人在岗", "我已回到单位", "明天的请假取消"):
        rules = read_report(text, NOW, second_opinion=False)
        if not rules.is_report or rules.action != "new":
            assert gated(rules, text, ALWAYS) == rules
    back = read_report("我已回到单位", NOW, second_opinion=False)
    assert back.action == "return" and gated(back, "我已回到单位", ALWAYS) == back
    asked = replace(read_report("我明天请假", NOW, second_opinion=False), ask=True)
    assert gated(asked, "我明天请假", NEVER) == asked  # never the other way: no question lost


def test_the_model_never_makes_a_reading_out_of_silence() -> None:
    for text in ("今天天气不错", "明天培训的材料谁打印一下", "周三请假的话要提前跟谁说"):
        assert read_report(text, NOW, second_opinion=False) == NOT_A_REPORT
        assert read_report(text, NOW) == NOT_A_REPORT


@pytest.mark.parametrize(
    "text",
    [
        "外出：姜畲大堤巡查，下午3点回",
        "明天外出：姜畲大堤巡查",
        "外出：下周一 姜畲大堤巡查",
        "下周一请假：家里有事",
    ],
)
def test_a_report_headed_by_its_kind_is_declared_and_not_doubted(text: str) -> None:
    rules = read_report(text, NOW, second_opinion=False)
    assert rules.is_report and not rules.ask
    assert gated(rules, text, ALWAYS) == rules  # even a model that doubts everything


def test_a_notice_headed_by_a_meeting_is_still_doubted() -> None:
    # (held in the building, 会议：…在三楼开…, the rules are silent on it themselves)
    text = "会议：明天上午九点在区政府开防汛调度会"
    rules = read_report(text, NOW, second_opinion=False)
    assert rules.is_report and not rules.ask  # the rules alone would record it
    assert gated(rules, text, ALWAYS).ask  # a notice's heading is no declaration
