# zsgate: every target installs what it needs into .venv first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: install mermaid gate test bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

## mermaid: Mermaid and puppeteer, pinned in tests/mermaid/package-lock.json, for the tests that check diagrams
## (no browser is downloaded: Debian's chromium draws; without npm those tests skip)
MERMAID := tests/mermaid/node_modules/.package-lock.json
mermaid: $(MERMAID)

$(MERMAID): tests/mermaid/package.json tests/mermaid/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		cd tests/mermaid && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error; \
	else echo "make: npm not found: the Mermaid tests skip (Debian: apt-get install nodejs npm chromium)"; fi

## gate: the main job, end to end: models -> generated SQL (drift gate) -> lint -> verify on a throwaway server
gate: install
	$(BIN)/zsgate generate --check
	$(BIN)/zsgate lint migrations
	$(BIN)/zsgate verify

## test: the whole test suite (real-server tests skip on a machine without MariaDB, fail under ZSGATE_REQUIRE_SERVER=1),
## with a Docker engine and the MySQL 9.7 / MariaDB 10.11 / MariaDB 11.8 images built from Debian packages (see zsgate/engines/images)
test: install mermaid
	zsgate/engines/images/with-docker.sh $(BIN)/pytest

## bench: performance targets (start-up and corpus lint before and after the one-kitchen renovation, lint the corpus
## cold, verify cold, server start; the same for the docker engines), then the cost at scale; a missed target fails
## the run once both halves have printed
bench: install
	$(BIN)/pip install --quiet -e '.[test,bench]'
	status=0; zsgate/engines/images/with-docker.sh $(BIN)/python tests/bench/run.py || status=$$?; \
		$(BIN)/python tests/bench/scale.py && exit $$status

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .hypothesis
