/**
 * Reads performed sessions (a JSON array of sessions with their sets) for `load --sessions`
 * . Every problem of every session is listed with its path.
 */
import type { ParseIssue } from "../evidence/index.js";
import { parsePerformedSession, type PerformedSession } from "../volume/index.js";
import { readJson } from "./files.js";
import { issuesError } from "./inputs.js";
import type { CliIo } from "./io.js";

/** The sessions of a JSON file: an array of performed sessions, or `{ sessions: [...] }`. */
export function readPerformedSessions(io: CliIo, file: string): readonly PerformedSession[] {
  const json = readJson(io, file);
  const list = Array.isArray(json) ? json : (json as { sessions?: unknown } | null)?.sessions;
  if (!Array.isArray(list)) throw issuesError(file, [{ path: [], message: "must be an array of performed sessions, or { sessions: [...] }" }]);
  const prefix = Array.isArray(json) ? [] : ["sessions"];
  const sessions: PerformedSession[] = [];
  const issues: ParseIssue[] = [];
  list.forEach((item, index) => {
    const parsed = parsePerformedSession(item);
    if (parsed.ok) sessions.push(parsed.value);
    else issues.push(...parsed.error.issues.map((issue) => ({ path: [...prefix, index, ...issue.path], message: issue.message })));
  });
  if (issues.length > 0) throw issuesError(file, issues);
  return sessions;
}
