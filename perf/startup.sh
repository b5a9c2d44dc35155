#!/usr/bin/env bash
# Start-up and memory of the packaged app against an existing, migrated database, per run-option
# variant, ROUNDS times each (interleaved, so every variant sees the same load): seconds from
# `java` to /actuator/health answering UP (and the CPU seconds the JVM spent until then), resident memory (VmRSS) 10 s after that, and resident
# memory at the end of 20 s of GMO-PG webhook ingest (16 curl keep-alive connections).
#   perf/startup.sh [ROUNDS=3] [VARIANTS="plain aot tuned"]
# Variants (the options are documented in docs/benchmarks.md and README "Running it"):
#   plain  java -jar target/orderdesk-0.1.0-SNAPSHOT.jar
#   aot    the extracted jar with the JDK 25 AOT cache (perf/aot-cache.sh makes it: -XX:AOTCacheOutput)
#   tuned  aot + the sized heap, stacks and threads of docs/benchmarks.md
#   sized  the packaged jar with the sized options but no AOT cache (a cache belongs to one jar, so
#          this is the variant that compares two builds: JAR=other.jar perf/startup.sh 3 sized)
#   noobs  tuned without Spring Modulith's observability auto-configuration: not a way to run it (the
#          module metrics are gone), a measurement of what the module model it builds at start costs
# Needs `perf/aot-cache.sh` run first for aot/tuned. Loopback only (port $PORT).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}; VARIANTS=${2:-plain aot tuned}
JAVA=${JAVA:-java}   # a JDK 25 (the AOT cache options are JDK 25), e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
PORT=${PORT:-18090}; DB=${DB:-orderdesk_perf}; JAR=${JAR:-target/orderdesk-0.1.0-SNAPSHOT.jar}
OUT=target/perf; mkdir -p "$OUT"
export ORDERDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB ORDERDESK_BOOTSTRAP_ADMIN_PASSWORD=perf-admin-password
TUNED=(-Xms64m -Xmx384m -Xss512k -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=192m -XX:+UseSerialGC
       -XX:TieredStopAtLevel=1 -Dspring.threads.virtual.enabled=true)
command_of() {
  case $1 in
    plain) echo "$JAVA" -jar "$JAR" ;;
    aot)   echo "$JAVA" -XX:AOTCache=target/aot/app.aot -jar target/aot/orderdesk-0.1.0-SNAPSHOT.jar ;;
    tuned) echo "$JAVA" -XX:AOTCache=target/aot/app.aot "${TUNED[@]}" -jar target/aot/orderdesk-0.1.0-SNAPSHOT.jar ;;
    sized) echo "$JAVA" "${TUNED[@]}" -jar "$JAR" ;;
    noobs) echo "$JAVA" -XX:AOTCache=target/aot/app.aot "${TUNED[@]}" -jar target/aot/orderdesk-0.1.0-SNAPSHOT.jar \
             --spring.autoconfigure.exclude=org.springframework.modulith.observability.autoconfigure.ModuleObservabilityAutoConfiguration ;;
  esac
}
ingest() { # 20 s of unique GMO-PG result notices
  local until=$(( $(date +%s) + 20 ))
  export PORT until
  seq 16 | xargs -P 16 -I{} sh -c 'n=0; while [ $(date +%s) -lt $until ]; do n=$((n+1));
      curl -s -o /dev/null -X POST -H "Content-Type: application/x-www-form-urlencoded" "http://127.0.0.1:$PORT/webhooks/gmo-pg" \
        --data "ShopID=tshop00000001&ShopPass=sandboxpass&AccessID=su{}x$n$$&OrderID=SU-{}-$n-$$&Status=CAPTURE&JobCd=CAPTURE&Amount=1000&Tax=0&Currency=JPN&TranDate=20261129120000&TranID=t{}x$n&Approve=0000000&Forward=2a99662&PayType=0&ErrCode=&ErrInfo=";
    done'
}
rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
for round in $(seq 1 "$ROUNDS"); do
  for variant in $VARIANTS; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s.%N)
    $(command_of "$variant") --server.port="$PORT" > "$OUT/startup-$variant-$round.log" 2>&1 &
    pid=$!
    until curl -s "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"'; do
      kill -0 "$pid" 2>/dev/null || { echo "$variant did not start, see $OUT/startup-$variant-$round.log" >&2; exit 1; }
      sleep 0.2
    done
    healthy=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
    # CPU seconds the JVM used to get there: far less sensitive to a busy machine than wall time.
    cpu=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$pid/stat")
    sleep 10
    idle=$(rss "$pid")
    ingest
    loaded=$(rss "$pid")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    printf "round %s %-6s load %5s  healthy %6s s (cpu %6s s)  rss idle %5s MB  rss after 20 s ingest %5s MB\n" \
      "$round" "$variant" "$load" "$healthy" "$cpu" "$idle" "$loaded"
  done
done
