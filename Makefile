# The two set-up commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= var/store
DUMPS  ?= var/dumps
PORT   ?= 8080

.PHONY: run test lint bench bench-big bench-http soak clean install vendor browser eval eval-heldout bench-extract doctor screenshots

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/kg

# Front-end packages of the query UI (package.json); node_modules/ is never committed.
node_modules/.package-lock.json: package.json
	npm install --no-audit --no-fund
	touch $@

vendor: node_modules/.package-lock.json

# Headless Chromium for the browser tests, installed only when missing.
browser:
	@test -x /usr/bin/chromium -a -x /usr/bin/chromedriver || \
		(apt-get update && apt-get install -y chromium chromium-driver)

## make run: install, build seeds/ into the embedded store, serve http://127.0.0.1:$(PORT)
run: install vendor
	$(BIN)/kg build seeds --store $(STORE)
	$(BIN)/kg dump --all $(DUMPS) --store $(STORE)
	$(BIN)/kg serve --store $(STORE) --dumps $(DUMPS) --host 127.0.0.1 --port $(PORT)

## make doctor: check the environment (store, packages, npm files, Chromium)
doctor: install
	$(BIN)/kg doctor --store $(STORE)

## make screenshots: the browser tests only; PNGs of every page land in screenshots/
screenshots: install vendor browser
	$(BIN)/pytest -q -m browser

## make test: install what the tests need, lint, run every test
test: install vendor browser
	$(BIN)/ruff check src tests
	$(BIN)/pytest -q

## make eval: build the dev corpus + seed into a temporary store and score the export
## (EVAL_CORPUS=tests/data/extract/heldout scores the project's own held-out bulletins)
SHARED      ?= ../shared
EVAL_CORPUS ?= $(SHARED)/corpus/dev
eval: install
	@test -f $(SHARED)/eval/score.py -a -d $(EVAL_CORPUS)/gold || \
		{ echo "make eval: needs $(SHARED)/eval/score.py and $(EVAL_CORPUS)/gold (set SHARED=...)" >&2; exit 2; }
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/kg build $(EVAL_CORPUS)/bulletins.jsonl seeds --store $$tmp/store 2>$$tmp/build.log || \
		{ tail -n 20 $$tmp/build.log >&2; exit 1; }; \
	$(BIN)/kg export casualties --store $$tmp/store -o $$tmp/casualties.csv 2>/dev/null && \
	$(BIN)/python $(SHARED)/eval/score.py $$tmp/casualties.csv $(EVAL_CORPUS)/gold --by-file

## make eval-heldout: the scorer's line for each of the project's held-out batches
eval-heldout: install
	@for d in tests/data/extract/heldout*/; do \
		printf '%-9s ' "$$(basename $$d)"; \
		$(MAKE) -s eval EVAL_CORPUS=$$d 2>&1 | tail -n 1; \
	done

## make bench: build BENCH_N synthetic bulletins (default 10000) and BENCH_N/5 for the trend,
## rebuild with no change and with 100 new, peak memory, cube vs raw queries; prints a table;
## then the HTTP figures of `make bench-http` on BENCH_N bulletins
BENCH_N ?= 10000
bench: install
	BENCH_N=$(BENCH_N) $(BIN)/python benchmarks/bench_build.py
	$(MAKE) bench-http BENCH_HTTP_N=$(BENCH_N)

## make bench-big: the build figures of `make bench` plus a fresh build of 100,000 bulletins
## (time, ratio to BENCH_N, peak memory, no-change rebuild; ~20 minutes, ~11 GB of disk)
bench-big: install
	BENCH_N=$(BENCH_N) BENCH_BIG=100000 $(BIN)/python benchmarks/bench_build.py

## make bench-http: `kg serve` vs Virtuoso on BENCH_HTTP_N synthetic bulletins (default 2000):
## saved queries (cube vs raw), arbitrary queries, lookups/s with 32 clients; prints a table
BENCH_HTTP_N ?= 2000
bench-http: install
	BENCH_HTTP_N=$(BENCH_HTTP_N) $(BIN)/python benchmarks/bench_http.py

## make soak: 60 s of mixed traffic from 32 clients against `kg serve` of SOAK_N synthetic
## bulletins (default 2000); prints throughput, p99 per kind, statuses; fails on any 5xx
## other than the documented 503s (see benchmarks/soak.py)
SOAK_N ?= 2000
soak: install
	SOAK_N=$(SOAK_N) $(BIN)/python benchmarks/soak.py

## make bench-extract: extraction time per bulletin of the seed's size (median of 200 runs)
bench-extract: install
	$(BIN)/python benchmarks/bench_extract.py

lint: install
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) var .pytest_cache
