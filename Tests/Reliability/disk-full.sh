#!/usr/bin/env bash
# Disk-full campaign on a real full file system: a 2 MiB tmpfs (needs root and mount),
# the release or debug `chaingraph` given as $1.
#  1. a database committed to until the disk is full: the failing commit says "disk full",
#     the database reopens with every commit before it;
#  2. opening a new database on the full disk says "disk full";
#  3. re-exporting over a good export on the full disk fails and leaves the good export and
#     no fragment;
set -uo pipefail
CG="${1:-.build/debug/chaingraph}"
CG="$(cd "$(dirname "$CG")" && pwd)/$(basename "$CG")"
MNT="$(mktemp -d)"
LOGS="$(mktemp -d)"   # the errors go outside the full file system
if ! mount -t tmpfs -o size=2m tmpfs "$MNT" 2>/dev/null; then
    echo "SKIPPED: cannot mount a tmpfs here (needs root)"; rmdir "$MNT"; exit 0
fi
trap 'cd /; umount "$MNT"; rmdir "$MNT"; rm -rf "$LOGS"' EXIT
cd "$MNT"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }

"$CG" query graph.db -e "CREATE (:Material {name: 'first'})" >/dev/null
"$CG" export graph.db good.graphml >/dev/null
cp good.graphml good.copy
committed=1
for i in $(seq 1 400); do
    if "$CG" query graph.db -e "UNWIND range(1, 200) AS i CREATE (:Material {name: 'batch $i ' + toString(i), pad: '$(printf 'x%.0s' $(seq 1 200))'})" \
        >/dev/null 2>"$LOGS/err.txt"; then
        committed=$((committed + 200))
    else
        break
    fi
done
check "a commit on the full disk fails saying disk full ($(head -c 160 "$LOGS/err.txt"))" 'grep -q "disk full" "$LOGS/err.txt"'
count=$("$CG" query graph.db --read-only --format csv -e "MATCH (n) RETURN count(n) AS n" 2>/dev/null | tail -1 | tr -d '\r')
check "the database reopens with the $committed nodes committed before it (has $count)" '[ "$count" = "$committed" ]'
"$CG" query more.db -e "CREATE (:Material {name: 'x'})" >/dev/null 2>"$LOGS/err2.txt"
check "opening a new database on the full disk says disk full ($(head -c 160 "$LOGS/err2.txt"))" 'grep -q "disk full" "$LOGS/err2.txt"'
"$CG" export graph.db good.graphml >/dev/null 2>"$LOGS/err3.txt"
check "re-exporting over a good export on the full disk fails ($(head -c 160 "$LOGS/err3.txt"))" 'grep -q "disk full" "$LOGS/err3.txt"'
check "the good export is intact" 'cmp -s good.graphml good.copy'
check "no fragment is left" '[ -z "$(ls -A | grep chaingraph- )" ]'
exit $fail
