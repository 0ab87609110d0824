from datetime import date, datetime

import pytest

from bot.domain.approval import Level
from bot.domain.roles import Role, parse_role
from bot.domain.roster import RosterError, parse_roster
from messages.roster import roster_error

HEADER = ["姓名", "部门", "入职日期", "角色", "Telegram用户名"]


def test_rows_become_entries_with_defaults():
    entries = parse_roster(
        [
            HEADER,
            ["张三", "办公室", "2015-07-01", "管理员", "@zhangsan"],
            ["李四", "", "", "", ""],
            ["", "", "", "", ""],
            ["王五", "工程股", datetime(2020, 3, 1, 0, 0), "领导", "wangwu_1"],
        ]
    )
    assert [(e.name, e.department, e.hire_date, e.role, e.username) for e in entries] == [
        ("张三", "办公室", date(2015, 7, 1), Role.ADMIN, "zhangsan"),
        ("李四", None, None, Role.MEMBER, None),
        ("王五", "工程股", date(2020, 3, 1), Role.LEADER, "wangwu_1"),
    ]


def test_english_headers_and_chinese_date_forms():
    entries = parse_roster(
        [["name", "department", "hire_date"], ["赵六", "堤防中心", "2009年9月1日"]]
    )
    assert entries[0].hire_date == date(2009, 9, 1)


@pytest.mark.parametrize(
    ("rows", "line", "field", "problem"),
    [
        ([], 1, "header", "empty"),
        ([["部门"], ["办公室"]], 1, "header", "no_name_column"),
        ([HEADER, ["", "办公室", "", "", ""]], 2, "name", "missing"),
        ([HEADER, ["张" * 21, "", "", "", ""]], 2, "name", "too_long"),
        ([HEADER, ["张三", "", "", "局长", ""]], 2, "role", "bad_role"),
        ([HEADER, ["张三", "", "去年", "", ""]], 2, "hire_date", "bad_date"),
        ([HEADER, ["张三", "", "1900-01-01", "", ""]], 2, "hire_date", "out_of_range"),
        ([HEADER, ["张三", "", "", "", "@a b"]], 2, "username", "bad_username"),
        ([HEADER, ["张三", "", "", "", ""], ["张三", "", "", "", ""]], 3, "name", "duplicate"),
    ],
)
def test_bad_rows_name_line_and_field(rows, line, field, problem):
    with pytest.raises(RosterError) as caught:
        parse_roster(rows)
    assert (caught.value.line, caught.value.field, caught.value.problem) == (line, field, problem)
    sentence = roster_error(
        caught.value.line, caught.value.field, caught.value.problem, caught.value.value
    )
    assert sentence.startswith(f"名册错误：第 {line} 行")
    assert "\n" not in sentence


def test_role_words():
    assert parse_role("领导") is Role.LEADER
    assert parse_role(" Admin ") is Role.ADMIN
    assert parse_role("局长") is None
    assert Role.ADMIN.at_least(Role.LEADER) and not Role.MEMBER.at_least(Role.LEADER)


def test_posts_for_leave_approval():
    header = ["姓名", "部门", "职务", "分管股室"]
    entries = parse_roster(
        [
            header,
            ["王股长", "工程股", "股长", ""],
            ["赵局", "局领导", "副局长", "工程股、水政股 办公室"],
            ["钱局长", "局领导", "局长", ""],
            ["李四", "工程股", "科员", ""],
        ]
    )
    assert [(e.name, e.post, e.supervises) for e in entries] == [
        ("王股长", Level.HEAD, ()),
        ("赵局", None, ("工程股", "水政股", "办公室")),
        ("钱局长", Level.CHIEF, ()),
        ("李四", None, ()),
    ]
    with pytest.raises(RosterError) as caught:
        parse_roster([header, ["王股长", "", "股室负责人", ""]])
    assert (caught.value.field, caught.value.problem) == ("post", "head_without_department")
    assert "请同时填写部门" in roster_error(2, "post", "head_without_department", "股室负责人")
