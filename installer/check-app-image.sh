#!/usr/bin/env bash
# Runs the packaged Showdesk the way a host would from a terminal, so that broken packaging fails CI:
# the launcher starts, reports the pom's version, maps its class-data archive, creates and reads a show with the
# bundled runtime, reports a user error as a message (not a stack trace), and writes nothing next to the program.
#
#   installer/check-app-image.sh [APP_DIR] [--window]
#
# APP_DIR defaults to target/installer/Showdesk (built by: mvn -Pinstaller -Dinstaller.types=app-image package).
# --window also opens the window under xvfb-run and saves a screenshot to target/installer/window.png.
set -euo pipefail
cd "$(dirname "$0")/.."

app=target/installer/Showdesk
window=no
for arg in "$@"; do
  case "$arg" in
    --window) window=yes ;;
    *) app="$arg" ;;
  esac
done
launcher="$app/bin/Showdesk"
[ -x "$launcher" ] || { echo "FAIL: no launcher at $launcher (build it: mvn -Pinstaller package)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home"   # a fresh user: whatever the app writes for a user lands here
unset XDG_DATA_HOME XDG_CONFIG_HOME _JAVA_OPTIONS JDK_JAVA_OPTIONS
# Java takes user.home from the password file, not from HOME; the JVM notes the variable on stderr.
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME"
mkdir -p "$HOME"
touch "$scratch/before"
fail() { echo "FAIL: $*" >&2; exit 1; }
quiet() { grep -v '^Picked up JAVA_TOOL_OPTIONS' >&2 || true; }

expected="Showdesk $(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)"
actual=$("$launcher" --version 2> >(quiet)) || fail "--version exited with $?"
[ "$actual" = "$expected" ] || fail "--version printed '$actual', expected '$expected'"
echo "ok: $launcher --version -> $actual"

modules=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$app/lib/runtime/release")
for module in java.sql javafx.graphics jdk.charsets jdk.localedata; do
  [[ " $modules " == *" $module "* ]] || fail "the bundled runtime lacks $module (it has: $modules)"
done
echo "ok: bundled runtime has $(wc -w <<<"$modules") modules"

# The class-data archive (Package.java's ClassDataArchive): the JVM ignores an unusable one without a word, so ask it.
archive="$app/lib/app/showdesk.jsa"
[ -f "$archive" ] || fail "no class-data archive at $archive"
JAVA_TOOL_OPTIONS="-XX:+PrintSharedArchiveAndExit -XX:+PrintSharedDictionary" "$launcher" >"$scratch/cds" 2>&1 || true
grep -q '^archive is valid' "$scratch/cds" \
  || fail "the launcher cannot use $archive ($(grep -o -m 1 -E 'shared class paths mismatch|[A-Z][a-z]+ shared archive [a-z ]+|has been modified' "$scratch/cds" || echo see -Xlog:cds)); an image that was moved needs its archive dumped again, see installer/README.md"
holds() { grep -q -E "^ *[0-9]+: $1 " "$scratch/cds"; }
holds javafx.scene.control.Control || fail "$archive holds no JavaFX classes"
if holds 'org\.showdesk\..*'; then
  holds org.showdesk.ui.MainWindow || fail "$archive holds Showdesk classes but not the window's"
  scope="JDK, JavaFX and Showdesk"
else
  scope="JDK and JavaFX only: the archive for installers"
fi
echo "ok: class-data archive in use: $(grep -c -E '^ *[0-9]+: ' "$scratch/cds") classes ($scope)"

show="$scratch/Weekly.showdesk"
"$launcher" new "$show" --name "AI 周报" >/dev/null 2> >(quiet) || fail "new exited with $?"
[ -s "$show" ] || fail "new did not create $show"
episodes=$("$launcher" episodes "$show" --json 2> >(quiet)) || fail "episodes exited with $?"
[ "$(tr -d '[:space:]' <<<"$episodes")" = "[]" ] || fail "a new show should list no episodes, got: $episodes"
echo "ok: new + episodes on a fresh show"

set +e
"$launcher" episodes "$scratch/missing.showdesk" >"$scratch/out" 2>"$scratch/stderr"
code=$?
set -e
grep -v '^Picked up JAVA_TOOL_OPTIONS' "$scratch/stderr" >"$scratch/err" || true
[ "$code" = 1 ] || fail "episodes on a missing file exited with $code, expected 1"
[ -s "$scratch/err" ] || fail "episodes on a missing file printed no message"
! grep -q '^[[:space:]]*at [a-z]' "$scratch/err" || fail "a user error printed a stack trace: $(cat "$scratch/err")"
echo "ok: a missing show is reported: $(head -1 "$scratch/err")"

if [ "$window" = yes ]; then
  command -v xvfb-run >/dev/null || fail "--window needs xvfb-run"
  out="$PWD/target/installer/window.png"
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$1" "$2" >"$3/window.log" 2>&1 & app=$!
    for _ in $(seq 1 60); do
      xwininfo -root -tree 2>/dev/null | grep -q "\"Showdesk" && break
      kill -0 $app 2>/dev/null || break
      sleep 0.5
    done
    sleep 2
    if kill -0 $app 2>/dev/null && xwininfo -root -tree | grep -q "\"Showdesk"; then
      ! command -v import >/dev/null || import -window root "$4"
      kill $app; wait $app
      exit 0
    fi
    exit 1' _ "$launcher" "$show" "$scratch" "$out" || { cat "$scratch/window.log" >&2; fail "the window did not open"; }
  echo "ok: the window opened with $show (screenshot: $out)"
fi

written=$(find "$app" -newer "$scratch/before" -print)
[ -z "$written" ] || fail "the app wrote next to its program: $written"
echo "ok: nothing written under $app; the user's home got: $(cd "$HOME" && find . -mindepth 1 -maxdepth 3 | tr '\n' ' ')"
