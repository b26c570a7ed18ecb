#!/usr/bin/env bash
# Prints a bearer token that the locally run services accept (see README):
#   deploy/token.sh secretariat | admin | agency-editor AGENCY_ID
# The signing key is made on first use in deploy/local-run/target/keys and never leaves this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f deploy/local-run/target/local-run.jar ] || ./mvnw -B -q -DskipTests package -pl deploy/local-run -am
exec java -jar deploy/local-run/target/local-run.jar token "$@"
