"""Fast checks of the installer (the real build runs in installer/build-linux.sh, not in CI):
the spec runs and asks for files that exist, the bundle rules keep and drop what they should,
the runtime hook and entry point behave, the wheel layout finds its data, the scripts parse."""
from __future__ import annotations

import ast
import os
import py_compile
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))
import bundle  # noqa: E402


# -- the spec, run with stand-ins for PyInstaller's classes ---------------------------------

class _Recorder:
    calls: list = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        type(self).calls.append(self)


class FakeAnalysis(_Recorder):
    calls = []

    def __init__(self, scripts, **kwargs):
        super().__init__(scripts, **kwargs)
        self.scripts = [("entry", scripts[0], "PYSOURCE")]
        self.pure = []
        # what PyInstaller's hooks would add: kept, dropped and pruned entries
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", "/src/libqwayland-egl.so", "BINARY"),
            ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
            ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
            ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "/src/libQt6WaylandClient.so.6", "BINARY"),
            ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
            ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ]
        self.datas = [
            ("PySide6/Qt/translations/qtbase_zh_CN.qm", "/src/qtbase_zh_CN.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
            ("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK"),
            ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
        ]


class FakeEXE(_Recorder):
    calls = []


class FakeCOLLECT(_Recorder):
    calls = []


class FakePYZ(_Recorder):
    calls = []


NEEDS = {
    "/src/libqxcb.so": {"libQt6XcbQpa.so.6", "libxcb-cursor.so.0"},
    "/src/libqgtk3.so": {"libgtk-3.so.0"},
    "/src/libqwayland-egl.so": {"libQt6WaylandClient.so.6"},
}


@pytest.fixture
def spec_run(monkeypatch, tmp_path):
    for cls in (FakeAnalysis, FakeEXE, FakeCOLLECT, FakePYZ):
        cls.calls = []
    monkeypatch.setattr(bundle, "elf_needed", lambda path: NEEDS.get(path, set()))
    monkeypatch.setattr(sys, "platform", "linux")
    namespace = {"Analysis": FakeAnalysis, "EXE": FakeEXE, "COLLECT": FakeCOLLECT, "PYZ": FakePYZ,
                 "SPECPATH": str(INSTALLER), "workpath": str(tmp_path), "__file__": str(INSTALLER / "reviewer.spec")}
    exec(compile((INSTALLER / "reviewer.spec").read_text(encoding="utf-8"), "reviewer.spec", "exec"), namespace)
    return namespace


def test_spec_builds_two_executables_in_one_folder_without_upx(spec_run):
    (collect,) = FakeCOLLECT.calls
    exes = [a for a in collect.args if isinstance(a, FakeEXE)]
    assert [e.kwargs["name"] for e in exes] == ["reviewer", "reviewer-gui"]
    assert all(e.kwargs["exclude_binaries"] and e.kwargs["upx"] is False for e in exes)  # one folder
    assert exes[0].kwargs["console"] is True
    assert collect.kwargs["upx"] is False and collect.kwargs["name"] == "reviewer"


def test_spec_asks_only_for_files_that_exist(spec_run):
    (analysis,) = FakeAnalysis.calls
    assert Path(analysis.args[0][0]).is_file()
    assert all(Path(p).is_file() for p in analysis.kwargs["runtime_hooks"])
    for source, dest in analysis.kwargs["datas"]:
        assert Path(source).exists(), f"{source} -> {dest}"
    dests = {dest for _, dest in analysis.kwargs["datas"]}
    assert {"lexicons", "resources", "jieba", "PySide6/Qt/translations"} <= dests


def test_spec_drops_unused_qt_and_system_libraries(spec_run):
    (analysis,) = FakeAnalysis.calls
    kept = {e[0] for e in analysis.binaries}
    assert kept == {"PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6XcbQpa.so.6"}
    data = {e[0] for e in analysis.datas}
    # Chinese translation kept, German dropped; the link to the pruned Wayland library dropped
    assert data == {"PySide6/Qt/translations/qtbase_zh_CN.qm", "libQt6XcbQpa.so.6"}


def test_windows_version_resource_is_well_formed(tmp_path):
    text = bundle.windows_version_info(tmp_path / "v.txt").read_text(encoding="utf-8")
    seen = {}

    def record(name):
        def make(*args, **kwargs):
            seen.setdefault(name, []).append((args, kwargs))
            return name
        return make
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo", "VarStruct")
    assert eval(text, {n: record(n) for n in names}) == "VSVersionInfo"
    (ffi,) = seen["FixedFileInfo"]
    assert ffi[1]["filevers"] == tuple(int(n) for n in bundle.version4().split("."))
    assert ("ProductName", bundle.DISPLAY_NAME) in [a for a, _ in seen["StringStruct"]]


# -- what goes in -----------------------------------------------------------------------------

def test_every_reviewer_module_is_named_and_importable():
    modules = bundle.reviewer_modules()
    assert "reviewer.cli" in modules and "reviewer.core.checks.markers" in modules
    for command_module, _ in __import__("reviewer.cli", fromlist=["COMMANDS"]).COMMANDS.values():
        path = ROOT / Path(*command_module.split(".")).with_suffix(".py")
        assert not path.exists() or command_module in modules
    import importlib.util
    assert all(importlib.util.find_spec(m) is not None for m in modules)


def test_every_runtime_dependency_is_bundled():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {d.split(";")[0].split("[")[0].split(">")[0].split("=")[0].split("<")[0].strip() for d in deps}
    assert names <= set(bundle.DEPENDENCY_MODULES), "map a new dependency to its module in installer/bundle.py"


def test_qt_modules_the_app_imports_are_not_excluded():
    used = bundle.qt_modules_used() | set(bundle.QT_BASE)
    assert not used & set(bundle.EXCLUDES)
    assert bundle.qt_translation().is_file() and bundle.jieba_dict().is_file()


def test_prune_keeps_only_what_kept_binaries_need():
    entries = [("ext.cpython-311-x86_64-linux-gnu.so", "/a", "EXTENSION"), ("libneeded.so.1", "/b", "BINARY"),
               ("libdeep.so.2", "/c", "BINARY"), ("liborphan.so.3", "/d", "BINARY")]
    graph = {"/a": {"libneeded.so.1"}, "/b": {"libdeep.so.2"}}
    kept = bundle.prune(entries, lambda src: graph.get(src, set()))
    assert [e[0] for e in kept] == ["ext.cpython-311-x86_64-linux-gnu.so", "libneeded.so.1", "libdeep.so.2"]


def test_system_display_libraries_are_left_out_but_wheel_copies_stay(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert not bundle.keep_binary("libxcb-cursor.so.0")
    assert not bundle.keep_binary("libstdc++.so.6")
    assert bundle.keep_binary("pillow.libs/libxcb-9065bb12.so.1.1.0")  # Pillow's own copy
    assert bundle.keep_binary("libssl.so.3")  # Python's, carried


# -- runtime hook and entry point ----------------------------------------------------------------

def test_stdio_hook_sends_writes_to_a_log_when_there_is_no_console(tmp_path):
    code = textwrap.dedent(f"""
        import os, runpy, sys, logging
        sys.stdout = sys.stderr = None
        runpy.run_path({str(INSTALLER / 'rthooks' / 'stdio.py')!r})
        print("printed")
        logging.basicConfig()
        logging.getLogger("jieba").warning("logged")
        sys.stderr.flush()
    """)
    env = {**os.environ, "REVIEWER_HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    log = (tmp_path / "logs" / "reviewer-gui.log").read_text(encoding="utf-8")
    assert "printed" in log and "logged" in log


def test_stdio_hook_leaves_real_streams_and_writes_no_log(tmp_path):
    code = f"import runpy; runpy.run_path({str(INSTALLER / 'rthooks' / 'stdio.py')!r}); print('to console')"
    env = {**os.environ, "REVIEWER_HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True)
    assert proc.stdout == "to console\n"
    assert not (tmp_path / "logs").exists()


@pytest.mark.parametrize("exe, args, expected", [
    ("reviewer", ["check", "x.docx"], ["check", "x.docx"]),
    ("reviewer-gui", [], ["gui"]),
    ("reviewer-gui", ["check", "x.docx"], ["check", "x.docx"]),
    ("reviewer-gui", ["FILE"], ["gui", "--open", "FILE"]),
    ("reviewer-gui.exe", ["FILE"], ["gui", "--open", "FILE"]),
])
def test_entry_point_maps_the_gui_launcher(monkeypatch, tmp_path, exe, args, expected):
    import runpy
    draft = tmp_path / "草稿.docx"
    draft.write_bytes(b"x")
    args = [str(draft) if a == "FILE" else a for a in args]
    expected = [str(draft) if a == "FILE" else a for a in expected]
    module = runpy.run_path(str(INSTALLER / "entry.py"), run_name="entry")
    monkeypatch.setattr(sys, "executable", str(tmp_path / exe))
    monkeypatch.setattr(sys, "argv", [exe, *args])
    assert module["_argv"]() == expected


# -- where a frozen or wheel-installed app finds things -------------------------------------------

def _paths_in_subprocess(code: str, env: dict, cwd: Path) -> str:
    proc = subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_wheel_build_step_ships_lexicons_and_resources_as_package_data(tmp_path):
    build_lib = tmp_path / "lib"
    proc = subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(build_lib)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    data = build_lib / "reviewer" / "data"
    shipped = sorted(p.relative_to(ROOT / "lexicons") for p in (ROOT / "lexicons").rglob("*.lex"))
    assert shipped and sorted(p.relative_to(data / "lexicons") for p in (data / "lexicons").rglob("*.lex")) == shipped
    assert (data / "resources" / "samples" / "示例草稿.docx").is_file()
    # installed like that (no checkout around it), the app finds and loads its lexicons there
    env = {k: v for k, v in os.environ.items() if k not in ("REVIEWER_RESOURCES",)}
    env["PYTHONPATH"] = str(build_lib)
    code = ("from reviewer.core import paths; from reviewer.core.lexicon import load_directory; "
            "lex, problems = load_directory(paths.lexicon_dir()); print(paths.resource_root(), len(lex), len(problems))")
    where, count, problems = _paths_in_subprocess(code, env, tmp_path).rsplit(" ", 2)
    assert Path(where) == data and int(count) == len(shipped) and problems == "0"


def test_frozen_app_reads_the_bundle_and_portable_mode_writes_beside_it(tmp_path):
    program = tmp_path / "usb" / "reviewer"
    bundle_dir = program / "_internal"
    (bundle_dir / "lexicons").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if k not in ("REVIEWER_HOME", "REVIEWER_PORTABLE", "REVIEWER_RESOURCES")}
    env["HOME"] = str(tmp_path / "home")
    code = textwrap.dedent(f"""
        import sys
        sys.frozen = True
        sys.executable = {str(program / 'reviewer')!r}
        sys._MEIPASS = {str(bundle_dir)!r}
        from reviewer.core import paths
        print(paths.resource_root(), paths.data_dir(), paths.cache_dir(), sep="|")
    """)
    resources, data, cache = _paths_in_subprocess(code, env, tmp_path).split("|")
    assert Path(resources) == bundle_dir
    assert Path(data) == tmp_path / "home" / ".local" / "share" / "reviewer"
    (program / "portable.txt").write_text("", encoding="utf-8")
    resources, data, cache = _paths_in_subprocess(code, env, tmp_path).split("|")
    assert Path(data) == program / "data" and Path(cache) == program / "data" / "cache"


# -- the scripts parse ------------------------------------------------------------------------

@pytest.mark.parametrize("script", ["build-linux.sh", "wheelhouse.sh", "linux/test-deb.sh"])
def test_shell_scripts_parse(script):
    bash = shutil.which("bash")
    assert bash, "bash is needed to build on Linux"
    proc = subprocess.run([bash, "-n", str(INSTALLER / script)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("script", ["smoke/smoke_test.py", "linux/elf_report.py", "smoke/make_sample_pdf.py",
                                    "rthooks/stdio.py", "entry.py", "bundle.py"])
def test_python_scripts_compile(script, tmp_path):
    py_compile.compile(str(INSTALLER / script), cfile=str(tmp_path / "x.pyc"), doraise=True)


def test_windows_script_is_ascii_and_installer_ships_both_executables():
    # Windows PowerShell 5.1 reads a BOM-less script in the ANSI code page: keep it ASCII
    ps1 = (INSTALLER / "build-windows.ps1").read_bytes()
    assert ps1.isascii()
    ast.parse((INSTALLER / "reviewer.spec").read_text(encoding="utf-8"))
    nsi = (INSTALLER / "windows" / "reviewer.nsi").read_text(encoding="utf-8")
    assert "Unicode true" in nsi
    for exe in (f"{bundle.APP_NAME}.exe", f"{bundle.GUI_NAME}.exe"):
        assert f"$INSTDIR\\{exe}" in nsi
    assert "installer\\windows\\reviewer.nsi" in ps1.decode() and "installer\\reviewer.spec" in ps1.decode()


def test_smoke_sample_pdf_and_linux_packaging_files_exist():
    assert (INSTALLER / "smoke" / "示例草稿.pdf").read_bytes().startswith(b"%PDF")
    desktop = (INSTALLER / "linux" / "reviewer.desktop.in").read_text(encoding="utf-8")
    assert "Exec=/opt/apps/@APPID@/files/reviewer-gui" in desktop
    assert bundle.ICON_SVG.is_file() and bundle.ICON_PNG.is_file()
