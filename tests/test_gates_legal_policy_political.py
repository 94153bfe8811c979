"""Political, legal and policy gates on whole (small) documents: word boundaries, date scoping,
historical mentions, quoting, titles; the law-title check; the real-document quiet test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reviewer.core.checks import lawtitles

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "gates_corpus"
# the shared corpus beside the checkout (CI) or the workplace copy; absent in a bare clone
SHARED_CORPUS = next((p for p in (Path(__file__).resolve().parents[2] / "shared" / "corpus",
                                  Path("/work/shared/corpus")) if p.is_dir()), None)
GATES = ("political", "legal", "policy")


def hits(findings, gate=None, severity=None):
    return [(f.rule, f.text) for f in findings
            if (gate is None and f.gate in GATES or f.gate == gate) and (severity is None or f.severity == severity)]


# ---- political ----

@pytest.mark.parametrize("text, term", [
    ("北朝鲜代表团出席开幕式。", "北朝鲜"),
    ("加强两岸三地交流。", "两岸三地"),
    ("推进中港合作。", "中港"),
    ("台湾政府宣布新措施。", "台湾政府"),
    ("各世界贸易组织成员国代表出席。", "世界贸易组织成员国"),
    ("一些穆斯林国家参加会议。", "穆斯林国家"),
    ("维族群众载歌载舞。", "维族"),
    ("蒙族同胞欢度节日。", "蒙族"),
    ("回回同胞欢度开斋节。", "回回"),
    ("全国人大副委员长出席会议。", "全国人大副委员长"),
    ("县检察院院长列席会议。", "检察院院长"),
    ("审计署署长作报告。", "审计署署长"),
    ("村长主持村民大会。", "村长"),
    ("共建“一带一路”战略。", "“一带一路”战略"),
])
def test_xinhua_banned_wording_blocks(check_text, text, term):
    assert ("political.banned", term) in hits(check_text(text), "political", "block")


@pytest.mark.parametrize("text", [
    "推进乡村长期发展。",                    # 村长 cut through 乡村/长期
    "选聘大学生村官到村任职。",
    "坚决反对“台独”分裂行径。",              # quoted as the rule requires
    "台湾“立法院”通过所谓法案。",
    "朝鲜族群众欢度节日。",
    "哈萨克斯坦代表团来访。",
    "推进数据中台建设。",
    "照顾好妈妈的身体。",
    "省人大常委会副主任出席。",
    "县人大常委会主任科员。",
    "新中国成立后，当地面貌焕然一新。",
    "监狱依法对罪犯实施教育改造。",
    "吸引外国游客来华旅游。",
])
def test_political_quiet_on_correct_or_unrelated_wording(check_text, text):
    assert hits(check_text(text), "political") == []


def test_some_wording_is_wrong_even_in_quotes(check_text):
    assert ("political.banned", "中华民国总统") in hits(check_text("所谓“中华民国总统”选举。"), "political")


def test_context_dependent_wording_is_review_not_block(check_text):
    found = check_text("警方抓获涉嫌盗窃的罪犯3名。")
    assert [(f.rule, f.severity) for f in found if f.text == "罪犯"] == [("political.banned", "review")]
    found = check_text("吸引港澳台游客来华旅游。")
    assert [(f.severity, f.suggestion) for f in found if f.text == "来华"] == [("review", "来大陆（或：内地）")]


def test_careful_words_are_review(check_text):
    found = check_text("深入推进深港一体化。")
    assert [(f.rule, f.severity) for f in found if f.gate == "political"] == [("political.careful", "review")]


def test_findings_carry_basis_and_suggestion(check_text):
    [f] = [f for f in check_text("北朝鲜代表团出席。") if f.gate == "political"]
    assert f.suggestion == "朝鲜" and "新华社" in f.basis and "2015" in f.basis
    assert "国际关系类第1条" in f.message


# ---- legal ----

def test_repealed_law_judged_against_the_document_date(check_text):
    text = "根据《中华人民共和国合同法》有关规定，依法妥善处理相关事项。"
    assert hits(check_text(text, "2023-05-01"), "legal", "block") == [("legal.repealed", "《中华人民共和国合同法》")]
    assert hits(check_text(text, "2020-12-31"), "legal") == []
    assert hits(check_text("依照《食品卫生法》检查。", "2009-05-31"), "legal") == []
    assert hits(check_text("依照《食品卫生法》检查。", "2009-06-01"), "legal") == [("legal.repealed", "《食品卫生法》")]


@pytest.mark.parametrize("text, term", [
    ("依据《物权法》第二十条办理预告登记。", "《物权法》"),
    ("根据合同法有关规定处理。", "合同法"),
    ("依照中华人民共和国担保法办理。", "中华人民共和国担保法"),
    ("依据《中华人民共和国公司登记管理条例》办理登记。", "《中华人民共和国公司登记管理条例》"),
    ("依据《中华人民共和国行政监察法》开展监察。", "《中华人民共和国行政监察法》"),
    ("执行《城市规划法》。", "《城市规划法》"),
])
def test_repealed_law_forms(check_text, text, term):
    assert ("legal.repealed", term) in hits(check_text(text, "2023-05-01"), "legal", "block")


@pytest.mark.parametrize("text", [
    "《中华人民共和国民法典》自2021年1月1日起施行，《中华人民共和国婚姻法》《中华人民共和国继承法》同时废止。",
    "原《物权法》规定的预告登记制度在民法典中得到保留。",
    "民法典施行前的法律事实引起的民事纠纷，适用当时的《合同法》。",
    "依照《中华人民共和国劳动合同法》签订劳动合同。",
    "依据《中华人民共和国政府信息公开条例》第十九条主动公开。",   # amended, not repealed
    "严格执行《中华人民共和国保守国家秘密法》。",
    "依照《中华人民共和国增值税暂行条例》缴纳增值税。",          # repealed only from 2026
])
def test_repealed_law_quiet_on_history_amendment_and_successors(check_text, text):
    assert hits(check_text(text, "2023-05-01"), "legal") == []


def test_a_real_regulation_taken_over_by_a_newer_one_is_a_review_not_a_wrong_title(check_text):
    # 《信访条例》 (国务院令第431号, 2005) is a real title; since 2022-05-01 信访工作 follows the
    # 《信访工作条例》: a person checks the citation; it is neither a wrong title nor a block
    text = "根据《信访条例》第三十四条，信访人对处理意见不服的，可以请求复查。"
    assert hits(check_text(text, "2021-12-31"), "legal") == []
    found = [f for f in check_text(text, "2024-03-01") if f.gate == "legal"]
    assert [(f.rule, f.severity, f.text, f.suggestion) for f in found] == [
        ("legal.repealed.superseded", "review", "《信访条例》", "《信访工作条例》")]
    assert "废止" not in found[0].message and "431" in found[0].basis
    assert hits(check_text("依照《信访工作条例》和《浙江省信访条例》办理。", "2024-03-01"), "legal") == []


def test_curated_wrong_title_is_reported_once_with_its_right_name(check_text):
    found = [f for f in check_text("依据《中华人民共和国行政许可证法》办理。") if f.gate == "legal"]
    assert [(f.rule, f.severity, f.suggestion) for f in found] == [
        ("legal.title", "review", "《中华人民共和国行政许可法》")]


def test_uncurated_wrong_title_gets_the_nearest_official_name(check_text):
    found = [f for f in check_text("依据《中华人民共和国食品安全管理法》开展检查。") if f.gate == "legal"]
    assert [(f.rule, f.severity, f.suggestion) for f in found] == [
        ("legal.title", "review", "《中华人民共和国食品安全法》")]
    found = [f for f in check_text("落实《中华人民共和国反分裂国家法》。") if f.gate == "legal"]
    assert [f.suggestion for f in found] == ["《反分裂国家法》"]


def test_accepted_short_forms_are_not_wrong_titles(check_text):
    text = "严格执行《保密法》《政府信息公开条例》《劳动合同法》和《中华人民共和国个人所得税法（2018年修正）》。"
    assert hits(check_text(text), "legal") == []


def test_law_names_list_is_clean():
    names = lawtitles.load()
    assert len(names) > 280
    assert all(n.endswith("法") and "中华人民共和国" not in n for n in names)
    assert {"行政许可法", "保守国家秘密法", "民事诉讼法", "合同法", "噪声污染防治法"} <= names
    assert lawtitles.nearest("行政许可证法", names) == "行政许可法"
    assert lawtitles.nearest("完全不相干的名称法", names) is None


# ---- policy ----

def test_renamed_body_judged_against_the_document_date(check_text):
    text = "由国家工商行政管理总局会同有关部门组织实施。"
    assert hits(check_text(text, "2023-05-01"), "policy", "block") == [("policy.renamed", "国家工商行政管理总局")]
    assert hits(check_text(text, "2018-03-16"), "policy") == []


@pytest.mark.parametrize("text", [
    "各级农业部门要加强指导。",
    "各级文化部门积极参与。",
    "住房和城乡建设部印发通知。",
    "由市文化和旅游局、县文化广电旅游局负责。",
    "县生态环境保护局开展检查。",
    "工商银行和工商联积极参与。",
    "原国家工商行政管理总局发布的规章继续有效。",
    "原北京市工商局的职责由市场监管部门承担。",
    "依据《食品经营许可管理办法》（国家食品药品监督管理总局令第17号）。",
    "转发《国家质量监督检验检疫总局关于加强检验工作的通知》。",
    "组建国家市场监督管理总局，不再保留国家工商行政管理总局。",
    "中共中央党史和文献研究院对外保留中央编译局牌子。",
])
def test_policy_quiet_on_boundaries_and_historical_mentions(check_text, text):
    assert hits(check_text(text, "2023-05-01"), "policy", "block") == []


def test_generic_department_names_are_review(check_text):
    found = [f for f in check_text("会同国土资源部门开展核查。", "2023-05-01") if f.gate == "policy"]
    assert [(f.text, f.severity, f.suggestion) for f in found] == [("国土资源部门", "review", "自然资源部门")]


def test_banking_regulator_timeline(check_text):
    text = "银保监会印发通知。"
    assert hits(check_text("银监会印发通知。", "2017-01-01"), "policy") == []
    assert hits(check_text("银监会印发通知。", "2019-01-01"), "policy") == [("policy.renamed", "银监会")]
    assert [f.suggestion for f in check_text("银监会印发通知。", "2019-01-01") if f.gate == "policy"] == ["银保监会"]
    assert hits(check_text(text, "2022-01-01"), "policy") == []
    assert [f.suggestion for f in check_text(text, "2023-06-01") if f.gate == "policy"] == ["国家金融监督管理总局"]


def test_renamed_term_is_review_from_its_date(check_text):
    text = "做好新冠肺炎疫情防控工作。"
    assert hits(check_text(text, "2022-12-25"), "policy") == []
    found = [f for f in check_text(text, "2023-01-10") if f.gate == "policy"]
    assert [(f.rule, f.severity, f.suggestion) for f in found] == [("policy.term", "review", "新冠病毒感染")]


# ---- real documents ----

def _real_texts():
    paths = sorted(p for p in FIXTURES.glob("*.txt") if not p.name.endswith(".source.txt"))
    if SHARED_CORPUS is not None:
        paths += sorted(p for p in SHARED_CORPUS.glob("*.txt") if not p.name.endswith(".source.txt"))
    return paths


@pytest.mark.parametrize("path", _real_texts(), ids=lambda p: p.name[:24])
def test_real_published_documents_give_no_block_finding_when_dated(checker, path):
    """Real documents judged at their own date. A document whose date the tool cannot find (no
    closing date line) is judged at the end of the year its file name gives, else 2019-01-01:
    this test is about the gates, not about finding dates."""
    report = checker.check_path(path)
    if report.date_source != "document":
        saved = checker.options.date, checker.options.today
        checker.options.date = checker.options.today = _published(path)
        try:
            report = checker.check_path(path)
        finally:
            checker.options.date, checker.options.today = saved
    assert hits(report.findings, severity="block") == []


def _published(path: Path) -> dt.date:
    import re
    m = re.search(r"_(\d{4})_", path.name)
    return dt.date(int(m.group(1)), 12, 31) if m else dt.date(2019, 1, 1)
