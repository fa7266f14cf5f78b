# The two commands: `make run` sets up and serves the app, `make test` runs the suite.
VENV := .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test install lint format ci

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

# Local use: DEBUG on, SQLite in db.sqlite3 unless DATABASE_URL says otherwise. A Celery
# worker with beat (scheduled re-checks, link checks, webhooks) runs beside the server on
# the embedded broker (message files under var/celery, no server needed) unless
# CELERY_BROKER_URL names another (e.g. redis://127.0.0.1:6379/0); it stops with the server.
run: export DEBUG ?= true
run: export CELERY_BROKER_URL ?= filesystem://
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_seeds
	$(PY) manage.py create_local_superuser
	$(VENV)/bin/celery -A factdesk worker --beat --loglevel=INFO --concurrency=1 \
		--without-mingle --without-gossip & worker=$$!; \
	trap 'kill -TERM $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:8000

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

ci:
	bash .ci/run
