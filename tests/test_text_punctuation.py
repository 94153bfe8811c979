from __future__ import annotations

from text_helpers import run_check, run_check_pdf


def rules_texts(findings):
    return [(f.rule, f.text) for f in findings]


def test_halfwidth_comma_between_chinese_is_found_with_its_place_and_fix():
    text = "各地区,各部门要高度重视。"
    [f] = run_check("punctuation", text)
    assert (f.rule, f.text, f.suggestion) == ("text.punctuation.halfwidth", ",", "，")
    assert text[f.location.start:f.location.end] == ","
    assert f.severity == "review" and f.gate == "text"


def test_halfwidth_marks_in_numbers_times_urls_codes_and_english_are_quiet():
    quiet = ["共1,000份，3.5倍，上午9:30报到。", "详见 http://www.gov.cn/zhengce/a,b;c?x=1!", "邮箱：ban.gong@gd.gov.cn",
             "按照《党政机关公文格式》（GB/T 9704-2012）执行。", "The Ministry said: \"yes, we agree.\"",
             "参照标准(GB 50180)执行。", "(1)有专职工作人员；(2)有固定住所。"]
    for text in quiet:
        assert run_check("punctuation", text) == [], text


def test_colon_semicolon_question_and_full_stop():
    found = rules_texts(run_check("punctuation", "联系人:张某;电话另告。是否完成?工作.同时要加强"))
    assert found == [("text.punctuation.halfwidth", ":"), ("text.punctuation.halfwidth", ";"),
                     ("text.punctuation.halfwidth", "?"), ("text.punctuation.halfwidth", ".")]


def test_question_mark_followed_by_a_space_is_a_lost_character_not_a_mark():
    assert run_check("punctuation", "第一条? 为推动产业发展，制定本办法。") == []


def test_halfwidth_brackets_around_chinese_text_are_found_whole():
    [f] = run_check("punctuation", "根据《条例》(以下简称《条例》)的规定。")
    assert f.text == "(以下简称《条例》)" and f.suggestion == "（以下简称《条例》）"
    [g] = run_check("punctuation", "(一)主动公开情况。")
    assert g.suggestion == "（一）"


def test_halfwidth_double_quotes_around_chinese():
    [f] = run_check("punctuation", '深化"放管服"改革。')
    assert f.text == '"放管服"' and f.suggestion == "“放管服”"


def test_doubled_marks():
    found = run_check("punctuation", "要高度重视。。各地区、、各部门，。等等。。。。。。")
    assert [(f.text, f.suggestion) for f in found] == [("。。", "。"), ("、、", "、"), ("，。", None), ("。。。。。。", "……")]
    assert all(f.rule == "text.punctuation.doubled" for f in found)


def test_ellipsis_dash_and_question_exclamation_are_quiet():
    assert run_check("punctuation", "这是真的吗？！——不，等等……") == []


def test_unpaired_marks_within_a_paragraph():
    found = run_check("punctuation", "根据《中华人民共和国政府信息公开条例的规定，深化“放管服改革。")
    assert [(f.rule, f.text) for f in found] == [("text.punctuation.unpaired", "《"), ("text.punctuation.unpaired", "“")]
    [extra] = run_check("punctuation", "落实相关要求》的规定。")
    assert extra.text == "》" and "没有前半" in extra.message


def test_mixed_width_brackets_are_one_finding_with_the_fix():
    [f] = run_check("punctuation", "详见附件（一)。")
    assert f.rule == "text.punctuation.unpaired" and f.text == "（一)" and f.suggestion == "（一）"


def test_nested_marks_and_apostrophes_are_quiet():
    assert run_check("punctuation", "根据《关于印发〈办法〉的通知》（国办发〔2019〕3号），他说：“要‘以人民为中心’。”") == []
    assert run_check("punctuation", "China’s economy and the people’s livelihood.") == []


def test_a_quotation_over_several_paragraphs_opens_each_and_closes_once():
    text = "他指出：“第一段引文，\n“第二段引文，\n“第三段，到此结束。”"
    assert run_check("punctuation", text) == []
    broken = run_check("punctuation", "他指出：“第一段引文，\n第二段没有引号。")
    assert [f.text for f in broken] == ["“"]


def test_a_title_broken_over_two_lines_is_one_pair():
    assert run_check("punctuation", "关于印发《城镇小区配套幼儿园\n治理工作方案》的通知") == []


def test_pdf_lines_carry_open_marks_to_the_next_line_and_page():
    pages = [["根据《中华人民共和国政府信息", "公开条例》和“放管服"], ["改革”要求，现通知如下。"]]
    assert run_check_pdf("punctuation", pages) == []
    assert [f.text for f in run_check_pdf("punctuation", [["根据《条例", "的规定。"]])] == ["《"]
