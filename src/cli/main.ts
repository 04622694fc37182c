/**
 * The `spinewise` command line (Node only): `spinewise --help` lists the commands.
 */
import { nodeIo } from "./io.js";
import { run } from "./run.js";

process.exitCode = run(process.argv.slice(2), nodeIo);
