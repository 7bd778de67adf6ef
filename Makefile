# cdk-cognito developer commands. Only Python 3.10+, Node.js and npm are needed on the machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# aws-cdk-lib v2 for the v2-parity tests (tests/v2): it cannot share a virtualenv with CDK v1.
V2_VENV := $(VENV)-v2

# jsii (the bridge from Python to the CDK's JavaScript) prints a banner on Node versions it
# does not list as supported; the library works on them, so keep users' output clean.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 14,16,18,20,22,24,26
export JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION := 1
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION := 1
export JSII_SILENCE_WARNING_KNOWN_BROKEN_NODE_VERSION := 1
# pip's own upgrade notice is noise here too.
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: demo test lint typecheck unit bench clean v2-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamps re-run the install whenever pyproject.toml changes.
$(VENV)/.runtime-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.runtime-installed

$(V2_VENV)/.installed: tests/v2/requirements.txt
	$(PYTHON) -m venv $(V2_VENV)
	$(V2_VENV)/bin/python -m pip install --quiet -r tests/v2/requirements.txt
	touch $@

## v2-venv: create .venv-v2 with aws-cdk-lib v2, which the v2-parity tests run in a subprocess
v2-venv: $(V2_VENV)/.installed

## demo: install the library and print the template of the bundled example app
demo: $(VENV)/.runtime-installed
	$(BIN)/python examples/app.py --print

## test: lint, type-check and run the whole test suite
test: lint typecheck unit

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests examples bench
	$(BIN)/ruff format --check src tests examples bench

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy --strict src

unit: $(VENV)/.test-installed $(V2_VENV)/.installed
	$(BIN)/python -m pytest

## bench: time cdk_cognito against the reference (aws-cdk.aws-cognito 1.204.0)
bench: $(VENV)/.test-installed
	$(BIN)/python bench/bench_synth.py

clean:
	rm -rf $(VENV) $(V2_VENV) cdk.out examples/cdk.out .pytest_cache .mypy_cache .ruff_cache .hypothesis
