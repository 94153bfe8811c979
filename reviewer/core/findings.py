"""The finding: what every check reports and every front end shows (DESIGN.md, "The finding")."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

GATES = ("political", "legal", "policy", "secrecy", "text")
GATE_NAMES = {
    "political": "政治关",
    "legal": "法律关",
    "policy": "政策关",
    "secrecy": "保密关",
    "text": "文字关",
}

BLOCK, REVIEW, INFO = "block", "review", "info"
SEVERITIES = (BLOCK, REVIEW, INFO)
SEVERITY_NAMES = {BLOCK: "禁止发布", REVIEW: "需人工判断", INFO: "提示"}
SEVERITY_RANK = {BLOCK: 0, REVIEW: 1, INFO: 2}

PART_KINDS = ("body", "header", "footer", "table", "footnote", "endnote", "comment",
              "textbox", "metadata", "page")
PART_NAMES = {
    "body": "正文", "header": "页眉", "footer": "页脚", "table": "表格", "footnote": "脚注",
    "endnote": "尾注", "comment": "批注", "textbox": "文本框", "metadata": "文档属性", "page": "页",
}

CONTEXT_CHARS = 30


@dataclass(frozen=True)
class Location:
    part: str
    part_index: int | None
    paragraph: int
    start: int
    end: int
    page: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"part": self.part, "part_index": self.part_index, "paragraph": self.paragraph,
                "start": self.start, "end": self.end, "page": self.page}

    def describe(self) -> str:
        """Where a person finds it: 第3页第2段 / 第1节页眉第1段 / 正文第12段."""
        name = PART_NAMES.get(self.part, self.part)
        if self.part == "page":
            return f"第{self.part_index}页第{self.paragraph + 1}段"
        if self.part_index is not None and self.part not in ("body", "metadata"):
            prefix = f"第{self.part_index}节{name}" if self.part in ("header", "footer") else f"{name}{self.part_index}"
        else:
            prefix = name
        return f"{prefix}第{self.paragraph + 1}段"


@dataclass
class Finding:
    rule: str
    gate: str
    severity: str
    message: str
    text: str
    location: Location
    context: str = ""
    suggestion: str | None = None
    basis: str | None = None
    # extra facts a front end may show (author of a comment, what kind of number...); not hashed
    detail: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        if self.gate not in GATES:
            raise ValueError(f"unknown gate {self.gate!r} in rule {self.rule}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r} in rule {self.rule}")
        if not self.rule.startswith(self.gate + "."):
            raise ValueError(f"rule {self.rule!r} does not start with its gate {self.gate!r}")

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "rule": self.rule, "gate": self.gate, "severity": self.severity,
               "message": self.message, "text": self.text, "context": self.context,
               "suggestion": self.suggestion, "location": self.location.to_json(), "basis": self.basis}
        if self.detail:
            out["detail"] = self.detail
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Finding":
        loc = data.get("location") or {}
        return cls(rule=data["rule"], gate=data["gate"], severity=data["severity"],
                   message=data.get("message", ""), text=data.get("text", ""),
                   location=Location(loc.get("part", "body"), loc.get("part_index"), loc.get("paragraph", 0),
                                     loc.get("start", 0), loc.get("end", 0), loc.get("page")),
                   context=data.get("context", ""), suggestion=data.get("suggestion"),
                   basis=data.get("basis"), detail=data.get("detail") or {}, id=data.get("id", ""))


def context_of(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    return text[max(0, start - width): end + width]


_SPACE = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _SPACE.sub("", s)


def assign_ids(findings: list[Finding]) -> None:
    """Stable ids: hash of rule, normalised text and context, and the occurrence number among
    identical ones (a header marker repeated on every page gets one id per occurrence).
    Nothing about the position enters the hash, so edits elsewhere leave ids unchanged."""
    seen: dict[tuple[str, str, str], int] = {}
    for f in findings:
        key = (f.rule, _norm(f.text), _norm(f.context))
        n = seen.get(key, 0)
        seen[key] = n + 1
        digest = hashlib.sha256("\x1f".join((*key, str(n))).encode("utf-8")).hexdigest()
        f.id = digest[:16]


def sort_key(f: Finding) -> tuple:
    loc = f.location
    return (PART_KINDS.index(loc.part) if loc.part in PART_KINDS else len(PART_KINDS), loc.part_index or 0,
            loc.page or 0, loc.paragraph, loc.start, SEVERITY_RANK[f.severity], f.rule)
