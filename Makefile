# The README's commands. Both set up .venv at the repository root first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean postgres

# The extraction modules are compiled with mypyc (setup.py): editing one rebuilds them.
COMPILED := src/launchwatch/clean.py $(wildcard src/launchwatch/extract/*.py)

$(STAMP): pyproject.toml setup.py $(COMPILED)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	find src -name '*.so' -delete  # a module no longer compiled must not keep its old build
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

DEMO_DB := demo.db

# The main job on the bundled demo corpus: ingest into an SQLite file, list the events, show one.
demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/launchwatch ingest demo/ --db $(DEMO_DB)
	$(BIN)/launchwatch events --db $(DEMO_DB)
	$(BIN)/launchwatch show --db $(DEMO_DB) $$($(BIN)/launchwatch events --db $(DEMO_DB) --min-sources 3 --format csv | sed -n 2p | cut -d, -f1)

# The storage tests also run against PostgreSQL (127.0.0.1:5432, database test): start it if down.
postgres:
	pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start || true
	pg_isready -h 127.0.0.1 -p 5432 -t 30 || echo "PostgreSQL is not running: its storage tests will skip"

test: $(STAMP) postgres
	$(BIN)/ruff check src tests benchmarks setup.py
	$(BIN)/ruff format --check src tests benchmarks setup.py
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check --fix src tests benchmarks setup.py
	$(BIN)/ruff format src tests benchmarks setup.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_ingest.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm build *.egg-info $$(find src -name '*.so') src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
