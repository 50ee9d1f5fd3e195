#!/usr/bin/env bash
# Install everything (first time only) and start Regulars.
# The shop's database lives in the user data folder unless --db or REGULARS_DB says otherwise.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/bootstrap.sh runtime
exec .venv/bin/python main.py "$@"
