#!/usr/bin/env bash
# Serve the assistant: the action server, the Rasa server (REST, socket.io, and Slack/Telegram
# when their secrets are set) and the demo page with the website widget. Ctrl-C stops all three;
# so does any one of them dying, so nothing is left half-running.
#
# Settings (environment), with defaults:
#   HOST=127.0.0.1  RASA_PORT=5005  WEB_PORT=8080
#   ALLOWED_ORIGINS="http://127.0.0.1:8080 http://localhost:8080"  (origins allowed by CORS)
#   PUBLIC_RASA_URL=http://$HOST:$RASA_PORT  (the server URL the demo page's widget talks to)
#   RASA_API_TOKEN or RASA_JWT_SECRET: enable Rasa's HTTP API (conversations, model), only with
#   one of them; without, the API stays off.
#   MAX_MESSAGE_LENGTH=1000; conversations and locks: see stores/configured.py.
# The action server listens on 5055, the port endpoints.yml names.
set -euo pipefail
cd "$(dirname "$0")/.."

model=${1:-models/dry_needling.tar.gz}
host=${HOST:-127.0.0.1}
rasa_port=${RASA_PORT:-5005}
web_port=${WEB_PORT:-8080}
origins=${ALLOWED_ORIGINS:-"http://127.0.0.1:$web_port http://localhost:$web_port"}
public_url=${PUBLIC_RASA_URL:-"http://$host:$rasa_port"}
mkdir -p logs
# Rasa 3.6's dependencies print dozens of deprecation warnings at start-up; not ours to fix.
export PYTHONWARNINGS=ignore TF_CPP_MIN_LOG_LEVEL=3

api_args=()
if [ -n "${RASA_API_TOKEN:-}" ]; then
    api_args+=(--enable-api --auth-token "$RASA_API_TOKEN")
fi
if [ -n "${RASA_JWT_SECRET:-}" ]; then
    api_args+=(--enable-api --jwt-secret "$RASA_JWT_SECRET" --jwt-method "${RASA_JWT_METHOD:-HS256}")
fi
# Sanic refuses bodies over 1 MB with 413 before any of our code runs.
export SANIC_REQUEST_MAX_SIZE=${SANIC_REQUEST_MAX_SIZE:-1000000}

pids=()
stop_all() {
    trap - INT TERM EXIT
    echo "Stopping..."
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
}
trap stop_all INT TERM EXIT

wait_for() {  # wait_for NAME URL PID LOG
    for _ in $(seq 1 360); do
        if curl -fsS -o /dev/null "$2" 2>/dev/null; then
            return 0
        fi
        if ! kill -0 "$3" 2>/dev/null; then
            echo "The $1 did not start; see $4" >&2
            exit 1
        fi
        sleep 0.5
    done
    echo "The $1 did not answer within 3 minutes; see $4" >&2
    exit 1
}

.venv/bin/rasa run actions --port 5055 > logs/action_server.log 2>&1 &
pids+=($!)
# shellcheck disable=SC2086 # the origins are a space-separated list on purpose
# Rasa with its per-reply schema check done once (scripts/rasa_server.py).
.venv/bin/python -m scripts.rasa_server run --model "$model" --credentials credentials.yml --endpoints endpoints.yml \
    --interface "$host" --port "$rasa_port" --cors $origins "${api_args[@]}" \
    > logs/rasa_server.log 2>&1 &
pids+=($!)
.venv/bin/python scripts/serve_web.py --host "$host" --port "$web_port" --rasa-url "$public_url" \
    > logs/web_server.log 2>&1 &
pids+=($!)

echo "Starting the action server, the assistant and the demo page (logs in logs/)..."
wait_for "action server" "http://localhost:5055/health" "${pids[0]}" logs/action_server.log
wait_for "assistant" "http://$host:$rasa_port/" "${pids[1]}" logs/rasa_server.log
wait_for "demo page" "http://$host:$web_port/" "${pids[2]}" logs/web_server.log
echo "Ready. Demo page: http://$host:$web_port/  Assistant: $public_url  (Ctrl-C stops all)"

# Any one process ending takes the others down with it (the EXIT trap).
wait -n "${pids[@]}"
