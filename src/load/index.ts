/**
 * Training load: session load (session-RPE), calendar daily series in the athlete's time
 * zone, the acute:chronic workload ratio (coupled, uncoupled, EWMA) with zones and reasons,
 * a typed-array fast path, monotony, strain and week-to-week change (A-1…A-10); the
 * performance-management chart, named decay conventions, log quality, diagnostics of the
 * ratio, weekday-free weekly verdicts, spine-axis load and population columns (A-11…A-18).
 *
 * @packageDocumentation
 */
export { sessionLoad, MAX_SESSION_MINUTES } from "./sessionLoad.js";
export { dailyLoads } from "./dailyLoads.js";
export { acwr, explainAcwrPoint, ACWR_CAVEAT, MAX_DAILY_LOAD_AU } from "./acwr.js";
export { acwrValues } from "./acwrValues.js";
export { acwrZone, zoneThresholds, uncoupledFromCoupled, ACWR_ZONE_THRESHOLDS } from "./acwrZone.js";
export { monotony, strain, monotonyDetail } from "./monotony.js";
export { weekOverWeekChange } from "./weekOverWeekChange.js";
export { pmc } from "./pmc.js";
export type { PmcOptions, PmcResult, PmcUnknownDays, TsbDay } from "./pmc.js";
export type { DecayConvention } from "./decay.js";
export { checkLog } from "./checkLog.js";
export { acwrDiagnostics } from "./acwrDiagnostics.js";
export { weeklyVerdict } from "./weeklyVerdict.js";
export { spineAxisLoad } from "./spineAxisLoad.js";
export { acwrByAthlete } from "./acwrByAthlete.js";
export { projectWeek } from "./projectWeek.js";
export type { PlannedLoad, ProjectionState, WeekProjection } from "./projectWeek.js";
export type { AcwrColumnBuffers, AcwrColumns, AthleteColumns } from "./acwrByAthlete.js";
export type { AxisFinding, AxisLoad, AxisSeries, SpineAxisLoadOptions } from "./spineAxisLoad.js";
export type { WeeklyVerdict, WeeklyVerdictOptions } from "./weeklyVerdict.js";
export type { AcwrDiagnostics, AcwrDiagnosticsOptions, EventComparison, Interval, NullComparison, RescalingCheck, WindowPair } from "./acwrDiagnostics.js";
export type { CheckLogOptions, DayRange, LogFinding, LogFindingCode } from "./checkLog.js";
export {
  parseTrainingLog,
  parseDailyLoadsOptions,
  parseAcwrOptions,
  loggedSessionSchema,
  trainingLogSchema,
  dailyLoadsOptionsSchema,
  acwrOptionsSchema,
} from "./schema.js";
export type {
  AbsentDays,
  AcwrMethod,
  AcwrOptions,
  AcwrPoint,
  AcwrReasonCode,
  DailyLoadsOptions,
  DailySeries,
  LoadFinding,
  LoadFindingCode,
  LoggedSession,
  MonotonyOptions,
  MonotonyResult,
  WeekChange,
  WeekChangeAction,
  WeekChangeReasonCode,
  WeekOverWeekOptions,
  Zone,
  ZoneThresholds,
} from "./types.js";
export { trainingLogJsonSchema, dailyLoadsOptionsJsonSchema, acwrOptionsJsonSchema } from "./jsonSchema.js";
export { loadMessages } from "./messages.js";
