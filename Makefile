# belie: two commands matter — `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo test install score bench clean

demo: install  ## set up, then ingest the bundled demo corpus, check every claim, write the brief
	$(BIN)/belie demo

test: install  ## set up, then run the whole test suite
	$(BIN)/pytest -q

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $@

score: install  ## score extraction and verification on the shared corpora, against eval/floor.json
	$(BIN)/python eval/check_floor.py --shared $(SHARED)

bench: install  ## benchmarks (ratios against a baseline measured in the same run)
	$(BIN)/python bench/knowledge.py
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/check.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
