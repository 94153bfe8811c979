#!/usr/bin/env bash
# Build the frozen Linux app and its .deb from a clean checkout:
#
#   installer/build-linux.sh            # build/ (venv, PyInstaller work) -> dist/*.deb
#
# Environment:
#   PYTHON=python3.11        the Python 3.11+ that builds (it is frozen into the app)
#   PYSIDE6_VERSION=6.9.3    pin Qt, e.g. for an older glibc (see installer/README.md)
#   WHEELHOUSE=dir           install from a wheelhouse only (no network), e.g. dist/wheelhouse
#   SKIP_SMOKE=1             skip the smoke test (never for a release)
#
# Steps: fresh venv under build/ -> PyInstaller (installer/reviewer.spec, one folder, no UPX)
# -> smoke test of the frozen binary with an empty environment -> glibc minimum and system
# libraries (installer/linux/elf_report.py) -> .deb in the UOS layout under /opt/apps/<appid>.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
started=$(date +%s)
PYTHON=${PYTHON:-python3}
BUILD=$ROOT/build
DIST=$ROOT/dist

say() { printf '\n== %s\n' "$*"; }
die() { printf 'build-linux.sh: %s\n' "$*" >&2; exit 1; }

say "checking the build machine"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || die "$PYTHON is older than Python 3.11"
missing=()
while read -r pkg; do
    [[ -z $pkg || $pkg == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done < installer/linux/build-deps.txt
if ((${#missing[@]})); then
    if [[ $(id -u) == 0 ]]; then
        apt-get install -y --no-install-recommends "${missing[@]}" || die "could not install: ${missing[*]}"
    else
        die "missing Debian packages: ${missing[*]} (sudo apt-get install ${missing[*]})"
    fi
fi

APPID=$("$PYTHON" installer/bundle.py appid)
NAME=$("$PYTHON" installer/bundle.py name)
VERSION=$("$PYTHON" installer/bundle.py version)
ARCH=$(dpkg --print-architecture)

say "fresh venv in build/venv"
rm -rf "$BUILD"
mkdir -p "$BUILD" "$DIST"
"$PYTHON" -m venv "$BUILD/venv"
PIP=("$BUILD/venv/bin/python" -m pip --disable-pip-version-check -q)
if [[ -n ${WHEELHOUSE:-} ]]; then
    PIP_SOURCE=(--no-index --find-links "$WHEELHOUSE")
else
    PIP_SOURCE=()
fi
pins=()
[[ -n ${PYSIDE6_VERSION:-} ]] && pins+=("PySide6-Essentials==$PYSIDE6_VERSION" "shiboken6==$PYSIDE6_VERSION")
"${PIP[@]}" install "${PIP_SOURCE[@]}" "$ROOT" -r installer/requirements-build.txt "${pins[@]}"
"$BUILD/venv/bin/python" -m pip freeze --disable-pip-version-check > "$BUILD/pip-freeze.txt"

say "freezing with PyInstaller"
freeze_started=$(date +%s)
"$BUILD/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/pyinstaller" installer/reviewer.spec
APPDIR=$BUILD/dist/$NAME
freeze_seconds=$(( $(date +%s) - freeze_started ))

if [[ -z ${SKIP_SMOKE:-} ]]; then
    say "smoke test of the frozen app"
    "$BUILD/venv/bin/python" installer/smoke/smoke_test.py "$APPDIR" --reference-python "$BUILD/venv/bin/python"
fi

say "what the bundle needs from the system"
"$BUILD/venv/bin/python" installer/linux/elf_report.py "$APPDIR" --json > "$BUILD/elf-report.json" \
    || { cat "$BUILD/elf-report.json"; die "the bundle needs libraries no package here provides"; }
"$BUILD/venv/bin/python" installer/linux/elf_report.py "$APPDIR"
DEPENDS=$("$BUILD/venv/bin/python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["depends"])' "$BUILD/elf-report.json")

say "packaging /opt/apps/$APPID"
STAGE=$BUILD/deb
APP=$STAGE/opt/apps/$APPID
mkdir -p "$APP/entries/applications" "$APP/entries/icons/hicolor/scalable/apps" \
    "$APP/entries/icons/hicolor/256x256/apps" "$STAGE/DEBIAN"
cp -a "$APPDIR" "$APP/files"
sed "s/@APPID@/$APPID/g" installer/linux/reviewer.desktop.in > "$APP/entries/applications/$APPID.desktop"
cp installer/icons/reviewer.svg "$APP/entries/icons/hicolor/scalable/apps/$APPID.svg"
cp installer/icons/reviewer.png "$APP/entries/icons/hicolor/256x256/apps/$APPID.png"
# UOS's info file: version as four numbers, no special permissions
"$BUILD/venv/bin/python" - "$APP/info" "$APPID" "$("$PYTHON" installer/bundle.py version4)" "$ARCH" <<'PY'
import json, sys
path, appid, version, arch = sys.argv[1:]
info = {"appid": appid, "name": "审查通", "version": version,
        "arch": [arch],
        "permissions": {k: False for k in ("autostart", "notification", "trayicon", "clipboard", "account",
                                           "bluetooth", "camera", "audio_record", "installed_apps")}}
with open(path, "w", encoding="utf-8") as fh:
    json.dump(info, fh, ensure_ascii=False, indent=2)
PY
installed_kb=$(du -sk --apparent-size "$STAGE/opt" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $APPID
Version: $VERSION
Architecture: $ARCH
Maintainer: 审查通 <reviewer@localhost>
Installed-Size: $installed_kb
Depends: $DEPENDS
Section: utils
Priority: optional
Description: 审查通 - 政府信息公开发布前审查工具
 检查草稿（.docx .pdf .txt）中不能公开发布的内容和差错（政治关、法律关、政策关、
 保密关、文字关），记录各关审查决定和保密审查签发，导出审查审批单。离线运行。
 The app is installed under /opt/apps/$APPID and changes nothing else.
EOF
(cd "$STAGE" && find opt -type f -print0 | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
DEB=$DIST/${APPID}_${VERSION}_${ARCH}.deb
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
dpkg-deb --info "$DEB" >/dev/null

seconds=$(( $(date +%s) - started ))
say "done in ${seconds}s (PyInstaller ${freeze_seconds}s)"
echo "app folder: $APPDIR ($(du -sh "$APPDIR" | cut -f1))"
echo "package:    $DEB ($(du -h "$DEB" | cut -f1))"
echo "glibc:      >= $("$BUILD/venv/bin/python" -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["glibc_min"], "(" + r["glibc_min_from"] + ")")' "$BUILD/elf-report.json")"
echo "Depends:    $DEPENDS"
