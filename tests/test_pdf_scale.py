"""Big PDFs: a 1,000-page file loads with flat memory and reports progress; 5,000 annotations
give a bounded report."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pdfgen import Name, PdfBuilder
from reviewer.core.documents import load_document
from reviewer.core.documents.pdf import ITEMS_PER_KIND

TEXT = "各地要按照要求认真做好补贴资金发放工作，确保各项任务落到实处，不得拖延。"

# resident memory sampled during the load (ru_maxrss would carry over pytest's own peak through fork)
MEASURE = """
import json, os, sys
from reviewer.core.documents import load_document
import reviewer.core.documents.pdf, pdfminer.pdfdocument, pdfminer.pdfpage   # imports before the baseline
def rss_kb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
base = rss_kb()
calls, peak = [], [base]
def progress(done, total, message):
    calls.append(done)
    if done % 10 == 0:
        peak.append(rss_kb())
doc = load_document(sys.argv[1], progress=progress)
peak.append(rss_kb())
print(json.dumps({"base_kb": base, "peak_kb": max(peak), "pages": doc.pages, "progress": len(calls),
                  "last": calls[-1], "chars": doc.chars}))
"""


def build_pages(path: Path, pages: int) -> Path:
    b = PdfBuilder()
    for n in range(pages):
        page = b.page()
        y = 780.0
        for _ in range(6):
            y = page.paragraph(72, y, f"第{n + 1}页。" + TEXT, 30, size=14)
    path.write_bytes(b.build())
    return path


def measure(path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="resident memory is read from /proc")
def test_thousand_pages_memory_bounded_and_progress(tmp_path):
    small = measure(build_pages(tmp_path / "p50.pdf", 50))
    started = time.perf_counter()
    big = measure(build_pages(tmp_path / "p1000.pdf", 1000))
    elapsed = time.perf_counter() - started
    assert big["pages"] == 1000 and big["progress"] == 1000 and big["last"] == 1000
    grown_small = small["peak_kb"] - small["base_kb"]
    grown_big = big["peak_kb"] - big["base_kb"]
    # 20x the pages: the paragraphs themselves grow (text and compact origins, ~10 KB a page),
    # but no page, text page or bitmap is kept
    assert grown_big < 60_000, f"peak RSS grew by {grown_big} KB for 1,000 pages (50 pages: {grown_small} KB)"
    assert big["chars"] > 1000 * 200
    print(f"1,000 pages: {elapsed:.1f}s, peak RSS +{grown_big} KB (50 pages: +{grown_small} KB)")


def test_five_thousand_annotations_give_a_bounded_report(tmp_path, checker):
    b = PdfBuilder()
    for p in range(50):
        page = b.page()
        page.paragraph(72, 760, TEXT, 30, size=14)
        for k in range(100):
            subtype = "Text" if k % 2 else "Highlight"
            page.annots.append({"Subtype": Name(subtype), "Rect": [72 + k % 10 * 40, 100 + k // 10 * 40,
                                                                   92 + k % 10 * 40, 120 + k // 10 * 40],
                                "T": f"审核人{k % 7}", "Contents": f"第{p + 1}页意见{k}"})
    path = tmp_path / "annots.pdf"
    path.write_bytes(b.build())
    started = time.perf_counter()
    doc = load_document(path)
    elapsed = time.perf_counter() - started
    items = [h for h in doc.hidden if h.kind == "annotation"]
    assert len(items) == ITEMS_PER_KIND + 1
    summary = items[-1]
    assert summary.detail["summary"] and summary.detail["count"] == 5000 - ITEMS_PER_KIND
    assert set(summary.detail["by_type"]) == {"文字批注", "高亮"}
    assert elapsed < 10, f"5,000 annotations took {elapsed:.1f}s"
    findings = [f for f in checker.check_path(path).findings if f.rule == "secrecy.pdf.annotation"]
    assert len(findings) == ITEMS_PER_KIND + 1
