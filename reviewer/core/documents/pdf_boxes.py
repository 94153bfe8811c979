"""Where a finding is on the pages of a PDF draft: the page view draws a box over it.

Two steps, so opening a long PDF costs nothing extra: `finding_places` (pure Python, right after
the check) maps each finding to the text-page character indexes it covers on each page, through
the paragraphs' `PdfOrigin` (a paragraph continued from the page before has characters on two
pages); `char_rects` then, with one page's text page open (when that page is shown), turns
character indexes into rectangles in PDF points, one per run of characters on a line.

Hidden content: invisible text and fake redaction are located at characters of the text layer,
so they get boxes like any finding (a redaction found in several runs: every run, from
`detail["spans"]`); an annotation has its rectangle (`detail["rect"]`); other hidden facts (the
file's metadata, attachments, scripts) are on no page.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reviewer.core.documents.model import HIDDEN_KINDS

Rect = tuple[float, float, float, float]     # left, bottom, right, top in PDF points (page space)

# hidden facts whose location is characters of the text layer
_TEXT_HIDDEN = {HIDDEN_KINDS["invisible"], HIDDEN_KINDS["redaction"]}


@dataclass
class Place:
    """Where one finding is: 0-based page -> character indexes on that page's text page, and
    rectangles known without the text page (an annotation's)."""
    chars: dict[int, list[int]] = field(default_factory=dict)
    rects: dict[int, list[Rect]] = field(default_factory=dict)

    @property
    def pages(self) -> list[int]:
        return sorted(set(self.chars) | set(self.rects))


def _loc(finding) -> dict:
    loc = finding.location
    return loc if isinstance(loc, dict) else loc.to_json()


def finding_place(paragraphs: dict, finding) -> Place | None:
    """`paragraphs`: (part, part_index, index) -> Paragraph of the document (see `finding_places`)."""
    place = Place()
    detail = getattr(finding, "detail", None) or {}
    rect = detail.get("rect")
    page = detail.get("page")
    if rect and page:
        place.rects[int(page) - 1] = [tuple(float(v) for v in rect)]
        return place
    hidden = finding.rule in HIDDEN_KINDS.values()
    if hidden and finding.rule not in _TEXT_HIDDEN:
        return None
    spans = detail.get("spans") if finding.rule in _TEXT_HIDDEN else None
    for loc in spans or [_loc(finding)]:
        para = paragraphs.get((loc.get("part"), loc.get("part_index"), loc.get("paragraph")))
        if para is None or para.origin is None or not hasattr(para.origin, "page_indexes"):
            continue
        start, end = loc.get("start", 0), loc.get("end", 0)
        if end <= start:        # about the paragraph as a whole (hidden facts always have a span)
            if hidden:
                continue
            start, end = 0, len(para.text)
        for p, indexes in para.origin.page_indexes(start, end).items():
            place.chars.setdefault(p, []).extend(indexes)
    return place if place.chars else None


def finding_places(doc, findings) -> dict[str, Place]:
    """finding id -> its Place, for the findings that are on a page of the PDF `doc`."""
    if getattr(doc, "kind", None) != "pdf":
        return {}
    paragraphs = {(p.part, p.part_index, p.index): p for p in doc.paragraphs()}
    out = {}
    for f in findings:
        place = finding_place(paragraphs, f)
        if place is not None:
            out[f.id] = place
    return out


def char_rects(textpage, indexes: list[int]) -> list[Rect]:
    """Rectangles (PDF points) over the characters `indexes` of a pypdfium2 PdfTextPage: their
    loose boxes (the character cell, as tall as the line), neighbours on one line merged."""
    boxes = []
    count = textpage.count_chars()
    for i in sorted(set(indexes)):
        if not 0 <= i < count:
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        if right - left > 0.01 and top - bottom > 0.01:
            boxes.append((left, bottom, right, top))
    out: list[list[float]] = []
    for left, bottom, right, top in boxes:
        if out:
            cur = out[-1]
            height = min(top - bottom, cur[3] - cur[1])
            overlap = min(top, cur[3]) - max(bottom, cur[1])
            if overlap > 0.5 * height and cur[0] - height <= left <= cur[2] + height:
                cur[0], cur[1], cur[2], cur[3] = min(cur[0], left), min(cur[1], bottom), max(cur[2], right), max(cur[3], top)
                continue
        out.append([left, bottom, right, top])
    return [tuple(r) for r in out]


def page_rects(place: Place, page: int, textpage) -> list[Rect]:
    """The rectangles of one finding on `page`: its known ones and its characters' (`textpage`:
    that page's open pypdfium2 PdfTextPage, or None when no finding there has characters)."""
    rects = list(place.rects.get(page, []))
    if textpage is not None and page in place.chars:
        rects += char_rects(textpage, place.chars[page])
    return rects


def finding_boxes(pdf, doc, findings) -> dict[str, list[tuple[int, list[Rect]]]]:
    """finding id -> [(0-based page, rectangles in PDF points)], for every finding on a page;
    `pdf` is an open pypdfium2 PdfDocument of the file `doc` was read from. (The app does the
    same page by page, only for the pages it shows.)"""
    places = finding_places(doc, findings)
    out: dict[str, list[tuple[int, list[Rect]]]] = {fid: [] for fid in places}
    for p in sorted({p for place in places.values() for p in place.pages}):
        page = pdf[p]
        textpage = page.get_textpage()
        try:
            for fid, place in places.items():
                if p in place.pages:
                    out[fid].append((p, page_rects(place, p, textpage)))
        finally:
            textpage.close()
            page.close()
    return out
