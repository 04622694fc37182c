#!/usr/bin/env node
// CHANGELOG.md's "Unreleased" section, written from the pending changesets in .changeset/ by
// changesets itself: its release plan (the next version) and the changelog functions that
// .changeset/config.json names, grouped under the headings `changeset version` writes. At a
// release, `npm run version-packages` runs `changeset version` (which writes the version's own
// section and deletes the changesets) and then this script, which drops the emptied section.
//
//   node scripts/changelog.mjs           rewrite the Unreleased section
//   node scripts/changelog.mjs --check   exit 1 when CHANGELOG.md is not what it would write
//
// Lines carry no commit hash: a changeset's commit is only known once it is committed, and the
// section would change after every commit. `changeset version` adds the hashes at the release.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const file = join(root, "CHANGELOG.md");
const require = createRequire(join(root, "package.json"));
// Resolved from @changesets/cli, so it is the release-plan code `changeset version` runs.
const fromCli = createRequire(require.resolve("@changesets/cli/package.json"));
const getReleasePlan = unwrap(fromCli("@changesets/get-release-plan"));

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const config = JSON.parse(readFileSync(join(root, ".changeset/config.json"), "utf8"));
const changelogName = Array.isArray(config.changelog) ? config.changelog[0] : config.changelog;
const changelogOptions = Array.isArray(config.changelog) ? config.changelog[1] : null;
const { getReleaseLine } = unwrap(require(changelogName));

/** The first version's section, kept as written; everything later comes from changesets. */
const FIRST_VERSION = `## 0.1.0

The starting version (22 November 2026), never published: the package skeleton (toolchain,
evidence and citation registries, shared decision types). Everything spinewise does so far is
listed under Unreleased and ships in the first release.
`;

function unwrap(module) {
  return module.default?.default ?? module.default ?? module;
}

/** The Unreleased section for the pending changesets, or "" when there are none. */
async function unreleased() {
  const plan = await getReleasePlan(root);
  const release = plan.releases.find((r) => r.name === pkg.name);
  if (release === undefined || release.type === "none") return "";
  const lines = { major: [], minor: [], patch: [] };
  for (const changeset of plan.changesets) {
    const own = changeset.releases.find((r) => r.name === pkg.name);
    if (own === undefined || own.type === "none") continue;
    lines[own.type].push(await getReleaseLine({ ...changeset, commit: undefined }, own.type, changelogOptions));
  }
  const groups = Object.entries(lines)
    .filter(([, entries]) => entries.length > 0)
    .map(([type, entries]) => `### ${type[0].toUpperCase()}${type.slice(1)} Changes\n\n${entries.join("\n")}\n`);
  const count = plan.changesets.length;
  return [
    "## Unreleased",
    "",
    `${count} pending changeset${count === 1 ? "" : "s"} in \`.changeset/\`, to be released as ${release.newVersion}.`,
    "",
    ...groups,
  ].join("\n");
}

/** The file with its Unreleased section replaced (or added after the title, or removed). */
function withSection(current, section) {
  const title = `# ${pkg.name}`;
  let text = current ?? `${title}\n\n${FIRST_VERSION}`;
  if (!text.startsWith(`${title}\n`)) throw new Error(`changelog: CHANGELOG.md does not start with "${title}"`);
  // The old section runs from its heading to the next version's heading.
  text = text.replace(/\n## Unreleased\n[\s\S]*?(?=\n## |$)/, "");
  const body = text.slice(title.length).replace(/^\n+/, "");
  return `${title}\n\n${section === "" ? "" : `${section}\n`}${body}`.replace(/\n*$/, "\n");
}

const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
const next = withSection(current, await unreleased());
if (process.argv.includes("--check")) {
  if (current !== next) {
    console.error("CHANGELOG.md is not up to date with the changesets in .changeset/: run `npm run changelog`");
    process.exit(1);
  }
  console.log("CHANGELOG.md is up to date with .changeset/");
} else if (current !== next) {
  writeFileSync(file, next);
  console.log("CHANGELOG.md: Unreleased section written");
}
