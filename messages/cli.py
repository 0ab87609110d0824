"""Command-line messages: one clear line each, naming the field and what was expected."""

from __future__ import annotations


def config_syntax(path: str, detail: str) -> str:
    return f"配置错误：{path} 不是有效的 TOML（{detail}）"


def config_unreadable(path: str, detail: str) -> str:
    return f"配置错误：无法读取 {path}（{detail}）"


def config_missing(path: str) -> str:
    return f"配置错误：找不到配置文件 {path}"


def config_unknown_key(path: str, key: str) -> str:
    return f"配置错误：{key} 不是已知的设置项（见 config.example.toml；来源 {path} 或环境变量）"


def config_bad_value(path: str, key: str, expected: str, got: object) -> str:
    shown = repr(got)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return (
        f"配置错误：{key} 的值 {shown} 不合要求：{expected}（来源 {path} 或环境变量 BUREAU_BOT_…）"
    )


def config_env_invalid(detail: str) -> str:
    return (
        f"配置错误：环境变量 BUREAU_BOT_… 的值无法解析（{detail}）；列表请写成 JSON，如 [-1001234]"
    )


def database_too_new(found: int, known: int) -> str:
    return (
        f"数据库错误：数据库结构版本为 {found}，本程序只认识到 {known}。"
        "请升级程序，或换用与之匹配的数据库文件。"
    )


def database_unusable(path: str, detail: str) -> str:
    return f"数据库错误：无法打开 {path}（{detail}）"


def database_missing(path: str) -> str:
    return (
        f"错误：数据库 {path} 不存在；请检查 database.path（或 BUREAU_BOT_DATABASE__PATH），"
        "不会新建空数据库"
    )


def backup_failed(path: str, detail: str) -> str:
    return f"错误：无法写入备份 {path}（{detail}）"


def unexpected(detail: str) -> str:
    return f"错误：{detail}"


def file_missing(path: str) -> str:
    return f"错误：找不到文件 {path}"


def file_unreadable(path: str, detail: str) -> str:
    return f"错误：无法读取 {path}（{detail}）"


def bad_now(value: str) -> str:
    return f"错误：--now 的值 {value!r} 不是 ISO 8601 时间，例如 2026-11-30T09:00:00+08:00"


def backup_done(path: str, size: int) -> str:
    return f"已备份到 {path}（{size} 字节）"


def backup_target_exists(path: str) -> str:
    return f"错误：{path} 已存在，不会覆盖；请换一个文件名"


def no_token_console() -> str:
    return "未配置 Telegram token，进入离线控制台（本地数据库）。输入消息回车发送，Ctrl-D 退出。"


def table_error(path: str, problem: str, detail: str) -> str:
    what = {
        "missing": "找不到文件",
        "too_large": "文件太大（最多 10 MB）",
        "bad_type": f"不支持的文件类型 {detail}，请用 .csv 或 .xlsx",
        "encoding": "无法识别文件编码，请另存为 UTF-8 的 CSV",
        "bad_xlsx": "不是有效的 xlsx 工作簿",
        "too_large_unpacked": "文件解压后太大（最多 20 MB），请只保留名册本身",
        "too_many_rows": f"行数太多（最多 {detail} 行）",
    }.get(problem, problem)
    return f"错误：{path}：{what}"


def token_rejected() -> str:
    return "Telegram 拒绝了这个 token：请检查 telegram.token（向 @BotFather 获取）"


def telegram_unreachable(base_url: str, detail: str) -> str:
    return f"无法连接 Telegram（{base_url}）：{detail}"


def unhealthy(age: float | None) -> str:
    if age is None:
        return "不健康：机器人从未报告心跳"
    return f"不健康：最近一次心跳在 {age:.0f} 秒前"


def healthy(age: float) -> str:
    return f"健康：最近一次心跳在 {age:.0f} 秒前"


def token_missing() -> str:
    return (
        "配置错误：telegram.token 未设置（向 @BotFather 获取，写入 config.toml 或环境变量"
        " BUREAU_BOT_TELEGRAM__TOKEN）；不带子命令运行 bureau-bot 可进入离线控制台"
    )


def parse_needs_text() -> str:
    return (
        "错误：请给出要解析的消息，如 bureau-bot parse '明天下午请假半天'，"
        "或用 --jsonl 从标准输入读取"
    )


def parse_bad_line(number: int) -> str:
    return f'错误：第 {number} 行应为 JSON 对象 {{"text": "…", "now": "ISO 8601（可省略）"}}'


def parse_failed(number: int) -> str:
    return f"错误：第 {number} 行读取失败（已记入日志），其余各行照常输出"


def parse_bad_now(number: int, value: str) -> str:
    return (
        f"错误：第 {number} 行的 now 值 {value[:40]!r} 不是 ISO 8601 时间，"
        "例如 2026-11-30T09:00:00+08:00"
    )


def parse_out_of_range(number: int) -> str:
    return (
        f"第 {number} 行：天数或日期超出可记录的范围"
        "（一次最长 366 天，年份在 2000–2100 年之间），未解析出时间"
    )
