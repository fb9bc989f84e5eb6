# Two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: demo test lint bench clean install

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(TESTSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test,spark]'
	touch $@ $(STAMP)

install: $(STAMP)

## demo: install and run the pipeline on the examples shipped inside the package
demo: $(STAMP)
	$(BIN)/coopgraph demo

## test: install with test dependencies, run the whole suite and ruff
test: $(TESTSTAMP)
	$(BIN)/ruff check $(wildcard coopgraph tests bench scripts)
	$(BIN)/python -m pytest -q

lint: $(TESTSTAMP)
	$(BIN)/ruff check $(wildcard coopgraph tests bench scripts)

bench: $(TESTSTAMP)
	$(BIN)/pip install -q -e '.[test,bench]'
	@echo "see docs/benchmarks.md for the individual benchmark commands"

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
