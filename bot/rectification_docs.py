"""The files the bureau hands upward: the 整改台账 (xlsx) and the 整改进展情况报告 draft (docx).

The rows and the outline come from :mod:`bot.domain.ledger`; this module only lays them out.
openpyxl and python-docx are imported inside the functions that write, not at start-up.

The draft follows the customary form of official documents (GB/T 9704): body in 仿宋_GB2312
三号, 一、 headings in 黑体, （一） in 楷体_GB2312, page numbers centred in the footer. The
font table names a common substitute for each (仿宋, 楷体, 黑体) for machines without the
GB2312 fonts; Word and WPS then fall back to it instead of to a Latin font.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from bot.domain.ledger import LedgerItem, cn_ordinal, measure_lines, outline, status_counts
from bot.workbook import Sheet, write_workbook
from messages import rectification_export as text

BODY_FONT = "仿宋_GB2312"
LEVEL1_FONT = "黑体"
LEVEL2_FONT = "楷体_GB2312"
TITLE_FONT = "宋体"
LATIN_FONT = "Times New Roman"
FALLBACKS = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "黑体": "SimHei", "宋体": "SimSun"}


# ---------------------------------------------------------------------- xlsx
def ledger_rows(items: Sequence[LedgerItem]) -> list[list[Any]]:
    rows = []
    for item in items:
        latest = item.latest
        rows.append(
            [
                item.number,
                item.area or "",
                item.category or "",
                item.title,
                "\n".join(measure_lines(item.measures)),
                item.leader,
                item.owner,
                item.deadline,
                item.status.value,
                text.latest_progress(latest) if latest else "",
                len(item.updates),
                text.evidence_cell(item.files),
                item.closed_on,
            ]
        )
    return rows


def write_ledger(items: Sequence[LedgerItem], today: date) -> bytes:
    """Sheet one: a row per item; sheet two: every progress update, item by item."""
    ledger = Sheet(
        text.LEDGER_SHEET,
        text.LEDGER_HEADERS,
        ledger_rows(items),
        freeze="E3",
        widths=text.LEDGER_WIDTHS,
        formats={12: "yyyy-mm-dd"},
        heading=text.ledger_title(today),
        wrap=True,
        landscape=True,
        centred=frozenset({0, 5, 6, 7, 8, 10, 12}),
    )
    updates = [
        [
            item.number,
            item.title,
            update.at,
            update.author,
            update.text,
            "、".join(update.files),
        ]
        for item in items
        for update in reversed(item.updates)
    ]
    history = Sheet(
        text.UPDATES_SHEET,
        text.UPDATE_HEADERS,
        updates,
        freeze="A2",
        widths=text.UPDATE_WIDTHS,
        formats={2: "yyyy-mm-dd hh:mm"},
        wrap=True,
        landscape=True,
        centred=frozenset({0, 2, 3}),
    )
    return write_workbook([ledger, history])


# ---------------------------------------------------------------------- docx
def write_report(items: Sequence[LedgerItem], today: date) -> bytes:
    """The draft: title, the computed summary, then 一、area → （一）category → （N）item."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    _style(doc.styles["Normal"], BODY_FONT, 16)
    doc.styles["Normal"].paragraph_format.first_line_indent = Pt(32)
    doc.styles["Normal"].paragraph_format.line_spacing = Pt(28)
    for name, font, size, bold in (
        ("Title", TITLE_FONT, 22, True),
        ("Heading 1", LEVEL1_FONT, 16, False),
        ("Heading 2", LEVEL2_FONT, 16, False),
        ("Heading 3", BODY_FONT, 16, True),
    ):
        style = doc.styles[name]
        _style(style, font, size, bold=bold)
        style.paragraph_format.first_line_indent = Pt(0) if name == "Title" else Pt(32)
        style.paragraph_format.space_before = Pt(6)
        style.paragraph_format.space_after = Pt(6)
    _name_fallbacks(doc)

    title = doc.add_paragraph(text.REPORT_TITLE, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    counts = {status.value: n for status, n in status_counts(items).items()}
    doc.add_paragraph(text.report_summary(today, len(items), counts))
    for a, area in enumerate(outline(items), 1):
        doc.add_heading(f"{cn_ordinal(a)}、{area.title or text.NO_AREA}", level=1)
        for c, category in enumerate(area.categories, 1):
            doc.add_heading(f"（{cn_ordinal(c)}）{category.title or text.NO_CATEGORY}", level=2)
            for item in category.items:
                doc.add_heading(f"（{item.number}）{item.title}", level=3)
                _item_body(doc, item)
    _page_numbers(section)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _item_body(doc: Any, item: LedgerItem) -> None:
    lines = measure_lines(item.measures)
    if lines:
        doc.add_paragraph(text.MEASURES_HEAD + "".join(_sentence(line) for line in lines))
    doc.add_paragraph(
        text.REPORT_STATUS.format(status=item.status.value)
        + text.REPORT_DEADLINE.format(deadline=item.deadline or text.REPORT_UNKNOWN)
        + text.REPORT_OWNER.format(
            leader=item.leader or text.REPORT_UNKNOWN, owner=item.owner or text.REPORT_UNKNOWN
        )
        + (text.REPORT_CLOSED.format(day=text.cn_day(item.closed_on)) if item.closed_on else "")
    )
    latest = item.latest
    if latest is not None:
        doc.add_paragraph(
            text.REPORT_LATEST.format(
                day=text.cn_day(latest.at.date()), author=latest.author, text=latest.text
            )
        )
    elif item.report_progress:
        doc.add_paragraph(text.REPORT_AS_STATED.format(text=item.report_progress))
    else:
        doc.add_paragraph(text.REPORT_NO_PROGRESS)


def _sentence(line: str) -> str:
    line = line.strip()
    return line if line.endswith(("。", "；", "！", "？")) else line + "。"


def _style(style: Any, east_asian: str, size: int, *, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    font = style.font
    font.name = LATIN_FONT
    font.size = Pt(size)
    font.bold = bold
    font.italic = False
    font.color.rgb = RGBColor(0, 0, 0)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)
    # Heading styles take their East Asian font from the theme unless told otherwise.
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)


def _name_fallbacks(doc: Any) -> None:
    """Entries in the font table: each GB2312 font with the name of its common substitute."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    part = doc.part.part_related_by(RT.FONT_TABLE)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    root = etree.fromstring(part.blob)
    for name, alternative in FALLBACKS.items():
        font = etree.SubElement(root, f"{{{w}}}font", {f"{{{w}}}name": name})
        etree.SubElement(font, f"{{{w}}}altName", {f"{{{w}}}val": alternative})
        etree.SubElement(font, f"{{{w}}}charset", {f"{{{w}}}val": "86"})  # GB2312
        etree.SubElement(font, f"{{{w}}}family", {f"{{{w}}}val": "modern"})
        etree.SubElement(font, f"{{{w}}}pitch", {f"{{{w}}}val": "fixed"})
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page_numbers(section: Any) -> None:
    """ "第 N 页" centred in the footer, N a PAGE field that Word and WPS fill in."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = 0
    paragraph.add_run(text.REPORT_FOOTER_LEFT)
    for kind, instruction in (("begin", None), (None, " PAGE "), ("separate", None), ("end", None)):
        run = paragraph.add_run()
        if instruction is not None:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = instruction
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
        if kind == "separate":
            paragraph.add_run("1")  # shown until the field is updated
    paragraph.add_run(text.REPORT_FOOTER_RIGHT)
