from __future__ import annotations

import pytest

from text_helpers import run_check


@pytest.mark.parametrize("text", ["截止2023年底，全市共有企业1200家。", "截止目前，已完成全部任务。", "截止今年6月，累计发放补贴。",
                                  "截止二〇二三年十二月底"])
def test_jiezhi_before_a_time_is_jiezhi(text):
    [f] = run_check("usage", text)
    assert (f.rule, f.text, f.suggestion) == ("text.typo.usage", "截止", "截至")


@pytest.mark.parametrize("text", ["各单位必需严格遵守保密规定。", "申请人必需按时报送材料。", "必需经过审批。", "必需要加强管理。"])
def test_bixu_before_a_verb_is_bixu(text):
    [f] = run_check("usage", text)
    assert (f.text, f.suggestion) == ("必需", "必须")


@pytest.mark.parametrize("text", [
    "报名于2023年5月1日截止。", "截止日期为5月1日。", "截止到2023年底，共有企业1200家。", "截至目前，已完成全部任务。",
    "保障群众生活必需品供应。", "这是开展工作所必需的条件。", "安排必需经费。", "生产必需要素。", "各单位必须严格遵守。",
])
def test_right_uses_are_quiet(text):
    assert run_check("usage", text) == []
