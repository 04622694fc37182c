/**
 * One session, assembled: the day's slots filled and dosed, then fitted to its minutes. The last
 * step of the planner's pipeline (week frame → slots → candidates → pick → dose → session).
 * Internal: {@link planSession} and {@link planWeek} call it.
 */
import { reason, type Finding, type Reason } from "../evidence/index.js";
import { ladders as builtInLadders } from "../catalog/ladders.js";
import type { Equipment, Exercise, LadderId, SuitabilityDecision } from "../catalog/types.js";
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
  const trims: string[] = [];
  const over = (): boolean => accessorySeconds() + blockSeconds(blocks) > budget;
  if (over() && core.some((item) => setCount(item.dose) > 2)) {
    core = core.map((item) => ({ ...item, dose: withSets(item.dose, 2) }));
    trims.push("two sets of core work");
  }
  if (over() && core.length > 2) {
    core = core.slice(0, 2);
    trims.push("two core exercises");
  }
  if (over() && finish.some((item) => item.dose.kind === "minutes" && item.dose.minutes > 10)) {
    finish = finish.map((item) => (item.dose.kind === "minutes" ? { ...item, dose: { kind: "minutes" as const, minutes: 10 } } : item));
    trims.push("a 10-minute walk");
  }
  if (over() && warmUp.some((item) => setCount(item.dose) > 1)) {
    warmUp = warmUp.map((item) => ({ ...item, dose: withSets(item.dose, 1) }));
    trims.push("one set of each warm-up drill");
  }
  if (trims.length > 0) sessionReasons.push(reason("G-8", `A ${day.sessionMinutes}-minute session: ${trims.join(", ")}, so the main work keeps its place.`));
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
    sessionReasons.push(reason("G-8", `Block volume cut to about ${Math.round(timeScale * 100)}% so the session fits ${day.sessionMinutes} minutes; the single-leg block keeps at least 2 sets, and the per-leg targets stay the direction of travel.`));
  }
  if (day.volumeScale < 1) {
    // P-7, G-11, A-7: the week's scale comes after the fit, so a deload really is a lighter week.
    blocks = doseBlocks(layout, stage, share * timeScale * day.volumeScale, day);
    sessionReasons.push(reason("P-7", `This week's block volume is scaled to ${Math.round(day.volumeScale * 100)}% (see the week's reasons).`));
  }
  const totalSeconds = accessorySeconds() + blockSeconds(blocks);
  if (totalSeconds > budget) {
    sessionReasons.push(
      reason("G-8", `${day.sessionMinutes} minutes is shorter than this session needs at its least (about ${Math.ceil(totalSeconds / 60)} minutes): plan a longer session, or fewer days with more time each.`),
    );
  }
  sessionReasons.push(...stageReasons(stage));
  sessionReasons.push(
    reason(
      "P-7",
      day.axialDay
        ? "An axial day: exercises that compress the spine are allowed today, and the next session goes without them."
        : "A day without axial loading: nothing that compresses the spine (P-7 alternation).",
    ),
  );
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
      return [reason("T-1", "Symptom modulation: bodyweight work in a neutral spine, positions that ease symptoms, gentle main work and an easy walk to finish.")];
    case "movement-control":
      return [reason("T-2", "Movement control: light-to-moderate loads held in the hands, every set stopped with 3 or more reps in reserve; core stability and bracing; hip and thoracic mobility.")];
    case "function-optimisation":
      return [reason("T-3", "Function optimisation: strength work with single-leg emphasis, loads in the hands and the lifts earned back on their ladders; progress one thing at a time (P-8).")];
  }
}

/** Warm-up: breathing, a drill in the relieving direction while symptoms are present (C-5), thoracic and hip mobility. */
function planWarmUp(assessment: ClearedAssessment, filler: Filler, specs: readonly SlotSpec[], stage: Stage, emphasis: ReadonlySet<ProgramEmphasis>): PlannedExercise[] {
  const out: PlannedExercise[] = [];
  const add = (spec: SlotSpec, why: Reason): void => {
    const filled = fillSlot(filler, spec, (exercise) => easyDose(exercise.defaultDose, stage));
    if (filled !== undefined) out.push(planned(filled, spec.role, [why, ...filled.doseReasons, ...filled.reasons]));
  };
  const preference = assessment.direction.preference;
  const intolerance = assessment.direction.intolerance;
  for (const spec of specs) {
    if (spec.role === "breathing") add(spec, reason("T-2", "Breathing and bracing first: intra-abdominal pressure stiffens the trunk before load.", ["hodges-1996", "seed-002"]));
    if (spec.role === "thoracic-mobility") add(spec, reason("T-2", "Thoracic mobility: the upper back moves so the lumbar spine can stay still (joint by joint).", ["seed-000", "seed-002"]));
    if (spec.role === "hip-mobility") {
      add(
        spec,
        emphasis.has("hip-flexor-mobility")
          ? reason("C-7", "Hip mobility with the hip flexors first: your answers point to tight hip flexors and a tilted pelvis.")
          : reason("T-2", "Hip mobility: the hips, not the low back, should supply the range.", ["seed-000", "seed-002"]),
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
        reason("C-5", `Repeated gentle ${preference.join(" and ")}, the direction that eases your symptoms.`),
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
    const why = emphasis.has("abdominals")
      ? reason("C-7", `Core work (${spec.role.replace(/-/g, " ")}): the abdominals resist movement so the spine stays where it is; your answers call for abdominal emphasis.`)
      : reason("T-2", `Core work (${spec.role.replace(/-/g, " ")}): the trunk resists movement instead of making it.`, ["seed-002", "hodges-1996"]);
    out.push(planned(filled, spec.role, [why, ...filled.doseReasons, ...filled.reasons]));
  }
  return out;
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
        reason("G-3", `Graded exposure outside neutral, once a week: ${exercise.name} at 3 × 6–8 with a slow tempo. Progress the range first, then the load, then the volume (P-5).`, ["seed-001", "seed-002"]),
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
  return [planned(filled, "walking", [reason("T-1", "An easy walk: movement that most backs in this stage tolerate well."), ...filled.doseReasons, ...filled.reasons])];
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

