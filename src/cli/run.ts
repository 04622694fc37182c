/**
 * The `spinewise` command line as a function: `run(argv, io)` returns the exit code, so tests
 * run every command in-process.
 */
import { parseArgs } from "node:util";
import pkg from "../../package.json" with { type: "json" };
import { assessCommand } from "./commands/assess.js";
import { catalogCommand } from "./commands/catalog.js";
import { demoCommand } from "./commands/demo.js";
import { journalCommand } from "./commands/journal.js";
import { loadCommand } from "./commands/load.js";
import { planCommand } from "./commands/plan.js";
import { outcomeCommand } from "./commands/outcome.js";
import { schemaCommand } from "./commands/schema.js";
import { CliError, EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliIo } from "./io.js";

/** A subcommand: its options for `util.parseArgs`, its help and what it does. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly positionals: { readonly min: number; readonly max: number };
  readonly options: NonNullable<Parameters<typeof parseArgs>[0]>["options"];
  readonly run: (context: CommandContext) => number;
}

/** What a command receives. */
export interface CommandContext {
  readonly io: CliIo;
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly json: boolean;
}

const commands: readonly Command[] = [demoCommand, assessCommand, planCommand, journalCommand, loadCommand, outcomeCommand, catalogCommand, schemaCommand];

const common = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** The top-level help text. */
export function usage(): string {
  const width = Math.max(...commands.map((command) => command.usage.length));
  return [
    "spinewise — training guidance for lifters with low back pain (guidance with safety-netting, never a diagnosis)",
    "",
    "Usage:",
    ...commands.map((command) => `  spinewise ${command.usage.padEnd(width)}  ${command.summary}`),
    "",
    "Every command takes --json (machine-readable output) and --help.",
    "  spinewise --version    print the version",
    "",
    "Exit codes: 0 ok, 1 bad input (every issue printed as `path: message`), 2 usage.",
    "",
  ].join("\n");
}

function commandHelp(command: Command): string {
  return `Usage: spinewise ${command.usage}\n\n${command.summary}\n`;
}

/**
 * Runs the command line.
 *
 * @param argv - the arguments after the program name
 * @param io - stdout, stderr and files
 * @returns the exit code: 0 ok, 1 bad input, 2 usage
 */
export function run(argv: readonly string[], io: CliIo): number {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    io.stdout(usage());
    return EXIT_OK;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${pkg.version}\n`);
    return EXIT_OK;
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (command === undefined) {
    io.stderr(`spinewise: unknown command '${first}'\n\n${usage()}`);
    return EXIT_USAGE;
  }
  let parsed: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...common, ...command.options },
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (thrown) {
    io.stderr(`spinewise ${command.name}: ${thrown instanceof Error ? thrown.message : String(thrown)}\n\n${commandHelp(command)}`);
    return EXIT_USAGE;
  }
  if (parsed.values.help === true) {
    io.stdout(commandHelp(command));
    return EXIT_OK;
  }
  const { min, max } = command.positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    io.stderr(
      `spinewise ${command.name}: expected ${expected} argument${max === 1 ? "" : "s"}, got ${parsed.positionals.length}\n\n${commandHelp(command)}`,
    );
    return EXIT_USAGE;
  }
  try {
    return command.run({ io, positionals: parsed.positionals, values: parsed.values, json: parsed.values.json === true });
  } catch (thrown) {
    if (thrown instanceof CliError) {
      // The first line names the command; issue lines follow as `  path: message`.
      io.stderr(`${thrown.lines.map((line, index) => (index === 0 ? `spinewise ${command.name}: ${line}` : line)).join("\n")}\n`);
      if (thrown.exitCode === EXIT_USAGE) io.stderr(`\n${commandHelp(command)}`);
      return thrown.exitCode;
    }
    // A bug, not bad input: still one line, never a stack trace.
    io.stderr(`spinewise ${command.name}: unexpected error: ${thrown instanceof Error ? thrown.message : String(thrown)}\n`);
    return EXIT_BAD_INPUT;
  }
}
