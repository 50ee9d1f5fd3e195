#!/usr/bin/env bash
# Refresh the .ts files from every translatable string under ui/, then compile
# them to the .qm files the app loads. New strings arrive untranslated
# (type="unfinished"); tests/ui/test_i18n.py fails until they are filled in.
#
#   scripts/update_translations.sh            # lupdate + lrelease
#   scripts/update_translations.sh --release  # only compile .ts -> .qm
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-.venv/bin}"
LUPDATE="$BIN/pyside6-lupdate"
LRELEASE="$BIN/pyside6-lrelease"
[ -x "$LUPDATE" ] || LUPDATE=pyside6-lupdate
[ -x "$LRELEASE" ] || LRELEASE=pyside6-lrelease
LANGS=(zh_TW zh_CN en)
mkdir -p resources/i18n

if [ "${1:-}" != "--release" ]; then
  sources=(ui/*.py)
  for lang in "${LANGS[@]}"; do
    "$LUPDATE" -no-obsolete -locations none -source-language en -target-language "$lang" \
      "${sources[@]}" -ts "resources/i18n/regulars_${lang}.ts"
  done
fi
# Every domain's .ts (regulars_*, and one per feature area such as trust_* or
# programs_*, whose strings are added by hand) compiles to its own .qm.
for ts in resources/i18n/*.ts; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
