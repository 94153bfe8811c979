"""A Chinese font everywhere: the system's when it has one, else the subset shipped with the app.

Office PCs have SimSun/FangSong or Noto CJK; a stripped image or a server making a PDF record
may have none, and then Qt draws empty boxes. The bundled Noto Sans CJK SC subset (GB 2312,
OFL 1.1, resources/fonts) is registered only in that case.
"""
from __future__ import annotations

from reviewer.core import paths

BUNDLED = "NotoSansSC-GB2312.otf"


def chinese_families() -> list[str]:
    """Families that can write Simplified Chinese, registering the bundled one when there are
    none. Needs a QGuiApplication."""
    from PySide6.QtGui import QFontDatabase
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if families:
        return list(families)
    font_file = paths.resources_dir() / "fonts" / BUNDLED
    if font_file.exists():
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            return list(QFontDatabase.applicationFontFamilies(font_id))
    return []
