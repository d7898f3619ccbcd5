# Set-up and everyday commands. Every target creates the virtualenv it needs.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SAMPLE := fixtures/texts/000_ke-hoach_1560-kh-ubnd_binhduong_ttdn_2021.txt

.PHONY: demo test lint golden patterns bench docs clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

# The docs extra (MkDocs, mkdocstrings, pandas for the examples): ~12 s, ~160 MB.
$(VENV)/.docs-installed: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[docs]'
	touch $@

demo: $(VENV)/.installed  ## parse the bundled sample plan and print a readable summary
	$(VENV)/bin/vnlegal summary $(SAMPLE)

test: $(VENV)/.installed $(VENV)/.docs-installed  ## lint, type-check, run the test suite, build the docs
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy src
	$(VENV)/bin/lint-imports
	$(PY) -m pytest
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

golden: $(VENV)/.installed  ## regenerate fixtures/texts/*.expected.json (review the diff before committing)
	$(PY) -m tests.golden --write

patterns: $(VENV)/.installed  ## rebuild src/vnlegal/lang/compiled_patterns.pickle after changing a pattern or upgrading regex
	$(PY) tools/build_patterns.py

bench: $(VENV)/.installed  ## accuracy on the dev gold and speed over the dev texts (needs ../shared)
	$(PY) benchmarks/accuracy.py
	$(PY) benchmarks/speed.py

docs: $(VENV)/.docs-installed  ## build the documentation site strictly into site/ (every warning fails)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
