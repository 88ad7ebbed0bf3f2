#!/usr/bin/env bash
# End-to-end test of the REPL in a real pseudo-terminal, driven through tmux the way a
# person types: a multi-line statement, history (Up), Tab completion, Chinese typed at the
# prompt (with no locale set), Ctrl-C during a long query and at the prompt, a : command
# inside an unfinished statement, Ctrl-D to leave. Fails (exit 1)
# when any of these stops working.
#
#   Tests/EndToEnd/repl-in-tmux.sh [path/to/chaingraph]     (default: .build/debug/chaingraph)
set -euo pipefail
BIN="${1:-.build/debug/chaingraph}"
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
command -v tmux >/dev/null || { echo "tmux is not installed"; exit 1; }
WORK="$(mktemp -d)"
SESSION="cg-e2e-$$"
trap 'tmux kill-session -t "$SESSION" 2>/dev/null || true; rm -rf "$WORK"' EXIT

screen() { tmux capture-pane -p -t "$SESSION" -S -200; }
fail() { echo "FAIL: $1"; echo "----- screen -----"; screen || true; exit 1; }
# wait_for TEXT [SECONDS]: until TEXT is on the screen.
wait_for() {
    local deadline=$((SECONDS + ${2:-10}))
    until screen | grep -qF -- "$1"; do
        [ $SECONDS -lt $deadline ] || fail "did not see '$1'"
        sleep 0.1
    done
}
count() { screen | grep -cF -- "$1" || true; }
# type TEXT [KEY]: types TEXT literally (tmux would read a trailing ';' as a separator), then KEY.
type() { tmux send-keys -t "$SESSION" -l -- "${1//;/\\;}"; [ -z "${2:-}" ] || tmux send-keys -t "$SESSION" "$2"; }

tmux -u new-session -d -s "$SESSION" -x 150 -y 50 \
    "env -u LANG -u LC_ALL -u LC_CTYPE NO_COLOR=1 CHAINGRAPH_HISTORY=$WORK/history PAGER='sed s/^/PAGED:/' $BIN --empty; echo REPL-EXITED; sleep 30"
wait_for "chaingraph>"
echo "ok: banner and prompt"

# A statement over two lines: the continuation prompt, then the result.
type "CHAIN (:Material) 'industrial silicon'" Enter
wait_for "...>"
type "  -> 'polysilicon' -> 'monocrystalline silicon' VIA FEEDS;" Enter
wait_for "nodesCreated"
echo "ok: multi-line statement"

# History: Up brings back the last statement; Enter runs it again.
type "RETURN 'again' AS word;" Enter
wait_for "1 row"
before=$(count "│ again")
tmux send-keys -t "$SESSION" Up
sleep 0.3
tmux send-keys -t "$SESSION" Enter
deadline=$((SECONDS + 10))
until [ "$(count "│ again")" -gt "$before" ]; do
    [ $SECONDS -lt $deadline ] || fail "Up + Enter did not run the last statement again"
    sleep 0.1
done
echo "ok: history"

# Tab completion of a label and a property.
type "MATCH (m:Mat" Tab
wait_for "MATCH (m:Material"
type ") RETURN count(m) AS materials, max(m.na" Tab
wait_for "max(m.name"
type ") AS last;" Enter
wait_for "│ 3         │"
echo "ok: tab completion"

# Chinese typed at the prompt reaches the statement (libedit needs a UTF-8 locale).
type "RETURN '衢州' + '工业硅' AS zh, size('衢州') AS n;" Enter
wait_for "衢州工业硅 │ 2 "
echo "ok: Chinese input"

# Ctrl-C cancels a long query and the session goes on.
type "UNWIND range(1, 1000) AS i RETURN sum(size([x IN range(1, 10000000) WHERE x % 7 = 0])) AS sevens;" Enter
sleep 1
tmux send-keys -t "$SESSION" C-c
wait_for "Cancelled" 20
type "RETURN 'still alive' AS status;" Enter
wait_for "│ still alive"
echo "ok: Ctrl-C cancels the running query"

# Ctrl-C at the prompt drops the half-typed statement, an unclosed string too; a known
# ':' command runs inside an unfinished statement, but is text inside a string.
type "MATCH (n) WHERE n.name = 'abc" Enter
wait_for "...>"
type ":quit" Enter
sleep 0.3
tmux send-keys -t "$SESSION" C-c
wait_for "^C"
type "RETURN 'fresh' AS start;" Enter
wait_for "│ fresh"
type "RETURN 2 AS two" Enter
type ":format csv" Enter
wait_for "format: csv"
type ";" Enter
wait_for "two"
screen | grep -qx "2" || fail "the statement finished after :format did not print as CSV"
type ":format table" Enter
echo "ok: Ctrl-C clears the pending statement; : commands inside one"

# With :pager on, output longer than the screen goes through $PAGER (here a sed that marks
# its lines); shorter output does not.
type ":pager on" Enter
wait_for "pager: on"
type "UNWIND range(1, 80) AS i RETURN i AS paged;" Enter
wait_for "PAGED:│ 80"
type "RETURN 'short' AS unpaged;" Enter
wait_for "│ short"
[ "$(count "PAGED:│ short")" -eq 0 ] || fail "a result that fits the screen went through the pager"
echo "ok: pager"

# Ctrl-D leaves.
tmux send-keys -t "$SESSION" C-d
wait_for "REPL-EXITED"
echo "ok: Ctrl-D exits"
# libedit writes history entries vis-encoded: a space is \040.
grep -qF "RETURN\\040'again'\\040AS\\040word;" "$WORK/history" || fail "history was not saved to the history file"
echo "ok: history file"
echo "REPL end-to-end: all checks passed"
