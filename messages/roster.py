"""Sentences about the staff roster import."""

from __future__ import annotations

_FIELDS = {
    "header": "表头",
    "name": "姓名",
    "department": "部门",
    "hire_date": "入职日期",
    "role": "角色",
    "username": "Telegram用户名",
    "post": "职务",
}
_HEADER = "第一行应为表头：姓名,部门,入职日期,角色,Telegram用户名"


def roster_error(line: int, field: str, problem: str, value: object) -> str:
    """One line: where, which field, what was expected."""
    what = {
        "empty": f"文件是空的，{_HEADER}",
        "no_name_column": f"找不到“姓名”列，{_HEADER}",
        "missing": "不能为空",
        "too_long": f"太长（最多 {value} 个字）",
        "bad_role": f"“{value}”不是角色，应为 成员、领导 或 管理员",
        "bad_username": f"“{value}”不是有效的用户名，应如 @zhangsan",
        "bad_date": f"“{value}”不是日期，应如 2015-07-01",
        "out_of_range": f"“{value}”不在合理范围内",
        "head_without_department": f"“{value}”是股室负责人，请同时填写部门",
    }.get(problem)
    if problem == "duplicate" and isinstance(value, tuple):
        what = f"“{value[0]}”与第 {value[1]} 行重复"
    return f"名册错误：第 {line} 行，{_FIELDS.get(field, field)}：{what or problem}"


def roster_imported(added: int, updated: int, unchanged: int) -> str:
    return f"名册已导入：新增 {added} 人，更新 {updated} 人，未变 {unchanged} 人。"
