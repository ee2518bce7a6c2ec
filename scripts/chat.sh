#!/usr/bin/env bash
# Chat with the assistant in the terminal: starts the action server, waits until it answers,
# opens `rasa shell` (or, with `debug` as second argument, the editors' shell that shows what the
# assistant understood), and stops the action server when the chat ends (also on Ctrl-C).
set -euo pipefail
cd "$(dirname "$0")/.."

model=${1:-models/dry_needling.tar.gz}
port=${ACTION_SERVER_PORT:-5055}
mkdir -p logs
# Rasa 3.6's dependencies print dozens of deprecation warnings at start-up; not ours to fix.
export PYTHONWARNINGS=ignore TF_CPP_MIN_LOG_LEVEL=3

.venv/bin/rasa run actions --port "$port" > logs/action_server.log 2>&1 &
actions_pid=$!
trap 'kill "$actions_pid" 2>/dev/null || true; wait "$actions_pid" 2>/dev/null || true' EXIT

echo "Starting the action server (log: logs/action_server.log)..."
for _ in $(seq 1 120); do
    if curl -fsS "http://localhost:$port/health" > /dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$actions_pid" 2>/dev/null; then
        echo "The action server did not start; see logs/action_server.log" >&2
        exit 1
    fi
    sleep 0.5
done

echo "Loading the assistant; type your question, or /stop to quit."
if [ "${2:-}" = debug ]; then
    .venv/bin/python -m scripts.shell_debug --model "$model" --actions "http://localhost:$port/webhook"
else
    .venv/bin/rasa shell --model "$model"
fi
