# PyInstaller runtime hook: runs before the app's first import.
#
# A windowed Windows build (reviewer-gui.exe) starts with sys.stdout and sys.stderr set to None.
# jieba's logger, warnings, faulthandler and any stray print() would then raise on the first
# write and take the window down with them. Give both streams a sink before anything can write:
# a log file in the user's log folder, opened only when something is actually written, so a
# quiet run leaves no file behind.
import os
import sys


class _LazyLog:
    encoding = "utf-8"
    errors = "replace"

    def __init__(self, name):
        self._name = name
        self._file = None

    def _open(self):
        if self._file is None:
            try:
                from reviewer.core import paths
                folder = paths.ensure(paths.data_dir() / "logs")
                self._file = open(folder / f"{self._name}.log", "a", encoding="utf-8", errors="replace")
            except Exception:  # no writable log folder: drop the text rather than crash
                self._file = open(os.devnull, "w", encoding="utf-8")
        return self._file

    def write(self, text):
        f = self._open()
        n = f.write(text)
        f.flush()
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._file is not None:
            self._file.flush()

    def isatty(self):
        return False

    def fileno(self):
        return self._open().fileno()

    def readable(self):
        return False

    def writable(self):
        return True


_log = _LazyLog("reviewer-gui")
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, _log)
        setattr(sys, f"__{_name}__", _log)
