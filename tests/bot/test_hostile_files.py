"""Hostile files: zip bombs, endless tables, formulas smuggled into exported workbooks."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from bot.tabular import MAX_ROWS, TableError, read_rows
from bot.zipbudget import MAX_UNPACKED, TooLarge, check_zip
from tests.bot.test_cli import one_line_error, run
from tests.conftest import texts


def bomb(inflated: int, name: str = "word/document.xml") -> bytes:
    """A small zip whose one member inflates to ``inflated`` bytes of spaces."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(name, "w", force_zip64=True) as member:
            block = b" " * (1024 * 1024)
            for _ in range(inflated // len(block)):
                member.write(block)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def docx_bomb() -> bytes:
    data = bomb(MAX_UNPACKED + 8 * 1024 * 1024)
    assert len(data) < 300 * 1024  # small on the wire
    return data


def test_a_zip_that_inflates_beyond_the_budget_is_refused(docx_bomb):
    with pytest.raises(TooLarge):
        check_zip(docx_bomb)


def test_an_archive_of_many_small_members_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n in range(2_001):
            archive.writestr(f"x/{n}", "")
    with pytest.raises(TooLarge):
        check_zip(buffer.getvalue())


def test_a_broken_archive_is_unreadable_not_too_large():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", bytes(range(256)) * 4096)
    data = bytearray(buffer.getvalue())
    middle = len(data) // 2
    data[middle : middle + 64] = b"\xff" * 64  # the compressed stream damaged
    with pytest.raises(ValueError, match="broken archive") as caught:
        check_zip(bytes(data))
    assert not isinstance(caught.value, TooLarge)


def read_rows_from(data: bytes, suffix: str, folder: Path | None = None) -> list[list[object]]:
    import tempfile

    with tempfile.TemporaryDirectory() as name:
        path = Path(folder or name) / f"table{suffix}"
        path.write_bytes(data)
        return read_rows(path)


def test_an_xlsx_bomb_is_refused_as_a_table(docx_bomb):
    data = bomb(MAX_UNPACKED + 8 * 1024 * 1024, "xl/worksheets/sheet1.xml")
    with pytest.raises(TableError) as caught:
        read_rows_from(data, ".xlsx")
    assert caught.value.problem == "too_large_unpacked"


def test_a_table_longer_than_the_row_budget_is_refused(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("姓名,科室\n" + "张三,办公室\n" * MAX_ROWS, encoding="utf-8")
    with pytest.raises(TableError) as caught:
        read_rows(path)
    assert caught.value.problem == "too_many_rows"


async def test_an_admins_docx_bomb_is_refused_in_the_chat(chat, docx_bomb):
    await chat.say("张三", "/start")  # the admin
    [answer] = texts(await chat.send_file("张三", docx_bomb, "整改报告.docx", private=True))
    assert "解压后太大" in answer
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM rectification_items") == 0


def test_cli_import_rectification_refuses_a_docx_bomb(tmp_path, docx_bomb):
    (tmp_path / "bomb.docx").write_bytes(docx_bomb)
    result = run(tmp_path, "import-rectification", "bomb.docx", "--dry-run")
    assert result.returncode == 1 and "解压后太大" in one_line_error(result)


def test_cli_import_members_refuses_an_xlsx_bomb_and_an_endless_table(tmp_path):
    (tmp_path / "bomb.xlsx").write_bytes(bomb(MAX_UNPACKED + 4 * 1024 * 1024, "xl/x.xml"))
    result = run(tmp_path, "import-members", "bomb.xlsx")
    assert result.returncode == 1 and "解压后太大" in one_line_error(result)
    (tmp_path / "long.csv").write_text("姓名\n" + "张三\n" * (MAX_ROWS + 1), encoding="utf-8")
    result = run(tmp_path, "import-members", "long.csv")
    assert result.returncode == 1 and "行数太多" in one_line_error(result)


async def test_an_exported_workbook_has_no_formula_cells(chat, clock):
    from openpyxl import load_workbook

    from storage.absences import AbsenceRepo, NewAbsence
    from storage.audit import Origin

    await chat.say("张三", "/start")  # the admin
    hostile = '=HYPERLINK("http://x","y")'
    member = await chat.services.members.add_named(hostile, chat.services.now())
    start = chat.services.now().replace(hour=14, minute=30)
    for n, (name, reason) in enumerate(
        [(hostile, "=1+2"), ("+cmd", "@SUM(A1)"), ("-2", "\x07bell")]
    ):
        who = member if n == 0 else await chat.services.members.add_named(name, start)
        await AbsenceRepo(chat.services.db).record(
            [NewAbsence(who.id, "事假", start, start.replace(hour=17), reason, 0.5)],
            -100,
            700 + n,
            f'=WEBSERVICE("http://x/{n}") 下午请假',
            Origin(who.id, -100, 700 + n),
            start,
        )
    outputs = await chat.say("张三", "/export 2026-11", private=True)
    [document] = [o for o in outputs if o.file_bytes]
    book = load_workbook(io.BytesIO(document.file_bytes))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    values = {c.value for c in cells}
    assert {hostile, "=1+2", "+cmd", "@SUM(A1)", "-2", " bell"} <= values
    assert all(c.quotePrefix for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@")


async def test_an_admins_duty_table_bomb_is_refused_in_the_chat(chat):
    await chat.say("张三", "/start")  # the admin
    data = bomb(MAX_UNPACKED + 4 * 1024 * 1024, "xl/worksheets/sheet1.xml")
    [answer] = texts(await chat.send_file("张三", data, "值班表.xlsx", "值班表", private=True))
    assert answer.startswith("值班表错误：文件解压后太大")
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM duty_roster") == 0
