# Parley: `make site` sets everything up and builds site/; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test browser-test setup extract render serve check golden clean

$(BIN)/parley: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/parley

site: setup
	$(BIN)/parley extract seeds --new-only
	$(BIN)/parley check
	$(BIN)/parley build

test: setup
	$(BIN)/python -m pytest -m "not browser"

# Real-browser tests (Playwright driving Debian's Chromium); installs both when missing.
# Elsewhere point CHROMIUM at any Chromium or Chrome: make browser-test CHROMIUM=/usr/bin/google-chrome
CHROMIUM ?= /usr/bin/chromium
browser-test: setup
	$(BIN)/python -c "import playwright" 2>/dev/null || $(BIN)/pip install --quiet 'playwright==1.65.2'
	test -x $(CHROMIUM) || (apt-get update -qq && apt-get install -y -qq chromium)
	PARLEY_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest tests/browser

extract: setup
	$(BIN)/parley extract seeds

render: setup
	$(BIN)/parley render

check: setup
	$(BIN)/parley check

serve: setup
	$(BIN)/parley serve

# Regenerate the golden Markdown pages after an intended change to rendering.
golden: setup
	$(BIN)/python -m tests.golden

clean:
	rm -rf docs site
