# The two commands: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean

# Installing takes about 7 GB (torch's CUDA libraries are 4 of them). To keep the peak low on a small disk, pip keeps
# no cache, unpacks under .venv instead of a possibly small /tmp, and torch (the torch/torchvision pins read from
# pyproject.toml) goes in first, so its downloads are freed before the rest are fetched.
PIP := TMPDIR="$(CURDIR)/$(VENV)/tmp" $(BIN)/python -m pip install --no-cache-dir
TORCH_PINS := $(shell grep -oE '"torch(vision)?==[0-9.]+"' pyproject.toml)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	mkdir -p $(VENV)/tmp
	$(PIP) --upgrade pip >/dev/null
	$(PIP) $(TORCH_PINS)
	$(PIP) -e '.[dev]'
	rm -rf $(VENV)/tmp
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/mmrag demo

test: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(BIN)/python -m pytest -q -ra -n 2 --dist loadfile

clean:
	rm -rf $(VENV) build dist *.egg-info
