#!/usr/bin/env bash
# Runs the built CLI as a user would: the demo, every command once, and the bad-input cases
# (exit codes, one clear line, never a stack trace).
set -euo pipefail
cli="node dist/cli/main.cjs"
# The content checks below read whole lines: lay the text out wide (the width check sets its own).
export COLUMNS=1000
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

# The demo fits 80 columns: as a pipe (80 whatever the terminal), and with COLUMNS=80. The one
# thing allowed past the width is a path or URL nobody may break (a line that is that token alone).
widest() {
  node -e '
    const width = Number(process.argv[1]);
    const lines = require("fs").readFileSync(0, "utf8").split("\n");
    const over = lines.filter((line) => [...line].length > width && !/^\s*\S*(\/|:\/\/)\S*$/.test(line));
    for (const line of over.slice(0, 5)) console.error(`${[...line].length}: ${line}`);
    process.exit(over.length === 0 ? 0 : 1);
  ' "$1"
}
env -u COLUMNS $cli demo | widest 80 || fail "demo printed lines over 80 columns to a pipe"
COLUMNS=80 $cli demo --verbose | widest 80 || fail "demo --verbose printed lines over COLUMNS=80"
COLUMNS=60 $cli --help | widest 60 || fail "--help printed lines over COLUMNS=60"

# Every command once.
expect 0 $cli assess examples/athlete.json
grep -q 'flexion intolerant' "$tmp/out" || fail "assess printed no direction"
expect 0 $cli plan examples/athlete.json --log examples/training-log.csv --days 3
grep -q 'Load check' "$tmp/out" || fail "plan printed no load check"
expect 0 $cli load examples/training-log.csv --method coupled --svg "$tmp/chart.svg"
grep -q '<svg' "$tmp/chart.svg" || fail "load --svg wrote no SVG"
expect 0 $cli catalog --profile examples/athlete.json --pattern bridge
expect 0 $cli schema intake
node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$tmp/out" || fail "schema intake is not JSON"

# No training output: one decision, exit 0, nothing behind it.
node -e '
  const a = JSON.parse(require("fs").readFileSync("examples/athlete.json", "utf8"));
  const { ageYears, firstEpisode, durationWeeks, improvingSinceOnset, onsetAgeYears, inflammatoryFeatures, ...answers } = a.screening;
  require("fs").writeFileSync(process.argv[1], JSON.stringify({ ...answers, bowelDysfunction: true }));
  require("fs").writeFileSync(process.argv[2], JSON.stringify({ ...a, screening: { ...a.screening, saddleNumbness: true } }));
' "$tmp/today.json" "$tmp/red.json"
expect 0 $cli plan examples/athlete.json --check-in "$tmp/today.json"
grep -q "today's check-in .* gives the safety action EMERGENCY" "$tmp/out" || fail "plan --check-in did not put the check-in's emergency first"
if grep -Eq 'proceed|Stage|Direction:|Emphasis:' "$tmp/out"; then fail "plan --check-in printed a decision or a stage behind the emergency"; fi
expect 0 $cli plan examples/athlete.json --check-in "$tmp/today.json" --json
node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (Object.keys(d).join() !== "week" || d.week.action !== "emergency") process.exit(1)' "$tmp/out" \
  || fail "plan --check-in --json is not the withheld week alone"
expect 0 $cli catalog --profile "$tmp/red.json"
grep -q 'No exercise is suggested: the safety action is EMERGENCY' "$tmp/out" || fail "catalog --profile on a withheld intake printed no decision"
if grep -q 'glute-bridge' "$tmp/out"; then fail "catalog --profile listed exercises behind a withheld intake"; fi

node -e '
  const a = JSON.parse(require("fs").readFileSync("examples/athlete.json", "utf8"));
  delete a.screening.fever;
  require("fs").writeFileSync(process.argv[1], JSON.stringify(a));
' "$tmp/unanswered.json"
for command in assess plan "catalog --profile"; do
  # shellcheck disable=SC2086
  expect 0 $cli $command "$tmp/unanswered.json"
  grep -Eq "^  - .+ → $tmp/unanswered.json: screening.fever\$" "$tmp/out" || fail "$command did not list the unanswered question with its path (S-13)"
done

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
# bad_log NAME CONTENT PATTERN WHAT : `load` of a log holding CONTENT exits 1 and prints PATTERN.
bad_log() {
  printf '%s' "$2" >"$tmp/$1"
  expect 1 $cli load "$tmp/$1"
  grep -q "$3" "$tmp/err" || { cat "$tmp/err" >&2; fail "$4"; }
}
bad_log log.csv $'day,effort\n2026-01-05,6\n' 'wrong CSV columns' "wrong CSV columns gave no clear line"
bad_log log.csv $'date,rpe,durationMinutes\n2026-01-05,14,60\n' 'row 2, column rpe: ' "a bad CSV cell did not print row, column: message"
bad_log log.csv $'date,rpe,durationMinutes\n2026-01-05,0x10,60\n' 'row 2, column rpe: must be a plain decimal number' "a hex CSV cell was read as a number"
bad_log log.csv $'date,rpe,rpe,durationMinutes\n2026-01-05,3,9,60\n' 'rpe named more than once' "a CSV column named twice was not refused"
bad_log log.json '{"timezone": "UTC", "sessions": [{"date": "2026-01-05", "rpe": 5, "durationMinutes": 30}]}' 'timezone: unknown field' "a misspelt key in a JSON log was dropped"

# Usage errors: exit 2.
expect 2 $cli assess
expect 2 $cli plan examples/athlete.json --days 9
expect 2 $cli plan examples/athlete.json --minutes 20
grep -q 'Use --minutes [0-9]* or more' "$tmp/err" || fail "plan --minutes 20 did not name a length that fits"
expect 2 $cli load examples/training-log.csv --method median
expect 2 $cli schema horoscope
for name in constructor __proto__ toString; do
  expect 2 $cli schema "$name"
  grep -q "unknown schema '$name'" "$tmp/err" || fail "schema $name was looked up on the object's prototype"
done

# A reader that closes early (| head -1) ends the CLI quietly: exit 0, no EPIPE stack trace.
for args in "catalog --json" "demo --json --days 6" "plan examples/athlete.json --json --days 6 --week-start 2026-04-06"; do
  set +e
  # shellcheck disable=SC2086
  $cli $args 2>"$tmp/err" | head -1 >/dev/null
  got="${PIPESTATUS[0]}"
  set -e
  [ "$got" -eq 0 ] || fail "'$args | head -1' exited $got"
  [ ! -s "$tmp/err" ] || { cat "$tmp/err" >&2; fail "'$args | head -1' printed to stderr"; }
done

echo "cli-smoke: ok"
