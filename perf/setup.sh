#!/usr/bin/env bash
# Prepares a running app for the checkout and inbox-lag simulations: the CARD payment method (GMO-PG
# simulator) and a store API key, printed as the -Dperf.apiKey=… argument. Loopback only.
#   perf/setup.sh [BASE_URL=http://127.0.0.1:18080]   (ADMIN=user:password, default admin:perf-admin-password)
set -euo pipefail
BASE=${1:-http://127.0.0.1:18080}
ADMIN=${ADMIN:-admin:perf-admin-password}
case "$BASE" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "loopback only" >&2; exit 1;; esac
curl -s -o /dev/null -u "$ADMIN" -H 'Content-Type: application/json' "$BASE/api/admin/payment-methods" \
  -d '{"code": "CARD", "name": "クレジットカード", "provider": "GMO_PG", "captureImmediately": false}' || true
KEY=$(curl -s -u "$ADMIN" -H 'Content-Type: application/json' "$BASE/api/admin/api-keys" -d "{\"name\": \"perf-$(date +%s%N)\"}" \
  | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
[ -n "$KEY" ] || { echo "could not issue an API key" >&2; exit 1; }
echo "-Dperf.apiKey=$KEY"
