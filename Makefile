# Parley: `make site` sets everything up and builds site/; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test setup extract render serve check golden clean

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
	$(BIN)/python -m pytest

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
