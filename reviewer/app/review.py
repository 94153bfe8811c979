"""The one place the GUI talks to the review workflow (`reviewer.core.workflow`, `store`,
`records`). Everything the core refuses comes back as its Chinese message; the GUI decides
nothing itself. The logged-in user's password stays in memory only for this session, because
the core asks for it with every act; sign-off always asks the signer again.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable


class ReviewUnavailable(Exception):
    """The review workflow could not be started (message is Chinese)."""


def _workflow_modules():
    try:
        from reviewer.core import records, store, workflow
    except ImportError as exc:
        raise ReviewUnavailable(f"审查流程模块不可用（{exc.name}），只能检查文件，不能记录审查决定") from None
    return store, workflow, records


@dataclass
class Login:
    name: str
    role: str
    password: str


class Session:
    """The open database and who is logged in."""

    def __init__(self, workflow, store, records, checker_factory=None):
        self.workflow = workflow
        self.store = store
        self._records = records
        self._checker_factory = checker_factory
        self.login: Login | None = None

    @classmethod
    def open(cls, checker_factory: Callable[[], Any] | None = None, db_path: Path | None = None) -> "Session":
        store_mod, workflow_mod, records_mod = _workflow_modules()
        store = store_mod.Store.open(db_path)
        return cls(workflow_mod.Workflow(store, checker_factory), store, records_mod, checker_factory)

    def worker_copy(self) -> "Session":
        """The same database and login on a connection of its own, for a worker thread (the
        database runs in WAL mode, so the GUI thread's connection can go on meanwhile)."""
        copy = Session.open(self._checker_factory, self.store.path)
        copy.login = self.login
        return copy

    def close(self) -> None:
        self.store.close()

    def record_choices(self) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, str]]:
        """Channels, 公开属性 values and the article usually relied on for each, as the core has them."""
        module = type(self.workflow).__module__
        import sys
        wf = sys.modules[module]
        return tuple(wf.CHANNELS), tuple(wf.DISCLOSURES), dict(getattr(wf, "DISCLOSURE_BASIS_HINTS", {}))

    # --- users -----------------------------------------------------------------------------
    def has_users(self) -> bool:
        return self.workflow.has_users()

    def users(self) -> list:
        return [u for u in self.workflow.users() if getattr(u, "active", True)]

    def create_first_admin(self, name: str, password: str) -> None:
        user = self.workflow.create_first_admin(name, password)
        self.login = Login(user.name, user.role, password)

    def log_in(self, name: str, password: str) -> None:
        user = self.workflow.authenticate(name, password)
        self.login = Login(user.name, user.role, password)

    def log_out(self) -> None:
        self.login = None

    def add_user(self, name: str, role: str, password: str) -> None:
        self._need_login()
        self.workflow.add_user(name, role, password, by=self.login.name, by_password=self.login.password)

    def _need_login(self) -> Login:
        if self.login is None:
            raise ReviewUnavailable("请先登录")
        return self.login

    def _who(self) -> dict:
        login = self._need_login()
        return {"user": login.name, "password": login.password}

    # --- reviews ---------------------------------------------------------------------------
    def find_review(self, path: Path) -> int | None:
        return self.workflow.find_review(Path(path))

    def open_review(self, path: Path, report, **meta) -> int:
        review_id, _revision = self.workflow.open_review(Path(path), report=report, **self._who(), **meta)
        return review_id

    def update_review(self, review_id: int, path: Path, report):
        """A reopened file: a new revision when it changed. Returns the core's ResetInfo."""
        return self.workflow.update_review(review_id, Path(path), report=report, **self._who())

    def status(self, review_id: int):
        return self.workflow.status(review_id)

    def decide(self, review_id: int, gate: str, decision: str, reason: str | None) -> None:
        self.workflow.decide(review_id, gate, decision, reason or None, **self._who())

    def dispose(self, review_id: int, finding_ids: list[str], disposition: str, reason: str | None) -> None:
        self.workflow.dispose(review_id, finding_ids, disposition, reason or None, **self._who())

    def signoff_blockers(self, review_id: int, signer: str | None = None) -> list[str]:
        return self.workflow.signoff_blockers(review_id, signer)

    def signoff(self, review_id: int, signer: str, password: str) -> None:
        self.workflow.signoff(review_id, user=signer, password=password)

    def history(self, review_id: int) -> list[dict]:
        return self.workflow.history(review_id)

    def reviews(self) -> list[dict]:
        return self.workflow.reviews()

    # --- records ---------------------------------------------------------------------------
    def export_record(self, review_id: int, fmt: str, out: Path) -> Path:
        pdf_writer = None
        if fmt == "pdf":   # the PDF is laid out with Qt, which the core does not import
            from reviewer.app.record_pdf import write_pdf as pdf_writer
        return self._records.export_record(self.workflow, review_id, fmt, Path(out), pdf_writer)

    def verify_record(self, record: Path, file: Path | None = None) -> list[str]:
        return self._records.verify_record(Path(record), Path(file) if file else None)


def verify_record_file(record: Path, file: Path | None = None) -> list[str]:
    """Verifying a record needs no login and no database."""
    _store, _workflow, records = _workflow_modules()
    return records.verify_record(Path(record), Path(file) if file else None)
