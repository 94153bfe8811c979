"""Opening files: the kind by content, encodings, and every bad input a clear Chinese message."""
import io
import zipfile
from pathlib import Path

import pytest

from reviewer.core.documents import DocumentError, load_document, sniff


def make_docx(path: Path, text: str = "正文第一段。") -> Path:
    import docx
    d = docx.Document()
    d.add_paragraph(text)
    d.save(path)
    return path


def test_utf8_with_and_without_bom_gbk_and_utf16(tmp_path):
    text = "关于做好春耕生产工作的通知\n各有关单位：\n"
    for name, data in [("u8.txt", text.encode("utf-8")), ("bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8")),
                       ("gbk.txt", text.encode("gbk")), ("gb18030.txt", (text + "𠀀").encode("gb18030")),
                       ("u16.txt", text.encode("utf-16")), ("crlf.txt", text.replace("\n", "\r\n").encode("gbk"))]:
        p = tmp_path / name
        p.write_bytes(data)
        doc = load_document(p)
        assert doc.kind == "txt"
        assert doc.paragraphs().__next__().text == "关于做好春耕生产工作的通知", name
        assert "\ufffd" not in doc.text()


def test_txt_paragraph_is_the_physical_line(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("第一行\n\n第三行\n", encoding="utf-8")
    doc = load_document(p)
    assert [(q.index, q.text) for q in doc.paragraphs()] == [(0, "第一行"), (1, ""), (2, "第三行")]


def test_docx_named_txt_is_read_as_docx(tmp_path):
    p = make_docx(tmp_path / "草稿.txt", "由环境保护部会同有关部门组织实施。")
    assert sniff(p) == "docx"
    assert "环境保护部" in load_document(p).text()


def test_txt_named_pdf_is_refused_as_not_a_pdf(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DocumentError) as e:
        load_document(p)
    assert "不是 PDF" in e.value.message


@pytest.mark.parametrize("name,data,code,words", [
    ("empty.docx", b"", "empty", "为空"),
    ("zip.docx", None, "unsupported", "不是 Word"),
    ("trunc.docx", "truncated", "damaged", "损坏"),
    ("random.bin", bytes([0, 1, 2, 3, 255, 254]) * 1000, "unsupported", "无法识别"),
    ("rtf.doc", b"{\\rtf1\\ansi hello}", "unsupported", "RTF"),
])
def test_bad_inputs_have_chinese_messages(tmp_path, name, data, code, words):
    p = tmp_path / name
    if data is None:
        with zipfile.ZipFile(p, "w") as zf:
            zf.writestr("readme.txt", "hello")
    elif data == "truncated":
        full = make_docx(tmp_path / "full.docx").read_bytes()
        data = full[: len(full) // 2]
        p.write_bytes(data)
    else:
        p.write_bytes(data)
    with pytest.raises(DocumentError) as e:
        load_document(p)
    assert e.value.code == code
    assert words in e.value.message


def test_missing_path(tmp_path):
    with pytest.raises(DocumentError) as e:
        load_document(tmp_path / "nope.docx")
    assert e.value.code == "missing" and "不存在" in e.value.message


def _ole_with_streams(*names: str) -> bytes:
    """A compound file header plus directory entries carrying these stream names (UTF-16LE):
    enough for the sniffer, which reads names, to recognise the file."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    entries = b""
    for name in ("Root Entry",) + names:
        raw = name.encode("utf-16-le") + b"\0\0"
        entries += raw.ljust(64, b"\0") + b"\0" * 64
    return header + entries.ljust(512, b"\0")


def test_legacy_doc_is_told_to_save_as_docx(tmp_path):
    p = tmp_path / "旧.doc"
    p.write_bytes(_ole_with_streams("WordDocument", "1Table"))
    with pytest.raises(DocumentError) as e:
        load_document(p)
    assert e.value.code == "legacy_doc" and "另存为 .docx" in e.value.message


def test_password_protected_docx_is_told_apart(tmp_path):
    p = tmp_path / "加密.docx"
    p.write_bytes(_ole_with_streams("EncryptionInfo", "EncryptedPackage"))
    with pytest.raises(DocumentError) as e:
        load_document(p)
    assert e.value.code == "encrypted" and "密码" in e.value.message


def test_real_wps_doc():
    real = Path(__file__).resolve().parent / "fixtures/real/hainan_07_琼农_2024_农机补贴实施方案.doc"
    with pytest.raises(DocumentError) as e:
        load_document(real)
    assert e.value.code == "legacy_doc"
