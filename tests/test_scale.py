"""A 1,000-page draft through the whole check: no crash, bounded memory, progress reported."""
import json
import resource
import subprocess
import sys
import zipfile

from conftest import ROOT

PARAGRAPH = ("为深入贯彻落实党中央、国务院决策部署，进一步做好农业生产工作，各地要加强组织领导，"
             "由环境保护部会同有关部门组织实施，联系人：张某，联系电话：13812345678。")
PARAGRAPHS = 12_000  # about 1,000 pages of A4 at 22 lines of 28 characters


def write_big_docx(path):
    """A minimal .docx written as raw XML: python-docx would take longer than the check."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{i}、{PARAGRAPH}</w:t></w:r></w:p>" for i in range(PARAGRAPHS))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                    '<Default Extension="xml" ContentType="application/xml"/>'
                    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    'wordprocessingml.document.main+xml"/></Types>')
        zf.writestr("_rels/.rels",
                    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'officeDocument" Target="word/document.xml"/></Relationships>')
        zf.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {w}><w:body>{body}</w:body></w:document>')


def check_in_child(path, tmp_path):
    """Run `reviewer check --progress` in a child and return (report, stderr, peak RSS in MB)."""
    code = ("import resource, subprocess, sys\n"
            "p = subprocess.run([sys.executable, '-m', 'reviewer', 'check', '--format', 'json', '--no-user', "
            "'--progress', sys.argv[1]], capture_output=True)\n"
            "sys.stdout.buffer.write(p.stdout); sys.stderr.buffer.write(p.stderr)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, cwd=ROOT, timeout=600)
    stderr = out.stderr.decode("utf-8", "replace")
    return json.loads(out.stdout), stderr, int(stderr.strip().splitlines()[-1])


def test_a_thousand_page_docx(tmp_path):
    path = tmp_path / "big.docx"
    write_big_docx(path)
    report, stderr, peak_mb = check_in_child(path, tmp_path)
    doc = report["documents"][0]
    assert doc["errors"] == [] and doc["chars"] > 500_000
    rules = [f["rule"] for f in doc["findings"]]
    assert rules.count("policy.renamed") == PARAGRAPHS
    assert rules.count("secrecy.personal.mobile") == PARAGRAPHS
    assert "%" in stderr and "检查" in stderr            # progress went to stderr
    assert peak_mb < 1500, f"peak memory {peak_mb} MB"


def test_a_thousand_page_gbk_text(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes("\r\n".join(f"{i}、{PARAGRAPH}" for i in range(PARAGRAPHS)).encode("gbk"))
    report, _, peak_mb = check_in_child(path, tmp_path)
    doc = report["documents"][0]
    assert doc["errors"] == [] and doc["kind"] == "txt"
    assert sum(f["rule"] == "policy.renamed" for f in doc["findings"]) == PARAGRAPHS
    assert peak_mb < 1500, f"peak memory {peak_mb} MB"
