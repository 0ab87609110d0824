"""What the bureau hands upward: the 整改台账 (xlsx), the 整改进展情况报告 draft (docx), and
/evidence — through the real Application, and the command line as a subprocess."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from bot.domain.rectification_import import parse_rectification
from storage.audit import SYSTEM
from storage.db import Database
from storage.rectification import RectificationRepo
from tests.conftest import TZ, cli, on_database, texts
from tests.data import RECTIFICATION_REPORT

SEED = RECTIFICATION_REPORT  # the seed report, as the other rectification tests load it
AREAS = (
    "聚焦贯彻落实党的理论路线方针政策和决策部署方面存在的问题",
    "聚焦群众身边腐败问题和不正之风的方面存在的问题",
    "聚焦党组织领导班子和干部队伍建设方面存在的问题",
)


def seed_report():
    return parse_rectification(SEED.read_text(encoding="utf-8"))


async def worked_on(chat) -> None:
    """The seed imported; 李四 owns 12 and 5; progress on 12 (with a file) and 5; 12 closed."""
    await chat.say("张三", "/start")
    await chat.say("李四", "/start")
    await RectificationRepo(chat.services.db).import_report(
        seed_report(), chat.services.now(), SYSTEM
    )
    await chat.say("张三", "/assign 12 李四")
    await chat.say("张三", "/assign 5 李四")
    await chat.say("李四", "/progress 5 党组会前审核议题清单已建立")
    await chat.send_file(
        "李四", b"%PDF-1 check", "资金抽查记录.pdf", caption="/progress 12 抽查3个村"
    )
    await chat.say("张三", "/close 12")


def load_xlsx(data: bytes):
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(data))


def load_docx(data: bytes):
    from docx import Document

    return Document(io.BytesIO(data))


async def private_export(chat, word: str):
    outputs = await chat.say("张三", f"/export {word}", private=True)
    [document] = [o for o in outputs if o.file_bytes]
    assert document.method == "sendDocument"
    assert document.chat_id == chat.people["张三"].tg_user_id
    return document


# ---------------------------------------------------------------------- 台账
async def test_ledger_has_every_item_with_its_measures_status_and_progress(chat):
    await worked_on(chat)
    document = await private_export(chat, "台账")
    assert document.file_name == "整改台账-20261130.xlsx"
    assert "25 项问题，2 条进展" in document.text
    book = load_xlsx(document.file_bytes)
    ws = book["整改台账"]
    assert "整改台账" in ws["A1"].value and "2026年11月30日" in ws["A1"].value
    headers = [c.value for c in ws[2]]
    assert headers[:5] == ["序号", "方面", "类别", "问题", "整改措施"]
    assert ws.freeze_panes == "E3"
    rows = {r[0]: dict(zip(headers, r, strict=True)) for r in ws.iter_rows(3, values_only=True)}
    assert sorted(rows) == list(range(1, 26))
    report = seed_report()
    for area in report.areas:
        for category in area.categories:
            for item in category.items:
                row = rows[item.no]
                assert (row["方面"], row["类别"], row["问题"]) == (
                    area.title,
                    category.title,
                    item.title,
                )
                lines = row["整改措施"].split("\n")
                assert len(lines) == len(item.measures)
                if len(lines) > 1:
                    assert lines[1] == f"二是{item.measures[1]}"
    assert rows[12]["状态"] == "已销号" and rows[12]["销号日期"].date().isoformat() == "2026-11-30"
    assert rows[12]["最新进展"] == "2026-11-30：抽查3个村"
    assert rows[12]["佐证材料"] == "1 个：资金抽查记录.pdf"
    assert rows[12]["责任人"] == "李四"
    assert rows[5]["状态"] == "整改中" and rows[5]["进展条数"] == 1
    assert rows[1]["状态"] == "未启动" and rows[1]["最新进展"] is None
    assert ws["E3"].alignment.wrap_text
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    history = book["进展记录"]
    updates = list(history.iter_rows(2, values_only=True))
    assert [(u[0], u[3], u[4], u[5]) for u in updates] == [
        (5, "李四", "党组会前审核议题清单已建立", None),
        (12, "李四", "抽查3个村", "资金抽查记录.pdf"),
    ]


async def test_report_draft_has_the_seed_structure_and_the_counts(chat):
    await worked_on(chat)
    document = await private_export(chat, "报告")
    doc = load_docx(document.file_bytes)
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]
    body = [t for _s, t in paragraphs]
    assert (
        "截至2026年11月30日，25项问题已完成1项（其中已销号1项）、整改中1项、未启动23项，完成率4%。"
        in body
    )
    level1 = [t for s, t in paragraphs if s == "Heading 1"]
    assert level1 == [f"{n}、{a}" for n, a in zip("一二三", AREAS, strict=True)]
    level2 = [t for s, t in paragraphs if s == "Heading 2"]
    assert level2[:2] == [
        "（一）落实习近平总书记“守护好一江碧水”指示精神不够到位",
        "（二）局党组总揽全局作用发挥不够",
    ]
    assert level2[4] == "（一）“一把手”及班子成员落实全面从严治党主体责任不够有力"
    level3 = [t for s, t in paragraphs if s == "Heading 3"]
    titles = [i.title for a in seed_report().areas for c in a.categories for i in c.items]
    assert level3 == [f"（{n}）{title}" for n, title in enumerate(titles, 1)]
    after_12 = body[body.index("（12）下拨水利资金使用管理漏洞较多") + 1 :][:3]
    assert after_12[0].startswith("整改措施：一是由分管领导牵头")
    assert "整改状态：已销号。" in after_12[1] and "已于2026年11月30日销号" in after_12[1]
    assert after_12[2] == "最新进展（2026年11月30日，李四）：抽查3个村"
    # The CJK font is named for East Asian text, with the fallback in the font table.
    with zipfile.ZipFile(io.BytesIO(document.file_bytes)) as package:
        styles = package.read("word/styles.xml").decode()
        fonts = package.read("word/fontTable.xml").decode()
        footer = package.read("word/footer1.xml").decode()
    assert 'w:eastAsia="仿宋_GB2312"' in styles and 'w:eastAsia="黑体"' in styles
    assert re.search(r'w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>', fonts)
    assert "PAGE" in footer and 'w:fldCharType="begin"' in footer


async def test_exports_in_the_group_or_by_members_are_refused(chat):
    await worked_on(chat)
    outputs = await chat.say("张三", "/export 台账")
    assert not any(o.file_bytes for o in outputs)
    assert texts(outputs) == [
        "整改台账和报告只在私聊中发送。请私聊我发送 /export 台账 或 /export 报告。"
    ]
    outputs = await chat.say("李四", "/export 报告", private=True)
    assert texts(outputs) == ["这个命令只有领导可以使用。"]


async def test_export_before_import_says_so(chat):
    await chat.say("张三", "/start")
    assert texts(await chat.say("张三", "/export 台账", private=True)) == [
        "还没有导入整改事项，无法导出。请管理员先私聊发送整改情况报告文件。"
    ]


async def test_attendance_export_still_takes_a_month(chat):
    await chat.say("张三", "/start")
    [answer] = texts(await chat.say("张三", "/export 2026-13", private=True))
    assert "月份“2026-13”不存在" in answer


# ---------------------------------------------------------------------- /evidence
async def send_media(chat, name: str, data: bytes, caption: str, kind: str = "photo"):
    person = await chat.person(name)
    message = chat._message(person, chat.group_id, "")
    del message["text"]
    message.pop("entities", None)
    file_id, unique = chat.api.store_file(data)
    if kind == "photo":
        message["photo"] = [{"file_id": file_id, "file_unique_id": unique, "width": 9, "height": 9}]
    else:
        message[kind] = {"file_id": file_id, "file_unique_id": unique, "duration": 3}
        if kind == "video":
            message[kind].update(width=9, height=9)
    message["caption"] = caption
    message["caption_entities"] = [{"type": "bot_command", "offset": 0, "length": 9}]
    chat.api.remember(chat.group_id, message)
    return await chat.deliver({"update_id": chat._next_update_id(), "message": message})


async def test_evidence_returns_the_file_sent_with_progress(chat, clock):
    await worked_on(chat)
    heading, pdf = await chat.say("王五", "/evidence 12")
    assert "共 1 个" in heading.text
    assert pdf.method == "sendDocument" and pdf.file_bytes == b"%PDF-1 check"
    assert pdf.file_name == "资金抽查记录.pdf"  # the console saves it under its own name
    assert texts([pdf]) == ["第 12 项 · 李四 · 2026-11-30 09:00\n抽查3个村"]
    await chat.send_file("李四", b"minutes", "纪要.docx", caption="/progress 5 会议纪要")
    clock.set(datetime(2026, 12, 1, 10, 15, tzinfo=TZ))
    await send_media(chat, "李四", b"site photo", "/progress 5 现场核查")
    outputs = await chat.say("王五", "/evidence 5")
    heading, newest, oldest = outputs
    assert "第 5 项“党组议事把关不严”的佐证材料共 2 个，最新的在前。" in heading.text
    assert newest.method == "sendPhoto" and newest.file_bytes == b"site photo"
    assert texts([newest]) == ["第 5 项 · 李四 · 2026-12-01 10:15\n现场核查"]
    assert oldest.method == "sendDocument" and oldest.file_bytes == b"minutes"


async def test_evidence_sends_a_video_or_voice_by_its_own_method(chat, clock):
    await worked_on(chat)
    await send_media(chat, "李四", b"clip", "/progress 5 巡查视频", kind="video")
    clock.set(datetime(2026, 11, 30, 10, tzinfo=TZ))
    await send_media(chat, "李四", b"ogg", "/progress 5 语音说明", kind="voice")
    _heading, voice, video = await chat.say("李四", "/evidence 5")
    assert (voice.method, voice.file_bytes) == ("sendVoice", b"ogg")
    assert (video.method, video.file_bytes) == ("sendVideo", b"clip")


async def test_evidence_of_an_item_without_files_or_unknown(chat):
    await worked_on(chat)
    assert "第 1 项还没有佐证材料" in texts(await chat.say("李四", "/evidence 1"))[0]
    assert "没有第 99 项" in texts(await chat.say("李四", "/evidence 99"))[0]
    assert "用法：/evidence 12" in texts(await chat.say("李四", "/evidence"))[0]
    assert texts(await chat.say("李四", "/evidence 甲"))[0]


# ---------------------------------------------------------------------- command line
def import_seed(tmp_path: Path) -> None:
    from datetime import UTC

    on_database(
        tmp_path,
        lambda db: RectificationRepo(db).import_report(seed_report(), datetime.now(UTC), SYSTEM),
    )


def test_cli_writes_ledger_and_report(tmp_path):
    import_seed(tmp_path)
    result = cli(tmp_path, "export", "rectification", "--out", "out/台账.xlsx")
    assert result.returncode == 0, result.stderr
    assert "25 项问题" in result.stdout
    ws = load_xlsx((tmp_path / "out" / "台账.xlsx").read_bytes())["整改台账"]
    assert ws.max_row == 27
    result = cli(tmp_path, "export", "rectification", "--out", "报告.docx")
    assert result.returncode == 0, result.stderr
    doc = load_docx((tmp_path / "报告.docx").read_bytes())
    assert any(p.text.startswith("截至") and "25项问题" in p.text for p in doc.paragraphs)


def test_cli_bad_suffix_and_empty_database(tmp_path):
    result = cli(tmp_path, "export", "rectification", "--out", "x.pdf")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "应以 .xlsx（整改台账）或 .docx（整改进展情况报告）结尾" in result.stderr
    result = cli(tmp_path, "export", "rectification", "--out", "x.xlsx")
    assert result.returncode == 1 and "不会新建空数据库" in result.stderr  # a mistyped path

    async def nothing(db: Database) -> None:
        return None

    on_database(tmp_path, nothing)
    result = cli(tmp_path, "export", "rectification", "--out", "x.xlsx")
    assert result.returncode == 1 and "还没有整改事项" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()
