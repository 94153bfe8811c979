"""Paragraphs from line geometry, on synthetic character boxes: the page layouts word processors
produce that the reader got wrong on real published PDFs (lists of short lines, kinsoku at a
line start, a two-em dash drawn as one glyph)."""
from __future__ import annotations

from pdfgen import PdfBuilder, advance, wrap_rows
from reviewer.core.documents import load_document
from reviewer.core.documents.pdf_layout import Margin, PageChars, build_lines, paragraphs

A4 = (0.0, 595.0)
LEFT = 72.0
SIZE = 12.0
WIDTH = 37          # ems between 72 and 516, about the mirrored right margin (523)


def page(rows: list[tuple[float, str]], size: float = SIZE, pitch: float = 1.5, top: float = 760.0,
         glyphs: dict[str, str] | None = None) -> PageChars:
    """Characters drawn row by row, each row (x, text) one line below the last; `glyphs` maps a
    stand-in character to the characters one glyph draws (one box shared by all of them)."""
    glyphs = glyphs or {}
    text = ""
    chars = PageChars("")
    y = top
    for x, line in rows:
        for ch in line:
            real = glyphs.get(ch, ch)
            width = size * (2.0 if ch in glyphs else advance(ch))
            for part in real:
                chars.index.append(len(text))
                text += part
                chars.left.append(x)
                chars.right.append(x + width)
                chars.bottom.append(y)
                chars.top.append(y + size)
            x += width
        text += "\n"
        y -= size * pitch
    chars.text = text
    return chars


def wrap(text: str, width: int = WIDTH, indent: int = 2) -> list[tuple[float, str]]:
    """Lines of a paragraph wrapped at `width` ems with a first-line indent (no kinsoku)."""
    return wrap_rows(text, LEFT, SIZE, width, indent)


def texts(chars: PageChars, frame=A4, margin: Margin | None = None) -> list[str]:
    return [t for t, _ in paragraphs(build_lines(chars), frame, margin)]


BODY = "根据工作需要，经研究决定，对专项工作领导小组组成人员进行调整，现将调整后的名单通知如下，请各单位认真做好衔接工作。"
NAMES = ["组长：张某某，市政府副市长", "副组长：李某某，市政府副秘书长", "秘书长：王某某，市政务服务数据管理局局长",
         "成员：赵某某，市发展改革委副主任", "钱某某，市财政局副局长"]


def test_a_list_of_short_lines_under_one_full_paragraph_keeps_one_line_a_paragraph():
    # every name line ends well short of the margin, and three of them end at the same place:
    # that shared edge is not the right margin
    rows = wrap(BODY) + [(LEFT, n) for n in NAMES]
    assert texts(page(rows)) == [BODY] + NAMES


def test_a_page_of_short_lines_takes_the_margin_an_earlier_page_showed():
    margin = Margin()
    texts(page(wrap(BODY + BODY)), margin=margin)
    assert texts(page([(LEFT, n) for n in NAMES]), margin=margin) == NAMES
    # without that knowledge nothing on the page shows where a full line would end
    assert len(texts(page([(LEFT, n) for n in NAMES]), frame=None)) < len(NAMES)


def test_lines_reaching_the_known_margin_are_not_taken_for_a_list():
    # a page whose lines reach the margin the earlier page showed decides for itself
    margin = Margin()
    texts(page(wrap(BODY + BODY)), margin=margin)
    assert texts(page(wrap(BODY)), margin=margin) == [BODY]


def width(text: str) -> float:
    return sum(advance(c) for c in text)


def indented(first: str, second: str) -> list[tuple[float, str]]:
    """A paragraph after BODY: its first line indented 2 ems, then the rest."""
    return wrap(BODY) + [(LEFT + 2 * SIZE, first), (LEFT, second)]


def test_kinsoku_moves_a_character_with_its_closing_mark_and_the_paragraph_goes_on():
    # the first line ends 2 ems short: 术” could not go on it whole, and ” cannot start a line
    first = "授予“云端融合系统的资源反射机制及高效互操作技"
    first = "为深入实施创新驱动发展战略，" [: WIDTH - 2 - 2 - len(first)] + first
    second = "术”等成果国家技术发明奖一等奖，授予“小麦远缘杂交技术”等成果二等奖。"
    assert width(first) == WIDTH - 2 - 2
    assert texts(page(indented(first, second))) == [BODY, first + second]


def test_kinsoku_keeps_an_opening_mark_with_what_follows():
    for tail, second in [("各有关省", "（市）人民政府要加强领导。"), ("罗府办发", "〔2023〕20号）要求。"),
                         ("启用新域名", "（www.example.gov.cn），自5月1日起使用新地址。"),
                         # a producer without kinsoku: the next line starts with the closing marks
                         ("根据《政务公开工作条例", "》，结合本地实际制定本方案。")]:
        first = ("各镇各部门按照考核方案要求做好各项工作，认真做好有关安排，" * 2 + tail)[-(WIDTH - 2 - 2):]
        assert first.endswith(tail) and width(first) == WIDTH - 2 - 2    # 2 ems short of the margin
        assert texts(page(indented(first, second))) == [BODY, first + second], tail


def test_a_short_line_before_an_ordinary_character_still_ends_the_paragraph():
    first = "各单位要认真做好相关工作。"
    second = "本通知自印发之日起施行。"
    assert texts(page(wrap(BODY) + [(LEFT + 2 * SIZE, first), (LEFT + 2 * SIZE, second)])) == [BODY, first, second]
    # no indent either: the short line still ends its paragraph
    assert texts(page(wrap(BODY) + [(LEFT + 2 * SIZE, first), (LEFT, second)])) == [BODY, first, second]


def test_a_document_number_line_stands_alone():
    # a line of a web address that happens to end near the margin, then the 发文字号 line
    url = "网址：https://www.example.gov.cn/gfxwj/sbmgfxwj/content/post_10444069.html"
    assert WIDTH - 1 <= width(url) <= WIDTH
    rows = wrap(BODY) + [(LEFT, url), (LEFT, "穗市监规字〔2025〕1号")]
    assert texts(page(rows)) == [BODY, url, "穗市监规字〔2025〕1号"]


def test_a_two_em_dash_drawn_as_one_glyph_keeps_both_characters():
    chars = page([(LEFT, "清理整顿时限为1997年10月~1998年2月。")], glyphs={"~": "――"})
    assert texts(chars) == ["清理整顿时限为1997年10月――1998年2月。"]


def test_one_glyph_drawn_twice_for_bold_is_read_once():
    chars = page([(LEFT, "关于做好工作的通知")])
    n = len(chars.index)
    for k in range(n):   # the same boxes again, as simulated bold draws them
        chars.index.append(len(chars.text) + k)
        for name in ("left", "right", "bottom", "top"):
            getattr(chars, name).append(getattr(chars, name)[k] + (0.3 if name in ("left", "right") else 0))
    chars.text += "关于做好工作的通知"
    assert texts(chars) == ["关于做好工作的通知"]


def test_real_pdf_list_page_lines_stay_apart(tmp_path):
    # the same through the reader: a name list after a body paragraph on an A4 page
    b = PdfBuilder()
    p = b.page()
    y = p.paragraph(LEFT, 760, BODY, WIDTH, size=SIZE)
    for name in NAMES:
        p.text(LEFT, y, name, SIZE)
        y -= SIZE * 1.6
    path = tmp_path / "list.pdf"
    path.write_bytes(b.build())
    assert [q.text for q in load_document(path).paragraphs(("page",))] == [BODY] + NAMES


def test_a_number_a_full_line_broke_is_one_number_and_a_word_wrap_keeps_its_space():
    # 3201021950 | 02184460: the line is full to the margin, the number goes on
    filler = "经核实，申请人张某在办理农机购置补贴申请时所提交的身份证明材料中登记的身份证号码为"
    first = filler[-(WIDTH - 5):] + "3201021950"
    assert width(first) == WIDTH
    rows = wrap(BODY) + [(LEFT + 2 * SIZE, "经核实，申请人张某身份证号码如下："), (LEFT, first), (LEFT, "02184460，已按程序办理。")]
    assert texts(page(rows))[-1] == first + "02184460，已按程序办理。"
    # a group that did not fit came down at the space between groups: the line ends short of
    # the margin by more than a digit, and the space is kept (138 1234 | 5678)
    short = ("如有疑问请联系市农业农村局农机化管理科工作人员王某某或李某某，电话" * 2)[-31:] + " 138 1234"
    assert width(short) == WIDTH - 1.5
    rows = wrap(BODY) + [(LEFT, short), (LEFT, "5678，工作日办公时间内。")]
    assert texts(page(rows))[-1] == short + " 5678，工作日办公时间内。"
