# cdk-cognito developer commands. Only Python 3.10+, Node.js and npm are needed on the machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# aws-cdk-lib v2 for the v2-parity tests (tests/v2): it cannot share a virtualenv with CDK v1.
V2_VENV := $(VENV)-v2
EXAMPLES := examples

# jsii (the bridge from Python to the CDK's JavaScript) prints a banner on Node versions it
# does not list as supported; the library works on them, so keep users' output clean.
# The CDK v1 CLI reads the same variables (its own copy of jsii's Node check); its end-of-life
# banner wants a different value of the first one, which examples/cdk-quiet.js supplies.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 14,16,18,20,22,24,26
export JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION := 1
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION := 1
export JSII_SILENCE_WARNING_KNOWN_BROKEN_NODE_VERSION := 1
# The CDK CLI's "a newer version is available" check asks the npm registry; v1 has no newer version.
export CDK_DISABLE_VERSION_CHECK := 1
# pip's own upgrade notice is noise here too.
export PIP_DISABLE_PIP_VERSION_CHECK := 1

# The AWS CDK v1 CLI, installed by npm from examples/package-lock.json into examples/node_modules.
CDK_CLI := $(EXAMPLES)/node_modules/.installed
# `cdk` in examples/, with the venv's python3 first on PATH (cdk.json runs `python3 app.py`).
# --no-ec2creds: never ask the EC2 instance metadata service for credentials; synth needs none.
CDK := cd $(EXAMPLES) && PATH="$(CURDIR)/$(BIN):$$PATH" node cdk-quiet.js
HAVE_NPM := $(shell command -v npm 2>/dev/null)
DOCS_OUT ?= docs/_build

.PHONY: demo synth docs test lint typecheck unit bench clean v2-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamps re-run the install whenever pyproject.toml changes. The test extra holds everything the
# docs extra and examples/requirements.txt name (the CLI test synthesizes examples/ with it).
$(VENV)/.runtime-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# requirements.txt names cdk-cognito, which `-e .` provides; with `-e ".[extra]"` instead, pip would
# look for cdk-cognito on the package index.
$(VENV)/.examples-installed: pyproject.toml $(EXAMPLES)/requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e . -r $(EXAMPLES)/requirements.txt
	touch $@ $(VENV)/.runtime-installed

$(V2_VENV)/.installed: tests/v2/requirements.txt
	$(PYTHON) -m venv $(V2_VENV)
	$(V2_VENV)/bin/python -m pip install --quiet -r tests/v2/requirements.txt
	touch $@

## v2-venv: create .venv-v2 with aws-cdk-lib v2, which the v2-parity tests run in a subprocess
v2-venv: $(V2_VENV)/.installed

$(VENV)/.docs-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[docs]"
	touch $@ $(VENV)/.runtime-installed

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.runtime-installed $(VENV)/.docs-installed

$(CDK_CLI): $(EXAMPLES)/package.json $(EXAMPLES)/package-lock.json
	npm ci --prefix $(EXAMPLES) --no-audit --no-fund --loglevel=error
	touch $@

## demo: install the library and print the template of the bundled example app
demo: $(VENV)/.runtime-installed
	$(BIN)/python $(EXAMPLES)/app.py --print

## synth: run the AWS CDK v1 CLI's `cdk synth` on examples/ (writes examples/cdk.out; no AWS account needed)
synth: $(VENV)/.examples-installed $(CDK_CLI)
	$(CDK) synth --no-ec2creds $(CDK_ARGS)

## docs: build the API reference from the docstrings (pdoc) into docs/_build; open docs/_build/index.html
docs: $(VENV)/.docs-installed
	$(BIN)/python docs/build.py $(DOCS_OUT)

## test: lint, type-check and run the whole test suite
test: lint typecheck unit

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests examples bench docs
	$(BIN)/ruff format --check src tests examples bench docs

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy --strict src

# The CLI test (tests/test_cli_synth.py) skips itself where npm is missing; elsewhere the CLI is
# installed first.
unit: $(VENV)/.test-installed $(V2_VENV)/.installed $(if $(HAVE_NPM),$(CDK_CLI))
	$(BIN)/python -m pytest

## bench: time cdk_cognito against the reference (aws-cdk.aws-cognito 1.204.0)
bench: $(VENV)/.test-installed
	$(BIN)/python bench/bench_synth.py

clean:
	rm -rf $(VENV) $(V2_VENV) cdk.out $(EXAMPLES)/cdk.out $(EXAMPLES)/node_modules docs/_build build dist \
		.pytest_cache .mypy_cache .ruff_cache .hypothesis
