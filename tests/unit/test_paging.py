from messages.paging import split_message


def test_short_text_is_one_part():
    assert split_message("一\n二") == ["一\n二"]
    assert split_message("") == [""]


def test_long_text_splits_at_lines_within_the_limit():
    lines = [f"<b>{i}</b> 第 {i} 行 &amp; 内容" for i in range(600)]
    parts = split_message("\n".join(lines), limit=1000)
    assert all(len(p) <= 1000 for p in parts)
    assert "\n".join(parts).split("\n") == lines  # nothing lost, no line cut


def test_an_overlong_line_is_cut_before_an_entity():
    line = "甲" * 95 + "&amp;" + "乙" * 50
    parts = split_message(line, limit=100)
    assert parts[0] == "甲" * 95 and parts[1].startswith("&amp;")
    assert "".join(parts) == line
