# The commands the README names. Each target sets up what it needs.
PYTHON ?= $(shell command -v python3.11 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test browser lint eval bench bench-http bench-extension clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

## Set up and serve on $PORT exactly as the Procfile does.
run: $(VENV)/.runtime
	PORT=$(PORT) $(BIN)/gunicorn -c gunicorn.conf.py wsgi:app

## Set up, lint and run the whole test suite.
test: $(VENV)/.dev browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

## Headless Chromium for the browser tests: Debian's packages, installed once (CI runs as root).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Score the pipeline on the dev set and the NegEx kit.
eval: $(VENV)/.runtime
	$(BIN)/python -m nlp.evaluate ../shared/eval/dev.jsonl
	$(BIN)/python -m nlp.evaluate eval/blind.jsonl
	$(BIN)/python -m nlp.evaluate eval/blind-3.jsonl
	$(BIN)/python -m nlp.evaluate --negex ../shared/eval/negex/rsAnnotations-1-120-random.txt

## Speed and memory of the pipeline (a script, not a test).
bench: $(VENV)/.runtime
	$(BIN)/python bench/nlp_bench.py
	$(BIN)/python bench/context_bench.py
	$(BIN)/python bench/service_memory.py

## HTTP load and faults: gunicorn (2 workers, loopback only) under wrk; see bench/http_bench.py.
bench-http: $(VENV)/.runtime
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(BIN)/python bench/http_bench.py

## Editing one paragraph of a 3,000-word note in the demo: bytes sent and check latency.
bench-extension: $(VENV)/.dev browser
	$(BIN)/python bench/extension_bench.py

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache .hypothesis
