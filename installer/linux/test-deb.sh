#!/usr/bin/env bash
# Install a built .deb, use the installed app, remove it, and check nothing is left behind:
#   sudo installer/linux/test-deb.sh dist/org.shenchatong.reviewer_0.1.0_amd64.deb
# Changes this machine while it runs (dpkg -i / dpkg -r); run it on a build or test machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
DEB=$(realpath "$1")
APPID=$(dpkg-deb --field "$DEB" Package)
TARGET=/opt/apps/$APPID
[[ $(id -u) == 0 ]] || { echo "test-deb.sh: run as root (dpkg -i)" >&2; exit 1; }
[[ ! -e $TARGET ]] || { echo "test-deb.sh: $TARGET exists already; remove $APPID first" >&2; exit 1; }
fail() { echo "FAIL: $*" >&2; exit 1; }

before=$(mktemp); after=$(mktemp); home=$(mktemp -d)
trap 'rm -rf "$before" "$after" "$home"' EXIT
# everything outside /opt/apps/$APPID that dpkg could touch, before and after
snapshot() { find /usr/share/applications /usr/bin /usr/local/bin /etc -xdev 2>/dev/null | sort; }
snapshot > "$before"

echo "== dpkg -i $DEB"
dpkg -i "$DEB"
[[ -x $TARGET/files/reviewer && -f $TARGET/info && -f $TARGET/entries/applications/$APPID.desktop ]] \
    || fail "UOS layout incomplete under $TARGET"
run() { env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
run "$TARGET/files/reviewer" --version
set +e
run "$TARGET/files/reviewer" check resources/samples/示例草稿.docx --format json > "$home/report.json"
rc=$?
set -e
[[ $rc == 1 ]] || fail "installed app: check exited $rc, expected 1 (block findings)"
grep -q 110101198001010037 "$home/report.json" || fail "installed app did not find the ID number"
echo "installed app checks the sample: ok"
if [[ -d reviewer/app ]]; then
    run QT_QPA_PLATFORM=offscreen "$TARGET/files/reviewer" gui --open resources/samples/示例草稿.docx \
        --screenshot "$home/window.png" || fail "installed app: window did not open offscreen"
    [[ -s $home/window.png ]] || fail "no screenshot"
    echo "installed app opens its window offscreen: ok"
fi
[[ ! -e $TARGET/files/data ]] || fail "the app wrote beside itself under /opt"

echo "== dpkg -r $APPID"
dpkg -r "$APPID"
[[ ! -e $TARGET ]] || fail "$TARGET still exists after dpkg -r: $(find "$TARGET" | head)"
snapshot > "$after"
diff "$before" "$after" || fail "files outside $TARGET changed"
echo "removed cleanly: nothing under $TARGET, nothing else changed"
