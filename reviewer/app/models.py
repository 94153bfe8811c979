"""Qt table models (Vorta's shape: column constants, role constants, sorting and filtering in a
proxy), tested with qtmodeltester and without any widget."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from reviewer.app import names
from reviewer.app.i18n import N_, tr
from reviewer.core.findings import GATES, SEVERITY_RANK

Index = QModelIndex | QPersistentModelIndex


@dataclass
class FindingRow:
    """A finding as the UI shows it, with its disposition when a review is open."""
    id: str
    rule: str
    gate: str
    severity: str
    message: str
    text: str
    context: str = ""
    suggestion: str | None = None
    basis: str | None = None
    location: dict = field(default_factory=dict)
    disposition: str | None = None
    disposition_user: str | None = None
    disposition_reason: str | None = None
    reopened: bool = False

    @classmethod
    def from_finding(cls, f) -> "FindingRow":
        return cls(id=f.id, rule=f.rule, gate=f.gate, severity=f.severity, message=f.message, text=f.text,
                   context=f.context, suggestion=f.suggestion, basis=f.basis, location=f.location.to_json())

    @classmethod
    def from_state(cls, s) -> "FindingRow":
        return cls(id=s.id, rule=s.rule, gate=s.gate, severity=s.severity, message=s.message, text=s.text,
                   context=s.context, suggestion=s.suggestion, basis=s.basis, location=dict(s.location or {}),
                   disposition=s.disposition, disposition_user=s.disposition_user,
                   disposition_reason=s.disposition_reason, reopened=bool(s.reopened))

    @property
    def open(self) -> bool:
        """Still needs a person: no disposition, or `fixed` but found again."""
        return self.disposition is None or self.reopened


class FindingsModel(QAbstractTableModel):
    COL_GATE, COL_SEVERITY, COL_RULE, COL_TEXT, COL_SUGGESTION, COL_DISPOSITION, COL_WHERE = range(7)
    HEADERS = (N_("关口"), N_("级别"), N_("规则"), N_("原文"), N_("建议"), N_("处置"), N_("位置"))

    RowRole = Qt.ItemDataRole.UserRole          # the FindingRow
    SortRole = Qt.ItemDataRole.UserRole + 1     # comparable value of the cell
    GateRole = Qt.ItemDataRole.UserRole + 2
    SeverityRole = Qt.ItemDataRole.UserRole + 3
    OpenRole = Qt.ItemDataRole.UserRole + 4     # bool: still needs a disposition

    def __init__(self, parent=None, theme: str = "standard"):
        super().__init__(parent)
        self.rows: list[FindingRow] = []
        self.theme = theme

    def set_rows(self, rows: Iterable[FindingRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Iterable[FindingRow]) -> None:
        """Same findings, new dispositions: refresh in place so the selection survives."""
        new = {r.id: r for r in rows}
        if set(new) != {r.id for r in self.rows}:
            self.set_rows(new.values())
            return
        self.rows = [new[r.id] for r in self.rows]
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.HEADERS) - 1))

    def row_of(self, finding_id: str) -> int:
        for n, r in enumerate(self.rows):
            if r.id == finding_id:
                return n
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a view asks for a dozen roles per cell on every paint: answer the unused ones at once
        if role not in _FINDING_ROLES or not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.message
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            return self._sort(row, col)
        if role == self.GateRole:
            return row.gate
        if role == self.SeverityRole:
            return row.severity
        if role == self.OpenRole:
            return row.open
        if role == Qt.ItemDataRole.BackgroundRole and col == self.COL_GATE:
            from reviewer.app.theme import gate_colour
            return gate_colour(self.theme, row.gate)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_GATE:
            return QColor("#000000")
        if role == Qt.ItemDataRole.FontRole and col == self.COL_SEVERITY and row.severity == "block":
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: FindingRow, col: int) -> str:
        if col == self.COL_GATE:
            return names.gate_name(row.gate)
        if col == self.COL_SEVERITY:
            return names.severity_name(row.severity)
        if col == self.COL_RULE:
            return row.rule
        if col == self.COL_TEXT:
            return row.text.replace("\n", " ")[:80]
        if col == self.COL_SUGGESTION:
            return row.suggestion or ""
        if col == self.COL_DISPOSITION:
            label = names.disposition_name(row.disposition)
            return tr("{label}（仍存在）").format(label=label) if row.reopened else label
        if col == self.COL_WHERE:
            return names.where(row.location)
        return ""

    def _sort(self, row: FindingRow, col: int) -> Any:
        if col == self.COL_GATE:
            return GATES.index(row.gate) if row.gate in GATES else 99
        if col == self.COL_SEVERITY:
            return SEVERITY_RANK.get(row.severity, 9)
        if col == self.COL_DISPOSITION:
            return (0 if row.open else 1, row.disposition or "")
        if col == self.COL_WHERE:
            loc = row.location
            return (loc.get("part", ""), loc.get("part_index") or 0, loc.get("paragraph", 0), loc.get("start", 0))
        return self._display(row, col)


STATUS_ALL, STATUS_OPEN, STATUS_DONE = "all", "open", "done"


_FINDING_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, FindingsModel.RowRole, FindingsModel.SortRole,
    FindingsModel.GateRole, FindingsModel.SeverityRole, FindingsModel.OpenRole))


class FindingsFilter(QSortFilterProxyModel):
    """Filter by gates, severities, status (open / dispositioned) and a search text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.gates: set[str] = set(GATES)
        self.severities: set[str] = {"block", "review", "info"}
        self.status = STATUS_ALL
        self.search = ""
        self.setSortRole(FindingsModel.SortRole)

    def set_filter(self, *, gates: set[str] | None = None, severities: set[str] | None = None,
                   status: str | None = None, search: str | None = None) -> None:
        # Qt 6.10 replaced invalidateFilter() with begin/endFilterChange(); older Qt (needed on
        # systems with glibc < 2.34) has only the former
        modern = hasattr(self, "endFilterChange")
        if modern:
            self.beginFilterChange()
        if gates is not None:
            self.gates = set(gates)
        if severities is not None:
            self.severities = set(severities)
        if status is not None:
            self.status = status
        if search is not None:
            self.search = search.strip().lower()
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row: FindingRow = model.rows[source_row]
        if row.gate not in self.gates or row.severity not in self.severities:
            return False
        if self.status == STATUS_OPEN and not row.open:
            return False
        if self.status == STATUS_DONE and row.open:
            return False
        if self.search:
            hay = " ".join((row.text, row.message, row.rule, row.suggestion or "", row.context)).lower()
            return self.search in hay
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        lv, rv = left.data(FindingsModel.SortRole), right.data(FindingsModel.SortRole)
        try:
            return lv < rv
        except TypeError:
            return str(lv) < str(rv)


@dataclass(frozen=True)
class Column:
    header: str                      # N_() marked
    value: Callable[[Any], Any]      # row -> shown value
    sort: Callable[[Any], Any] | None = None


class RowsModel(QAbstractTableModel):
    """A read-only table of Python objects with columns declared as data (batch results,
    lexicon entries, review history, users)."""
    RowRole = Qt.ItemDataRole.UserRole
    SortRole = Qt.ItemDataRole.UserRole + 1
    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_row(self, row: Any) -> None:
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self.rows.append(row)
        self.endInsertRows()

    def replace_row(self, n: int, row: Any) -> None:
        self.rows[n] = row
        self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, column = self.rows[index.row()], self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(row)
            return "" if value is None else str(value)
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            value = (column.sort or column.value)(row)
            return "" if value is None else value
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts on SortRole with Python's comparison (numbers stay numbers) and filters on a text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(RowsModel.SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left: Index, right: Index) -> bool:
        lv, rv = left.data(self.sortRole()), right.data(self.sortRole())
        try:
            return lv < rv
        except TypeError:
            return str(lv) < str(rv)
