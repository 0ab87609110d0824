"""`bureau-bot import-rectification` as scripts use it: JSON, dry run, summary, bad files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.bot.test_cli import one_line_error, run
from tests.data import RECTIFICATION_REPORT

SEED = RECTIFICATION_REPORT
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rectification"


def item_count(tmp_path: Path) -> int:
    with sqlite3.connect(tmp_path / "db.sqlite3") as raw:
        return raw.execute("SELECT COUNT(*) FROM rectification_items").fetchone()[0]


def test_dry_run_json_prints_the_seed_structure_and_writes_nothing(tmp_path):
    result = run(tmp_path, "import-rectification", str(SEED), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["stated_total"] == 25
    assert len(data["areas"]) == 3
    categories = [c for a in data["areas"] for c in a["categories"]]
    items = [i for c in categories for i in c["items"]]
    assert len(categories) == 10
    assert len(items) == 25
    assert items[11]["title"] == "下拨水利资金使用管理漏洞较多"
    assert len(items[11]["measures"]) == 4
    assert not (tmp_path / "db.sqlite3").exists()


def test_dry_run_summary_writes_nothing(tmp_path):
    result = run(tmp_path, "import-rectification", str(SEED), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("试读整改报告（未写入）：3 个方面、10 个类别、25 项问题")
    assert not (tmp_path / "db.sqlite3").exists()


def test_import_then_reimport_changes_nothing(tmp_path):
    first = run(tmp_path, "import-rectification", str(SEED))
    assert first.returncode == 0, first.stderr
    assert "新增 25 项，更新 0 项，未变 0 项。" in first.stdout
    assert first.stderr == ""
    second = run(tmp_path, "import-rectification", str(SEED))
    assert "新增 0 项，更新 0 项，未变 25 项。" in second.stdout
    assert item_count(tmp_path) == 25
    listing = run(tmp_path, "console", stdin="/items\n/item 12\n").stdout
    assert "整改事项（25 项）" in listing
    assert "第 12 项　下拨水利资金使用管理漏洞较多" in listing


def test_json_without_dry_run_imports_and_prints_only_json(tmp_path):
    result = run(tmp_path, "import-rectification", str(SEED), "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["stated_total"] == 25
    assert item_count(tmp_path) == 25


def test_warnings_are_shown(tmp_path):
    result = run(tmp_path, "import-rectification", str(FIXTURES / "crlf-bom-mismatch.txt"))
    assert result.returncode == 0, result.stderr
    assert "⚠️" in result.stdout


@pytest.mark.parametrize(
    ("content", "name", "needle"),
    [
        (None, "missing.txt", "找不到文件"),
        (b"", "empty.txt", "文件是空的"),
        (b"   \n\n  ", "blank.txt", "文件是空的"),
        (
            (FIXTURES / "meeting-notice.txt").read_bytes(),
            "notice.txt",
            "没有在文件中识别到整改问题",
        ),
        ("整改".encode() * 1_000_000, "huge.txt", "文件太大"),
        ("整改".encode() * 500_000, "big.txt", "文件太大（超过 2 MB）"),
        (b"PK\x03\x04garbage", "bad.docx", "这个 .docx 文件打不开"),
        (bytes(range(256)) * 10, "binary.txt", "读不出这个文本文件的文字"),
    ],
)
def test_bad_files_are_one_line_and_record_nothing(tmp_path, content, name, needle):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run(tmp_path, "import-rectification", str(path))
    assert result.returncode == 1
    assert needle in one_line_error(result)
    assert result.stdout == ""
    if (tmp_path / "db.sqlite3").exists():
        assert item_count(tmp_path) == 0
