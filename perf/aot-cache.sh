#!/usr/bin/env bash
# Makes the JDK 25 AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) for the
# packaged app: extracts the jar (an AOT cache needs a plain classpath, not Boot's nested jars) into
# target/aot/ and runs it once to the end of context refresh (spring.context.exit=onRefresh) with
# -XX:AOTCacheOutput. Run it again after every build; a cache from another jar is ignored with a warning.
#   perf/aot-cache.sh [DB=orderdesk_perf]   (the training run connects to the database like a start)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-${DB:-orderdesk_perf}}
JAVA=${JAVA:-java}   # a JDK 25: -XX:AOTCacheOutput is JDK 25
rm -rf target/aot
"$JAVA" -Djarmode=tools -jar target/orderdesk-0.1.0-SNAPSHOT.jar extract --destination target/aot
ORDERDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB ORDERDESK_BOOTSTRAP_ADMIN_PASSWORD=perf-admin-password \
  "$JAVA" -XX:AOTCacheOutput=target/aot/app.aot -Dspring.context.exit=onRefresh \
  -jar target/aot/orderdesk-0.1.0-SNAPSHOT.jar --server.port=0
ls -la target/aot/app.aot
