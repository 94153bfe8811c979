"""Clean and redacted copies of a real published document (a WPS .doc saved as .docx by LibreOffice)."""
from __future__ import annotations

import json
import zipfile

from conftest import ROOT, run_cli
from test_docx_sanitize import all_text

from reviewer.core.documents import load_document

REAL = ROOT / "tests" / "fixtures" / "real" / "hainan_07_琼农_2024_农机补贴实施方案.libreoffice.docx"


def findings_of(path):
    report = json.loads(run_cli("check", str(path), "--format", "json", "--no-user").stdout)
    (doc,) = report["documents"]
    assert doc["errors"] == []
    return doc["findings"]


def texts(path):
    return [(p.part, p.text) for p in load_document(path).paragraphs(("body", "table"))]


def test_clean_copy_of_a_real_document_drops_its_people_and_keeps_every_word(tmp_path):
    before = findings_of(REAL)
    names = {f["text"] for f in before if f["rule"] == "secrecy.hidden.metadata"}
    assert names, "the real file names its author in its properties"
    out = tmp_path / "clean.docx"
    done = run_cli("clean", str(REAL), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert not [f for f in findings_of(out) if f["rule"].startswith("secrecy.hidden")]
    everything = all_text(out)
    assert not [name for name in names if name in everything]
    assert texts(out) == texts(REAL) and len(texts(REAL)) > 150
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None


def test_redacted_copy_of_a_real_document_masks_the_chosen_finding_in_place(tmp_path):
    before = findings_of(REAL)
    target = next(f for f in before if f["gate"] == "text" and f["location"]["part"] == "body"
                  and len(f["text"]) >= 2)
    out = tmp_path / "red.docx"
    done = run_cli("redact", str(REAL), "-o", str(out), "--finding", target["id"])
    assert done.returncode == 0, done.stderr
    original, redacted = texts(REAL), texts(out)
    assert len(original) == len(redacted)
    changed = [(a, b) for a, b in zip(original, redacted) if a != b]
    assert len(changed) == 1
    (_, old), (_, new) = changed[0]
    start = target["location"]["start"]
    assert new == old[:start] + "■" * len(target["text"]) + old[start + len(target["text"]):]
