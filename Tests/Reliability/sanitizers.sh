#!/usr/bin/env bash
# The concurrency tests under ThreadSanitizer, and the whole suite under AddressSanitizer,
# each in its own build folder.
#
#   Tests/Reliability/sanitizers.sh [thread|address|both=both]
set -euo pipefail
cd "$(dirname "$0")/../.."
which="${1:-both}"
if [ "$which" = thread ] || [ "$which" = both ]; then
    swift test --scratch-path .build-tsan --sanitize=thread \
        --filter 'TransactionTests|ConcurrentPathQueryTests|DurabilityTests|StatementCacheTests|GraphImageTests|testChunkedExport|CSVRowPrefetcherTests|CSVImportTests|BatchPrefetcherTests|XMLEventReaderTests|GraphMLImportTests|GraphMLRoundTripTests'
fi
if [ "$which" = address ] || [ "$which" = both ]; then
    # LeakSanitizer is off: Foundation's Process leaks a weak reference at every run().
    ASAN_OPTIONS=detect_leaks=0 swift test --scratch-path .build-asan --sanitize=address --skip TCKTests
fi
