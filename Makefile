# The two set-up commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= var/store
PORT   ?= 8080

.PHONY: run test lint bench clean install

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/kg

## make run: install, build seeds/ into the embedded store, serve http://127.0.0.1:$(PORT)
run: install
	$(BIN)/kg build seeds --store $(STORE)
	$(BIN)/kg serve --store $(STORE) --host 127.0.0.1 --port $(PORT)

## make test: install what the tests need, lint, run every test
test: install
	$(BIN)/ruff check src tests
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) var .pytest_cache
