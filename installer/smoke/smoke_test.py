#!/usr/bin/env python3
"""Smoke test of the frozen app: `python installer/smoke/smoke_test.py DIST_DIR`.

DIST_DIR is the one-folder build (dist/reviewer). The frozen binary runs with an empty
environment (env -i: no venv on PATH, no PYTHONPATH/PYTHONHOME, a throw-away HOME), so it can
only use what the bundle carries. This script itself may run under any Python 3.11+; it
only starts the binary and reads its output. With --reference-python PY the frozen findings
are also compared with the same source run unfrozen under PY: a file the bundle lacks (a
lexicon, the jieba dictionary, a CMap) shows up as a difference.

Steps that need code not yet in the checkout (the GUI, the sign-off record, the sanitizers)
run when that code is present and say so when it is not.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "installer"))
import bundle  # noqa: E402

DOCX = ROOT / "resources" / "samples" / "示例草稿.docx"
PDF = HERE / "示例草稿.pdf"
ID_NUMBER = "110101198001010037"
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"

failures: list[str] = []


def step(name: str, ok: bool, detail: str = "") -> None:
    print(f"  {'ok  ' if ok else 'FAIL'} {name}" + (f" — {detail}" if detail and not ok else ""))
    if not ok:
        failures.append(f"{name}: {detail}")


WINDOWS = os.name == "nt"


def bare_env(home: Path) -> dict:
    """An environment with nothing of the build in it: no venv, no PYTHONPATH, a new home."""
    if not WINDOWS:
        return {"HOME": str(home), "PATH": SYSTEM_PATH, "LANG": "C.UTF-8"}
    system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
    return {"SYSTEMROOT": system_root, "PATH": rf"{system_root}\System32;{system_root}",
            "USERPROFILE": str(home), "APPDATA": str(home / "Roaming"),
            "LOCALAPPDATA": str(home / "Local"), "TEMP": str(home), "TMP": str(home)}


def user_dirs(home: Path) -> tuple[Path, Path]:
    """(data, cache) folders the app must use under that environment (reviewer.core.paths)."""
    if WINDOWS:
        return home / "Roaming" / "reviewer", home / "Local" / "reviewer" / "cache"
    return home / ".local" / "share" / "reviewer", home / ".cache" / "reviewer"


def run(exe: Path, *args: str, home: Path, extra_env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    env = {**bare_env(home), **(extra_env or {})}
    return subprocess.run([str(exe), *args], env=env, cwd=home, capture_output=True, timeout=300, **kw)


def findings_of(proc: subprocess.CompletedProcess) -> list[dict]:
    report = json.loads(proc.stdout.decode("utf-8"))
    return report["documents"][0]["findings"]


def has(findings: list[dict], rule_prefix: str, text: str | None = None, **location) -> bool:
    for f in findings:
        if not f["rule"].startswith(rule_prefix) or (text is not None and f["text"] != text):
            continue
        if all(f["location"].get(k) == v for k, v in location.items()):
            return True
    return False


def signature(findings: list[dict]) -> list[tuple]:
    return sorted((f["rule"], f["severity"], f["text"], json.dumps(f["location"], sort_keys=True)) for f in findings)


def reference(python: str, path: Path, home: Path) -> list[dict]:
    env = {**os.environ, "REVIEWER_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([python, "-m", "reviewer", "check", str(path), "--format", "json"],
                          env=env, cwd=ROOT, capture_output=True, timeout=300)
    return findings_of(proc)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dist", type=Path)
    parser.add_argument("--reference-python", help="a Python with this checkout installed, to compare against")
    args = parser.parse_args()
    dist = args.dist.resolve()
    suffix = ".exe" if WINDOWS else ""
    exe = dist / (bundle.APP_NAME + suffix)
    gui_exe = dist / (bundle.GUI_NAME + suffix)
    work = Path(tempfile.mkdtemp(prefix="reviewer-smoke-"))
    home = work / "home"
    home.mkdir()
    print(f"smoke test of {dist}")
    try:
        started = time.perf_counter()
        proc = run(exe, "--version", home=home)
        elapsed = time.perf_counter() - started
        out = proc.stdout.decode().strip()
        step("--version", proc.returncode == 0 and out == f"reviewer {bundle.version()}", f"rc={proc.returncode} out={out!r}")
        print(f"       ({elapsed:.2f} s)")

        data = dist / "_internal"
        missing = [p for p in bundle.must_contain() if not (data / p).exists()]
        step("bundle carries its data", not missing, f"missing: {missing}")

        proc = run(exe, "check", str(DOCX), "--format", "json", home=home)
        docx_findings = findings_of(proc) if proc.stdout else []
        step("check .docx exits 1 (block findings)", proc.returncode == 1, f"rc={proc.returncode} {proc.stderr.decode()[-500:]}")
        step(".docx: ID number found", has(docx_findings, "secrecy.personal.id", ID_NUMBER))
        step(".docx: 机密★5年 in the page header", has(docx_findings, "secrecy.marker.classified", "机密★5年", part="header"))
        step(".docx: tracked deletion found", has(docx_findings, "secrecy.hidden.revision"))

        proc = run(exe, "check", str(PDF), "--format", "json", home=home)
        pdf_findings = findings_of(proc) if proc.stdout else []
        step("check .pdf exits 1", proc.returncode == 1, f"rc={proc.returncode} {proc.stderr.decode()[-500:]}")
        step(".pdf: 机密★5年 at the top of page 1",
             has(pdf_findings, "secrecy.marker.classified", "机密★5年", part="page", part_index=1, paragraph=0))
        step(".pdf: ID number found", has(pdf_findings, "secrecy.personal.id", ID_NUMBER, page=1))

        if args.reference_python:
            ref_home = work / "reference"
            for name, frozen, path in (("docx", docx_findings, DOCX), ("pdf", pdf_findings, PDF)):
                same = signature(frozen) == signature(reference(args.reference_python, path, ref_home))
                step(f"frozen .{name} findings equal the unfrozen run", same)

        proc = run(exe, "lexicon", "check", home=home)
        step("lexicon check passes", proc.returncode == 0, proc.stdout.decode()[-500:] + proc.stderr.decode()[-500:])

        data_dir, cache_dir = user_dirs(home)
        step("word cache built in the user cache folder", bool(list(cache_dir.glob("words-*"))),
             str(list(home.rglob("*"))[:10]))
        step("nothing written beside the program", not (dist / "data").exists())

        # The windowed reviewer-gui.exe starts with sys.stdout/stderr set to None. On Windows it
        # is that executable; elsewhere closing the descriptors makes Python do the same. The
        # runtime hook must turn them into the log, and jieba, print() and the report must not crash.
        proc = subprocess.run([str(gui_exe), "check", str(DOCX)], env=bare_env(home), cwd=home,
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=300, preexec_fn=None if WINDOWS else _close_stdio)
        log = data_dir / "logs" / "reviewer-gui.log"
        logged = log.exists() and ID_NUMBER in log.read_text(encoding="utf-8")
        step("no console streams (reviewer-gui): runs, output goes to the log", proc.returncode == 1 and logged,
             f"rc={proc.returncode}, log exists={log.exists()}")

        portable_test(dist, work)
        workflow_test(exe, home, work)
        gui_test(exe, home, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"smoke test FAILED ({len(failures)}):")
        for f in failures:
            print("  - " + f)
        return 1
    print("smoke test passed")
    return 0


def _close_stdio() -> None:
    os.close(1)
    os.close(2)


def portable_test(dist: Path, work: Path) -> None:
    """portable.txt beside the executable: all data goes to data/ beside it, nothing to HOME."""
    copy = work / "usb" / dist.name
    shutil.copytree(dist, copy, symlinks=True)
    (copy / "portable.txt").write_text("", encoding="utf-8")
    home = work / "portable-home"
    home.mkdir()
    proc = run(copy / (bundle.APP_NAME + (".exe" if WINDOWS else "")), "check", str(DOCX), home=home)
    step("portable: check runs", proc.returncode == 1, f"rc={proc.returncode} {proc.stderr.decode()[-300:]}")
    caches = list((copy / "data" / "cache").glob("words-*"))
    step("portable: data/ beside the program", bool(caches), str(list((copy / "data").rglob("*"))[:5]))
    step("portable: nothing in HOME", not any(home.iterdir()), str(list(home.rglob("*"))[:5]))


GATES = ("political", "legal", "policy", "secrecy", "text")


def workflow_test(exe: Path, home: Path, work: Path) -> None:
    """A whole review in the frozen app: users, open, five gates, dispositions, sign-off, the
    record in JSON, .docx and PDF (Qt renders it), its verification and the audit chain."""
    if not (ROOT / "reviewer" / "commands" / "record.py").is_file():
        print("  skip sign-off record: the workflow is not in this checkout yet")
        return
    draft = work / "draft.docx"
    shutil.copy(DOCX, draft)
    db = work / "review.db"

    def cli(*args: str, password: str | None = None, by: str | None = None) -> subprocess.CompletedProcess:
        stdin = "".join(f"{p}\n" for p in (password, by) if p)
        return run(exe, "--db", str(db), *args, home=home, input=stdin.encode())

    def ok(name: str, proc: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
        step(name, proc.returncode == 0, f"rc={proc.returncode} {proc.stderr.decode()[-400:]}")
        return proc

    ok("workflow: first user is the admin", cli("user", "add", "admin", "--role", "admin", "--password-stdin", password="admin-pw"))
    for name, role in (("rev", "reviewer"), ("sec", "secrecy_officer")):
        ok(f"workflow: admin adds {role}", cli("user", "add", name, "--role", role, "--password-stdin", "--by", "admin",
                                              password=f"{name}-pw", by="admin-pw"))
    opened = ok("workflow: open the draft", cli("review", "open", str(draft), "--user", "rev", "--password-stdin",
                                               "--title", "关于做好春季农业生产工作的通知", "--format", "json", password="rev-pw"))
    if opened.returncode:
        return
    rid = str(json.loads(opened.stdout)["review"])
    status = json.loads(cli("review", "status", rid, "--format", "json").stdout)
    blocks = [f["id"] for f in status["findings"] if f["severity"] == "block"]
    step("workflow: the draft's ID number is a block finding",
         any(f["text"] == ID_NUMBER and f["severity"] == "block" for f in status["findings"]))
    for gate in GATES:
        ok(f"workflow: {gate} gate passed", cli("review", "decide", rid, "--gate", gate, "--decision", "pass",
                                                "--user", "rev", "--password-stdin", password="rev-pw"))
    ok("workflow: block findings dispositioned", cli("review", "dispose", rid, *blocks, "--as", "false_positive",
                                                     "--reason", "冒烟测试", "--user", "rev", "--password-stdin",
                                                     password="rev-pw"))
    ok("workflow: secrecy officer signs off", cli("review", "signoff", rid, "--user", "sec", "--password-stdin",
                                                  password="sec-pw"))
    for fmt in ("json", "docx", "pdf"):
        out = work / f"record.{fmt}"
        ok(f"workflow: record exported as {fmt}", cli("record", "export", rid, "--format", fmt, "-o", str(out)))
        step(f"workflow: record.{fmt} written", out.is_file() and out.stat().st_size > 1000)
    verified = cli("record", "verify", str(work / "record.json"), str(draft))
    step("workflow: record verifies against the signed file", verified.returncode == 0 and "核验通过" in verified.stdout.decode(),
         verified.stdout.decode()[-300:] + verified.stderr.decode()[-300:])
    ok("workflow: audit chain verifies", cli("db", "verify", "--record", str(work / "record.json")))


def gui_test(exe: Path, home: Path, work: Path) -> None:
    if not (ROOT / "reviewer" / "app").is_dir():
        print("  skip GUI: reviewer/app is not in this checkout yet")
        return
    shot = work / "window.png"
    proc = run(exe, "gui", "--open", str(DOCX), "--screenshot", str(shot), home=home,
               extra_env={"QT_QPA_PLATFORM": "offscreen"})
    ok = proc.returncode == 0 and shot.exists() and shot.stat().st_size > 1000
    step("window opens offscreen with the draft and takes a screenshot", ok,
         f"rc={proc.returncode} {proc.stderr.decode()[-800:]}")
    if ok and os.environ.get("REVIEWER_SMOKE_KEEP"):
        shutil.copy(shot, os.environ["REVIEWER_SMOKE_KEEP"])


if __name__ == "__main__":
    sys.exit(main())
