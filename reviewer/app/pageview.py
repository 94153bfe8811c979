"""A PDF draft's pages as PDFium renders them, each finding boxed in its gate's colour.

One page is shown at a time. `prepare_pages` runs in the worker that checked the draft (where
each finding is: char indexes per page, see core/documents/pdf_boxes; the page sizes); a page
is rendered, and its findings' characters boxed, in a worker when it is shown (`render_page`),
so opening a long PDF costs nothing more and the GUI thread only paints a ready image. The
last few rendered pages are kept.

Boxes are kept as fractions of the page (0..1 from the top left), so the image can be drawn at
any size while a sharper one is rendered.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QScrollArea, QSpinBox, QToolBar, QToolButton, QVBoxLayout, QWidget

from reviewer.app.i18n import tr
from reviewer.app.theme import gate_colour

CACHE_PAGES = 6
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.5, 4.0
MAX_PIXELS = 40_000_000     # a rendered page never larger than this (a huge page zoomed in)
MARGIN = 8


@dataclass
class PageData:
    """What the page view needs of a checked PDF, prepared off the GUI thread."""
    path: str = ""
    sizes: list[tuple[float, float]] = field(default_factory=list)      # points, per page
    places: dict = field(default_factory=dict)                          # finding id -> pdf_boxes.Place
    gates: dict[str, str] = field(default_factory=dict)                 # finding id -> gate
    by_page: dict[int, list[str]] = field(default_factory=dict)         # 0-based page -> finding ids

    @property
    def pages(self) -> int:
        return len(self.sizes)


def prepare_pages(doc, findings) -> PageData | None:
    """In a worker: None unless `doc` is a PDF."""
    if getattr(doc, "kind", None) != "pdf":
        return None
    import pypdfium2 as pdfium
    from reviewer.core.documents import pdfium_fast
    from reviewer.core.documents.pdf_boxes import finding_places
    places = finding_places(doc, findings)
    data = PageData(path=doc.path, places=places, gates={f.id: f.gate for f in findings if f.id in places})
    for fid, place in places.items():
        for p in place.pages:
            data.by_page.setdefault(p, []).append(fid)
    with pdfium_fast.LOCK:
        pdf = pdfium.PdfDocument(doc.path)
        try:
            data.sizes = [tuple(pdf.get_page_size(i)) for i in range(len(pdf))]
        finally:
            pdf.close()
    return data


@dataclass
class Rendered:
    page: int
    width: int                         # pixels it was rendered for
    image: QImage
    boxes: list[tuple[str, str, QRectF]]     # finding id, gate, rectangle as fractions of the page


def render_page(data: PageData, page: int, width: int) -> Rendered:
    """In a worker: page `page` rendered `width` pixels wide, with its findings' boxes."""
    import pypdfium2 as pdfium
    from reviewer.core.documents import pdfium_fast
    from reviewer.core.documents.pdf_boxes import page_rects
    with pdfium_fast.LOCK:
        pdf = pdfium.PdfDocument(data.path)
        try:
            pg = pdf[page]
            try:
                w_pt, h_pt = pg.get_size()
                scale = max(0.05, width / max(1.0, w_pt))
                if w_pt * h_pt * scale * scale > MAX_PIXELS:
                    scale = (MAX_PIXELS / (w_pt * h_pt)) ** 0.5
                bitmap = pg.render(scale=scale, rev_byteorder=True)
                w, h = bitmap.width, bitmap.height
                image = QImage(bitmap.buffer, w, h, bitmap.stride, QImage.Format.Format_RGB888).copy()
                convert = bitmap.get_posconv(pg)
                boxes = []
                ids = data.by_page.get(page, [])
                textpage = pg.get_textpage() if any(page in data.places[f].chars for f in ids) else None
                try:
                    for fid in ids:
                        for left, bottom, right, top in page_rects(data.places[fid], page, textpage):
                            x0, y0 = convert.to_bitmap(left, bottom)
                            x1, y1 = convert.to_bitmap(right, top)
                            box = QRectF(QPointF(min(x0, x1) / w, min(y0, y1) / h), QPointF(max(x0, x1) / w, max(y0, y1) / h))
                            boxes.append((fid, data.gates.get(fid, "text"), box))
                finally:
                    if textpage is not None:
                        textpage.close()
                bitmap.close()
            finally:
                pg.close()
        finally:
            pdf.close()
    return Rendered(page, width, image, boxes)


class PageCanvas(QWidget):
    """The page image at the widget's size, the boxes over it."""
    clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.boxes: list[tuple[str, str, QRectF]] = []
        self.theme = "standard"
        self.current: str | None = None
        self.visible_ids: set[str] | None = None
        self.message = ""
        self.setAccessibleName(tr("页面图像"))
        self.setAutoFillBackground(False)

    def box_rect(self, box: QRectF) -> QRectF:
        return QRectF(box.x() * self.width(), box.y() * self.height(), box.width() * self.width(),
                      box.height() * self.height())

    def shown_boxes(self):
        return [b for b in self.boxes if self.visible_ids is None or b[0] in self.visible_ids or b[0] == self.current]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(self.rect()), self.image)
        else:
            painter.setPen(QColor("#555555"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.message or tr("正在显示页面…"))
        current = []
        for fid, gate, box in self.shown_boxes():
            colour = gate_colour(self.theme, gate)
            if fid == self.current:
                current.append((colour, box))
                continue
            fill = QColor(colour)
            fill.setAlpha(90)
            painter.fillRect(self.box_rect(box), fill)
            pen = QColor(colour).darker(150)
            painter.setPen(QPen(pen, 1))
            painter.drawRect(self.box_rect(box))
        for colour, box in current:      # the selected finding: stronger, with a thick frame
            fill = QColor(colour)
            fill.setAlpha(130)
            r = self.box_rect(box)
            painter.fillRect(r, fill)
            painter.setPen(QPen(QColor("#000000") if self.theme != "high_contrast" else QColor("#ff00ff"), 2.5))
            painter.drawRect(r.adjusted(-2, -2, 2, 2))
        painter.end()

    def finding_at(self, point) -> str | None:
        for fid, _gate, box in reversed(self.shown_boxes()):
            if self.box_rect(box).adjusted(-2, -2, 2, 2).contains(QPointF(point)):
                return fid
        return None

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            fid = self.finding_at(event.position().toPoint())
            if fid:
                self.clicked.emit(fid)


class PageView(QWidget):
    """Toolbar (previous/next page, page number, zoom) over one page in a scroll area."""
    finding_clicked = Signal(str)

    def __init__(self, runner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.setAccessibleName(tr("页面视图"))
        self.setAccessibleDescription(tr("PDF 页面原样显示，发现的问题用关口颜色的方框标出"))
        self.data = PageData()
        self.page = 0
        self.zoom = 1.0               # 1.0: the page as wide as the view
        self.generation = 0
        self.cache: OrderedDict[tuple[int, int], Rendered] = OrderedDict()
        self.busy = False
        self.scroll_to: str | None = None
        self.renders = 0              # pages rendered (tests)

        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        self.toolbar = QToolBar(tr("页面"))
        self.toolbar.setAccessibleName(tr("页面工具栏"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.prev_action = self._action(tr("上一页"), "Ctrl+PgUp", lambda: self.show_page(self.page - 1))
        self.next_action = self._action(tr("下一页"), "Ctrl+PgDown", lambda: self.show_page(self.page + 1))
        self.spin = QSpinBox()
        self.spin.setAccessibleName(tr("页码"))
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimum(1)
        self.spin.valueChanged.connect(lambda n: self.show_page(n - 1))
        self.count_label = QLabel()
        self.toolbar.addWidget(self.spin)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addSeparator()
        self.goto_action = QAction(tr("转到页"), self)
        self.goto_action.setShortcut(QKeySequence("Ctrl+G"))
        self.goto_action.triggered.connect(self.focus_page_number)
        self.addAction(self.goto_action)
        self.fit_action = self._action(tr("适合宽度"), "Ctrl+0", lambda: self.set_zoom(1.0))
        self.out_action = self._action(tr("缩小"), "Ctrl+-", lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        self.in_action = self._action(tr("放大"), "Ctrl+=", lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        v.addWidget(self.toolbar)

        self.canvas = PageCanvas()
        self.canvas.clicked.connect(self._on_clicked)
        self.area = QScrollArea()
        self.area.setAccessibleName(tr("页面"))
        self.area.setWidget(self.canvas)
        self.area.setWidgetResizable(False)
        self.area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        v.addWidget(self.area, 1)
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(120)
        self._resized.timeout.connect(self._layout)
        self._update_controls()

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text}（{QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)}）")
        action.triggered.connect(lambda _=False: slot())
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setAccessibleName(text)
        return action

    # --- content ---------------------------------------------------------------------------
    def set_content(self, data: PageData | None, theme: str) -> None:
        self.data = data or PageData()
        self.generation += 1
        self.cache.clear()
        self.busy = False
        self.page, self.scroll_to = 0, None
        self.canvas.image, self.canvas.boxes, self.canvas.current = None, [], None
        self.canvas.theme = theme
        self.spin.blockSignals(True)
        self.spin.setMaximum(max(1, self.data.pages))
        self.spin.setValue(1)
        self.spin.blockSignals(False)
        self.count_label.setText(tr("/ {n} 页").format(n=self.data.pages))
        self._update_controls()
        if self.isVisible():
            self._layout()

    def set_theme(self, theme: str) -> None:
        self.canvas.theme = theme
        self.canvas.update()

    def set_visible(self, ids: set[str] | None) -> None:
        self.canvas.visible_ids = ids
        self.canvas.update()

    def show_finding(self, finding_id: str | None) -> bool:
        """Show the finding's page and scroll to its box; False when it is on no page."""
        self.canvas.current = finding_id
        place = self.data.places.get(finding_id) if finding_id else None
        if place is None or not place.pages:
            self.canvas.update()
            return False
        self.scroll_to = finding_id
        if place.pages[0] != self.page or not self._shown():
            self.show_page(place.pages[0])
        else:
            self._scroll_to_box()
        self.canvas.update()
        return True

    def box_of(self, finding_id: str) -> QRectF | None:
        """The finding's first box on the shown page, in canvas pixels (tests)."""
        for fid, _gate, box in self.canvas.boxes:
            if fid == finding_id:
                return self.canvas.box_rect(box)
        return None

    # --- pages -----------------------------------------------------------------------------
    def show_page(self, page: int) -> None:
        if not self.data.pages:
            return
        page = min(max(page, 0), self.data.pages - 1)
        if page != self.page:
            self.page = page
            self.canvas.image, self.canvas.boxes, self.canvas.message = None, [], ""
            self.area.verticalScrollBar().setValue(0)
        self.spin.blockSignals(True)
        self.spin.setValue(page + 1)
        self.spin.blockSignals(False)
        self._update_controls()
        self._layout()

    def focus_page_number(self) -> None:
        self.spin.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.spin.selectAll()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, ZOOM_MIN), ZOOM_MAX)
        self._update_controls()
        self._layout()

    def _update_controls(self) -> None:
        n = self.data.pages
        self.prev_action.setEnabled(n > 0 and self.page > 0)
        self.next_action.setEnabled(self.page < n - 1)
        self.spin.setEnabled(n > 0)
        self.fit_action.setEnabled(n > 0 and abs(self.zoom - 1.0) > 1e-6)
        self.in_action.setEnabled(n > 0 and self.zoom < ZOOM_MAX - 1e-6)
        self.out_action.setEnabled(n > 0 and self.zoom > ZOOM_MIN + 1e-6)

    def _target_size(self) -> QSize:
        avail = self.area.viewport().width() - 2 * MARGIN
        if self.area.verticalScrollBar().isVisible() is False:
            avail -= self.area.style().pixelMetric(self.area.style().PixelMetric.PM_ScrollBarExtent)
        width = max(100, int(avail * self.zoom))
        w_pt, h_pt = self.data.sizes[self.page] if self.data.pages else (595.0, 842.0)
        return QSize(width, max(1, round(width * h_pt / max(1.0, w_pt))))

    def _layout(self) -> None:
        """Size the canvas for the page and zoom; show a rendered image or ask for one."""
        if not self.data.pages:
            self.canvas.resize(0, 0)
            return
        if not self.isVisible():
            return          # shown later: showEvent lays out (and renders) then
        size = self._target_size()
        if self.canvas.image is not None and self.canvas.image.height() and self.canvas.image.width():
            size.setHeight(round(size.width() * self.canvas.image.height() / self.canvas.image.width()))
        self.canvas.resize(size)
        pixels = round(size.width() * self.devicePixelRatioF())
        key = (self.page, pixels)
        hit = self.cache.get(key)
        if hit is None:     # any size of this page will do until the right one is there
            hit = next((r for (p, _w), r in self.cache.items() if p == self.page), None)
            self._request(self.page, pixels)
        else:
            self.cache.move_to_end(key)
        if hit is not None:
            self._show(hit)

    def _shown(self) -> bool:
        return self.canvas.image is not None

    def _show(self, rendered: Rendered) -> None:
        self.canvas.image, self.canvas.boxes = rendered.image, rendered.boxes
        w = self.canvas.width()
        if rendered.image.width():
            self.canvas.resize(w, round(w * rendered.image.height() / rendered.image.width()))
        self.canvas.update()
        if self.scroll_to is not None:
            self._scroll_to_box()

    def _scroll_to_box(self) -> None:
        box = self.box_of(self.scroll_to) if self.scroll_to else None
        if box is None:
            return
        self.scroll_to = None
        centre = box.center()
        self.area.ensureVisible(round(centre.x()), round(centre.y()), self.area.viewport().width() // 3,
                                self.area.viewport().height() // 3)

    def _request(self, page: int, pixels: int) -> None:
        if self.busy:
            return          # asked again when the running render is done
        self.busy = True
        data, generation = self.data, self.generation

        def done(rendered: Rendered) -> None:
            if generation != self.generation:
                return
            self.busy = False
            self.renders += 1
            self.cache[(rendered.page, rendered.width)] = rendered
            while len(self.cache) > CACHE_PAGES:
                self.cache.popitem(last=False)
            self._layout()      # shows it, or asks for the page now wanted

        def failed(exc: BaseException) -> None:
            if generation == self.generation:
                self.busy = False
                self.canvas.image = None
                self.canvas.message = tr("这一页无法显示：{error}").format(error=exc)
                self.canvas.update()

        self.runner.run(lambda progress, cancel: render_page(data, page, pixels), label=tr("正在显示页面"),
                        on_success=done, on_failure=failed, visible=False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.data.pages:
            self._resized.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.data.pages:
            QTimer.singleShot(0, self._layout)

    def _on_clicked(self, finding_id: str) -> None:
        self.canvas.current = finding_id
        self.canvas.update()
        self.finding_clicked.emit(finding_id)
