#!/usr/bin/env bash
# The benchmark harness: builds the suite, then for each scale starts it on a fresh embedded MariaDB (or the server
# --db-host names), loads a generated dataset through the public APIs and measures with wrk. Figures are written to
# deploy/bench/RESULTS.md (or --out FILE) between its markers. Needs wrk (Debian: apt-get install wrk).
#   deploy/bench/run.sh                                  # 1k, 10k and 100k agencies (about 40 minutes on 2 cores)
#   deploy/bench/run.sh --scales 1k --duration 3 --warmup 1 --lag-samples 5 --out deploy/bench/target/smoke.md
# Set BENCH_SKIP_BUILD=1 to use the services as last packaged.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install wrk)" >&2; exit 2; }
if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q -DskipTests package
fi
exec java -jar deploy/bench/target/bench.jar --home . "$@"
