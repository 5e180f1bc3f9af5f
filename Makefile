# Everything runs from the repository's own virtual environment, created and updated by `make install`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: install generate check-generated lint typecheck test pytest demo bench record sandbox interop-ts

install: $(STAMP)

$(STAMP): pyproject.toml scripts/typing_paths.py Makefile
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@# The editable install imports through a hook type checkers do not run; this .pth file puts both package
	@# roots (xache_ext here, xache_api in generated/) on sys.path, where mypy finds them from any directory.
	$(PY) scripts/typing_paths.py
	@touch $(STAMP)

generate: install
	$(PY) scripts/generate.py

check-generated: install
	$(PY) scripts/generate.py --check

lint: install
	$(VENV)/bin/ruff check xache_ext tests scripts examples
	$(VENV)/bin/ruff format --check xache_ext tests scripts examples

typecheck: install
	$(VENV)/bin/mypy xache_ext tests/typing

pytest: install
	$(VENV)/bin/pytest

test: check-generated lint typecheck pytest

demo: install
	$(PY) scripts/demo.py

bench: install
	$(PY) scripts/bench.py

record: install
	$(PY) scripts/record.py

sandbox: install
	$(PY) -m xache_ext.sandbox

# The official TypeScript SDK through every method of every service, against the sandbox (not part of `test`).
interop-ts: install
	@test -n "$(XACHE_TS_SDK)" || { echo "make interop-ts needs XACHE_TS_SDK=<directory of a built official TypeScript SDK, with its node_modules>"; exit 2; }
	XACHE_TS_SDK="$(XACHE_TS_SDK)" $(PY) tests/interop_ts/run.py
