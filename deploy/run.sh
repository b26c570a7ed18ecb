#!/usr/bin/env bash
# Builds the suite and runs it on this machine: an embedded MariaDB (or the one SMARTCITY_DB_HOST names),
# agency-service, committee-service and reporting-service, and the Chiang Mai 2022 demo scenario.
# Ctrl-C stops everything. Configuration: see README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
exec java -jar deploy/local-run/target/local-run.jar
