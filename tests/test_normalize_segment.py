from reviewer.core.normalize import normalize
from reviewer.core.segment import word_table


def test_identity_when_nothing_to_normalise():
    n = normalize("由环境保护部会同有关部门")
    assert n.text == "由环境保护部会同有关部门"
    assert n.span(1, 6) == (1, 6)


def test_spaces_and_line_breaks_between_cjk_vanish_and_offsets_map_back():
    original = "国家工商行政管理\n总局 和 环境 保护部"
    n = normalize(original)
    assert n.text == "国家工商行政管理总局和环境保护部"
    start = n.text.index("总局")
    s, e = n.span(start, start + 2)
    assert original[s:e] == "总局"
    s, e = n.span(0, len("国家工商行政管理总局"))
    assert original[s:e] == "国家工商行政管理\n总局"
    s, e = n.span(n.text.index("环境保护部"), len(n.text))
    assert original[s:e] == "环境 保护部"


def test_full_width_ascii_quotes_and_case_fold():
    n = normalize("ＧＢ／Ｔ　９７０４“一带一路”")
    assert n.text == 'gb/t 9704"一带一路"'
    s, e = n.span(0, 2)
    assert (s, e) == (0, 2)


def test_space_between_latin_words_is_kept_as_one():
    assert normalize("World  Trade\tOrganization").text == "world trade organization"


def test_to_normalized_is_inverse_of_span():
    original = "甲 乙  丙丁"
    n = normalize(original)
    for i, ch in enumerate(n.text):
        s, _ = n.span(i, i + 1)
        assert n.to_normalized(s) == i and original[s] == ch


def test_segmentation_matches_jieba_without_hmm():
    import jieba
    samples = ["各级农业部门要加强指导", "由国家工商行政管理总局会同有关部门组织实施。",
               "推动与北朝鲜的边境贸易，GB/T 9704-2012规定", "乡村长期发展规划", "习近平新时代中国特色社会主义思想"]
    table = word_table()
    for s in samples:
        assert table.cut(s) == list(jieba.cut(s, HMM=False)), s


def test_boundaries_tell_a_word_cut_through():
    table = word_table()
    text = "各级农业部门要加强指导"
    flags = table.boundaries(text)
    start = text.index("农业部")
    assert flags[start] == 1
    assert flags[start + 3] == 0  # 农业部 ends inside 农业部门


def test_word_table_is_cached_in_the_user_cache_folder():
    from reviewer.core import paths
    word_table()
    assert list(paths.cache_dir().glob("words-*.words")), "the compact word table was not cached"


def test_the_fold_table_agrees_with_fold_char():
    from reviewer.core.normalize import _FOLD, fold_char
    for o in [*range(0x20, 0x7F), *range(0xFF01, 0xFF5F), 0x3000, 0x201C, 0x201D, 0xFF02, 0x2018, 0x2019]:
        assert chr(o).translate(_FOLD) == fold_char(chr(o)), hex(o)


def test_radical_forms_read_as_the_ideographs_they_show():
    from reviewer.core.normalize import fold_radicals
    assert fold_radicals("农业部⻔要加强指导") == "农业部门要加强指导"      # C-simplified gate
    assert fold_radicals("⼈民政府⻓期") == "人民政府长期"               # Kangxi radical, C-simplified long
    assert normalize("各级农业部⻔").text == "各级农业部门"
    assert fold_radicals("普通文字") == "普通文字"


def test_a_radical_in_pdf_text_does_not_make_a_false_match(check_text):
    found = check_text("各级农业部⻔要加强指导。\n2023年5月1日")
    assert not [f for f in found if f.rule == "policy.renamed"]
