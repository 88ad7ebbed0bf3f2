#!/usr/bin/env bash
# Crash-consistency campaign: TRIALS times, a child applies a deterministic random stream of
# write transactions (API writes, deletes, CHAIN, Cypher updates, CSV and GraphML imports)
# to a fresh database file and is killed with SIGKILL after 1–300 ms; the file must reopen
# and hold exactly the transactions the child reported as committed (or one more), with a
# consistent adjacency index.
#
#   Tests/Reliability/crash-campaign.sh [TRIALS=1000] [SEED=1] [CORRUPTION_TRIALS=1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build --product crash-writer >/dev/null
.build/debug/crash-writer --campaign "${1:-1000}" "${2:-1}"
# Then damaged copies of a file, each opened in a child process (a crash is a failure).
.build/debug/crash-writer --corrupt "${3:-1000}" "${2:-1}"
