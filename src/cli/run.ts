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
import { commandHelp, COMMON_OPTIONS, topLevelHelp } from "./help.js";
import { wrap } from "./table.js";
import { CliError, EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliIo } from "./io.js";

type ParseArgsOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>["options"]>;

/**
 * An option: its type for `util.parseArgs`, and what the help says of it. Adding an option is one
 * entry in a command's `options`: `html: { type: "string", value: "FILE", help: "…" }`.
 */
export interface CommandOption {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
  readonly short?: string;
  /** The value's placeholder in the help (`FILE`, `2-6`); string options only. */
  readonly value?: string;
  /** One line for the help: what the option does. */
  readonly help?: string;
  /** The default as the help states it (`3`, `UTC`, `a full gym`). */
  readonly byDefault?: string;
}

/** A subcommand: its options, its help and what it does. */
export interface Command {
  readonly name: string;
  /** One short line for the top-level help. */
  readonly summary: string;
  /** What the command does, for its own help (default: the summary). */
  readonly description?: string;
  /** The synopsis after `spinewise`, e.g. `plan FILE [options]`. */
  readonly usage: string;
  /** The positional arguments and what each is. */
  readonly arguments?: readonly (readonly [string, string])[];
  readonly positionals: { readonly min: number; readonly max: number };
  readonly options: Readonly<Record<string, CommandOption>>;
  /** Invocations that work from a clone of the repository, for the help. */
  readonly examples: readonly string[];
  readonly run: (context: CommandContext) => number;
}

/** What a command receives. */
export interface CommandContext {
  readonly io: CliIo;
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly json: boolean;
  /** The width human output wraps at (the terminal's, 80 for a pipe, `COLUMNS` when set). */
  readonly width: number;
}

/** Every command, in the order the top-level help lists them. */
export const commands: readonly Command[] = [demoCommand, assessCommand, planCommand, journalCommand, loadCommand, outcomeCommand, catalogCommand, schemaCommand];

/** The top-level help text at a width. */
export function usage(width = 80): string {
  return topLevelHelp(commands, width);
}

/** The options of a command as `util.parseArgs` takes them (the help's fields left out). */
function parseOptions(command: Command): ParseArgsOptions {
  const all: Readonly<Record<string, CommandOption>> = { ...command.options, ...COMMON_OPTIONS };
  return Object.fromEntries(
    Object.entries(all).map(([name, option]) => [
      name,
      { type: option.type, ...(option.multiple === undefined ? {} : { multiple: option.multiple }), ...(option.short === undefined ? {} : { short: option.short }) },
    ]),
  );
}

/** Only one argument can read standard input: it is read once. */
function stdinUses(positionals: readonly string[], values: Readonly<Record<string, unknown>>): number {
  const optionValues = Object.values(values).flatMap((value) => (Array.isArray(value) ? value : [value]));
  return [...positionals, ...optionValues].filter((value) => value === "-").length;
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
  const width = io.columns ?? 80;
  const help = (command: Command): string => commandHelp(command, width);
  // After a usage error, the synopsis and where the whole help is, not the whole help.
  const hint = (command: Command): string => `${wrap(`Usage: spinewise ${command.usage}`, width, "         ")}\nSee 'spinewise ${command.name} --help' for the options, their defaults and examples.\n`;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    io.stdout(usage(width));
    return EXIT_OK;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${pkg.version}\n`);
    return EXIT_OK;
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (command === undefined) {
    io.stderr(`spinewise: unknown command '${first}'\n\n${usage(width)}`);
    return EXIT_USAGE;
  }
  let parsed: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...rest],
      options: parseOptions(command),
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (thrown) {
    io.stderr(`spinewise ${command.name}: ${thrown instanceof Error ? thrown.message : String(thrown)}\n\n${hint(command)}`);
    return EXIT_USAGE;
  }
  if (parsed.values.help === true) {
    io.stdout(help(command));
    return EXIT_OK;
  }
  const { min, max } = command.positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    io.stderr(
      `spinewise ${command.name}: expected ${expected} argument${max === 1 ? "" : "s"}, got ${parsed.positionals.length}\n\n${hint(command)}`,
    );
    return EXIT_USAGE;
  }
  if (stdinUses(parsed.positionals, parsed.values) > 1) {
    io.stderr(`spinewise ${command.name}: only one file can be read from standard input (-)\n\n${hint(command)}`);
    return EXIT_USAGE;
  }
  try {
    return command.run({ io, positionals: parsed.positionals, values: parsed.values, json: parsed.values.json === true, width });
  } catch (thrown) {
    if (thrown instanceof CliError) {
      // The first line names the command; issue lines follow as `  path: message`.
      io.stderr(`${thrown.lines.map((line, index) => (index === 0 ? `spinewise ${command.name}: ${line}` : line)).join("\n")}\n`);
      if (thrown.exitCode === EXIT_USAGE) io.stderr(`\n${hint(command)}`);
      return thrown.exitCode;
    }
    // A bug, not bad input: still one line, never a stack trace.
    io.stderr(`spinewise ${command.name}: unexpected error: ${thrown instanceof Error ? thrown.message : String(thrown)}\n`);
    return EXIT_BAD_INPUT;
  }
}
