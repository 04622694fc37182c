/**
 * The help texts, laid out at the terminal's width: the top level lists each command on one
 * line; a command's help gives its arguments, every option with its default, and examples.
 */
import type { Command, CommandOption } from "./run.js";
import { commandLine, definitions, truncate, wrap } from "./table.js";

/** The options every command takes. */
export const COMMON_OPTIONS = {
  json: { type: "boolean", help: "print JSON (the objects the library returns) instead of text" },
  help: { type: "boolean", short: "h", help: "print this help" },
} as const satisfies Readonly<Record<string, CommandOption>>;

/** `--days N`, `-h, --help`: an option as its help names it. */
export function optionTerm(name: string, option: CommandOption): string {
  const value = option.type === "string" ? ` ${option.value ?? "VALUE"}` : "";
  return `${option.short === undefined ? "" : `-${option.short}, `}--${name}${value}`;
}

/** An option's line: what it does, then its default. */
function optionText(option: CommandOption): string {
  const text = option.help ?? "";
  return option.byDefault === undefined ? text : `${text}${text === "" ? "" : " "}(default: ${option.byDefault})`;
}

/** The top-level help: each command on one line, cut to the width. */
export function topLevelHelp(commands: readonly Command[], width: number): string {
  const nameWidth = Math.max(...commands.map((command) => command.name.length));
  return [
    wrap("spinewise — training guidance for lifters with low back pain (guidance with safety-netting, never a diagnosis)", width),
    "",
    wrap("Usage: spinewise COMMAND [arguments] [options]", width, "  "),
    "",
    "Commands:",
    ...commands.map((command) => truncate(`  ${command.name.padEnd(nameWidth)}  ${command.summary}`, width)),
    "",
    wrap("Every command takes --json (machine-readable output) and --help (its arguments, options, defaults and examples). A file argument - reads standard input.", width),
    wrap("  spinewise --version  print the version", width, "    "),
    "",
    wrap("Exit codes: 0 ok, 1 bad input (every issue printed as `path: message`), 2 usage.", width),
    "",
    "Example:",
    commandLine("spinewise demo", width),
    "",
  ].join("\n");
}

/** A command's help: usage, what it does, its arguments, its options with defaults, examples. */
export function commandHelp(command: Command, width: number): string {
  const options = { ...command.options, ...COMMON_OPTIONS };
  const lines = [
    wrap(`Usage: spinewise ${command.usage}`, width, "         "),
    "",
    wrap(command.description ?? command.summary, width),
  ];
  if (command.arguments !== undefined && command.arguments.length > 0) lines.push("", "Arguments:", definitions(command.arguments, width));
  lines.push(
    "",
    "Options:",
    definitions(
      Object.entries(options).map(([name, option]) => [optionTerm(name, option), optionText(option)] as const),
      width,
    ),
  );
  lines.push("", command.examples.length === 1 ? "Example:" : "Examples:", ...command.examples.map((example) => commandLine(example, width)));
  return `${lines.join("\n")}\n`;
}
