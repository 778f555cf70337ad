#!/usr/bin/env bash
# Registrations per second under contention for one gathering, with no seat oversold.
# Usage: bench/gatherings-registrations.sh [members] [seats] [thread counts] [rounds]
#   e.g. bench/gatherings-registrations.sh 400 50 1,4,16,64 3
# Starts the platform against a fresh embedded PostgreSQL (nothing else needed), see
# src/test/java/org/lccp/gatherings/RegistrationBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.lccp.gatherings.RegistrationBenchmark "$@"
