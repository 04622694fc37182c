/**
 * `spinewise outcome score FILE`: score outcome answers (RMDQ, PSFS, ODI, pain NRS) given as
 * spinewise's answers JSON, a list of dated answers, or a FHIR R4 QuestionnaireResponse.
 */
import {
  fromQuestionnaireResponse,
  outcomeInstruments,
  outcomeTrend,
  parseOutcomeAnswers,
  parseOutcomeSeries,
  scoreOutcome,
  type DatedOutcome,
  type OutcomeAnswers,
  type OutcomeScore,
  type OutcomeTrend,
} from "../../outcomes/index.js";
import type { ParseResult } from "../../evidence/index.js";
import { readJson } from "../files.js";
import { issuesError } from "../inputs.js";
import { EXIT_OK, usageError } from "../io.js";
import type { Command } from "../run.js";
import { wrap } from "../table.js";

/** A score as text: the value against its range, which way is better, and the reasons. */
function renderScore(score: OutcomeScore, width: number, date?: string): string {
  const info = outcomeInstruments[score.instrument];
  const value = score.score === null ? "no score" : score.unit === "percent" ? `${Math.round(score.score * 10) / 10} %` : `${Math.round(score.score * 100) / 100}/${score.range.max}`;
  const better = score.direction === "higher-is-worse" ? "lower is better" : "higher is better";
  const lines = [wrap(`${date === undefined ? "" : `${date}  `}${info.abbreviation} ${value} (${info.name}; ${better})`, width, "  ")];
  for (const item of score.reasons) lines.push(wrap(`  ${item.ruleId}: ${item.message}`, width, "        "));
  return lines.join("\n");
}

function renderTrend(trend: OutcomeTrend, width: number): string {
  const lines = [`${outcomeInstruments[trend.instrument].abbreviation} over time:`];
  for (const item of trend.reasons) lines.push(wrap(`  ${item.ruleId}: ${item.message}`, width, "        "));
  return lines.join("\n");
}

/** What the file holds: a QuestionnaireResponse, a list of dated answers, or one answers object. */
function readAnswers(input: unknown): ParseResult<OutcomeAnswers | readonly OutcomeAnswers[]> {
  if (Array.isArray(input)) return parseOutcomeSeries(input);
  const resourceType = typeof input === "object" && input !== null ? (input as { resourceType?: unknown }).resourceType : undefined;
  return resourceType === undefined ? parseOutcomeAnswers(input) : fromQuestionnaireResponse(input);
}

/** `spinewise outcome score FILE`. */
export const outcomeCommand: Command = {
  name: "outcome",
  summary: "score outcome answers (RMDQ, PSFS, ODI, pain NRS)",
  description:
    "Score outcome answers (RMDQ, PSFS, ODI, pain NRS) and judge change (O-1…O-4). The file holds one instrument's answers, a list of dated answers, or a FHIR R4 QuestionnaireResponse.",
  usage: "outcome score FILE [options]",
  arguments: [
    ["score", "the action (the only one for now)"],
    ["FILE", "the answers (JSON); - reads them from standard input"],
  ],
  positionals: { min: 2, max: 2 },
  options: {},
  examples: ["spinewise outcome score answers.json", "spinewise outcome score - --json < answers.json"],
  run: ({ io, positionals, json, width }) => {
    const [action, file = ""] = positionals;
    if (action !== "score") throw usageError(`unknown action '${action ?? ""}' (known: score)`);
    const result = readAnswers(readJson(io, file));
    if (!result.ok) throw issuesError(file, result.error.issues);
    if (!Array.isArray(result.value)) {
      const answers = result.value as OutcomeAnswers;
      const score = scoreOutcome(answers);
      io.stdout(json ? `${JSON.stringify({ date: answers.date ?? null, score }, null, 2)}\n` : `${renderScore(score, width, answers.date)}\n`);
      return EXIT_OK;
    }
    const series: DatedOutcome[] = result.value.map((answers) => ({ date: answers.date!, score: scoreOutcome(answers) }));
    // One trend per instrument, in the order each first appears.
    const instruments = [...new Set(series.map((entry) => entry.score.instrument))];
    const trends = instruments.map((instrument) => outcomeTrend(series.filter((entry) => entry.score.instrument === instrument)));
    if (json) {
      io.stdout(`${JSON.stringify({ scores: series, trends }, null, 2)}\n`);
      return EXIT_OK;
    }
    const text = [...trends.flatMap((trend) => trend.points.map((point) => renderScore(point.score, width, point.date))), "", ...trends.map((trend) => renderTrend(trend, width))];
    io.stdout(`${text.join("\n")}\n`);
    return EXIT_OK;
  },
};
