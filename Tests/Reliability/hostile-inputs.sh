#!/usr/bin/env bash
# Runs every hostile input of the reliability campaign through the chaingraph command, with
# the default limits unless the row says otherwise, and prints one markdown row each: what
# the input is, what chaingraph answered, wall time and peak resident memory.
#
#   Tests/Reliability/hostile-inputs.sh [CHAINGRAPH = .build/release/chaingraph]
# Needs /usr/bin/time (Debian package `time`). The same inputs, smaller, are
# HostileInputTests in `swift test`.
set -euo pipefail
cd "$(dirname "$0")/../.."
CG="${1:-.build/release/chaingraph}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

row() { # label, then the command
    local label="$1"; shift
    local started ended answer
    started=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$WORK/rss" "$@" >"$WORK/out" 2>"$WORK/err" || true
    ended=$(date +%s.%N)
    answer=$(grep -m1 -oE '^[A-Za-z]+ \([A-Za-z]+\)( at [^ ]+:[0-9]+:[0-9]+)?' "$WORK/err" || true)
    [ -z "$answer" ] && answer="answered $(tail -1 "$WORK/out" | tr -d '\r')"
    printf '| %s | %s | %.2f | %d |\n' "${label//|/\\|}" "$answer" "$(awk "BEGIN { print $ended - $started }")" "$(( $(tail -1 "$WORK/rss") / 1024 ))"
}

graphml_head='<?xml version="1.0"?>'
graphml_open='<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d" for="node" attr.name="name" attr.type="string"/><graph edgedefault="directed">'

printf '%s\n<!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n%s<node id="a"><data key="d">&x;</data></node></graph></graphml>\n' \
    "$graphml_head" "$graphml_open" > "$WORK/xxe.graphml"
{
    printf '%s\n<!DOCTYPE graphml [<!ENTITY l0 "lol">' "$graphml_head"
    for level in $(seq 1 30); do printf '<!ENTITY l%d "%s">' "$level" "$(printf "&l$((level - 1));%.0s" $(seq 1 10))"; done
    printf ']>\n%s<node id="a"><data key="d">&l30;</data></node></graph></graphml>\n' "$graphml_open"
} > "$WORK/laughs.graphml"
{
    printf '%s\n<!DOCTYPE graphml [<!ENTITY a "%s">]>\n%s<node id="a"><data key="d">' "$graphml_head" "$(head -c 100000 /dev/zero | tr '\0' a)" "$graphml_open"
    for _ in $(seq 1 1000); do printf '&a;%.0s' $(seq 1 100); done
    printf '</data></node></graph></graphml>\n'
} > "$WORK/quadratic.graphml"
{ printf '%s%s<node id="a"><data key="d">' "$graphml_head" "$graphml_open"; head -c 20000000 /dev/zero | tr '\0' a; } > "$WORK/line.graphml"
truncate -s 1G "$WORK/line.graphml"
mkdir "$WORK/csv-quote" "$WORK/csv-line"
printf 'id:ID(Material),name\n1,"' > "$WORK/csv-quote/materials.csv"; truncate -s 1G "$WORK/csv-quote/materials.csv"
{ printf 'id:ID(Material),name\n'; head -c 1073741824 /dev/zero | tr '\0' 7; } > "$WORK/csv-line/materials.csv"
nested=$(printf '(%.0s' $(seq 1 10000))1$(printf ')%.0s' $(seq 1 10000))
lists=$(printf '[%.0s' $(seq 1 10000))$(printf ']%.0s' $(seq 1 10000))
cat > "$WORK/paths.cypher" <<'EOF'
UNWIND range(0, 12) AS layer UNWIND range(0, 9) AS i CREATE (:Layer {layer: layer, i: i});
MATCH (a:Layer), (b:Layer) WHERE b.layer = a.layer + 1 CREATE (a)-[:NEXT]->(b);
MATCH (s:Layer {layer: 0, i: 0}) MATCH p = (s)-[:NEXT*]->(e) RETURN count(p);
EOF
sixty=$(head -c 60 /dev/zero | tr '\0' a)

echo "| input | answer | s | peak RSS MB |"
echo "|---|---|---|---|"
row "GraphML with an external entity (XXE)" "$CG" import "$WORK/a.db" "$WORK/xxe.graphml"
row "GraphML billion laughs (10³⁰ expansions)" "$CG" import "$WORK/b.db" "$WORK/laughs.graphml"
row "GraphML quadratic blowup (100 KB entity × 100,000)" "$CG" import "$WORK/c.db" "$WORK/quadratic.graphml"
row "GraphML, 1 GiB on one line (a 20 MB text)" "$CG" import "$WORK/d.db" "$WORK/line.graphml"
row "CSV, 1 GiB on one line (unclosed quote)" "$CG" import "$WORK/e.db" --csv-dir "$WORK/csv-quote"
row "CSV, 1 GiB on one line (one field)" "$CG" import "$WORK/f.db" --csv-dir "$WORK/csv-line"
row "query nested 10,000 parentheses deep" "$CG" query --format csv -e "RETURN $nested"
row "query nested 10,000 lists deep" "$CG" query --format csv -e "RETURN $lists"
row "10¹² paths (13 layers × 10, all links), default limits" "$CG" query --format csv -f "$WORK/paths.cypher"
row "10¹² paths, --timeout 1" "$CG" query --format csv --timeout 1 -f "$WORK/paths.cypher"
row "regex (a|aa)+ on 60 a's and '!', default limits" "$CG" query --format csv -e "RETURN '$sixty!' =~ '(a|aa)+'"
row "regex (a|aa)+ on 60 a's and '!', --timeout 0.5" "$CG" query --format csv --timeout 0.5 -e "RETURN '$sixty!' =~ '(a|aa)+'"
row "string doubled 36 times (64 GiB), default limits" "$CG" query --format csv -e "RETURN size(reduce(s = 'x', i IN range(1, 36) | s + s))"
row "string doubled 36 times, --max-memory 256" "$CG" query --format csv --max-memory 256 -e "RETURN size(reduce(s = 'x', i IN range(1, 36) | s + s))"
row "replace() of a 1 MB text by itself (1 TB)" "$CG" query --format csv -e "WITH reduce(s = 'a', i IN range(1, 20) | s + s) AS s RETURN size(replace(s, 'a', s))"
row "10⁷ rows of strings, --max-memory 256" "$CG" query --format csv --max-memory 256 -e "UNWIND range(1, 10000000) AS i RETURN count(toString(i) + '-' + toString(i))"
row "INT64 overflow: 9223372036854775807 + 1" "$CG" query --format csv -e "RETURN 9223372036854775807 + 1"
row "INT64 overflow in sum()" "$CG" query --format csv -e "UNWIND [9223372036854775807, 1] AS x RETURN sum(x)"
row "path bound *1..99999999999999999999" "$CG" query --format csv -e "MATCH (a)-[*1..99999999999999999999]->(b) RETURN count(*)"
row "range() of 2⁶⁴ elements" "$CG" query --format csv -e "RETURN size(range(-9223372036854775808, 9223372036854775807))"
