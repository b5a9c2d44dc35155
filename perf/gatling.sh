#!/usr/bin/env bash
# Runs one Gatling simulation (src/perf/java) without a Maven start per run: the perf profile's test
# classpath is resolved once (cached in target/perf/gatling.cp) and the simulations are compiled with
# javac into target/perf/classes. Same simulations, options and HTML report (target/gatling/) as
#   ./mvnw -Pperf gatling:test -Dgatling.simulationClass=com.orderdesk.perf.<Name>
# which at load 25 cost 3-5 minutes of Maven and compile before each run (docs/benchmarks.md).
#   perf/gatling.sh <SimulationName> [-Dperf.rate=… -Dperf.duration=… …]
set -euo pipefail
cd "$(dirname "$0")/.."
SIM=$1; shift
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVAC=${JAVAC:-$(dirname "$JAVA")/javac}
OUT=target/perf; mkdir -p "$OUT" target/gatling
if [ ! -s "$OUT/gatling.cp" ]; then
  ./mvnw -q -Pperf dependency:build-classpath -Dmdep.outputFile="$PWD/$OUT/gatling.cp" -Dmdep.includeScope=test >&2
fi
if [ -z "$(find "$OUT/classes" -name '*.class' -newer "$OUT/gatling.cp" 2>/dev/null | head -1)" ] \
   || [ -n "$(find src/perf/java -name '*.java' -newer "$OUT/classes" 2>/dev/null | head -1)" ]; then
  rm -rf "$OUT/classes"; mkdir -p "$OUT/classes"
  "$JAVAC" -d "$OUT/classes" -cp "$(cat "$OUT/gatling.cp")" $(find src/perf/java -name '*.java') 2>&1 | grep -v '^Note:' >&2 || true
  touch "$OUT/classes"
fi
exec "$JAVA" -Xmx512m --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED "$@" -cp "$OUT/classes:$(cat "$OUT/gatling.cp")" io.gatling.app.Gatling \
  -s "com.orderdesk.perf.$SIM" -rf target/gatling
