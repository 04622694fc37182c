/**
 * The `spinewise` command line (Node only).
 */
import { readFileSync } from "node:fs";

const usage = `spinewise — training guidance for lifters with low back pain (never a diagnosis)

Usage:
  spinewise --help       show this help
  spinewise --version    print the version
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", `file://${__filename}`), "utf8")) as { version: string };
  return pkg.version;
}

const args = process.argv.slice(2);
if (args.includes("--version") || args.includes("-v")) {
  process.stdout.write(`${version()}\n`);
} else if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
  process.stdout.write(usage);
} else {
  process.stderr.write(`spinewise: unknown command '${args[0]}'\n\n${usage}`);
  process.exitCode = 2;
}
