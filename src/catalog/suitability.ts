/**
 * The contraindication policy: whether an exercise is ok, caution or avoid for one person,
 * derived from the exercise's spine-demand vector and tags, the person's direction, stage,
 * ladder progress and flags. No exercise is named anywhere in this file.
 */
import type { Reason, RuleId } from "../evidence/index.js";
import { catalogReason } from "./messages.js";
import type { Direction } from "../classification/types.js";
import { STAGES, type Stage } from "../staging/types.js";
import { ladders as builtInLadders } from "./builtInLadders.js";
import {
  SPINE_AXES,
  type DemandScore,
  type Exercise,
  type ExerciseTag,
  type Ladder,
  type LadderId,
  type SpineAxis,
  type SuitabilityAction,
  type SuitabilityDecision,
  type TrainingProfile,
} from "./types.js";
import { requireObject, requireOptions } from "../internal/guards.js";

/**
 * One stage's row of the cap table: the highest demand allowed on each axis.
 * @category Catalog
 */
export interface StageCaps {
  /** Caps on every axis for a person with no sensitivity on that axis. */
  readonly general: Readonly<Record<SpineAxis, DemandScore>>;
  /** Cap on an intolerant direction's axis (flexion or extension) before any ladder progress (L-6). */
  readonly intolerant: DemandScore;
  /** Cap on axial compression when the person is flagged axial-load sensitive (P-3). */
  readonly axialLoadSensitive: DemandScore;
}

/** The cap table: one row per stage (T rules). @category Catalog */
export type SuitabilityCaps = Readonly<Record<Stage, StageCaps>>;

/** What an explicit tag does in each stage. @category Catalog */
export type TagPolicy = Readonly<Record<ExerciseTag, Readonly<Record<Stage, SuitabilityAction>>>>;

function allAxes(score: DemandScore): Readonly<Record<SpineAxis, DemandScore>> {
  return Object.freeze({ flexion: score, extension: score, lateralFlexion: score, rotation: score, axialCompression: score, shear: score });
}

/**
 * The default cap table (design numbers; override with {@link SuitabilityOptions}.caps).
 *
 * | stage | every axis | intolerant axis | axial compression, axial-load sensitive |
 * |---|---|---|---|
 * | symptom-modulation | 1 | 1 | 1 |
 * | movement-control | 2 | 1 | 1 |
 * | function-optimisation | 3 | 2 | 2 |
 *
 * Demand above the cap is `avoid`; on a sensitive axis, demand at the cap is `caution`, so in
 * symptom modulation the intolerant axis is stricter than the others even though the caps match:
 * a little flexion is `ok` for most backs and `caution` for a flexion-intolerant one.
 * The intolerant cap rises by one for every step earned on that direction's exposure ladder,
 * up to the stage's general cap (L-6).
 *
 * @example
 * ```ts
 * DEFAULT_SUITABILITY_CAPS["movement-control"].intolerant;
 * // => 1
 * ```
 * @category Catalog
 */
export const DEFAULT_SUITABILITY_CAPS: SuitabilityCaps = /* @__PURE__ */ Object.freeze({
  "symptom-modulation": /* @__PURE__ */ Object.freeze({ general: /* @__PURE__ */ allAxes(1), intolerant: 1, axialLoadSensitive: 1 }),
  "movement-control": /* @__PURE__ */ Object.freeze({ general: /* @__PURE__ */ allAxes(2), intolerant: 1, axialLoadSensitive: 1 }),
  "function-optimisation": /* @__PURE__ */ Object.freeze({ general: /* @__PURE__ */ allAxes(3), intolerant: 2, axialLoadSensitive: 2 }),
} satisfies SuitabilityCaps);

/**
 * The default tag policy (design; P-6 prefers tempo work over ballistic and maximal lifts
 * early, S-7 handles neural tension through the radicular flag instead).
 *
 * | tag | symptom-modulation | movement-control | function-optimisation |
 * |---|---|---|---|
 * | ballistic | avoid | avoid | caution |
 * | valsalva-heavy | avoid | caution | caution |
 * | neural-tension | ok | ok | ok (avoid when radicular, S-7) |
 *
 * @example
 * ```ts
 * DEFAULT_TAG_POLICY.ballistic["function-optimisation"];
 * // => "caution"
 * ```
 * @category Catalog
 */
export const DEFAULT_TAG_POLICY: TagPolicy = /* @__PURE__ */ Object.freeze({
  ballistic: /* @__PURE__ */ Object.freeze({ "symptom-modulation": "avoid", "movement-control": "avoid", "function-optimisation": "caution" }),
  "valsalva-heavy": /* @__PURE__ */ Object.freeze({ "symptom-modulation": "avoid", "movement-control": "caution", "function-optimisation": "caution" }),
  "neural-tension": /* @__PURE__ */ Object.freeze({ "symptom-modulation": "ok", "movement-control": "ok", "function-optimisation": "ok" }),
} satisfies TagPolicy);

/**
 * The ladder whose earned steps give an intolerant direction back (L-6).
 * @example
 * ```ts
 * DEFAULT_EXPOSURE_LADDERS.flexion;
 * // => "flexion-exposure"
 * ```
 * @category Catalog
 */
export const DEFAULT_EXPOSURE_LADDERS: Readonly<Record<Direction, LadderId>> = /* @__PURE__ */ Object.freeze({
  flexion: "flexion-exposure",
  extension: "extension-exposure",
});

/**
 * Overrides for {@link suitability}; every field defaults to the documented table.
 * @category Catalog
 */
export interface SuitabilityOptions {
  /** The cap table; spread {@link DEFAULT_SUITABILITY_CAPS} to change one cell. */
  readonly caps?: SuitabilityCaps;
  /** What each tag does per stage. */
  readonly tags?: TagPolicy;
  /** The ladders (for the top-step gate); defaults to the built-in ladders. */
  readonly ladders?: readonly Ladder[];
  /** Which ladder gives each intolerant direction back. */
  readonly exposureLadders?: Readonly<Record<Direction, LadderId>>;
}

/**
 * Why an axis's cap differs from the stage's general cap for a person (`preferred` loosens it;
 * the others tighten it), which sets its cap and the rule cited.
 * @category Catalog
 */
export type AxisSensitivity = "none" | "preferred" | "intolerant" | "indeterminate" | "peripheralising" | "axial-load-sensitive";

/**
 * The cap that applies to one axis for one person, and why.
 * @category Catalog
 */
export interface AxisCap {
  readonly axis: SpineAxis;
  readonly cap: DemandScore;
  readonly sensitivity: AxisSensitivity;
  /** The rule that sets this cap. */
  readonly ruleId: RuleId;
  /**
   * The cap for externally loaded exercises when it differs from `cap`: a preferred direction
   * is open to unloaded movement from the first stage, but loading it still follows the stage.
   */
  readonly loadedCap?: DemandScore;
}

const STAGE_RULE: Readonly<Record<Stage, RuleId>> = {
  "symptom-modulation": "T-1",
  "movement-control": "T-2",
  "function-optimisation": "T-3",
};
const SEVERITY: Readonly<Record<SuitabilityAction, number>> = { ok: 0, caution: 1, avoid: 2 };

/**
 * The stage the policy uses: radicular pain caps it at symptom modulation (T-4, S-7).
 *
 * @param profile - the person
 * @returns the profile's stage, or `symptom-modulation` when the radicular flag is set
 * @throws TypeError naming `policyStage` when `profile` is not an object; its fields are the
 * caller's contract
 * @example
 * ```ts
 * policyStage({ stage: "function-optimisation", flags: { radicular: true } });
 * // => "symptom-modulation"
 * ```
 * @category Catalog
 */
export function policyStage(profile: Pick<TrainingProfile, "stage" | "flags">): Stage {
  requireObject("policyStage", "profile", profile);
  return profile.flags?.radicular === true ? "symptom-modulation" : profile.stage;
}

/** Directions the direction result marks as provoking, by list or by pattern (C-2, C-6). */
function intolerantDirections(profile: TrainingProfile): Set<Direction> {
  const directions = new Set<Direction>(profile.direction.intolerance);
  const pattern = profile.direction.pattern;
  if (pattern === "flexion-intolerant") directions.add("flexion");
  if (pattern === "extension-intolerant") directions.add("extension");
  if (pattern === "multidirectional" || pattern === "indeterminate") {
    directions.add("flexion");
    directions.add("extension");
  }
  return directions;
}

/** The unlocked step of a ladder: 0 when missing, negative or not a finite number. */
function unlockedStepOf(profile: TrainingProfile, ladder: LadderId): number {
  const value = profile.ladderProgress?.[ladder];
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}

function clampScore(value: number): DemandScore {
  return Math.max(0, Math.min(3, Math.floor(value))) as DemandScore;
}

function checkCaps(caps: SuitabilityCaps): void {
  for (const stage of STAGES) {
    const row = caps[stage];
    const values = row ? [...SPINE_AXES.map((axis) => row.general?.[axis]), row.intolerant, row.axialLoadSensitive] : [undefined];
    for (const value of values) {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 3) {
        throw new RangeError(`suitability: every cap must be a whole number from 0 to 3; the "${stage}" row has ${String(value)}`);
      }
    }
  }
}

/**
 * The cap on every spine axis for one person: the stage's row of the cap table, tightened on
 * the axes the person is sensitive on and loosened by earned exposure-ladder steps.
 *
 * - Intolerant direction (flexion-intolerant → flexion; extension-intolerant → extension;
 *   multidirectional or indeterminate → both): the row's `intolerant` cap plus one per step
 *   earned on that direction's exposure ladder, never above the general cap (L-6, C-6).
 * - Peripheralising direction: cap 0 whatever the stage (C-4, L-5).
 * - Preferred direction (centralises or relieves, and not intolerant): cap 3 from the first
 *   stage for unloaded movement, since moving that way is the treatment (C-4, C-5); an
 *   externally loaded exercise still meets the stage's general cap (`loadedCap`).
 * - Axial-load sensitive: axial compression capped at the row's `axialLoadSensitive` (P-3).
 * - Radicular: the symptom-modulation row (T-4, S-7).
 *
 * @param profile - the person
 * @param options - cap table and exposure ladders to use instead of the defaults
 * @returns one {@link AxisCap} per axis, in {@link SPINE_AXES} order
 * @throws RangeError when a cap in `options.caps` is not a whole number 0–3
 * @throws TypeError naming `spineCaps` when `profile` is not an object or `options` is given but
 * not an object; the fields inside are the caller's contract
 * @example
 * ```ts
 * spineCaps({ direction: { pattern: "flexion-intolerant", intolerance: ["flexion"], preference: [], peripheralising: [] }, stage: "movement-control" })[0];
 * // => { axis: "flexion", cap: 1, sensitivity: "intolerant", ruleId: "L-6" }
 * ```
 * @category Catalog
 */
export function spineCaps(profile: TrainingProfile, options: SuitabilityOptions = {}): readonly AxisCap[] {
  requireObject("spineCaps", "profile", profile);
  requireOptions("spineCaps", options);
  const caps = options.caps ?? DEFAULT_SUITABILITY_CAPS;
  if (options.caps) checkCaps(caps);
  const exposure = options.exposureLadders ?? DEFAULT_EXPOSURE_LADDERS;
  const stage = policyStage(profile);
  const row = caps[stage];
  const intolerant = intolerantDirections(profile);
  const peripheralising = new Set<Direction>(profile.direction.peripheralising);
  const indeterminate = profile.direction.pattern === "indeterminate";
  const preferred = new Set<Direction>(profile.direction.preference);
  return SPINE_AXES.map((axis): AxisCap => {
    const general = row.general[axis];
    if ((axis === "flexion" || axis === "extension") && peripheralising.has(axis)) {
      // C-4, L-5: a direction that sends symptoms down the leg is excluded at any stage.
      return { axis, cap: 0, sensitivity: "peripheralising", ruleId: "L-5" };
    }
    if ((axis === "flexion" || axis === "extension") && intolerant.has(axis)) {
      // L-6: the intolerant direction returns one step at a time as its exposure ladder is earned.
      const earned = unlockedStepOf(profile, exposure[axis]);
      const cap = clampScore(Math.min(general, row.intolerant + earned));
      return indeterminate
        ? { axis, cap, sensitivity: "indeterminate", ruleId: "C-6" }
        : { axis, cap, sensitivity: "intolerant", ruleId: "L-6" };
    }
    if ((axis === "flexion" || axis === "extension") && preferred.has(axis)) {
      // C-4, C-5: moving in the direction that centralises or relieves symptoms is the treatment
      // from the first stage; loading that direction still waits for the stage's general cap.
      return { axis, cap: 3, loadedCap: general, sensitivity: "preferred", ruleId: "C-5" };
    }
    if (axis === "axialCompression" && profile.flags?.axialLoadSensitive === true) {
      // P-3: load held in the hands below the painful level before bar-on-back compression.
      return { axis, cap: clampScore(Math.min(general, row.axialLoadSensitive)), sensitivity: "axial-load-sensitive", ruleId: "P-3" };
    }
    return { axis, cap: general, sensitivity: "none", ruleId: STAGE_RULE[stage] };
  });
}

/**
 * The axes on which a person is sensitive (intolerant, indeterminate, peripheralising or
 * axial-load sensitive; a preferred direction is not): where {@link saferAlternatives} never accepts more demand.
 *
 * @param profile - the person
 * @returns the sensitive axes in {@link SPINE_AXES} order (empty when there are none)
 * @throws TypeError naming `sensitiveAxes` when `profile` is not an object; its fields are the
 * caller's contract
 * @example
 * ```ts
 * sensitiveAxes({ direction: { pattern: "extension-intolerant", intolerance: ["extension"], preference: ["flexion"], peripheralising: [] }, stage: "movement-control", flags: { axialLoadSensitive: true } });
 * // => ["extension", "axialCompression"]
 * ```
 * @category Catalog
 */
export function sensitiveAxes(profile: TrainingProfile): SpineAxis[] {
  requireObject("sensitiveAxes", "profile", profile);
  return spineCaps(profile)
    .filter((cap) => cap.sensitivity !== "none" && cap.sensitivity !== "preferred")
    .map((cap) => cap.axis);
}

interface Finding {
  readonly action: Exclude<SuitabilityAction, "ok">;
  readonly reason: Reason;
  readonly axis: SpineAxis | null;
}

/** The rule a locked ladder step cites: P-1 for a lift being earned back, else the ladder's own rule. */
function ladderGateRule(ladder: LadderId, earnedBackLift: boolean): RuleId {
  if (earnedBackLift) return "P-1";
  if (ladder === "hinge") return "P-2";
  if (ladder === "flexion-exposure" || ladder === "extension-exposure" || ladder === "lateral-flexion-exposure") return "L-6";
  return "P-1";
}

/**
 * Decides whether an exercise is `ok`, `caution` or `avoid` for a person, with every reason.
 *
 * The verdict is derived, never listed per exercise. Checks, each adding reasons; the most
 * severe verdict wins and the first rule at that severity decides:
 *
 * 1. **Radicular** (S-7): a `neural-tension` tag is `avoid`; the stage used is symptom
 *    modulation (T-4).
 * 2. **Ladder gate** (P-1, P-2, L-6): for every ladder the exercise is on, a step above the
 *    person's unlocked step (`ladderProgress`, default 0) is `avoid` ("not yet earned").
 *    A lift the ladder earns back (the ladder's top step, or any step from 1 up with a
 *    demand of 3 on some axis: the P-1 lifts) is also `avoid` in every stage below function
 *    optimisation, unlocked or not: it returns only when the person is in function
 *    optimisation **and** has unlocked that step. This gate does not depend on the cap table.
 * 3. **Tags** (P-6): `ballistic` and `valsalva-heavy` follow {@link DEFAULT_TAG_POLICY}.
 * 4. **Caps** ({@link spineCaps}): demand above an axis's cap is `avoid`. On a sensitive axis
 *    (intolerant, indeterminate, axial-load sensitive), demand at the cap, or any demand on an
 *    intolerant direction taken to end range or repeated, is `caution`. Caps hold whatever the
 *    ladder progress: an unlocked step still has to fit the stage.
 *
 * Nothing above the caps is ever `ok`; raising a cap, the stage or ladder progress never makes
 * a verdict more severe.
 *
 * @param exercise - a catalog exercise
 * @param profile - direction, stage, ladder progress and flags
 * @param options - cap table, tag policy, ladders and exposure ladders to use instead of the defaults
 * @returns the verdict, the deciding rule and axis (or `null`), and every reason
 * @throws RangeError when a cap in `options.caps` is not a whole number 0–3
 * @throws TypeError naming `suitability` when `exercise` or `profile` is not an object or
 * `options` is given but not an object; the fields inside are the caller's contract
 * @example
 * ```ts
 * const deadlift = getExercise("conventional-deadlift")!;
 * suitability(deadlift, { direction: { pattern: "no-directional-intolerance", intolerance: [], preference: [], peripheralising: [] }, stage: "movement-control" }).action;
 * // => "avoid"
 * ```
 * @category Catalog
 */
export function suitability(exercise: Exercise, profile: TrainingProfile, options: SuitabilityOptions = {}): SuitabilityDecision {
  requireObject("suitability", "exercise", exercise);
  requireObject("suitability", "profile", profile);
  requireOptions("suitability", options);
  const stage = policyStage(profile);
  const findings: Finding[] = [];
  const add = (action: Finding["action"], why: Reason, axis: SpineAxis | null = null): void => {
    findings.push({ action, reason: why, axis });
  };

  // 1. S-7: neural tension loads an irritable nerve root.
  if (profile.flags?.radicular === true && exercise.tags.includes("neural-tension")) {
    add("avoid", catalogReason("S-7", "catalog.neural-tension", { exercise: exercise.name }));
  }

  // 2. P-1, P-2, L-6: ladder steps are earned in order; the lifts being earned back wait for function optimisation.
  const ladders = options.ladders ?? builtInLadders;
  const highDemand = SPINE_AXES.some((axis) => exercise.spineDemand[axis] === 3);
  for (const membership of exercise.ladders) {
    const ladder = ladders.find((candidate) => candidate.id === membership.ladder);
    const ladderName = ladder?.name ?? membership.ladder;
    const top = ladder !== undefined && ladder.steps.length > 1 && membership.step >= ladder.steps.length - 1;
    const unlocked = unlockedStepOf(profile, membership.ladder);
    if (membership.step > unlocked) {
      const rule = ladderGateRule(membership.ladder, top || (membership.step >= 1 && highDemand));
      add("avoid", catalogReason(rule, "catalog.not-yet-earned", { step: membership.step, ladder: ladderName, unlocked }));
    }
    if (stage !== "function-optimisation" && (top || (membership.step >= 1 && highDemand))) {
      add("avoid", catalogReason("P-1", top ? "catalog.earned-back-top" : "catalog.earned-back-demand", { exercise: exercise.name, ladder: ladderName }));
    }
  }

  // 3. P-6: tempo before speed and maximal effort while symptomatic.
  const tagPolicy = options.tags ?? DEFAULT_TAG_POLICY;
  for (const tag of exercise.tags) {
    if (tag === "neural-tension") continue;
    const action = tagPolicy[tag][stage];
    if (action !== "ok") {
      add(action, catalogReason("P-6", action === "avoid" ? "catalog.tag-avoided" : "catalog.tag-caution", { tag, stage }));
    }
  }

  // 4. Caps per axis (T rules, L-6, C-6, L-5, P-3).
  const demand = exercise.spineDemand;
  const loaded = exercise.loadPosition !== "none";
  for (const axisCap of spineCaps(profile, options)) {
    const { axis, sensitivity, ruleId } = axisCap;
    const cap = loaded && axisCap.loadedCap !== undefined ? axisCap.loadedCap : axisCap.cap;
    const score = demand[axis];
    if (score > cap) {
      add("avoid", catalogReason(ruleId, "catalog.above-cap", { axis, score, cap, sensitivity, stage }), axis);
    } else if (sensitivity !== "none" && sensitivity !== "preferred" && score > 0) {
      if (score === cap) {
        add("caution", catalogReason(ruleId, "catalog.at-cap", { axis, score, cap, sensitivity, stage }), axis);
      } else if ((axis === "flexion" || axis === "extension") && (demand.endRange || demand.repeated)) {
        add("caution", catalogReason(ruleId, demand.endRange ? "catalog.end-range" : "catalog.repeated", { axis, sensitivity, stage }), axis);
      }
    }
  }

  if (findings.length === 0) {
    const decisive = STAGE_RULE[stage];
    return Object.freeze({
      action: "ok",
      ruleId: decisive,
      axis: null,
      reasons: Object.freeze([catalogReason(decisive, "catalog.within-caps", { exercise: exercise.name, stage })]),
    });
  }
  let decisive = findings[0] as Finding;
  for (const finding of findings) if (SEVERITY[finding.action] > SEVERITY[decisive.action]) decisive = finding;
  return Object.freeze({
    action: decisive.action,
    ruleId: decisive.reason.ruleId,
    axis: decisive.axis,
    reasons: Object.freeze(findings.map((finding) => finding.reason)),
  });
}
