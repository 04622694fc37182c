/**
 * One session, assembled: the day's slots filled and dosed, then fitted to its minutes. The last
 * step of the planner's pipeline (week frame → slots → candidates → pick → dose → session).
 * Internal: {@link planSession} and {@link planWeek} call it.
 */
import type { Finding, Reason } from "../evidence/index.js";
import { programReason as because } from "./messages.js";
import { stageRule } from "./stageRule.js";
import { ladders as builtInLadders } from "../catalog/ladders.js";
import type { Equipment, Exercise, LadderId, SuitabilityDecision } from "../catalog/types.js";
import type { Direction } from "../classification/types.js";
import type { Stage } from "../staging/types.js";
import { checkSessionStructure } from "../volume/index.js";
import type { LegBlock } from "../volume/types.js";
import { AXIAL_THRESHOLD, exerciseById, kitAtHand, usable, type SelectionContext } from "./candidates.js";
import { daySlots, type BlockSlots, type SlotSpec } from "./daySlots.js";
import { blockEffort, easyDose, exposureDose, mainDose, STAGE_VOLUME_SHARE, withSets } from "./doseExercise.js";
import { doseFromHistory, setCount, type DoseHistory } from "./doseHistory.js";
import { fillSlot, type FilledSlot, type Filler } from "./fillSlot.js";
import { exerciseSeconds } from "./sessionTime.js";
import type { DayFocus } from "./weekFrame.js";
import type { ClearedAssessment, PlannedBlock, PlannedDose, PlannedExercise, PlannedSession, ProgramEmphasis, SlotRole } from "./types.js";

/** Everything a day needs that the week decides. */
export interface DayContext {
  readonly date: string;
  readonly focus: DayFocus;
  readonly axialDay: boolean;
  /** Sessions of the same focus before this one in the week: rotates main-work picks within a slot (G-7). */
  readonly rotation: number;
  /** The session's place in the week: rotates warm-up and core picks, which every day shares (G-7). */
  readonly index: number;
  readonly equipment: readonly Equipment[] | undefined;
  readonly sessionMinutes: number;
  /** Week-level multiplier on block volume (deload, ACWR, layoff), applied after the session fits its minutes. */
  readonly volumeScale: number;
  /** G-11: a deload week holds every load. */
  readonly deload: boolean;
  /** G-3: this day carries the week's outside-neutral drill, when one is earned. */
  readonly exposureDay: boolean;
  readonly catalog: readonly Exercise[];
  readonly verdicts: Map<string, SuitabilityDecision>;
  /** Exercises the pain model set aside (L-5): never planned in any slot of the session. */
  readonly setAside: Set<string>;
  readonly doseHistory: DoseHistory | undefined;
}

/** G-3: the seed 001 drills that take the spine outside neutral, one per week once earned. */
const OUTSIDE_NEUTRAL_DRILLS: readonly string[] = ["jefferson-curl-bodyweight", "jefferson-curl", "back-extension-flexion-extension", "half-kneeling-side-bend", "half-kneeling-windmill"];
const EXPOSURE_LADDERS: readonly LadderId[] = ["flexion-exposure", "extension-exposure", "lateral-flexion-exposure"];

/** Builds a session; the assessment is trusted (cleared). */
export function buildSession(assessment: ClearedAssessment, day: DayContext): PlannedSession {
  const stage = assessment.stage.stage;
  const emphasis = new Set<ProgramEmphasis>(assessment.emphasis.map((item) => item.focus));
  const context: SelectionContext = {
    catalog: day.catalog,
    profile: assessment.profile,
    emphasis,
    equipment: kitAtHand(day.equipment),
    axialDay: day.axialDay,
    rotation: day.rotation,
    used: new Set<string>(),
    setAside: day.setAside,
    verdicts: day.verdicts,
  };
  // Exercises the pain model set aside where no other exercise could take the slot (L-5, S-9).
  const notes: Reason[] = [];
  const filler: Filler = { context, history: day.doseHistory, notes, holdLoads: day.deload };
  // G-7: warm-up and core come every day, so they rotate by the session's place in the week.
  const accessories: Filler = { ...filler, context: { ...context, rotation: day.index } };
  const slots = daySlots(stage, day.focus, day.index);
  const sessionReasons: Reason[] = [];

  let warmUp = planWarmUp(assessment, accessories, slots.warmUp, stage, emphasis);
  const exposure = stage === "function-optimisation" && day.exposureDay ? planExposure(accessories) : [];
  let core = [...exposure, ...planCore(accessories, slots.core, stage, emphasis)];
  let finish = planFinish(accessories, stage);
  const layout = chooseBlocks(filler, slots.blocks, stage);

  // G-8: the session fits its minutes honestly. Core and finisher go first, then the warm-up,
  // then block volume, with the primary block keeping at least 2 sets.
  const budget = day.sessionMinutes * 60;
  const share = STAGE_VOLUME_SHARE[stage];
  const accessorySeconds = (): number => [...warmUp, ...core, ...finish].reduce((sum, item) => sum + exerciseSeconds(item.dose, "accessory"), 0);
  const blockSeconds = (blocks: readonly PlannedBlock[]): number =>
    blocks.reduce((sum, block) => sum + block.exercises.reduce((s, item) => s + exerciseSeconds(item.dose, block.kind), 0), 0);
  let blocks = doseBlocks(layout, stage, share, day);
  const trims: TrimCode[] = [];
  const over = (): boolean => accessorySeconds() + blockSeconds(blocks) > budget;
  if (over() && core.some((item) => setCount(item.dose) > 2)) {
    core = core.map((item) => ({ ...item, dose: withSets(item.dose, 2) }));
    trims.push("program.session-trim-core-sets");
  }
  if (over() && core.length > 2) {
    core = core.slice(0, 2);
    trims.push("program.session-trim-core-exercises");
  }
  if (over() && finish.some((item) => item.dose.kind === "minutes" && item.dose.minutes > 10)) {
    finish = finish.map((item) => (item.dose.kind === "minutes" ? { ...item, dose: { kind: "minutes" as const, minutes: 10 } } : item));
    trims.push("program.session-trim-walk");
  }
  if (over() && warmUp.some((item) => setCount(item.dose) > 1)) {
    warmUp = warmUp.map((item) => ({ ...item, dose: withSets(item.dose, 1) }));
    trims.push("program.session-trim-warm-up");
  }
  for (const trim of trims) sessionReasons.push(because("G-8", trim, { minutes: day.sessionMinutes }));
  let timeScale = 1;
  if (over()) {
    // Search on the doses alone (no history, no reasons): the cheap part of dosing.
    const room = Math.max(0, budget - accessorySeconds());
    const secondsAt = (scale: number): number =>
      layout.reduce((sum, { slots, picks }) => sum + picks.reduce((s, pick) => s + exerciseSeconds(mainDose(slots.kind, pick.exercise, pick.role, stage, share * scale, pick.ladderStep).dose, slots.kind), 0), 0);
    for (let attempt = 0; attempt < 8 && secondsAt(timeScale) > room; attempt += 1) {
      timeScale *= Math.max(0.3, (room / secondsAt(timeScale)) * 0.95);
    }
    blocks = doseBlocks(layout, stage, share * timeScale, day);
  }
  if (timeScale < 1) {
    sessionReasons.push(because("G-8", "program.session-time-scaled", { percent: Math.round(timeScale * 100), minutes: day.sessionMinutes }));
  }
  if (day.volumeScale < 1) {
    // P-7, G-11, A-7: the week's scale comes after the fit, so a deload really is a lighter week.
    blocks = doseBlocks(layout, stage, share * timeScale * day.volumeScale, day);
    sessionReasons.push(because("P-7", "program.session-week-scaled", { percent: Math.round(day.volumeScale * 100) }));
  }
  const totalSeconds = accessorySeconds() + blockSeconds(blocks);
  if (totalSeconds > budget) {
    sessionReasons.push(
      because("G-8", "program.session-too-short", { minutes: day.sessionMinutes, needed: Math.ceil(totalSeconds / 60) }),
    );
  }
  sessionReasons.push(...stageReasons(stage));
  sessionReasons.push(because("P-7", day.axialDay ? "program.session-axial-day" : "program.session-non-axial-day", {}));
  sessionReasons.push(...notes);

  const legBlocks = blocks.filter((block) => block.kind === "single-leg" || block.kind === "split-stance" || block.kind === "bilateral");
  const findings: Finding[] =
    legBlocks.length === 0
      ? []
      : checkSessionStructure(
          { blocks: legBlocks.map((block) => ({ block: block.kind as LegBlock, exerciseIds: block.exercises.map((item) => item.exerciseId) })) },
          { catalog: day.catalog },
        );

  return {
    status: "planned",
    date: day.date,
    stage,
    focus: day.focus,
    axialDay: day.axialDay,
    warmUp,
    blocks,
    core,
    finish,
    estimatedMinutes: Math.round(totalSeconds / 60),
    findings,
    reasons: sessionReasons,
  };
}

function stageReasons(stage: Stage): Reason[] {
  switch (stage) {
    case "symptom-modulation":
      return [because("T-1", "program.stage-symptom-modulation", {})];
    case "movement-control":
      return [because("T-2", "program.stage-movement-control", {})];
    case "function-optimisation":
      return [because("T-3", "program.stage-function-optimisation", {})];
  }
}

/** Warm-up: breathing, a drill in the relieving direction while symptoms are present (C-5), thoracic and hip mobility. */
function planWarmUp(assessment: ClearedAssessment, filler: Filler, specs: readonly SlotSpec[], stage: Stage, emphasis: ReadonlySet<ProgramEmphasis>): PlannedExercise[] {
  const out: PlannedExercise[] = [];
  const add = (spec: SlotSpec, why: Reason | ((exercise: Exercise) => Reason)): void => {
    const filled = fillSlot(filler, spec, (exercise) => easyDose(exercise.defaultDose, stage));
    if (filled !== undefined) out.push(planned(filled, spec.role, [typeof why === "function" ? why(filled.exercise) : why, ...filled.doseReasons, ...filled.reasons]));
  };
  // The stage's own rule (T-1…T-3) asks for this warm-up, whichever stage it is.
  const ownRule = stageRule(stage);
  const preference = assessment.direction.preference;
  const intolerance = assessment.direction.intolerance;
  for (const spec of specs) {
    if (spec.role === "breathing") add(spec, because(ownRule, "program.warm-up-breathing", {}, ["hodges-1996", "seed-002"]));
    if (spec.role === "thoracic-mobility") add(spec, because(ownRule, "program.warm-up-thoracic-mobility", {}, ["seed-000", "seed-002"]));
    if (spec.role === "hip-mobility") {
      add(
        spec,
        emphasis.has("hip-flexor-mobility")
          ? because("C-7", "program.warm-up-hip-flexors", {})
          : because(ownRule, "program.warm-up-hip-mobility", {}, ["seed-000", "seed-002"]),
      );
    }
    // C-5, C-3: the relieving direction, only where it was recorded (centralisation, or a history that names it).
    if (spec.role === "breathing" && stage !== "function-optimisation" && preference.length > 0 && emphasis.has("directional-preference")) {
      add(
        {
          role: "directional-preference",
          patterns: ["spinal-mobility", "trunk-extension", "trunk-flexion"],
          accept: (exercise) =>
            preference.some((direction) => exercise.spineDemand[direction] >= 1) &&
            intolerance.every((direction) => exercise.spineDemand[direction] === 0) &&
            exercise.defaultDose.kind !== "distance" &&
            exercise.spineDemand.axialCompression === 0,
        },
        (exercise) => preferenceWhy(preference, exercise),
      );
    }
  }
  return out;
}

function planCore(filler: Filler, specs: readonly SlotSpec[], stage: Stage, emphasis: ReadonlySet<ProgramEmphasis>): PlannedExercise[] {
  const out: PlannedExercise[] = [];
  for (const spec of specs) {
    const filled = fillSlot(filler, spec, (exercise) => easyDose(exercise.defaultDose, stage));
    if (filled === undefined) continue;
    const why = coreWhy(spec, filled.exercise, stage, emphasis.has("abdominals"));
    out.push(planned(filled, spec.role, [why, ...filled.doseReasons, ...filled.reasons]));
  }
  return out;
}

/** The session's time trims (G-8), each named in its own reason. */
type TrimCode = "program.session-trim-core-sets" | "program.session-trim-core-exercises" | "program.session-trim-walk" | "program.session-trim-warm-up";

/** C-5: a drill in the relieving direction; a held position is not called repeated movement. */
function preferenceWhy(preference: readonly Direction[], exercise: Exercise): Reason {
  const how = exercise.defaultDose.kind === "hold" ? "held" : "repeated";
  const which = preference.length > 1 ? "both-directions" : preference[0]!;
  return because("C-5", `program.warm-up-${which}-${how}`, {});
}

const CORE_ROLES = ["anti-extension", "anti-rotation", "anti-lateral-flexion"] as const;

/**
 * Why a core exercise is in the session: the slot's work (cited by the stage's own rule, or C-7
 * for abdominal emphasis), or, for an exercise that only stands in for the slot (a regression such
 * as walking for a suitcase carry), what it is, never a label it does not earn.
 */
function coreWhy(spec: SlotSpec, exercise: Exercise, stage: Stage, abdominals: boolean): Reason {
  const role = CORE_ROLES.find((candidate) => candidate === spec.role);
  const doesTheWork = role !== undefined && spec.patterns.includes(exercise.pattern) && (spec.accept?.(exercise) ?? true);
  if (!doesTheWork) return because(stageRule(stage), "program.core-stand-in", { exercise: exercise.name }, ["seed-002", "hodges-1996"]);
  if (abdominals) return because("C-7", `program.core-${role}-abdominals`, {});
  return because(stageRule(stage), `program.core-${role}`, {}, ["seed-002", "hodges-1996"]);
}

/** G-3: the week's outside-neutral drill, the exposure ladder's earned seed 001 step. */
function planExposure(filler: Filler): PlannedExercise[] {
  const { context } = filler;
  for (const ladderId of EXPOSURE_LADDERS) {
    const step = context.profile.ladderProgress?.[ladderId];
    const ladder = builtInLadders.find((candidate) => candidate.id === ladderId);
    const id = step === undefined ? undefined : ladder?.steps[step];
    if (id === undefined || !OUTSIDE_NEUTRAL_DRILLS.includes(id)) continue;
    const exercise = exerciseById(context.catalog, id);
    if (exercise === undefined || usable(context, exercise) === undefined) continue;
    const filled = fillSlot(filler, { role: "outside-neutral", patterns: [exercise.pattern], accept: (candidate) => candidate.id === id }, () => exposureDose(exercise));
    if (filled === undefined) continue;
    return [
      planned(filled, "outside-neutral", [
        because("G-3", "program.exposure-drill", { exercise: exercise.name }, ["seed-001", "seed-002"]),
        ...filled.doseReasons,
        ...filled.reasons,
      ]),
    ];
  }
  return [];
}

function planFinish(filler: Filler, stage: Stage): PlannedExercise[] {
  if (stage !== "symptom-modulation") return [];
  const walking = exerciseById(filler.context.catalog, "walking");
  if (walking === undefined) return [];
  const filled = fillSlot(filler, { role: "walking", patterns: [walking.pattern], accept: (exercise) => exercise.id === "walking" }, (): PlannedDose => ({ kind: "minutes", minutes: 15 }));
  if (filled === undefined) return [];
  return [planned(filled, "walking", [because("T-1", "program.finish-walk", {}), ...filled.doseReasons, ...filled.reasons])];
}

interface BlockLayout {
  readonly slots: BlockSlots;
  readonly picks: readonly (FilledSlot & { readonly role: SlotRole })[];
}

/** Fills each block's slots once, at the stage's share of the targets; {@link doseBlocks} re-doses them at the session's scale. */
function chooseBlocks(filler: Filler, blocks: readonly BlockSlots[], stage: Stage): BlockLayout[] {
  return blocks.map((slots) => {
    const picks: BlockLayout["picks"][number][] = [];
    for (const spec of slots.slots) {
      const filled = fillSlot(filler, spec, (exercise, ladderStep) => mainDose(slots.kind, exercise, spec.role, stage, STAGE_VOLUME_SHARE[stage], ladderStep).dose);
      if (filled !== undefined) picks.push({ ...filled, role: spec.role });
    }
    return { slots, picks };
  });
}

function doseBlocks(layout: readonly BlockLayout[], stage: Stage, scale: number, day: DayContext): PlannedBlock[] {
  return layout.map(({ slots, picks }) => ({
    kind: slots.kind,
    title: slots.title,
    effort: blockEffort(slots.kind, stage),
    reasons: slots.reasons,
    exercises: picks.map((pick) => {
      const base = mainDose(slots.kind, pick.exercise, pick.role, stage, scale, pick.ladderStep);
      const outcome = doseFromHistory(day.doseHistory, pick.exercise, base.dose, { holdLoads: day.deload });
      // The pick was dosed when chosen; should this scale's fewer sets tip the decision (a set fewer
      // becomes a stop), keep the chosen dose with this scale's number of sets.
      const dosed = outcome.kind === "dose" ? { dose: outcome.dose, reasons: outcome.reasons } : { dose: withSets(pick.dose, setCount(base.dose)), reasons: pick.doseReasons };
      return planned({ ...pick, dose: dosed.dose }, pick.role, [...base.reasons, ...dosed.reasons, ...pick.reasons]);
    }),
  }));
}

/** A planned exercise at the dose the pain model allowed. */
function planned(pick: Pick<FilledSlot, "exercise" | "verdict" | "dose">, role: SlotRole, reasons: readonly Reason[]): PlannedExercise {
  const exercise = pick.exercise;
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    role,
    dose: pick.dose,
    suitability: pick.verdict.action,
    axial: exercise.spineDemand.axialCompression >= AXIAL_THRESHOLD,
    cues: exercise.cues,
    reasons,
  };
}

