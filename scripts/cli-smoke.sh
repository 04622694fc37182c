#!/usr/bin/env bash
# Runs the built CLI as a user would and checks exit codes and output.
set -euo pipefail
cli="node dist/cli/main.cjs"
fail() { echo "cli-smoke: $*" >&2; exit 1; }

$cli --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+' || fail "--version printed no version"
$cli --help | grep -q 'Usage' || fail "--help printed no usage"
set +e
$cli no-such-command >/dev/null 2>&1; code=$?
set -e
[ "$code" -eq 2 ] || fail "an unknown command should exit 2, got $code"
echo "cli-smoke: ok"
