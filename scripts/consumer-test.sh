#!/usr/bin/env bash
# The package as a user gets it: `npm pack` the built dist/, install the tarball into a fresh ESM
# project and a fresh CommonJS project, call every entry once (import and require), typecheck one
# import of each entry under TypeScript's node10, node16 and bundler resolution, and run the
# `spinewise demo` bin of the installed package and each of its "Try:" commands, from the
# project and from a directory outside it. Needs `npm run build` first and the npm registry
# (the projects install zod).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
fail() { echo "consumer-test: $*" >&2; exit 1; }
[ -f dist/index.js ] && [ -f dist/cli/main.cjs ] || fail "dist/ is missing: run npm run build first"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tsc=(node "$repo/node_modules/typescript/bin/tsc")

# --- the tarball -------------------------------------------------------------------------------
tarball="$tmp/$(npm pack --silent --pack-destination "$tmp" | tail -1)"
[ -f "$tarball" ] || fail "npm pack gave no tarball"
tar -tzf "$tarball" | sed 's|^package/||' | sort >"$tmp/files.txt"
for file in package.json README.md LICENSE CHANGELOG.md examples/athlete.json examples/training-log.csv \
  examples/training-log.json examples/journey.jsonl dist/cli/main.cjs; do
  grep -qx "$file" "$tmp/files.txt" || fail "the tarball has no $file"
done
# One declaration file per entry: index.d.ts and index.d.cts, no shared hashed chunks.
if grep -E '\.d\.c?ts$' "$tmp/files.txt" | grep -Ev '(^|/)index\.d\.c?ts$'; then
  fail "declaration files other than one per entry (above)"
fi
tar -xzf "$tarball" -C "$tmp" package/package.json package/README.md
# The README is read on npm and in node_modules, where a relative link leads nowhere.
if grep -nEo '\]\([^)#][^)]*\)|src="[^"]*"' "$tmp/package/README.md" | grep -Ev '\]\(https?://|src="https?://'; then
  fail "README.md has relative links (above): link https://github.com/spinewise/spinewise/blob/main/…, images https://raw.githubusercontent.com/spinewise/spinewise/main/…"
fi
node - "$tmp/package/package.json" <<'EOF' || fail "the packed package.json (above)"
const pkg = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
const problems = [];
for (const script of ["preinstall", "install", "postinstall", "prepare"]) {
  if (pkg.scripts?.[script] !== undefined) problems.push(`runs a "${script}" script on install`);
}
if (pkg.dependencies?.["csv-parse"] !== undefined) problems.push("depends on csv-parse (the CLI bundles it)");
if (!/^\^4\./.test(pkg.dependencies?.zod ?? "")) problems.push(`zod is "${pkg.dependencies?.zod}", not a ^4 range`);
for (const field of ["repository", "homepage", "bugs"]) if (pkg[field] === undefined) problems.push(`no ${field}`);
if (problems.length > 0) { console.error(problems.join("\n")); process.exit(1); }
EOF
# Every entry has a size budget.
node -e '
const pkg = require(process.argv[1]);
const budgets = new Set(require(process.argv[2]).map((budget) => budget.path));
const missing = Object.entries(pkg.exports).filter(([key]) => key !== "./package.json")
  .map(([, target]) => target.import.default.slice(2)).filter((file) => !budgets.has(file));
if (missing.length > 0) { console.error(`no size budget in .size-limit.json for ${missing.join(", ")}`); process.exit(1); }
' "$repo/package.json" "$repo/.size-limit.json" || fail "an entry has no size budget"
echo "tarball: $(basename "$tarball"), $(wc -l <"$tmp/files.txt") files, $(du -k "$tarball" | cut -f1) kB"

# --- one call of every entry ---------------------------------------------------------------------
# `load(name)` is `import()` in the ESM project and `require` in the CommonJS one; `pkgDir` is the
# installed package. The list must name every entry in the package's exports.
cat >"$tmp/calls.js" <<'EOF'
const read = (file) => fs.readFileSync(path.join(pkgDir, file), "utf8");
const athlete = JSON.parse(read("examples/athlete.json"));
const journey = read("examples/journey.jsonl").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line));
const calls = {
  spinewise: (m) => m.sessionLoad(7, 60) === 420 && typeof m.planWeek === "function",
  "spinewise/evidence": (m) => m.formatIssues([{ path: ["sessions", 2, "rpe"], message: "must be between 0 and 10" }]) === "sessions[2].rpe: must be between 0 and 10",
  "spinewise/screening": (m) => m.allowsTraining("proceed") === true,
  "spinewise/classification": (m) => m.historyDirection({ worsenedBy: ["sitting", "bending"], easedBy: ["walking"] }) === "flexion",
  "spinewise/staging": (m) => m.moreConservativeStage("function-optimisation", "movement-control") === "movement-control",
  "spinewise/outcomes": (m) => m.scoreNrs(4).score === 4,
  "spinewise/catalog": (m) => m.getExercise("goblet-squat")?.pattern === "squat",
  "spinewise/progression": (m) => m.painResponse({ baselineNrs: 2, duringNrs: 2, afterNrs: 1, nextMorningNrs: 2 }).action === "green",
  "spinewise/volume": (m) => m.setScheme(50, { min: 4, max: 8 }).setCount === 7,
  "spinewise/load": (m) => m.parseTrainingLog(JSON.parse(read("examples/training-log.json"))).ok === true,
  "spinewise/program": (m) => m.assess(athlete).ok === true,
  "spinewise/journal": (m) => {
    const parsed = m.parseJournal(journey);
    return parsed.ok === true && /^\d{4}-\d{2}-\d{2}$/.test(m.replay(parsed.value).asOf);
  },
  "spinewise/report": async (m) => {
    const program = await load("spinewise/program");
    const week = program.planWeek(program.assess(athlete).value, { weekStart: "2026-03-30" });
    return m.renderPlanHtml(week).startsWith("<!doctype html>");
  },
};
const entries = Object.keys(JSON.parse(read("package.json")).exports)
  .filter((key) => key !== "./package.json")
  .map((key) => (key === "." ? "spinewise" : `spinewise/${key.slice(2)}`));
const unchecked = entries.filter((entry) => !(entry in calls));
if (unchecked.length > 0) throw new Error(`no call for ${unchecked.join(", ")}: add one to scripts/consumer-test.sh`);
(async () => {
  const failed = [];
  for (const entry of entries) {
    let ok;
    try {
      ok = await calls[entry](await load(entry));
    } catch (error) {
      ok = false;
      console.error(`${entry}: ${error.stack}`);
    }
    if (!ok) failed.push(entry);
  }
  if (failed.length > 0) {
    console.error(`${kind}: failed: ${failed.join(", ")}`);
    process.exit(1);
  }
  console.log(`${kind}: ${entries.length} entries called`);
})();
EOF
{
  echo 'import fs from "node:fs"; import path from "node:path"; import { fileURLToPath } from "node:url";'
  echo 'const kind = "ESM (import)"; const load = (name) => import(name);'
  echo 'const pkgDir = path.dirname(fileURLToPath(import.meta.resolve("spinewise/package.json")));'
  cat "$tmp/calls.js"
} >"$tmp/calls.mjs"
{
  echo 'const fs = require("node:fs"); const path = require("node:path");'
  echo 'const kind = "CommonJS (require)"; const load = async (name) => require(name);'
  echo 'const pkgDir = path.dirname(require.resolve("spinewise/package.json"));'
  cat "$tmp/calls.js"
} >"$tmp/calls.cjs"

# One import of each entry, typechecked against the installed declarations (skipLibCheck off).
cat >"$tmp/types.ts" <<'EOF'
import { sessionLoad, type Reason } from "spinewise";
import { formatIssues } from "spinewise/evidence";
import { allowsTraining } from "spinewise/screening";
import { historyDirection } from "spinewise/classification";
import { moreConservativeStage, type Stage } from "spinewise/staging";
import { scoreNrs } from "spinewise/outcomes";
import { getExercise } from "spinewise/catalog";
import { painResponse } from "spinewise/progression";
import { setScheme } from "spinewise/volume";
import { acwr, type AcwrPoint } from "spinewise/load";
import { assess, type WeekPlan } from "spinewise/program";
import { replay } from "spinewise/journal";
import { renderPlanHtml } from "spinewise/report";

const load: number = sessionLoad(7, 60);
const issues: string = formatIssues([]);
const allowed: boolean = allowsTraining("proceed");
const direction = historyDirection({ worsenedBy: ["sitting"], easedBy: [] });
const stage: Stage = moreConservativeStage("function-optimisation", "movement-control");
const nrs: number | null = scoreNrs(4).score;
const pattern = getExercise("goblet-squat")?.pattern;
const action = painResponse({ baselineNrs: 2, duringNrs: 2, nextMorningNrs: 2 }).action;
const sets = setScheme(50, { min: 4, max: 8 });
const points: readonly AcwrPoint[] = acwr([]);
const assessed = assess({});
const html = (week: WeekPlan): string => renderPlanHtml(week);
const reasons = (state: ReturnType<typeof replay>): readonly Reason[] => state.timeline.flatMap((entry) => entry.reasons);
export { load, issues, allowed, direction, stage, nrs, pattern, action, sets, points, assessed, html, reasons };
EOF

# project KIND TYPE: a fresh project of that package type with the tarball installed.
project() {
  local dir="$tmp/$1"
  mkdir -p "$dir"
  printf '{ "name": "consumer-%s", "version": "1.0.0", "private": true, "type": "%s" }\n' "$1" "$2" >"$dir/package.json"
  (cd "$dir" && npm install "$tarball" --no-audit --no-fund --loglevel warn) >"$dir/install.log" 2>&1 \
    || { cat "$dir/install.log" >&2; fail "$1: npm install of the tarball failed"; }
  # A consumer's install runs no script of ours and warns about nothing of ours.
  if grep -Ei 'warn' "$dir/install.log" | grep -Ei 'spinewise|script'; then fail "$1: npm install warned (above)"; fi
  [ ! -e "$dir/node_modules/csv-parse" ] || fail "$1: installing spinewise installed csv-parse"
  [ -d "$dir/node_modules/zod" ] || fail "$1: zod was not installed"
}

# typecheck DIR FILE RESOLUTION...: the TypeScript consumer under one resolution.
typecheck() {
  local dir="$1" file="$2"; shift 2
  (cd "$dir" && "${tsc[@]}" --noEmit --strict --skipLibCheck false --target es2022 --lib es2022,dom "$@" "$file") \
    || fail "$(basename "$dir"): the TypeScript consumer does not typecheck with $*"
}

project esm module
project cjs commonjs
(cd "$tmp/esm" && cp "$tmp/calls.mjs" . && node calls.mjs) || fail "ESM: an entry failed"
(cd "$tmp/cjs" && cp "$tmp/calls.cjs" . && node calls.cjs) || fail "CommonJS: an entry failed"

# ...and every entry the exports name, so a new one is checked under every resolution too.
node -e '
const pkg = require(process.argv[1]);
Object.keys(pkg.exports).filter((key) => key !== "./package.json").forEach((key, i) =>
  console.log(`import * as entry${i} from "${key === "." ? "spinewise" : `spinewise/${key.slice(2)}`}";\nexport { entry${i} };`));
' "$repo/package.json" >>"$tmp/types.ts"
cp "$tmp/types.ts" "$tmp/esm/types.ts"
cp "$tmp/types.ts" "$tmp/cjs/types.ts"
typecheck "$tmp/esm" types.ts --module node16 --moduleResolution node16
typecheck "$tmp/esm" types.ts --module esnext --moduleResolution bundler
typecheck "$tmp/cjs" types.ts --module node16 --moduleResolution node16
typecheck "$tmp/cjs" types.ts --module commonjs --moduleResolution node10 --ignoreDeprecations 6.0
echo "TypeScript: every entry typechecks under node16 (ESM and CJS), bundler and node10"

# --- the bin and its "Try:" commands, as printed -------------------------------------------------
# try_lines FILE: the commands after "Try:", one a line (continuation lines joined).
try_lines() {
  awk '/^Try:/ { on = 1; sub(/^Try:[ ]*/, ""); if ($0 == "") next } on && /^[ ]*$/ { exit } on { print }' "$1" \
    | sed 's/^ *//' | sed -e ':a' -e '/\\$/N; s/\\\n *//; ta'
}

# demo_and_try DIR: run the installed bin's demo in DIR, then each "Try:" command it prints.
demo_and_try() {
  local dir="$1" bin="$tmp/esm/node_modules/.bin"
  (cd "$dir" && PATH="$bin:$PATH" spinewise demo >"$tmp/demo.txt" 2>&1) || { cat "$tmp/demo.txt" >&2; fail "spinewise demo failed in $dir"; }
  try_lines "$tmp/demo.txt" >"$tmp/try.txt"
  [ "$(grep -c '^spinewise ' "$tmp/try.txt")" -ge 2 ] || { cat "$tmp/demo.txt" >&2; fail "the demo printed no Try: commands"; }
  while IFS= read -r command; do
    (cd "$dir" && PATH="$bin:$PATH" eval "$command" >"$tmp/try.out" 2>&1) \
      || { cat "$tmp/try.out" >&2; fail "in $dir, the demo's '$command' failed"; }
    echo "  ok: $command"
  done <"$tmp/try.txt"
  [ -f "$dir/acwr.svg" ] || fail "in $dir, the demo's load command wrote no acwr.svg"
}
echo "spinewise demo, from the project:"
demo_and_try "$tmp/esm"
grep -q 'node_modules/spinewise/examples/athlete.json' "$tmp/try.txt" || fail "the demo does not name the installed examples"
mkdir -p "$tmp/elsewhere"
echo "spinewise demo, from another directory:"
demo_and_try "$tmp/elsewhere"

echo "consumer-test: ok"
