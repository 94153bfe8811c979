"""Data files loaded in pieces give exactly what one read and one split give."""
import array

import pytest

from reviewer.core import pieces
from reviewer.core.segment import _load, word_table

TEXTS = ["", "a", "a\n", "\n", "a\nb", "a\nb\n", "\n\n\n", "词\t甲\n𠀀\t乙\r\nc\td\n", "x" * 50 + "\n" + "y" * 7]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("size", [1, 2, 3, 7, 1 << 16])
def test_pieces_rebuild_the_text_and_its_lines(tmp_path, text, size):
    path = tmp_path / "data.txt"
    path.write_bytes(text.encode("utf-8"))
    whole = path.read_text(encoding="utf-8")
    got = list(pieces.text_pieces(path, size))
    assert "".join(got) == whole
    assert all(p.endswith("\n") for p in got[:-1])
    assert pieces.split_lines(path, size) == whole.split("\n")


@pytest.mark.parametrize("size", [1, 2, 5, 1 << 14])
def test_written_lines_read_back(tmp_path, size):
    lines = ["", "甲", "乙丙", "", "丁"] * 3
    path = tmp_path / "lines.txt"
    pieces.write_lines(path, lines, size)
    assert path.read_text(encoding="utf-8") == "\n".join(lines)
    assert pieces.split_lines(path) == lines


def test_dict_and_pairs_match_the_one_call_forms(tmp_path):
    keys = [f"k{n}" for n in range(1000)]
    values = array.array("I", range(1000))
    assert pieces.dict_of(keys, values, size=7) == dict(zip(keys, values))
    path = tmp_path / "pairs.txt"
    path.write_text("".join(f"{k}\t{v}\n" for k, v in zip(keys, values)), encoding="utf-8")
    target = {}
    pieces.update_pairs(target, pieces.text_pieces(path, size=13))
    assert target == {k: str(v) for k, v in zip(keys, values)}


def test_word_table_from_its_cache_equals_the_first_build(tmp_path, monkeypatch):
    from reviewer.core import paths
    from reviewer.core.segment import jieba_dict_path
    shared = word_table()        # the process's table, from the real cache folder
    monkeypatch.setattr(paths, "cache_dir", lambda: tmp_path)
    built = _load(jieba_dict_path())          # no cache yet: built and written
    cached = _load(jieba_dict_path())         # read back from the cache files
    assert cached.freq == built.freq and cached.total == built.total
    assert built.freq == shared.freq and len(built.freq) > 400_000
