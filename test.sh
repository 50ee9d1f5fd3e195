#!/usr/bin/env bash
# Install everything (first time only) and run the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/bootstrap.sh dev
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
