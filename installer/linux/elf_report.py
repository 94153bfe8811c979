#!/usr/bin/env python3
"""What a frozen Linux build needs from the machine it runs on.

    python installer/linux/elf_report.py dist/reviewer [--json]

Reads every ELF file in the bundle (binutils' readelf and objdump) and reports:
- the glibc minimum: the highest GLIBC_x.y symbol version any bundled file asks for, and which
  file asks for it. A system with an older glibc cannot start the app, whatever else it has;
- the shared libraries the bundle links against but does not carry (the display stack left to
  the system: xcb, xkbcommon, fontconfig, …), resolved on this build machine with ldconfig and
  dpkg -S to the Debian packages that provide them;
- the libstdc++ the bundle needs (GLIBCXX_3.4.N), as the GCC release that first shipped it.

Together they make the .deb's Depends line. A library this machine cannot place in a package
is an error: the build must not ship a Depends line that is silently incomplete.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

# glibc's own libraries: covered by libc6 (>= the minimum)
GLIBC_LIBS = {"libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1", "libutil.so.1",
              "libresolv.so.2", "libanl.so.1", "libnsl.so.1", "libcrypt.so.1"}
LOADERS = re.compile(r"^ld-linux[-.a-z0-9_]*\.so\.\d$|^ld64\.so\.\d$")
# GLIBCXX_3.4.N -> the GCC major release whose libstdc++6 first provides it
GLIBCXX_GCC = {19: 4, 20: 5, 21: 5, 22: 6, 23: 7, 24: 7, 25: 8, 26: 9, 27: 9, 28: 10, 29: 11, 30: 12,
               31: 13, 32: 13, 33: 14, 34: 15}


def is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def versions(path: Path, prefix: str) -> set[tuple[int, ...]]:
    out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
    return {tuple(int(x) for x in m.split(".")) for m in re.findall(rf"\b{prefix}_([0-9]+(?:\.[0-9]+)+)\b", out)}


def library_paths() -> dict[str, str]:
    """soname -> path for this machine's architecture, from the linker cache."""
    import platform
    arch_flag = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(platform.machine(), "")
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    found: dict[str, str] = {}
    for m in re.finditer(r"^\s*(\S+) \(([^)]*)\) => (\S+)$", out, re.M):
        name, flags, path = m.groups()
        if arch_flag in flags:
            found.setdefault(name, path)
    return found


def package_of(path: str) -> str | None:
    candidates = [path, str(Path(path).resolve())]
    for p in candidates:
        # merged /usr: dpkg may know the file under /lib or /usr/lib
        for variant in {p, p.replace("/usr/lib/", "/lib/", 1), p.replace("/lib/", "/usr/lib/", 1)}:
            proc = subprocess.run(["dpkg", "-S", variant], capture_output=True, text=True)
            if proc.returncode == 0:
                return proc.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def report(dist: Path) -> dict:
    files = [p for p in dist.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    present = {p.name for p in dist.rglob("*")}
    glibc: tuple[tuple[int, ...], str] = ((0,), "")
    glibcxx: tuple[tuple[int, ...], str] = ((0,), "")
    missing: dict[str, set[str]] = {}
    for f in files:
        rel = str(f.relative_to(dist))
        for v in versions(f, "GLIBC"):
            if v > glibc[0]:
                glibc = (v, rel)
        for v in versions(f, "GLIBCXX"):
            if v > glibcxx[0]:
                glibcxx = (v, rel)
        for name in needed(f):
            if name in present or name in GLIBC_LIBS or LOADERS.match(name):
                continue
            missing.setdefault(name, set()).add(rel)
    paths = library_paths()
    packages: dict[str, list[str]] = {}
    unresolved = []
    for name in sorted(missing):
        pkg = package_of(paths[name]) if name in paths else None
        if pkg is None:
            unresolved.append(name)
        else:
            packages.setdefault(pkg, []).append(name)
    glibc_min = ".".join(map(str, glibc[0]))
    depends = [f"libc6 (>= {glibc_min})"]
    for pkg in sorted(packages):
        if pkg.startswith("libstdc++") and len(glibcxx[0]) >= 3 and glibcxx[0][2] in GLIBCXX_GCC:
            depends.append(f"{pkg} (>= {GLIBCXX_GCC[glibcxx[0][2]]})")
        elif not pkg.startswith("libc6"):
            depends.append(pkg)
    return {
        "glibc_min": glibc_min,
        "glibc_min_from": glibc[1],
        "glibcxx_max": ".".join(map(str, glibcxx[0])) if glibcxx[1] else None,
        "glibcxx_max_from": glibcxx[1] or None,
        "system_libraries": {name: sorted(users)[:3] for name, users in sorted(missing.items())},
        "packages": packages,
        "unresolved": unresolved,
        "depends": ", ".join(depends),
        "elf_files": len(files),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dist", type=Path)
    parser.add_argument("--json", action="store_true", help="print the whole report as JSON")
    args = parser.parse_args()
    result = report(args.dist)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(f"glibc minimum: {result['glibc_min']} (asked for by {result['glibc_min_from']})")
        if result["glibcxx_max"]:
            print(f"libstdc++: GLIBCXX_{result['glibcxx_max']} (asked for by {result['glibcxx_max_from']})")
        print(f"left to the system: {', '.join(result['system_libraries'])}")
        print(f"Depends: {result['depends']}")
    if result["unresolved"]:
        print(f"error: no package on this machine provides {', '.join(result['unresolved'])}; "
              "install them (apt-get install …) and build again", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
