# Two commands for a fresh Debian/Ubuntu machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QM_STAMP := ui/translations/.built

.PHONY: run test setup sysdeps translations lint bench screenshots docs-pdf bundle smoke clean torture

run: setup
	$(BIN)/overlegtafel

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider
	$(BIN)/ruff check .
	$(BIN)/mypy

setup: sysdeps $(STAMP) translations

sysdeps:
	@PYTHON=$(PYTHON) sh packaging/install-system-deps.sh

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/python scripts/i18n.py build

# The kill campaign at every exact point instead of CI's spread (tests/storage/test_crash_points.py); long.
torture: setup
	OVERLEGTAFEL_TORTURE=1 OVERLEGTAFEL_TYPING_KILLS=300 QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -p no:cacheprovider -q -s -o timeout=0 \
		tests/storage/test_crash_points.py tests/ui/test_crash_kill9.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: setup
	$(BIN)/python scripts/screenshots.py

docs-pdf: setup
	$(BIN)/python scripts/render_documents.py

# One-folder bundle for this platform: dist/overlegtafel/ (see README, "Installatiepakketten bouwen").
bundle: setup
	$(BIN)/python -m pip install -q -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
		packaging/overlegtafel.spec

# Runs the bundled program: --version, init, doctor, verify, window screenshot (offscreen).
smoke:
	test -x dist/overlegtafel/overlegtafel || $(MAKE) bundle
	sh packaging/smoke-test.sh dist/overlegtafel

clean:
	rm -rf build dist .pytest_cache ui/translations/*.qm
