# Nabestaanden: the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: run test lint typecheck format translations compiled benchmark benchmark-office bundle wheel icons clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the project's metadata changes.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run ## install and start the app on the data in your user folder
	$(BIN)/nabestaanden

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks packaging
	$(BIN)/ruff format --check src tests benchmarks packaging

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

test: lint typecheck ## install with test extras and run lint, type checks and all tests
	$(BIN)/python -m pytest $(PYTEST_ARGS)

format: $(VENV)/.installed-test
	$(BIN)/ruff format src tests benchmarks packaging
	$(BIN)/ruff check --fix src tests benchmarks packaging

# The texts in the code are Dutch; lupdate collects every tr() text into the .ts files
# (keeping the translations made so far, dropping texts that left the code), lrelease
# compiles them to the .qm files the app loads. Translate new texts (type="unfinished")
# in the .ts, for instance with pyside6-linguist, then run this again.
TS_FILES := resources/translations/nabestaanden_en.ts

translations: $(VENV)/.installed-test ## update the .ts files from the code, compile the .qm files
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -source-language nl \
		src/nabestaanden -ts $(TS_FILES)
	$(BIN)/pyside6-lrelease $(TS_FILES) resources/translations/qt_extra_nl.ts

compiled: $(VENV)/.installed-test ## after editing resources/catalogue or letters: write resources/compiled.json
	$(BIN)/python packaging/compile_resources.py

benchmark: $(VENV)/.installed-test ## every benchmark but the office one; fails if any target is missed
	@status=0; for name in startup letters dossier_list properties whole_process; do \
		echo "== benchmarks/$$name.py"; $(BIN)/python benchmarks/$$name.py || status=1; \
	done; exit $$status

benchmark-office: $(VENV)/.installed-test ## 20 staff on PostgreSQL against one at home (needs postgresql)
	$(BIN)/python benchmarks/office.py

# Packaging (packaging/README.md): the one-folder app for this platform in
# dist/nabestaanden/, the wheel and sdist in dist/, the icons from their SVG.
$(VENV)/.installed-bundle: pyproject.toml | $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $@

bundle: $(VENV)/.installed-bundle ## build the one-folder app (dist/nabestaanden)
	$(BIN)/pyinstaller packaging/nabestaanden.spec --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller
	if [ "$$(uname)" = Linux ]; then cp packaging/linux/* dist/nabestaanden/; fi
	du -sh dist/nabestaanden

wheel: $(VENV)/.installed-test ## build the sdist and the wheel into dist/
	$(BIN)/python -m build --no-isolation --outdir dist .

icons: $(VENV)/.installed-test ## redraw the icons from resources/icons/nabestaanden.svg
	$(BIN)/python packaging/make_icons.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info test-artifacts
