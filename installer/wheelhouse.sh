#!/usr/bin/env bash
# Offline wheelhouse: every wheel the app needs, for Windows x64 and Linux x86_64/aarch64,
# Python 3.11, plus reviewer's own wheel — so an offline PC with Python 3.11+ installs with
#
#   pip install --no-index --find-links wheelhouse reviewer
#
#   installer/wheelhouse.sh [OUT]        # default OUT: dist/wheelhouse
#
# Environment: PYTHON (3.11+, default python3); PYTHON_VERSION=3.11; GLIBC_X86_64=2.28 and
# GLIBC_AARCH64=2.31, the oldest glibc the Linux wheels must run on. pip then takes the newest
# release of each package built for it — for PySide6 6.9.3 on x86_64 (6.10+ needs 2.34) and
# 6.8.0.2 on aarch64 (no aarch64 wheel is built for 2.28; 6.9+ needs 2.39).
# jieba publishes only an sdist: its wheel is built here (pure Python, one wheel for all).
# The wheelhouse also carries the build tools (installer/requirements-build.txt) for Linux, so
# `WHEELHOUSE=… installer/build-linux.sh` can build without network.
# Ends by installing reviewer from the wheelhouse alone into a fresh venv and checking the
# sample draft and the lexicons there, outside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
GLIBC_X86_64=${GLIBC_X86_64:-2.28}
GLIBC_AARCH64=${GLIBC_AARCH64:-2.31}
PYVER=${PYTHON_VERSION:-3.11}
OUT=$(realpath -m "${1:-dist/wheelhouse}")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
linux_tags() {  # linux_tags ARCH GLIBC: every manylinux tag that glibc accepts (pip does not widen --platform)
    local minor
    for ((minor = ${2#*.}; minor >= 17; minor--)); do printf 'manylinux_2_%s_%s\n' "$minor" "$1"; done
    printf 'manylinux2014_%s\n' "$1"
}

"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "wheelhouse.sh: needs Python 3.11+" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"
"$PYTHON" -m venv "$WORK/venv"
PIP=("$WORK/venv/bin/python" -m pip --disable-pip-version-check -q)
"${PIP[@]}" install -U pip setuptools wheel

echo "== reviewer's own wheel (carries lexicons/ and resources/ as reviewer/data)"
"${PIP[@]}" wheel --no-deps -w "$OUT" "$ROOT"
REVIEWER_WHEEL=$(ls "$OUT"/reviewer-*.whl)
"$WORK/venv/bin/python" - "$REVIEWER_WHEEL" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
for needed in ("reviewer/data/lexicons/", "reviewer/data/resources/samples/"):
    if not any(n.startswith(needed) for n in names):
        sys.exit(f"the wheel lacks {needed}")
PY

echo "== jieba (sdist only on PyPI): build its wheel"
"${PIP[@]}" wheel --no-deps -w "$OUT" "jieba>=0.42.1"

download() {  # download PLATFORM...: the app's dependencies (and build tools) for those tags
    local args=()
    for p in "$@"; do args+=(--platform "$p"); done
    "${PIP[@]}" download --only-binary=:all: --python-version "$PYVER" --implementation cp \
        --abi "cp${PYVER/./}" "${args[@]}" --find-links "$OUT" -d "$OUT" "$REVIEWER_WHEEL"
}
echo "== Windows x64"
download win_amd64
for arch in x86_64 aarch64; do
    glibc=$GLIBC_X86_64
    [[ $arch == aarch64 ]] && glibc=$GLIBC_AARCH64
    echo "== Linux $arch (glibc >= $glibc)"
    mapfile -t tags < <(linux_tags "$arch" "$glibc")
    download "${tags[@]}"
    platforms=()
    for t in "${tags[@]}"; do platforms+=(--platform "$t"); done
    "${PIP[@]}" download --only-binary=:all: --python-version "$PYVER" --implementation cp \
        --abi "cp${PYVER/./}" "${platforms[@]}" -d "$OUT" -r installer/requirements-build.txt
done

echo "== install from the wheelhouse alone and use it (outside the checkout)"
"$PYTHON" -m venv "$WORK/target"
"$WORK/target/bin/python" -m pip install --disable-pip-version-check -q --no-index --find-links "$OUT" reviewer
cd "$WORK"
set +e
env -i HOME="$WORK" PATH=/usr/bin:/bin "$WORK/target/bin/reviewer" check "$ROOT/resources/samples/示例草稿.docx" --format json > report.json
rc=$?
set -e
[[ $rc == 1 ]] || { echo "wheelhouse install: check exited $rc, expected 1" >&2; exit 1; }
grep -q 110101198001010037 report.json || { echo "wheelhouse install: ID number not found" >&2; exit 1; }
env -i HOME="$WORK" PATH=/usr/bin:/bin "$WORK/target/bin/reviewer" lexicon check
where=$("$WORK/target/bin/python" -c 'from reviewer.core import paths; print(paths.resource_root())')
[[ $where == "$WORK/target/"*"/reviewer/data" ]] || { echo "resources came from $where, not the wheel" >&2; exit 1; }
echo "installed from the wheelhouse: check and lexicon check pass (resources: $where)"
cd "$ROOT"

echo "== $OUT"
"$PYTHON" - "$OUT" <<'PY'
import sys
from pathlib import Path
out = Path(sys.argv[1])
wheels = sorted(out.glob("*.whl"))
groups = {"Windows x64": "win_amd64", "Linux x86_64": "x86_64", "Linux aarch64": "aarch64"}
common = [w for w in wheels if not any(t in w.name for t in groups.values())]
mb = lambda ws: sum(w.stat().st_size for w in ws) / 1e6
for label, tag in groups.items():
    own = [w for w in wheels if tag in w.name]
    print(f"{label}: {len(own)} platform wheels {mb(own):.0f} MB + {len(common)} pure wheels {mb(common):.1f} MB")
print(f"total: {len(wheels)} wheels, {mb(wheels):.0f} MB")
for w in wheels:
    print(f"  {w.stat().st_size / 1e6:7.1f} MB  {w.name}")
PY
