#!/usr/bin/env bash
# Tripwire with nothing but curl and jq: a scoped API key, a service, an incident, a signed webhook, its test
# endpoint, and the delivery log. Run it (`bash examples/curl/walkthrough.sh`) or paste it line by line; see README.md.
#
#   BASE      the server's origin (default http://127.0.0.1:3000); the API lives under $BASE/api/v1
#   KEY       the API key the server printed on its first start (needs api_keys:write and the scopes below)
#   RECEIVER  a URL that accepts POSTs: https:// and public, or http://127.0.0.1:… when the server runs with TRIPWIRE_DEV=1
set -euo pipefail
BASE="${BASE:-http://127.0.0.1:3000}"
: "${KEY:?set KEY to the API key the server printed on its first start}"
: "${RECEIVER:?set RECEIVER to a URL that accepts POSTs (see examples/curl/README.md)}"
SUFFIX=$(date +%s)
# When a step fails, curl says which status came back; this shows the problem document that came with it.
trap 'echo "stopped: the last response was: ${RES:-none}" >&2' ERR

echo '# 1. Create an API key with only the scopes this walkthrough needs. Its secret is shown this once: keep it.'
RES=$(curl -X POST "$BASE/api/v1/api-keys" -H "X-API-Key: $KEY" -H 'content-type: application/json' -d "{\"name\":\"curl-walkthrough-$SUFFIX\",\"scopes\":[\"services:write\",\"incidents:write\",\"webhooks:read\",\"webhooks:write\"]}" --fail-with-body -sS)
jq '{id, name, scopes, secret}' <<<"$RES"
KEY=$(jq -r .secret <<<"$RES")

echo '# 2. Create a service (every request from here on uses the scoped key).'
RES=$(curl -X POST "$BASE/api/v1/services" -H "X-API-Key: $KEY" -H 'content-type: application/json' -d "{\"name\":\"checkout-api-$SUFFIX\"}" --fail-with-body -sS)
jq '{id, name, status}' <<<"$RES"
SERVICE_ID=$(jq -r .id <<<"$RES")

echo '# 3. Open a critical incident on it, and mark the service as down.'
RES=$(curl -X POST "$BASE/api/v1/incidents" -H "X-API-Key: $KEY" -H 'content-type: application/json' -d "{\"title\":\"Checkout returns 502\",\"severity\":\"critical\",\"service_ids\":[\"$SERVICE_ID\"]}" --fail-with-body -sS)
jq '{id, title, status, severity, service_ids}' <<<"$RES"
INCIDENT_ID=$(jq -r .id <<<"$RES")
RES=$(curl -X PATCH "$BASE/api/v1/services/$SERVICE_ID" -H "X-API-Key: $KEY" -H 'content-type: application/json' -d '{"status":"major_outage"}' --fail-with-body -sS)
jq '{id, name, status}' <<<"$RES"

echo "# 4. Send incident.resolved and service.status_changed events to $RECEIVER. The signing secret (whsec_…) is shown this once."
RES=$(curl -X POST "$BASE/api/v1/webhooks" -H "X-API-Key: $KEY" -H 'content-type: application/json' -d "{\"url\":\"$RECEIVER\",\"events\":[\"incident.resolved\",\"service.status_changed\"],\"description\":\"curl walkthrough\"}" --fail-with-body -sS)
jq '{id, url, events, secret}' <<<"$RES"
ID=$(jq -r .id <<<"$RES")

echo '# 5. Send a signed test event now and see what the receiver answered.'
curl -X POST "$BASE/api/v1/webhooks/$ID/test" -H "X-API-Key: $KEY" --fail-with-body -sS | jq '{success, status_code, latency_ms, event_id, error}'

echo '# 6. Resolve the incident and bring the service back: each change is an event the webhook delivers.'
RES=$(curl -X POST "$BASE/api/v1/incidents/$INCIDENT_ID/resolve" -H "X-API-Key: $KEY" -H 'content-type: application/json' -d '{"message":"Rolled back the bad deploy."}' --fail-with-body -sS)
jq '{id, status, resolved_at}' <<<"$RES"
RES=$(curl -X PATCH "$BASE/api/v1/services/$SERVICE_ID" -H "X-API-Key: $KEY" -H 'content-type: application/json' -d '{"status":"operational"}' --fail-with-body -sS)
jq '{id, name, status}' <<<"$RES"

echo '# 7. The delivery log, newest first: status and attempts of each delivery (waits up to 10 s for both events).'
for _ in $(seq 50); do RES=$(curl "$BASE/api/v1/webhooks/$ID/deliveries" -H "X-API-Key: $KEY" --fail-with-body -sS); jq -e '(.data | length) >= 3 and all(.data[]; .status != "pending")' <<<"$RES" >/dev/null && break; sleep 0.2; done
jq -c '.data[] | {event_type, test, status, attempt_count, last_status_code: .attempts[-1].status_code}' <<<"$RES"
