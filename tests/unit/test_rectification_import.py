"""The rectification-report parser: the seed, its variants, bad input, and .docx text."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from bot.docx_text import docx_to_text
from bot.domain.rectification_import import (
    ImportWarning,
    NotAReportError,
    ParsedReport,
    parse_rectification,
)
from bot.domain.rectification_parsing.deadlines import deadline_date, status_hint
from bot.domain.rectification_parsing.enumeration import split_enumerated
from messages.rectification_import import render_error, render_warning, render_warnings
from tests.data import RECTIFICATION_REPORT

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rectification"
SEED = RECTIFICATION_REPORT  # the published report, 25 items


def fixture(name: str) -> ParsedReport:
    return parse_rectification((FIXTURES / name).read_text(encoding="utf-8"))


def shape(report: ParsedReport) -> list:
    """Areas → categories → (number, title, measure count): the whole structure at a glance."""
    return [
        (
            area.title,
            [
                (cat.no, cat.title, [(i.no, i.title, len(i.measures)) for i in cat.items])
                for cat in area.categories
            ],
        )
        for area in report.areas
    ]


# --- the seed -----------------------------------------------------------------------------

SEED_SHAPE = [
    (
        "聚焦贯彻落实党的理论路线方针政策和决策部署方面存在的问题",
        [
            (
                1,
                "落实习近平总书记“守护好一江碧水”指示精神不够到位",
                [(1, "思想认识上还不“深”", 4), (2, "责任落实上还不“实”", 5)],
            ),
            (
                2,
                "局党组总揽全局作用发挥不够",
                [
                    (3, "党组整体合力发挥不够", 3),
                    (4, "对下属事业单位监管乏力", 3),
                    (5, "党组议事把关不严", 3),
                ],
            ),
            (
                3,
                "落实最严格水资源管理要求不到位",
                [(6, "水资源费未应收尽收", 5), (7, "水资源执法缺位", 4)],
            ),
            (
                4,
                "扛牢防范化解重大风险的政治责任意识不强",
                [
                    (8, "未牢固树立风险意识和忧患意识", 5),
                    (9, "落实意识形态工作责任制存在薄弱环节", 4),
                ],
            ),
        ],
    ),
    (
        "聚焦群众身边腐败问题和不正之风的方面存在的问题",
        [
            (
                5,
                "“一把手”及班子成员落实全面从严治党主体责任不够有力",
                [
                    (10, "清廉机关建设未提上日程", 3),
                    (11, "存在“老好人”思想，抓作风建设缺少韧劲", 3),
                ],
            ),
            (
                6,
                "重点领域存有廉洁风险",
                [
                    (12, "下拨水利资金使用管理漏洞较多", 4),
                    (13, "项目前期询价缺第三方监管", 4),
                    (14, "项目内部监督管理乏力", 4),
                    (15, "财政资金使用不规范", 4),
                    (16, "部分会计核算不规范", 3),
                ],
            ),
            (7, "监管履职不充分", [(17, "统筹城乡供水差距较大", 3), (18, "水土保持监管缺位", 4)]),
        ],
    ),
    (
        "聚焦党组织领导班子和干部队伍建设方面存在的问题",
        [
            (
                8,
                "重业务轻党建问题突出",
                [
                    (19, "履行党建主体责任不够有力", 4),
                    (20, "党组织作用发挥不明显", 4),
                    (21, "基层党建工作不够扎实", 3),
                ],
            ),
            (
                9,
                "干部队伍建设乏力",
                [
                    (22, "编外人员“挑大梁”", 3),
                    (23, "干部轮岗交流不畅，专业技术人员极其匮乏", 2),
                ],
            ),
            (
                10,
                "持续抓巡察整改韧劲不足",
                [(24, "制度更新不及时", 2), (25, "人员职责未厘清", 1)],
            ),
        ],
    ),
]


@pytest.fixture(scope="module")
def seed() -> ParsedReport:
    return parse_rectification(SEED.read_text(encoding="utf-8"))


def test_seed_has_3_areas_10_categories_25_items(seed: ParsedReport) -> None:
    assert seed.stated_total == 25
    assert len(seed.areas) == 3
    assert sum(len(a.categories) for a in seed.areas) == 10
    assert [i.no for i in seed.items()] == list(range(1, 26))
    assert seed.warnings == []


def test_seed_full_structure_and_measure_counts(seed: ParsedReport) -> None:
    assert shape(seed) == SEED_SHAPE
    assert sum(len(i.measures) for i in seed.items()) == 87


def test_seed_measures_are_whole_sentences_without_their_numbers(seed: ParsedReport) -> None:
    first = seed.items()[0]
    assert first.measures[0].startswith("将习近平总书记“守护好一江碧水”")
    assert first.measures[3].endswith("减少化肥和高毒农药的使用。")
    for item in seed.items():
        for measure in item.measures:
            assert not measure.startswith(("一是", "二是", "三是", "四是", "五是"))
            assert measure.endswith("。")
    # the duty-log commitment the bot is built around stays intact
    assert "24小时防汛值班，做好值班登记" in seed.items()[7].measures[4]
    assert "在微信工作群报备。严格落实有事先休年假的规定。" in seed.items()[10].measures[1]


def test_seed_label_prefix_and_closing_are_not_content(seed: ParsedReport) -> None:
    items = seed.items()
    assert items[8].title == "落实意识形态工作责任制存在薄弱环节"  # "巡察组反馈问题：" dropped
    last = items[24]
    assert last.measures == [
        "对现有干部职工进行一次优化组合，召开党组会研究讨论了雨湖区水利局各条线工作职责分工，"
        "根据工作实际情况和轻重缓急对人员进行了调整，将党建、意识形态、党风廉政、移民、建管、"
        "水旱灾害防御、财务等工作按条线划分，将具体工作责任明确到每一个人，"
        "确保每一项工作都有人负责。"
    ]


def test_seed_json_shape(seed: ParsedReport) -> None:
    data = seed.to_json()
    assert set(data) == {"stated_total", "areas"}
    assert data["stated_total"] == 25
    area = data["areas"][0]
    assert set(area) == {"title", "categories"}
    category = area["categories"][0]
    assert set(category) == {"no", "title", "items"}
    item = category["items"][0]
    assert set(item) == {"no", "title", "measures"}
    assert item["no"] == 1
    assert len(item["measures"]) == 4


# --- variants -----------------------------------------------------------------------------


def test_preamble_chapter_and_next_steps_make_no_items() -> None:
    report = fixture("chapters-with-preamble.txt")
    assert report.stated_total == 8
    assert shape(report) == [
        (
            "贯彻落实党中央决策部署方面",
            [
                (
                    None,
                    None,
                    [
                        (1, "学习贯彻习近平总书记关于治水重要论述不够深入", 3),
                        (2, "河长制工作推进不平衡", 2),
                        (3, "防汛备汛工作存在薄弱环节", 3),
                    ],
                )
            ],
        ),
        (
            "全面从严治党方面",
            [
                (
                    None,
                    None,
                    [
                        (4, "廉政风险防控不到位", 2),
                        (5, "“三重一大”制度执行不严格", 2),
                        (6, "专项资金管理使用不规范", 3),
                    ],
                )
            ],
        ),
        (
            "干部队伍建设方面",
            [
                (
                    None,
                    None,
                    [(7, "干部年龄结构老化，专业人才短缺", 2), (8, "作风建设抓得不严", 3)],
                )
            ],
        ),
    ]
    # items restart at 1. in every area, so they are numbered 1..8 and the warning says so
    assert report.warnings == [ImportWarning("renumbered", {"count": 8})]
    texts = " ".join(m for i in report.items() for m in i.measures)
    assert "领导小组" not in texts
    assert "回头看" not in texts


def test_problem_layout_with_fields() -> None:
    report = fixture("problem-fields.txt")
    assert report.stated_total == 6
    assert report.warnings == []
    assert shape(report) == [
        (
            "党的政治建设方面",
            [
                (
                    None,
                    None,
                    [
                        (1, "理论学习中心组学习不够系统，学用结合不紧密", 3),
                        (2, "意识形态工作责任制落实不到位", 3),
                        (3, "基层党组织建设薄弱", 3),
                    ],
                )
            ],
        ),
        (
            "水利业务监管方面",
            [
                (
                    None,
                    None,
                    [
                        (4, "小型水库安全运行管理存在隐患", 3),
                        (5, "河道采砂监管不严", 3),
                        (6, "取水许可审批把关不严", 1),
                    ],
                )
            ],
        ),
    ]
    one, two, three, four, five, six = report.items()
    assert one.measures[2] == "建立学习档案，记录学习内容和心得体会。"  # fields not glued on
    assert (one.owner_unit, one.owner, one.deadline) == ("办公室", "王建国", "2023年12月底")
    assert one.deadline_date == date(2023, 12, 31)
    assert one.progress == "已完成。已印发年度学习计划，开展专题研讨3次。"
    assert one.status_hint == "已完成"
    assert two.measures[0] == "召开党组会专题研究意识形态工作"  # ① list on one line
    assert (two.owner_unit, two.owner, two.deadline) == ("办公室", "李红梅", "长期坚持")
    assert (two.deadline_date, two.status_hint) == (None, "长期坚持")
    assert three.measures == [
        "按期完成河堤事务中心支部换届",
        "规范“三会一课”记录",
        "开展党员积分管理。",
    ]
    assert (three.leader, three.owner, three.deadline_date) == ("张志强", None, date(2023, 9, 30))
    assert three.status_hint == "整改中"
    assert (four.deadline_date, four.status_hint) == (date(2024, 3, 31), "整改中")  # partly done
    assert five.measures[0] == "联合公安、自然资源部门开展非法采砂专项整治。"  # 一是 on own lines
    assert five.deadline_date == date(2023, 9, 30)
    assert (six.owner_unit, six.owner, six.deadline) == ("水资源股", "周敏", "立行立改")
    assert six.description is None
    assert six.deadline_date is None


def test_tab_separated_table_with_multiline_cells() -> None:
    report = fixture("table-tabs.txt")
    assert report.stated_total == 5
    assert report.warnings == []
    assert shape(report) == [
        (
            None,
            [
                (
                    1,
                    "政治建设",
                    [(1, "党组理论学习流于形式", 2), (2, "意识形态阵地管理不严", 2)],
                ),
                (
                    2,
                    "作风建设",
                    [(3, "工作纪律松散，外出不报备", 3), (4, "干部担当意识不强", 1)],
                ),
                (3, "资金管理", [(5, "水利专项资金拨付滞后", 2)]),
            ],
        )
    ]
    items = report.items()
    assert items[0].measures == ["制定年度学习计划，明确学习专题", "推行班子成员领学、研讨发言制度"]
    assert items[2].measures[0] == "制定外出报备制度，外出须在工作群报备"
    assert (items[2].owner_unit, items[2].owner, items[2].deadline_date) == (
        "人事股",
        "赵丽",
        date(2023, 10, 31),
    )
    assert [i.status_hint for i in items] == ["已完成", "长期坚持", "已完成", "整改中", "整改中"]
    assert items[4].deadline_date == date(2023, 12, 31)


def test_pipe_table_with_heading_rows() -> None:
    report = fixture("table-pipes.txt")
    assert report.stated_total == 4
    assert shape(report) == [
        (
            "堤防管理方面",
            [(None, None, [(1, "堤防巡查记录不完整", 3), (2, "汛期值班值守不规范", 3)])],
        ),
        (
            "财务管理方面",
            [(None, None, [(3, "公务用车管理不规范", 1), (4, "差旅费报销审核不严", 2)])],
        ),
    ]
    items = report.items()
    assert items[1].measures == [
        "严格落实4—9月24小时值班",
        "做好值班登记",
        "中心领导每周抽查值班情况",
    ]
    assert [i.deadline_date for i in items] == [
        date(2023, 8, 31),
        None,
        date(2023, 7, 31),
        date(2023, 6, 30),
    ]
    assert items[3].owner_unit == "财务室"


def test_headings_running_into_each_other() -> None:
    report = fixture("run-on-headings.txt")
    assert report.stated_total == 6
    assert shape(report) == [
        (
            "思想认识方面",
            [
                (
                    1,
                    "政治站位不高",
                    [(1, "学习贯彻党的二十大精神不深入", 2), (2, "对水利高质量发展研究不够", 3)],
                ),
                (2, "担当意识不强", [(3, "重大项目推进缓慢", 2)]),
            ],
        ),
        (
            "工作作风方面",
            [
                (
                    3,
                    "纪律作风松散",
                    [
                        (4, "上班迟到早退现象时有发生", 2),
                        (5, "请销假制度执行不严", 2),
                        (6, "值班人员脱岗", 2),
                    ],
                )
            ],
        ),
    ]
    assert report.warnings == [ImportWarning("renumbered", {"count": 6})]
    assert report.items()[4].measures[0] == "修订请销假管理办法，有事先休年假。"


def test_crlf_bom_fullwidth_spaces_and_count_mismatch() -> None:
    raw = (FIXTURES / "crlf-bom-mismatch.txt").read_bytes()
    assert raw.startswith("\ufeff".encode())
    assert b"\r\n" in raw
    report = parse_rectification(raw.decode("utf-8"))
    assert report.stated_total == 12
    assert shape(report) == [
        (
            "党的领导和党的建设方面存在的问题",
            [
                (
                    1,
                    "理论武装不够扎实",
                    [(1, "中心组学习质量不高", 2), (2, "青年干部理论学习流于形式", 2)],
                ),
                (
                    2,
                    "基层组织建设薄弱",
                    [(3, "支部“三会一课”不规范", 3), (4, "党员发展工作滞后", 2)],
                ),
                (
                    3,
                    "全面从严治党责任落实不到位",
                    [(5, "主体责任清单不细", 2), (6, "警示教育针对性不强", 2)],
                ),
            ],
        ),
        (
            "水利业务工作方面存在的问题",
            [
                (
                    4,
                    "防汛工作存在短板",
                    [
                        (7, "山洪灾害预警设施老化", 2),
                        (8, "防汛物资储备不足", 2),
                        (9, "基层防汛人员培训不到位", 2),
                    ],
                ),
                (
                    5,
                    "水利工程建设管理不规范",
                    [(10, "项目前期论证不充分", 2), (11, "工程质量监督检查不到位", 3)],
                ),
            ],
        ),
    ]
    assert report.warnings == [ImportWarning("count_mismatch", {"stated": 12, "found": 11})]
    assert render_warning(report.warnings[0]).startswith("文中写明 12 条问题，实际识别到 11 条")
    assert report.items()[-1].measures[-1] == "对发现的质量问题下达整改通知书。"


def test_problems_with_numbered_measure_lines() -> None:
    report = fixture("numbered-measures.txt")
    assert report.stated_total is None
    assert shape(report) == [
        (
            "工程运行管护方面",
            [
                (
                    None,
                    None,
                    [
                        (1, "山塘巡查维护不及时", 3),
                        (2, "灌溉渠道淤积严重，部分渠段无法正常过水", 2),
                    ],
                )
            ],
        ),
        (
            "内部管理方面",
            [(None, None, [(3, "站内财务报销手续不全", 2), (4, "档案资料管理混乱", 3)])],
        ),
    ]
    items = report.items()
    assert items[1].measures[0] == "组织劳力对淤积渠段进行清淤，共清淤渠道3.2公里。"
    assert items[3].measures[-1] == "建立档案借阅登记制度。"  # the signature is not a measure


@pytest.mark.parametrize(
    "text",
    [
        "一、学习方面\n（一）学习不深入。一是加强学习。二是开展研讨。\n（二）作风不实。一是严格考勤。",
        "一、学习方面\n(一)学习不深入。一是加强学习。二是开展研讨。\n(二)作风不实。一是严格考勤。",
        "一、学习方面\n1、学习不深入。一是加强学习。二是开展研讨。\n2、作风不实。一是严格考勤。",
        "一、学习方面\n1.学习不深入。一是加强学习。二是开展研讨。\n2.作风不实。一是严格考勤。",
        "一、学习方面\n1．学习不深入。一是加强学习。二是开展研讨。\n2．作风不实。一是严格考勤。",
        "一、学习方面\n１．学习不深入。一是加强学习。二是开展研讨。\n２．作风不实。一是严格考勤。",
        "一、学习方面\n（1）学习不深入。1.加强学习。2.开展研讨。\n（2）作风不实。1.严格考勤。",
        "一、学习方面\n（1）学习不深入。①加强学习。②开展研讨。\n（2）作风不实。①严格考勤。",
        "一、学习方面\n1.学习不深入。(1)加强学习；(2)开展研讨。\n2.作风不实。(1)严格考勤。",
        "一、学习方面\n1.学习不深入。\n（1）加强学习。\n（2）开展研讨。\n2.作风不实。\n（1）严格考勤。",
        "一、学习方面\n问题1：学习不深入\n整改措施：1.加强学习；2.开展研讨\n问题2：作风不实\n整改措施：严格考勤",
        "一、学习方面\r\n\r\n\u3000\u3000（1）学习不深入。一是加强学习。二是开展研讨。\r\n\u3000（2）作风不实。一是严格考勤。",
    ],
)
def test_numbering_variants_read_alike(text: str) -> None:
    report = parse_rectification(text)
    assert [a.title for a in report.areas] == ["学习方面"]
    got = [(i.no, i.title, [m.rstrip("。；") for m in i.measures]) for i in report.items()]
    assert got == [(1, "学习不深入", ["加强学习", "开展研讨"]), (2, "作风不实", ["严格考勤"])]


def test_plain_list_has_null_area_and_category() -> None:
    text = (
        "巡察组共反馈问题3个，整改情况如下：\n"
        "1、防汛值班制度执行不严。一是严格落实24小时值班；二是做好值班登记。\n"
        "2、工程资料归档不及时。\n建立工程资料归档台账。\n每季度检查一次归档情况。\n"
        "3、水土保持费征收不到位。整改措施：加大征收力度。整改时限：2023年12月31日。\n"
    )
    report = parse_rectification(text)
    assert report.to_json()["areas"] == [
        {
            "title": None,
            "categories": [
                {
                    "no": None,
                    "title": None,
                    "items": [
                        {
                            "no": 1,
                            "title": "防汛值班制度执行不严",
                            "measures": ["严格落实24小时值班", "做好值班登记。"],
                        },
                        {
                            "no": 2,
                            "title": "工程资料归档不及时",
                            "measures": ["建立工程资料归档台账。", "每季度检查一次归档情况。"],
                        },
                        {"no": 3, "title": "水土保持费征收不到位", "measures": ["加大征收力度。"]},
                    ],
                }
            ],
        }
    ]
    assert report.items()[2].deadline_date == date(2023, 12, 31)


def test_numbered_steps_in_a_preamble_are_not_problems() -> None:
    text = (
        "局党组采取以下措施推进整改：\n"
        "1.成立巡察整改工作领导小组，党组书记任组长。\n"
        "2.建立整改台账，实行销号管理。\n"
        "经梳理，巡察反馈共3个问题，整改情况如下：\n"
        "一、党建方面\n"
        "1.党建责任落实不到位。一是制定党建责任清单。\n"
        "2.支部活动不规范。一是规范“三会一课”。\n"
        "二、业务方面\n"
        "3.项目管理不严。\n建立项目台账。\n每周汇总巡查记录报中心\n"
        "某某区水利局\n"
        "二〇二三年六月三日\n"
    )
    report = parse_rectification(text)
    assert report.stated_total == 3
    assert report.warnings == []
    assert shape(report) == [
        ("党建方面", [(None, None, [(1, "党建责任落实不到位", 1), (2, "支部活动不规范", 1)])]),
        ("业务方面", [(None, None, [(3, "项目管理不严", 2)])]),
    ]
    # the last measure has no full stop and looks like a signature, but no date follows it
    assert report.items()[2].measures == ["建立项目台账。", "每周汇总巡查记录报中心"]


def test_gap_in_numbering_is_kept_and_reported() -> None:
    text = (
        "（1）学习不深入。一是加强学习。\n"
        "（2）作风不实。一是严格考勤。\n"
        "（4）资金管理不规范。一是建立台账。"
    )
    report = parse_rectification(text)
    assert [i.no for i in report.items()] == [1, 2, 4]
    assert report.warnings == [ImportWarning("numbering_gap", {"missing": [3]})]
    assert "第 3 号" in render_warning(report.warnings[0])


def test_item_without_measures_is_reported() -> None:
    report = parse_rectification("（1）学习不深入。一是加强学习。\n（2）作风不实。")
    assert report.warnings == [ImportWarning("no_measures", {"no": 2})]
    assert render_warnings(report.warnings) == ["第 2 条问题没有识别到整改措施。"]


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\r\n\u3000\u3000\n\ufeff", "\t\t\n"])
def test_empty_text(text: str) -> None:
    with pytest.raises(NotAReportError) as caught:
        parse_rectification(text)
    assert caught.value.code == "empty"


def test_meeting_notice_is_not_a_report() -> None:
    with pytest.raises(NotAReportError) as caught:
        parse_rectification((FIXTURES / "meeting-notice.txt").read_text(encoding="utf-8"))
    assert caught.value.code == "no_items"


def test_prose_without_numbering_is_not_a_report() -> None:
    with pytest.raises(NotAReportError) as caught:
        parse_rectification("各位同事：明天上午九点在三楼会议室开会，请准时参加。\n谢谢！")
    assert caught.value.code == "no_items"


def test_huge_text_is_refused() -> None:
    seed = SEED.read_text(encoding="utf-8")
    with pytest.raises(NotAReportError) as caught:
        parse_rectification(seed * 120)  # about 2.4 MB
    assert caught.value.code == "too_large"
    with pytest.raises(NotAReportError) as caught:
        parse_rectification("问" * 3_000_000)
    assert caught.value.code == "too_large"


@pytest.mark.parametrize(
    "text",
    [
        "（1）学习不深入。" + "责任单位：" * 100_000,
        "序号\t问题\t整改措施\t责任单位\n1\t学习不深入\t" + "加强学习\n" * 100_000,
        "（" * 500_000,
        "1." * 300_000,
        "\n".join("一、思想方面（一）站位不高。1.学习不深入。" for _ in range(2_000)),
    ],
)
def test_pathological_text_finishes(text: str) -> None:
    """Linear work on hostile input: it ends (pytest would hang otherwise), whatever it finds."""
    try:
        report = parse_rectification(text)
    except NotAReportError as exc:
        code = exc.code
    else:
        code = "parsed" if report.items() else "nothing"
    assert code in {"parsed", "no_items"}


# --- pieces -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023年12月底", date(2023, 12, 31)),
        ("2024年2月底前", date(2024, 2, 29)),
        ("2023年9月30日", date(2023, 9, 30)),
        ("2023.6.15", date(2023, 6, 15)),
        ("2023-11", date(2023, 11, 30)),
        ("2023年6月上旬", date(2023, 6, 10)),
        ("2023年底", date(2023, 12, 31)),
        ("2023年上半年", date(2023, 6, 30)),
        ("2023年第三季度", date(2023, 9, 30)),
        ("长期坚持", None),
        ("立行立改", None),
        ("2023年2月30日", None),
        (None, None),
    ],
)
def test_deadline_dates(raw: str | None, expected: date | None) -> None:
    assert deadline_date(raw) == expected


@pytest.mark.parametrize(
    ("deadline", "progress", "hint"),
    [
        ("长期坚持", "已完成", "长期坚持"),
        ("2023年12月底", "已完成。已印发学习计划", "已完成"),
        (None, "已完成3座，其余正在推进", "整改中"),
        (None, "整改中", "整改中"),
        ("2023年12月底", None, None),
    ],
)
def test_status_hints(deadline: str | None, progress: str | None, hint: str | None) -> None:
    assert status_hint(deadline, progress) == hint


def test_list_markers_need_a_boundary_and_the_next_number() -> None:
    assert split_enumerated("统一是非标准。加强学习") == ("统一是非标准。加强学习", [])
    assert split_enumerated("拨付3.5万元。1.加强。2.落实。") == (
        "拨付3.5万元。",
        ["加强。", "落实。"],
    )
    assert split_enumerated("一是加强。三是落实。") == ("", ["加强。三是落实。"])


def test_error_and_warning_sentences() -> None:
    assert "空" in render_error("empty")
    assert "2 MB" in render_error("too_large")
    assert "整改问题" in render_error("no_items")
    assert render_warning(ImportWarning("renumbered", {"count": 8})).endswith("1–8 号。")
    assert render_warning(ImportWarning("whatever", {})) == "导入提示：whatever"


# --- .docx --------------------------------------------------------------------------------


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("关于巡察反馈问题整改情况的报告")
    document.add_paragraph("共反馈问题2个，整改清单如下：")
    table = document.add_table(rows=3, cols=4)
    rows = [
        ("序号", "存在问题", "整改措施", "整改时限"),
        ("1", "值班登记不规范", "1.统一值班登记表\n2.每周检查值班记录", "2023年12月底"),
        ("2", "外出不报备", "有事外出须在工作群报备", "长期坚持"),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("某某区水利局")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_to_text_keeps_paragraphs_and_table_rows() -> None:
    text = docx_to_text(_docx_bytes())
    lines = text.split("\n")
    assert lines[0] == "关于巡察反馈问题整改情况的报告"
    assert "序号\t存在问题\t整改措施\t整改时限" in lines
    assert "1\t值班登记不规范\t1.统一值班登记表 2.每周检查值班记录\t2023年12月底" in lines
    assert lines[-1] == "某某区水利局"
    report = parse_rectification(text)
    assert report.stated_total == 2
    assert [(i.no, i.title, i.measures) for i in report.items()] == [
        (1, "值班登记不规范", ["统一值班登记表", "每周检查值班记录"]),
        (2, "外出不报备", ["有事外出须在工作群报备"]),
    ]
    assert report.items()[1].status_hint == "长期坚持"


def test_docx_to_text_rejects_other_bytes() -> None:
    with pytest.raises(ValueError, match="docx"):
        docx_to_text(b"not a zip file")
