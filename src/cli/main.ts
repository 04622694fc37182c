/**
 * The `spinewise` command line (Node only): `spinewise --help` lists the commands.
 */
import { EXIT_BAD_INPUT, EXIT_OK, nodeIo } from "./io.js";
import { run } from "./run.js";

// A reader that stops early (`spinewise catalog --json | head -1`) closes the pipe: that is the
// reader's choice, not an error, so the process ends quietly with the command's own exit code.
// Any other write failure (a full disk) is one line, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : EXIT_OK);
    if (stream === process.stdout) process.stderr.write(`spinewise: cannot write the output: ${error.message}\n`);
    process.exit(EXIT_BAD_INPUT);
  });
}

process.exitCode = run(process.argv.slice(2), nodeIo);
