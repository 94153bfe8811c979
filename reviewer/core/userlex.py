"""Department lexicons and the personal allow-list, kept in the user's data folder.

The shipped lexicons are never edited: a department adds its own `.lex` files (or plain term
lists, converted on import) and a person keeps an allow-list, one phrase per line.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path

from reviewer.core.findings import GATES, SEVERITIES
from reviewer.core.lexicon import Lexicon, load_directory, load_file, parse_lexicon, plain_term_list


class UserLexiconError(Exception):
    pass


def lexicon_folder(data_dir: Path) -> Path:
    return data_dir / "lexicons"


def allow_file(data_dir: Path) -> Path:
    return data_dir / "allow.txt"


def user_lexicons(data_dir: Path) -> tuple[list[Lexicon], list[str]]:
    return load_directory(lexicon_folder(data_dir), "user")


def _safe_name(lex_id: str) -> str:
    return re.sub(r"[^\w.\-]", "_", lex_id) + ".lex"


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def import_lexicon(source: Path, data_dir: Path) -> Lexicon:
    """Validate a .lex file and copy it into the user's folder (replacing one with the same id)."""
    if not source.is_file():
        raise UserLexiconError(f"文件不存在：{source}")
    lex, problems = load_file(source, "user")
    if lex is None or problems:
        raise UserLexiconError("词表有错误，未导入：\n" + "\n".join(problems))
    target = lexicon_folder(data_dir) / _safe_name(lex.id)
    _write_atomic(target, source.read_text(encoding="utf-8-sig"))
    return lex


def import_terms(source: Path, data_dir: Path, gate: str, severity: str = "block", name: str | None = None,
                 source_note: str | None = None) -> Lexicon:
    """A plain list (term[TAB suggestion] per line) becomes a department list of `gate`, kept as a
    `.terms` file with a header (it matches like a search, and stays fast at 100,000 names)."""
    if gate not in GATES or severity not in SEVERITIES:
        raise UserLexiconError(f"关口或级别不正确：{gate} {severity}")
    if not source.is_file():
        raise UserLexiconError(f"文件不存在：{source}")
    raw = source.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise UserLexiconError("词表既不是 UTF-8 也不是 GBK 编码，请另存为 UTF-8 后再导入") from None
    lex_id = f"dept.{name or source.stem}"
    today = dt.date.today().isoformat()
    body = [line for line in text.splitlines() if not line.startswith("@")]
    content = "\n".join([f"@id: {lex_id}", f"@gate: {gate}", f"@severity: {severity}", f"@version: {today}",
                         f"@source: {source_note or '部门词表 ' + source.name}", f"@source_date: {today}",
                         "@message: 部门词表中的词：{term}", *body]) + "\n"
    target = lexicon_folder(data_dir) / (_safe_name(lex_id)[:-4] + ".terms")
    _write_atomic(target, content)
    lex, problems = plain_term_list(target, origin="user")
    if problems:
        target.unlink()
        raise UserLexiconError("词表有错误，未导入：\n" + "\n".join(problems))
    return lex


def _header(lex_id: str, gate: str, severity: str, source_note: str) -> list[str]:
    today = dt.date.today().isoformat()
    return [f"@id: {lex_id}", f"@gate: {gate}", f"@rule: {gate}.custom", f"@severity: {severity}",
            f"@version: {today}", f"@source: {source_note}", f"@source_date: {today}",
            "@message: 部门词表中的词：{term}"]


def department_lexicon_id(gate: str) -> str:
    return f"dept.{gate}"


def add_term(data_dir: Path, gate: str, term: str, suggestion: str | None = None,
             severity: str = "review") -> Lexicon:
    """Add one term to the department lexicon of `gate` (created on first use)."""
    if gate not in GATES or severity not in SEVERITIES:
        raise UserLexiconError(f"关口或级别不正确：{gate} {severity}")
    term = term.strip().replace("|", "")
    suggestion = (suggestion or "").strip().replace("|", "")
    if not term:
        raise UserLexiconError("词语不能为空")
    lex_id = department_lexicon_id(gate)
    target = lexicon_folder(data_dir) / _safe_name(lex_id)
    if target.exists():
        lines = target.read_text(encoding="utf-8-sig").rstrip("\n").split("\n")
        existing, _ = parse_lexicon("\n".join(lines) + "\n", str(target), "user")
        if existing is not None and any(e.term == term for e in existing.entries):
            raise UserLexiconError(f"部门词表中已有：{term}")
    else:
        lines = _header(lex_id, gate, "review", "部门自定义词语")
    lines.append(f"{term} | {suggestion} | severity={severity}")
    content = "\n".join(lines) + "\n"
    lex, problems = parse_lexicon(content, str(target), "user")
    if lex is None or problems:
        raise UserLexiconError("词语无法加入词表：\n" + "\n".join(problems))
    _write_atomic(target, content)
    return lex


def remove_term(data_dir: Path, lex_id: str, term: str) -> None:
    """Remove one entry line from a department lexicon (.lex or .terms)."""
    for lex in user_lexicons(data_dir)[0]:
        if lex.id == lex_id:
            path = Path(lex.path)
            lines = path.read_text(encoding="utf-8-sig").split("\n")
            kept = [ln for ln in lines if ln.lstrip().startswith(("@", "#"))
                    or ln.split("|", 1)[0].split("\t", 1)[0].strip() != term]
            if len(kept) == len(lines):
                raise UserLexiconError(f"词表 {lex_id} 中没有：{term}")
            _write_atomic(path, "\n".join(kept))
            return
    raise UserLexiconError(f"用户目录中没有词表 {lex_id}")


def export_allow(data_dir: Path, output: Path) -> int:
    terms = allow_terms(data_dir)
    _write_atomic(output, "".join(t + "\n" for t in terms))
    return len(terms)


def export_lexicon(lex_id: str, output: Path, data_dir: Path) -> None:
    for lex in user_lexicons(data_dir)[0]:
        if lex.id == lex_id:
            shutil.copyfile(lex.path, output)
            return
    raise UserLexiconError(f"用户目录中没有词表 {lex_id}")


def remove_lexicon(lex_id: str, data_dir: Path) -> None:
    for lex in user_lexicons(data_dir)[0]:
        if lex.id == lex_id:
            Path(lex.path).unlink()
            return
    raise UserLexiconError(f"用户目录中没有词表 {lex_id}")


def allow_terms(data_dir: Path) -> list[str]:
    path = allow_file(data_dir)
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        term = line.split("\t", 1)[0].strip()
        if term and not term.startswith("#") and term not in out:
            out.append(term)
    return out


def _save_allow(data_dir: Path, terms: list[str]) -> None:
    _write_atomic(allow_file(data_dir), "# 放行词：每行一个；不会放行密级标志和经校验的个人信息\n"
                  + "".join(t + "\n" for t in terms))


def add_allow(data_dir: Path, term: str) -> None:
    term = term.strip()
    if not term:
        raise UserLexiconError("放行词不能为空")
    terms = allow_terms(data_dir)
    if term not in terms:
        _save_allow(data_dir, terms + [term])


def remove_allow(data_dir: Path, term: str) -> None:
    terms = allow_terms(data_dir)
    if term not in terms:
        raise UserLexiconError(f"放行词中没有：{term}")
    _save_allow(data_dir, [t for t in terms if t != term])


def import_allow(data_dir: Path, source: Path) -> int:
    raw = source.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    terms = allow_terms(data_dir)
    added = 0
    for line in text.splitlines():
        term = line.split("\t", 1)[0].strip()
        if term and not term.startswith("#") and term not in terms:
            terms.append(term)
            added += 1
    _save_allow(data_dir, terms)
    return added
