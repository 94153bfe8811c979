"""What goes into the frozen app, as plain data.

`reviewer.spec` reads this module and so does the fast CI check (tests/test_installer_spec.py),
which is why nothing here imports PyInstaller: the lists can be checked in a second without a
build. Paths are resolved against the Python environment that runs this module (the build's
own venv when PyInstaller runs the spec).
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"

APP_NAME = "reviewer"                 # console executable: the command line
GUI_NAME = "reviewer-gui"             # windowed executable on Windows (a second launcher elsewhere)
DISPLAY_NAME = "审查通"
APPID = "org.shenchatong.reviewer"    # UOS appid = Debian package name (reverse domain, lower case)

ENTRY_SCRIPT = INSTALLER / "entry.py"
RUNTIME_HOOKS = [INSTALLER / "rthooks" / "stdio.py"]
ICON_SVG = INSTALLER / "icons" / "reviewer.svg"
ICON_PNG = INSTALLER / "icons" / "reviewer.png"

# Qt: the three modules any window needs are always in (so the Linux build and its Depends
# cover Qt even before the GUI code lands); anything else only if reviewer imports it.
QT_BASE = ["PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"]
# Only what the app imports. The PySide6 hooks collect a module's libraries, plugins and
# translations when it is imported; these are never wanted even if something imports them.
QT_EXCLUDES = [
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickControls2", "PySide6.QtQuickWidgets",
    "PySide6.QtQuick3D", "PySide6.QtQmlModels",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtWebView",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput", "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation", "PySide6.Qt3DExtras",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtTest",
    "PySide6.QtSql", "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtPositioning",
    "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtSerialBus",
    "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtTextToSpeech",
    "PySide6.QtHttpServer", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtNetworkAuth", "PySide6.QtAxContainer",
    "PySide6.QtNetwork", "PySide6.QtDBus",
]
# modules the build environment has that the app never needs
OTHER_EXCLUDES = ["tkinter", "pytest", "pytestqt", "_pytest", "IPython", "numpy", "setuptools", "pip"]
EXCLUDES = QT_EXCLUDES + OTHER_EXCLUDES

# Qt plugin folders (under PySide6/Qt/plugins) the bundle drops: Wayland and EGL-only platforms
# (UOS and Kylin desktops run X11; Qt falls back to xcb), the GTK theme (would make GTK 3 a
# dependency), QML tooling and SQL drivers.
QT_PLUGIN_DROP = re.compile(
    r"plugins/(wayland-[^/]+|egldeviceintegrations|qmltooling|sqldrivers|designer|"
    r"platforms/lib(qwayland[^/]*|qeglfs|qlinuxfb|qvnc|qvkkhrdisplay|qminimalegl)\.so|"
    r"platformthemes/libqgtk3\.so|generic/libqtuiotouchplugin\.so|networkinformation|tls)(/|$)"
    # and the Qt libraries only those plugins (Wayland, EGL full-screen) load
    r"|Qt/lib/libQt6(Wayland|Wl|EglFs|EglFS|OpenGL)[^/]*$")
# Libraries left to the system (Linux): the display stack Qt's xcb platform plugin links against,
# which must match the running X server, fonts, GPU driver and session bus; and the C/C++ runtime
# (a bundled libstdc++ older than the system's breaks the GPU driver the process loads). The
# Linux build turns whatever the bundle needs from this list into the .deb's Depends.
SYSTEM_LIBRARIES = re.compile(
    r"^lib(X[A-Za-z0-9]*|X11-xcb|xcb[a-z0-9-]*|xkbcommon[a-z0-9-]*|fontconfig|freetype|"
    r"glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|gthread-2\.0|dbus-1|"
    r"GL|EGL|GLX|OpenGL|GLdispatch|stdc\+\+|gcc_s)\.so[.0-9]*$")
QT_TRANSLATION = "qtbase_zh_CN.qm"    # the standard dialogs' Chinese; other languages are dropped

# keep in the bundle only Qt translations for Chinese
_TRANSLATION = re.compile(r"PySide6/Qt/translations/(?P<name>[^/]+\.qm)$")


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def jieba_dict() -> Path:
    """jieba's dictionary: reviewer.core.segment reads it from sys._MEIPASS/jieba/dict.txt."""
    pkg = _package_dir("jieba")
    if pkg is None:
        raise SystemExit("jieba is not installed in the build environment")
    return pkg / "dict.txt"


def qt_translation() -> Path:
    pkg = _package_dir("PySide6")
    if pkg is None:
        raise SystemExit("PySide6 is not installed in the build environment")
    return pkg / "Qt" / "translations" / QT_TRANSLATION


def datas() -> list[tuple[str, str]]:
    """(source, destination folder in the bundle). pdfminer's CMaps and python-docx's template
    come from the hooks of pyinstaller-hooks-contrib; `must_contain()` checks they arrived."""
    return [
        (str(ROOT / "lexicons"), "lexicons"),
        (str(ROOT / "resources"), "resources"),
        (str(jieba_dict()), "jieba"),
        (str(qt_translation()), "PySide6/Qt/translations"),
    ]


def reviewer_modules() -> list[str]:
    """Every module of the reviewer package. Commands, checks and loaders are imported by name
    (importlib), so the import graph alone would miss them."""
    names = []
    for path in sorted((ROOT / "reviewer").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def qt_modules_used() -> set[str]:
    """PySide6 modules the reviewer package imports (PySide6.QtWidgets, ...)."""
    used = set()
    pattern = re.compile(r"^\s*(?:from|import)\s+PySide6\.(Qt\w+)|^\s*from\s+PySide6\s+import\s+([\w ,()]+)", re.M)
    for path in (ROOT / "reviewer").rglob("*.py"):
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            if m.group(1):
                used.add("PySide6." + m.group(1))
            else:
                used.update("PySide6." + n.strip() for n in m.group(2).strip("()").split(",") if n.strip())
    return used


def keep_binary(dest: str) -> bool:
    """False for Qt plugins and libraries the bundle drops (QT_PLUGIN_DROP) and for libraries
    left to the system (SYSTEM_LIBRARIES, Linux only)."""
    dest = dest.replace("\\", "/")
    if QT_PLUGIN_DROP.search(dest):
        return False
    # only libraries PyInstaller took from the system (top level), never a wheel's own copies
    # (Pillow's pillow.libs/libxcb-…so is Pillow's, not the system's)
    return not (sys.platform.startswith("linux") and "/" not in dest and SYSTEM_LIBRARIES.match(dest))


def is_root_binary(dest: str) -> bool:
    """A binary the app loads by itself: an extension module, a Qt plugin, a package's own
    library (pypdfium2's pdfium, Pillow's vendored libraries), the Python library. The rest are
    dependencies PyInstaller found and are kept only while something kept needs them."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if "/plugins/" in dest or name.startswith(("libpython", "python3")):
        return True
    if ".cpython-" in name or name.endswith((".abi3.so", ".pyd")):
        return True
    return "/" in dest and not dest.startswith("PySide6/Qt/lib/")


def prune(binaries: list[tuple], needs) -> list[tuple]:
    """Drop the libraries nothing kept needs. `binaries` are PyInstaller TOC entries
    (dest, source, kind); `needs(source)` returns the file names a binary links against. Run
    after dropping plugins: their dependencies (GTK for the GTK theme, Qt Network for TUIO)
    then fall away with them."""
    by_name: dict[str, list[tuple]] = {}
    for entry in binaries:
        by_name.setdefault(entry[0].replace("\\", "/").rsplit("/", 1)[-1], []).append(entry)
    keep = {id(e) for e in binaries if is_root_binary(e[0])}
    todo = [e for e in binaries if id(e) in keep]
    while todo:
        entry = todo.pop()
        for name in needs(entry[1]):
            for dep in by_name.get(name, ()):
                if id(dep) not in keep:
                    keep.add(id(dep))
                    todo.append(dep)
    return [e for e in binaries if id(e) in keep]


def drop_dangling_links(binaries: list[tuple], datas: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """PyInstaller adds SYMLINK entries (a top-level name for a library in a subfolder); drop
    those whose library was pruned."""
    present = {e[0].replace("\\", "/") for e in binaries + datas if e[2] != "SYMLINK"}

    def alive(e: tuple) -> bool:
        if e[2] != "SYMLINK":
            return True
        parent = e[0].replace("\\", "/").rpartition("/")[0]
        target = str(Path(parent, e[1]).as_posix()) if parent else e[1].replace("\\", "/")
        return target in present
    return [e for e in binaries if alive(e)], [e for e in datas if alive(e)]


def elf_needed(path: str) -> set[str]:
    """DT_NEEDED entries of an ELF file (readelf from binutils, which PyInstaller needs anyway)."""
    import subprocess
    out = subprocess.run(["readelf", "-d", "-W", path], capture_output=True, text=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def keep_data(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    m = _TRANSLATION.search(dest)
    if m:
        return m.group("name") in (QT_TRANSLATION, "qt_zh_CN.qm")
    if "/__pycache__/" in dest or dest.endswith(".pyc"):
        return False
    if dest.startswith("jieba/lac_small/"):  # jieba's PaddlePaddle mode, never used
        return False
    return keep_binary(dest)


def must_contain() -> list[str]:
    """Paths (relative to the bundle's data folder) the frozen app cannot work without."""
    return [
        "jieba/dict.txt",
        "lexicons",
        "resources/samples",
        "pdfminer/cmap",
        "docx/templates/default.docx",
        f"PySide6/Qt/translations/{QT_TRANSLATION}",
    ]


def version() -> str:
    text = (ROOT / "reviewer" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


# pyproject's runtime dependencies -> the module to import. Loaders, sanitizers and record export
# import them lazily (inside functions, some through importlib), so each is named here; their
# hooks then bring their data (pdfminer's CMaps via pdfplumber, python-docx's template).
DEPENDENCY_MODULES = {
    "python-docx": "docx",
    "pdfplumber": "pdfplumber",
    "pypdfium2": "pypdfium2",
    "jieba": "jieba",
    "pyahocorasick": "ahocorasick",
    "sqlite-utils": "sqlite_utils",
    "PySide6-Essentials": "PySide6.QtCore",
}


# python-docx finds its XML templates as docx/parts/../templates/…: the OS resolves "..", so
# the folder docx/parts must exist on disk, which it does not when the modules live only in the
# PYZ archive (FileNotFoundError on the first header, footer or comment of an exported record).
# Collecting the package's .py files too puts the folders there.
MODULE_COLLECTION_MODE = {"docx": "pyz+py"}


def version4() -> str:
    """The version as four numbers (Windows version resources, UOS info file)."""
    parts = (version().split("+")[0].split(".") + ["0"] * 4)[:4]
    return ".".join(p if p.isdigit() else "0" for p in parts)


def windows_version_info(path: Path) -> Path:
    """PyInstaller's version resource for the .exe files (Explorer's Properties > Details)."""
    numbers = ", ".join(version4().split("."))
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[
    StringFileInfo([StringTable('080404b0', [
      StringStruct('ProductName', '{DISPLAY_NAME}'),
      StringStruct('FileDescription', '{DISPLAY_NAME} 政府信息公开发布前审查'),
      StringStruct('FileVersion', '{version4()}'),
      StringStruct('ProductVersion', '{version()}'),
      StringStruct('LegalCopyright', '{DISPLAY_NAME}')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def hiddenimports() -> list[str]:
    return sorted(set(DEPENDENCY_MODULES.values())) + QT_BASE + reviewer_modules()


if __name__ == "__main__":
    # `python installer/bundle.py NAME` prints one setting for the shell scripts
    print({"appid": APPID, "name": APP_NAME, "gui": GUI_NAME, "display": DISPLAY_NAME,
           "version": version(), "version4": version4()}[sys.argv[1]])
