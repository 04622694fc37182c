#!/usr/bin/env bash
# Runs the built CLI as a user would: the demo, every command once, and the bad-input cases
# (exit codes, one clear line, never a stack trace).
set -euo pipefail
cli="node dist/cli/main.cjs"
fail() { echo "cli-smoke: $*" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# expect CODE CMD... : run CMD, check its exit code, keep stdout and stderr in $tmp.
expect() {
  local want="$1"; shift
  set +e
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  set -e
  [ "$got" -eq "$want" ] || { cat "$tmp/err" >&2; fail "'$*' exited $got, expected $want"; }
  if grep -Eq '^\s+at ' "$tmp/err"; then fail "'$*' printed a stack trace"; fi
}

$cli --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+' || fail "--version printed no version"
$cli --help | grep -q 'Usage' || fail "--help printed no usage"
expect 2 $cli no-such-command

# The demo: an assessment, a week plan and a load report.
expect 0 $cli demo
for part in "Assessment" "Week of 2026-03-30" "Training load" "Safety net:"; do
  grep -q "$part" "$tmp/out" || fail "demo printed no '$part'"
done
expect 0 $cli demo --json
node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (d.week.status !== "planned" || d.week.sessions.length < 2) process.exit(1)' "$tmp/out" \
  || fail "demo --json is not a planned week"

# Every command once.
expect 0 $cli assess examples/athlete.json
grep -q 'flexion-intolerant' "$tmp/out" || fail "assess printed no direction"
expect 0 $cli plan examples/athlete.json --log examples/training-log.csv --days 3
grep -q 'Load check' "$tmp/out" || fail "plan printed no load check"
expect 0 $cli load examples/training-log.csv --method coupled --svg "$tmp/chart.svg"
grep -q '<svg' "$tmp/chart.svg" || fail "load --svg wrote no SVG"
expect 0 $cli catalog --profile examples/athlete.json --pattern bridge
expect 0 $cli schema intake
node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$tmp/out" || fail "schema intake is not JSON"

# Bad input: exit 1, one clear line per problem.
expect 1 $cli assess "$tmp/missing.json"
grep -q 'cannot read the file: no such file' "$tmp/err" || fail "a missing file gave no clear line"
[ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "a missing file printed more than one line"
echo '{ not json' >"$tmp/bad.json"
expect 1 $cli assess "$tmp/bad.json"
grep -q 'not valid JSON' "$tmp/err" || fail "a file that is not JSON gave no clear line"
echo '{"screening": {"ageYears": -3}, "clearingTests": {}, "lowerCrossed": {}, "symptoms": {"worstPainNrs": 11}}' >"$tmp/intake.json"
expect 1 $cli assess "$tmp/intake.json"
grep -q 'symptoms.worstPainNrs: ' "$tmp/err" || fail "an invalid intake did not print path: message"
printf 'day,effort\n2026-01-05,6\n' >"$tmp/log.csv"
expect 1 $cli load "$tmp/log.csv"
grep -q 'wrong CSV columns' "$tmp/err" || fail "wrong CSV columns gave no clear line"
printf 'date,rpe,durationMinutes\n2026-01-05,14,60\n' >"$tmp/log.csv"
expect 1 $cli load "$tmp/log.csv"
grep -q '\[0\].rpe: ' "$tmp/err" || fail "a bad CSV cell did not print path: message"

# Usage errors: exit 2.
expect 2 $cli assess
expect 2 $cli plan examples/athlete.json --days 9
expect 2 $cli load examples/training-log.csv --method median
expect 2 $cli schema horoscope

echo "cli-smoke: ok"
