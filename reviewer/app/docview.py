"""The draft's text by part, every finding highlighted in its gate's colour.

`build_view` runs in the worker that checked the document (pure Python, no widgets): it lays
the parts out as one plain text and converts the core's offsets (Python str offsets) to Qt's
(UTF-16 code units), so a character outside the BMP such as 𠀀 does not shift highlights. The
widget then only sets the text and the highlights, which keeps the GUI thread responsive.

A paragraph numbered by Word's automatic numbering is shown with its number (`label`, muted)
in front; the number is not part of the paragraph's text, so the text's offsets are shifted
by the label's length, and a finding about the automatic number itself (an empty span at the
paragraph's start whose text is the label) highlights the label.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from reviewer.app import names
from reviewer.app.i18n import tr
from reviewer.app.theme import gate_colour
from reviewer.core.documents.model import HIDDEN_KINDS
from reviewer.core.findings import GATES

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_BREAKS = str.maketrans({"\r": " ", "\n": " ", "\u2028": " ", "\u2029": " ", "\x0b": " ", "\x0c": " "})


def utf16_len(s: str) -> int:
    return len(s) + len(_ASTRAL.findall(s))


@dataclass
class Span:
    start: int          # Qt positions (UTF-16 units) in the view's text
    end: int
    finding_id: str
    gate: str


@dataclass
class DocText:
    text: str = ""
    headings: list[tuple[int, int]] = field(default_factory=list)
    labels: list[tuple[int, int]] = field(default_factory=list)    # automatic numbers, shown muted
    spans: list[Span] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)   # finding ids with no place in the text

    def span_of(self, finding_id: str) -> Span | None:
        for s in self.spans:
            if s.finding_id == finding_id:
                return s
        return None

    def finding_at(self, position: int) -> str | None:
        starts = [s.start for s in self.spans]
        k = bisect.bisect_right(starts, position)
        for s in reversed(self.spans[max(0, k - 8):k]):
            if s.start <= position < max(s.end, s.start + 1):
                return s.finding_id
        return None


def build_view(doc, findings) -> DocText:
    """Lay out `doc` (a core Document) and place `findings` (objects with id, rule, gate, text and
    a location dict or Location)."""
    lines: list[str] = []
    headings: list[tuple[int, int]] = []
    labels: list[tuple[int, int]] = []
    # paragraph -> (where its text starts, its text, its label, where the label starts)
    para_pos: dict[tuple, tuple[int, str, str, int]] = {}
    pos = 0

    def add(line: str, heading: bool = False) -> int:
        nonlocal pos
        start = pos
        lines.append(line)
        length = utf16_len(line)
        if heading:
            headings.append((start, start + length))
        pos += length + 1      # the paragraph separator is one position
        return start

    for part in doc.parts:
        if not part.paragraphs:
            continue
        label = part.label or names.part_name(part.kind)
        add(tr("【{label}】").format(label=label), heading=True)
        for para in part.paragraphs:
            text = para.text.translate(_BREAKS)
            label = para.label
            if label:
                label = label.translate(_BREAKS)
                prefix = label + (" " if para.label_suffix else "")
                start = add(prefix + text)
                labels.append((start, start + utf16_len(label)))
                para_pos[(para.part, para.part_index, para.index)] = (start + utf16_len(prefix), text, label, start)
            else:
                start = add(text)
                para_pos[(para.part, para.part_index, para.index)] = (start, text, "", start)
        add("")
    hidden_pos: list[tuple[str, str, int, str]] = []
    if doc.hidden:
        add(tr("【隐藏内容：不显示，但会随文件发布】"), heading=True)
        for item in doc.hidden:
            prefix = tr("［{kind}］").format(kind=names.hidden_name(item.kind))
            body = item.text.translate(_BREAKS)[:500]
            start = add(prefix + body)
            hidden_pos.append((HIDDEN_KINDS[item.kind], item.text, start + utf16_len(prefix), body))
        add("")

    spans: list[Span] = []
    unplaced: list[str] = []
    for f in findings:
        loc = f.location if isinstance(f.location, dict) else f.location.to_json()
        placed = para_pos.get((loc.get("part"), loc.get("part_index"), loc.get("paragraph")))
        if placed is not None and placed[2] and loc.get("start", 0) == loc.get("end", 0) == 0 \
                and f.text.translate(_BREAKS) == placed[2]:    # about the automatic number itself
            spans.append(Span(placed[3], placed[3] + utf16_len(placed[2]), f.id, f.gate))
            continue
        if placed is not None and loc.get("end", 0) > loc.get("start", 0):
            line_start, text = placed[0], placed[1]
            s, e = loc["start"], min(loc["end"], len(text))
            # hidden content (a deletion, a comment) may be located at a paragraph it is not part of
            if s < e and (f.rule not in HIDDEN_KINDS.values() or text[s:e] == f.text.translate(_BREAKS)):
                start = line_start + utf16_len(text[:s])
                spans.append(Span(start, start + utf16_len(text[s:e]), f.id, f.gate))
                continue
        hidden = next((h for h in hidden_pos if h[0] == f.rule and h[1] == f.text), None)
        if hidden is not None:
            spans.append(Span(hidden[2], hidden[2] + utf16_len(hidden[3]), f.id, f.gate))
        elif placed is not None:   # the finding is about the paragraph as a whole
            spans.append(Span(placed[0], placed[0] + max(1, utf16_len(placed[1])), f.id, f.gate))
        else:
            unplaced.append(f.id)
    spans.sort(key=lambda s: (s.start, s.end))
    return DocText("\n".join(lines), headings, labels, spans, unplaced)


WARM_CHUNK = 100    # characters drawn per event-loop turn while warming up (about 5 ms each)
WARM_WIDTH = 1200   # pixels: every line of a chunk is drawn inside the canvas


def _common_hanzi() -> str:
    """The 3,755 characters of GB 2312 level 1: most of what a Chinese draft is written in."""
    return "".join(bytes([hi, lo]).decode("gb2312") for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF)
                   if not (hi == 0xD7 and lo > 0xF9))


class DocumentView(QPlainTextEdit):
    """Read-only text of the draft; clicking a highlight reports its finding."""
    finding_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # a scroll bar that appears once a draft is shown narrows the text: every visible line
        # would be laid out and painted a second time in the moment the results arrive
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setAccessibleName(tr("文件内容"))
        self.setAccessibleDescription(tr("草稿的文字，发现的问题按关口着色"))
        self.content = DocText()
        self.theme = "standard"
        self.current: str | None = None
        self.visible_ids: set[str] | None = None
        self._starts: list[int] = []
        self._longest = 0
        self.warmed = False     # warm_up() has run all its steps
        # scrolling and resizing rebuild the on-screen highlights once per event-loop turn
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._apply)

    def set_content(self, content: DocText, theme: str) -> None:
        self.content, self.theme, self.current = content, theme, None
        self._starts = [span.start for span in content.spans]
        self._longest = max((span.end - span.start for span in content.spans), default=0)
        self.setPlainText(content.text)
        self._later.stop()
        self._apply()    # highlights before the first paint: one paint, not two

    def warm_up(self, done: Callable[[], None] | None = None) -> None:
        """Before any draft is opened, in small steps: find the fallback fonts for the common
        characters and rasterise their glyphs, and create the highlight machinery once, so the
        first draft shown does not pay for it in the moment its results arrive. Then `done`."""
        chars = _common_hanzi()
        chunks = [chars[i:i + WARM_CHUNK] for i in range(0, len(chars), WARM_CHUNK)]
        # opaque, like a window's backing store, so the glyphs cached are the ones a paint uses
        canvas = QImage(WARM_WIDTH, WARM_WIDTH // 2, QImage.Format.Format_RGB32)
        area, font = QRectF(canvas.rect()), self.font()

        def step() -> None:
            if not chunks:
                if not self.content.text:   # still nothing opened: run one highlight pass
                    sample = "审查通" * 4
                    spans = [Span(2 * n, 2 * n + 2, f"warm{n}", gate) for n, gate in enumerate(GATES)]
                    self.set_content(DocText(sample, headings=[(0, 3)], labels=[(3, 4)], spans=spans), self.theme)
                    self.set_content(DocText(), self.theme)
                self.warmed = True
                if done is not None:
                    done()
                return
            # few calls into Qt: each one is a wait for the GIL while a check runs in a worker
            painter = QPainter(canvas)
            painter.setFont(font)
            painter.drawText(area, Qt.TextFlag.TextWordWrap, chunks.pop())
            painter.end()
            QTimer.singleShot(0, self, step)

        QTimer.singleShot(0, self, step)

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self._apply()

    def set_visible(self, ids: set[str] | None) -> None:
        """Highlight only these findings (the table's filter); None: all."""
        self.visible_ids = ids
        self._apply()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(min(end, self.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor, sel.format = cursor, fmt
        return sel

    def _format(self, gate: str, current: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(gate_colour(self.theme, gate))
        fmt.setForeground(QColor("#000000"))
        if current:
            fmt.setFontUnderline(True)
            fmt.setFontWeight(QFont.Weight.Bold)
        return fmt

    def label_colour(self) -> QColor:
        """Automatic numbers: between the text and the background colour, still easy to read (in
        high contrast the text colour itself)."""
        text = self.palette().color(QPalette.ColorRole.Text)
        if self.theme == "high_contrast":
            return text
        base = self.palette().color(QPalette.ColorRole.Base)
        mix = lambda a, b: round(a * 0.6 + b * 0.4)  # noqa: E731
        return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue()))

    def visible_range(self) -> tuple[int, int]:
        """Text positions on screen (with a margin), so only those highlights are built: a draft
        with thousands of findings must not stall the GUI thread."""
        top = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        bottom = self.cursorForPosition(self.viewport().rect().bottomRight()).position()
        margin = max(200, bottom - top)
        return max(0, top - margin), bottom + margin

    def _apply(self) -> None:
        low, high = self.visible_range()
        selections = []
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        for s, e in self.content.headings:
            if e >= low and s <= high:
                selections.append(self._selection(s, e, heading))
        muted = QTextCharFormat()
        muted.setForeground(self.label_colour())
        for s, e in self.content.labels:
            if e >= low and s <= high:
                selections.append(self._selection(s, e, muted))
        formats: dict[str, QTextCharFormat] = {}
        first = bisect.bisect_left(self._starts, low - self._longest)
        last = bisect.bisect_right(self._starts, high)
        for span in self.content.spans[first:last]:
            if span.end < low or (self.visible_ids is not None and span.finding_id not in self.visible_ids):
                continue
            fmt = formats.get(span.gate) or formats.setdefault(span.gate, self._format(span.gate))
            selections.append(self._selection(span.start, span.end, fmt))
        span = self.content.span_of(self.current) if self.current else None
        if span is not None:
            selections.append(self._selection(span.start, span.end, self._format(span.gate, current=True)))
        self.setExtraSelections(selections)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._later.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._later.start()

    def show_finding(self, finding_id: str | None) -> bool:
        """Scroll to a finding and mark it; False when it has no place in the text."""
        self.current = finding_id
        span = self.content.span_of(finding_id) if finding_id else None
        if span is None:
            self._apply()
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(span.start)
        self.setTextCursor(cursor)
        self.centerCursor()
        self._apply()
        return True

    def highlight_range(self, finding_id: str) -> tuple[int, int] | None:
        span = self.content.span_of(finding_id)
        return (span.start, span.end) if span else None

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            finding_id = self.content.finding_at(self.cursorForPosition(event.position().toPoint()).position())
            if finding_id:
                self.current = finding_id
                self._apply()
                self.finding_clicked.emit(finding_id)
