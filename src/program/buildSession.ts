/**
 * Builds one session for a cleared assessment: warm-up, main blocks, core work and the
 * reasons for each choice. Internal: {@link planSession} and {@link planWeek} call it.
 */
import { reason, type Finding, type Reason } from "../evidence/index.js";
import { fitsKit } from "../catalog/index.js";
import type { DefaultDose, Exercise, Equipment, SuitabilityDecision } from "../catalog/types.js";
import type { Stage } from "../staging/types.js";
import { blockTargets, checkSessionStructure, setScheme } from "../volume/index.js";
import type { BlockTarget, LegBlock } from "../volume/types.js";
import { AXIAL_THRESHOLD, exerciseById, kitAtHand, selectExercise, type Selection, type SelectionContext, type SlotSpec } from "./selectExercise.js";
import { doseFromHistory, setCount, type DoseHistory } from "./doseHistory.js";
import type {
  BlockKind,
  ClearedAssessment,
  PlannedBlock,
  PlannedDose,
  PlannedExercise,
  PlannedSession,
  ProgramEmphasis,
  SlotRole,
} from "./types.js";

/** Everything a day needs that the week decides. */
export interface DayContext {
  readonly date: string;
  readonly axialDay: boolean;
  readonly rotation: number;
  readonly equipment: readonly Equipment[] | undefined;
  readonly sessionMinutes: number;
  /** Week-level multiplier on block volume (deload, ACWR). */
  readonly volumeScale: number;
  readonly catalog: readonly Exercise[];
  readonly verdicts: Map<string, SuitabilityDecision>;
  readonly doseHistory: DoseHistory | undefined;
}

/**
 * Block volume as a share of the V-3/V-4/V-5 slot targets, by stage (a design choice).
 *
 * Movement control builds toward the seed 000 targets at light-to-moderate loads; function
 * optimisation works at them; symptom modulation does not use the blocks (T-1).
 *
 * @example
 * ```ts
 * STAGE_VOLUME_SHARE["movement-control"];
 * // => 0.6
 * ```
 * @category Program
 */
export const STAGE_VOLUME_SHARE: Readonly<Record<Stage, number>> = Object.freeze({
  "symptom-modulation": 0.4,
  "movement-control": 0.6,
  "function-optimisation": 1,
});

const BLOCK_SLOTS: Readonly<Record<LegBlock, { readonly hip: SlotSpec; readonly knee: SlotSpec }>> = {
  "single-leg": {
    hip: {
      role: "hip-dominant",
      patterns: ["single-leg-hinge", "bridge", "hinge", "step-up"],
      dominance: ["hip"],
      laterality: ["unilateral"],
      nearbyLaterality: ["split-stance"],
    },
    knee: {
      role: "knee-dominant",
      patterns: ["step-up", "squat", "lunge"],
      dominance: ["knee"],
      laterality: ["unilateral"],
      nearbyLaterality: ["split-stance"],
    },
  },
  "split-stance": {
    hip: {
      role: "hip-dominant",
      patterns: ["single-leg-hinge", "hinge", "bridge", "lunge"],
      dominance: ["hip"],
      laterality: ["split-stance"],
      nearbyLaterality: ["unilateral"],
    },
    knee: {
      role: "knee-dominant",
      patterns: ["lunge", "squat", "step-up"],
      dominance: ["knee"],
      laterality: ["split-stance"],
      nearbyLaterality: ["unilateral"],
    },
  },
  bilateral: {
    hip: { role: "hip-dominant", patterns: ["hinge", "bridge"], dominance: ["hip"], laterality: ["bilateral"] },
    knee: { role: "knee-dominant", patterns: ["squat"], dominance: ["knee"], laterality: ["bilateral"] },
  },
};

/** Symptom modulation prefers work that needs nothing but the floor (and a wall for the knee slot). */
const FLOOR_KIT: ReadonlySet<Equipment> = new Set<Equipment>(["bodyweight", "mat"]);
const WALL_KIT: ReadonlySet<Equipment> = new Set<Equipment>([...FLOOR_KIT, "wall"]);

/** Symptom modulation: bodyweight, neutral spine, a bridge and an easy knee-dominant hold (T-1). */
const FOUNDATION_SLOTS: { readonly hip: SlotSpec; readonly knee: SlotSpec } = {
  hip: {
    role: "hip-dominant",
    patterns: ["bridge", "hip-abduction"],
    dominance: ["hip"],
    accept: (exercise) => exercise.spineDemand.axialCompression <= 1,
    preference: (exercise) => (fitsKit(exercise, FLOOR_KIT) ? 0 : 2),
  },
  knee: {
    role: "knee-dominant",
    patterns: ["squat", "lunge", "step-up"],
    dominance: ["knee"],
    accept: (exercise) => exercise.spineDemand.axialCompression <= 1,
    preference: (exercise) => (fitsKit(exercise, WALL_KIT) ? 0 : 2),
  },
};

const CORE_SLOTS: readonly SlotSpec[] = [
  { role: "anti-extension", patterns: ["anti-extension"] },
  { role: "anti-rotation", patterns: ["anti-rotation"] },
  {
    role: "anti-lateral-flexion",
    patterns: ["anti-lateral-flexion", "carry"],
    // A carry resists side bending only with a load in the hand; a walk is not core work.
    accept: (exercise) => exercise.pattern !== "carry" || exercise.loadPosition !== "none",
  },
];

/** Seconds per rep and rest between sets, for the time estimate (design). */
const SECONDS_PER_REP = 3;
const REST_SECONDS_MAIN = 75;
const REST_SECONDS_ACCESSORY = 20;
const TRANSITION_SECONDS_MAIN = 60;
const TRANSITION_SECONDS_ACCESSORY = 30;

/** Builds a session; the assessment is trusted (cleared). */
export function buildSession(assessment: ClearedAssessment, day: DayContext): PlannedSession {
  const stage = assessment.stage.stage;
  const emphasis = new Set<ProgramEmphasis>(assessment.emphasis.map((item) => item.focus));
  const used = new Set<string>();
  const context: SelectionContext = {
    catalog: day.catalog,
    profile: assessment.profile,
    emphasis,
    equipment: kitAtHand(day.equipment),
    axialDay: day.axialDay,
    rotation: day.rotation,
    used,
    verdicts: day.verdicts,
  };
  const sessionReasons: Reason[] = [];
  // Exercises the pain model set aside where no other exercise could take the slot (L-5, S-9).
  const notes: Reason[] = [];
  const picker: Picker = { context, history: day.doseHistory, notes };

  let warmUp = planWarmUp(assessment, picker, stage, emphasis);
  let core = planCore(picker, stage, emphasis);
  for (const item of [...warmUp, ...core]) used.add(item.exerciseId);

  // A short session keeps every part but trims the accessories first, one step at a time,
  // until they take at most 45% of the time (design): warm-up drills to one set, core to two
  // sets, then two core exercises.
  const accessorySeconds = (): number => [...warmUp, ...core].reduce((sum, item) => sum + seconds(item.dose, false), 0);
  const limit = 0.45 * day.sessionMinutes * 60;
  const trims: string[] = [];
  if (accessorySeconds() > limit) {
    warmUp = warmUp.map((item) => ({ ...item, dose: withSets(item.dose, 1) }));
    trims.push("one set of each warm-up drill");
  }
  if (accessorySeconds() > limit) {
    core = core.map((item) => ({ ...item, dose: withSets(item.dose, 2) }));
    trims.push("two sets of core work");
  }
  if (accessorySeconds() > limit && core.length > 2) {
    core = core.slice(0, 2);
    trims.push("two core exercises");
  }
  if (trims.length > 0) {
    sessionReasons.push(
      reason("T-2", `A ${day.sessionMinutes}-minute session: ${trims.join(", ")}, so the main work keeps its place.`, ["seed-000"]),
    );
  }
  const fixedSeconds = accessorySeconds();
  const budgetSeconds = Math.max(0, day.sessionMinutes * 60 - fixedSeconds);

  // Blocks: choose exercises once, then dose them, shrinking volume until the session fits.
  const layout = chooseBlocks(picker, stage);
  const stageShare = STAGE_VOLUME_SHARE[stage];
  let timeScale = 1;
  let blocks = doseBlocks(layout, stage, stageShare * day.volumeScale, day);
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const blockSeconds = blocks.reduce((sum, block) => sum + block.exercises.reduce((s, item) => s + seconds(item.dose, true), 0), 0);
    if (blockSeconds <= budgetSeconds || blockSeconds === 0) break;
    timeScale *= Math.max(0.3, (budgetSeconds / blockSeconds) * 0.97);
    blocks = doseBlocks(layout, stage, stageShare * day.volumeScale * timeScale, day);
  }
  if (timeScale < 1) {
    sessionReasons.push(
      reason(
        "V-3",
        `Block volume cut to about ${Math.round(timeScale * 100)}% so the session fits ${day.sessionMinutes} minutes; the per-leg targets stay the direction of travel.`,
      ),
    );
  }
  if (day.volumeScale < 1) {
    sessionReasons.push(
      reason("P-7", `This week's block volume is scaled to ${Math.round(day.volumeScale * 100)}% (see the week's reasons).`),
    );
  }
  sessionReasons.push(...stageReasons(stage));
  sessionReasons.push(
    reason(
      "P-7",
      day.axialDay
        ? "An axial day: exercises that compress the spine are allowed today, and tomorrow's session goes without them."
        : "A day without axial loading: nothing that compresses the spine (P-7 alternation).",
    ),
  );

  const finish = planFinish(picker, stage);
  sessionReasons.push(...notes);

  const findings: Finding[] =
    stage === "symptom-modulation"
      ? []
      : checkSessionStructure(
          { blocks: blocks.map((block) => ({ block: block.kind as LegBlock, exerciseIds: block.exercises.map((item) => item.exerciseId) })) },
          { catalog: day.catalog },
        );

  const mainSeconds = blocks.reduce((sum, block) => sum + block.exercises.reduce((s, item) => s + seconds(item.dose, true), 0), 0);
  const otherSeconds = [...warmUp, ...core, ...finish].reduce((sum, item) => sum + seconds(item.dose, false), 0);
  const estimatedMinutes = Math.round((mainSeconds + otherSeconds) / 60);

  return {
    status: "planned",
    date: day.date,
    stage,
    axialDay: day.axialDay,
    warmUp,
    blocks,
    core,
    finish,
    estimatedMinutes,
    findings,
    reasons: sessionReasons,
  };
}

function stageReasons(stage: Stage): Reason[] {
  switch (stage) {
    case "symptom-modulation":
      return [
        reason(
          "T-1",
          "Symptom modulation: bodyweight work in a neutral spine, positions that ease symptoms, a glute bridge and an easy knee-dominant movement instead of the three strength blocks; finish with an easy 10–15 minute walk.",
        ),
      ];
    case "movement-control":
      return [
        reason(
          "T-2",
          "Movement control: the three blocks at light-to-moderate loads (stop with 3 or more reps in reserve), core stability and bracing, hip and thoracic mobility.",
        ),
      ];
    case "function-optimisation":
      return [
        reason(
          "T-3",
          "Function optimisation: strength work with single-leg emphasis and loads in the hands; progress one thing at a time (P-8).",
        ),
      ];
  }
}

function planWarmUp(
  assessment: ClearedAssessment,
  picker: Picker,
  stage: Stage,
  emphasis: ReadonlySet<ProgramEmphasis>,
): PlannedExercise[] {
  const out: PlannedExercise[] = [];
  const add = (spec: SlotSpec, why: Reason): void => {
    const picked = pickDosed(picker, spec, (exercise) => easyDose(exercise.defaultDose, stage));
    if (picked === undefined) return;
    out.push(accessory(picked, spec.role, [why, ...picked.doseReasons, ...picked.reasons]));
  };
  add(
    { role: "breathing", patterns: ["breathing"] },
    reason("T-2", "Breathing and bracing first: intra-abdominal pressure stiffens the trunk before load.", ["hodges-1996", "seed-002"]),
  );
  const preference = assessment.direction.preference;
  const intolerance = assessment.direction.intolerance;
  if (stage !== "function-optimisation" && preference.length > 0 && emphasis.has("directional-preference")) {
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
  add(
    { role: "thoracic-mobility", patterns: ["thoracic-mobility"] },
    reason("T-2", "Thoracic mobility: the upper back moves so the lumbar spine can stay still (joint by joint).", ["seed-000", "seed-002"]),
  );
  add(
    { role: "hip-mobility", patterns: ["hip-mobility"] },
    emphasis.has("hip-flexor-mobility")
      ? reason("C-7", "Hip mobility with the hip flexors first: your answers point to tight hip flexors and a tilted pelvis.")
      : reason("T-2", "Hip mobility: the hips, not the low back, should supply the range.", ["seed-000", "seed-002"]),
  );
  return out;
}

function planCore(picker: Picker, stage: Stage, emphasis: ReadonlySet<ProgramEmphasis>): PlannedExercise[] {
  const out: PlannedExercise[] = [];
  const count = stage === "symptom-modulation" && !emphasis.has("abdominals") ? 2 : 3;
  // Rotate which anti-movement comes first so short sessions still vary across the week.
  const rotation = picker.context.rotation;
  const slots = CORE_SLOTS.map((_, index) => CORE_SLOTS[(index + rotation) % CORE_SLOTS.length]!).slice(0, count);
  for (const spec of slots) {
    const picked = pickDosed(picker, spec, (exercise) => easyDose(exercise.defaultDose, stage));
    if (picked === undefined) continue;
    const why = emphasis.has("abdominals")
      ? reason("C-7", `Core work (${spec.role.replace(/-/g, " ")}): the abdominals resist movement so the spine stays where it is; your answers call for abdominal emphasis.`)
      : reason("T-2", `Core work (${spec.role.replace(/-/g, " ")}): the trunk resists movement instead of making it.`, ["seed-002", "hodges-1996"]);
    out.push(accessory(picked, spec.role, [why, ...picked.doseReasons, ...picked.reasons]));
  }
  return out;
}

function planFinish(picker: Picker, stage: Stage): PlannedExercise[] {
  if (stage !== "symptom-modulation") return [];
  const walking = exerciseById(picker.context.catalog, "walking");
  if (walking === undefined) return [];
  const picked = pickDosed(
    { ...picker, context: { ...picker.context, catalog: [walking] } },
    { role: "walking", patterns: [walking.pattern] },
    (): PlannedDose => ({ kind: "minutes", minutes: 15 }),
  );
  if (picked === undefined) return [];
  return [
    accessory(picked, "walking", [
      reason("T-1", "An easy walk: movement that most backs in this stage tolerate well."),
      ...picked.doseReasons,
      ...picked.reasons,
    ]),
  ];
}

/** What picking needs: the slot context, the history, and where set-aside notes go when nothing takes the slot. */
interface Picker {
  readonly context: SelectionContext;
  readonly history: DoseHistory | undefined;
  readonly notes: Reason[];
}

/** A chosen exercise with the dose the pain model allows for it. */
interface DosedPick {
  readonly exercise: Exercise;
  readonly verdict: SuitabilityDecision & { readonly action: "ok" | "caution" };
  readonly dose: PlannedDose;
  /** Why the dose moved (nextDose, the cap after amber or red). */
  readonly doseReasons: readonly Reason[];
  /** Why this exercise: the selection's reasons, after any set aside or regressed from. */
  readonly reasons: readonly Reason[];
}

/**
 * Picks the exercise for a slot and doses it through the pain model, for every part of the
 * session alike. An exercise the model sets aside (a stop, L-5 or S-9; or nothing left at or
 * below the last logged dose after amber or red, L-1, L-2) is not planned and the slot is picked
 * again. A regression to an easier exercise is followed only while that exercise may be planned
 * here: in the catalog, not `avoid`, not already used, and not itself set aside (L-5).
 */
function pickDosed(picker: Picker, spec: SlotSpec, doseOf: (exercise: Exercise) => PlannedDose): DosedPick | undefined {
  const { context, history } = picker;
  const used = context.used as Set<string>;
  const notes: Reason[] = [];
  for (;;) {
    const picked = selectExercise(context, spec);
    if (picked === undefined) break;
    used.add(picked.exercise.id);
    let current: Selection = picked;
    let outcome = doseFromHistory(history, current.exercise, doseOf(current.exercise));
    while (outcome.kind === "regress-to") {
      const easier = regression(context, spec, outcome.exerciseId);
      const next = easier === undefined ? undefined : doseFromHistory(history, easier.exercise, doseOf(easier.exercise));
      if (easier !== undefined) used.add(easier.exercise.id);
      if (easier === undefined || next === undefined || next.kind === "set-aside") {
        // L-5: never swap to an exercise that is itself stopped (or cannot be planned here).
        const why = next?.kind === "set-aside" ? ` (${next.reason.message})` : " here";
        notes.push(reason(outcome.reason.ruleId, `${outcome.reason.message}, but ${easier?.exercise.name ?? outcome.exerciseId} cannot be planned${why}: ${current.exercise.name} is set aside.`));
        break;
      }
      notes.push(reason(outcome.reason.ruleId, `${outcome.reason.message}: ${current.exercise.name} → ${easier.exercise.name}.`));
      current = easier;
      outcome = next;
    }
    if (outcome.kind === "dose") {
      return { exercise: current.exercise, verdict: current.verdict, dose: outcome.dose, doseReasons: outcome.reasons, reasons: [...notes, ...current.reasons] };
    }
    if (outcome.kind === "set-aside") notes.push(outcome.reason);
  }
  picker.notes.push(...notes);
  return undefined;
}

/** The easier exercise of a regression, when it may be planned in this slot. */
function regression(context: SelectionContext, spec: SlotSpec, id: string): Selection | undefined {
  const easier = exerciseById(context.catalog, id);
  if (easier === undefined) return undefined;
  return selectExercise(
    { ...context, catalog: [easier] },
    { ...spec, patterns: [easier.pattern], dominance: undefined, laterality: undefined, nearbyLaterality: undefined },
  );
}

interface BlockLayout {
  readonly kind: BlockKind;
  readonly title: string;
  readonly target: BlockTarget | undefined;
  readonly picks: readonly (DosedPick & { readonly role: SlotRole })[];
  readonly reasons: readonly Reason[];
}

function chooseBlocks(picker: Picker, stage: Stage): BlockLayout[] {
  const pickPair = (slots: { hip: SlotSpec; knee: SlotSpec }, target: BlockTarget | undefined): BlockLayout["picks"] => {
    const picks: BlockLayout["picks"][number][] = [];
    for (const spec of [slots.hip, slots.knee]) {
      // Chosen at the stage's share of the targets; doseBlocks re-doses at the session's scale.
      const picked = pickDosed(picker, spec, (exercise) => blockDose(target, exercise, spec.role, stage, STAGE_VOLUME_SHARE[stage]).dose);
      if (picked !== undefined) picks.push({ ...picked, role: spec.role });
    }
    return picks;
  };
  if (stage === "symptom-modulation") {
    return [
      {
        kind: "foundation",
        title: "Foundation (bodyweight, neutral spine)",
        target: undefined,
        picks: pickPair(FOUNDATION_SLOTS, undefined),
        reasons: [
          reason(
            "T-1",
            "One gentle block instead of three: a hip-dominant and a knee-dominant movement with bodyweight, easy sets well inside the pain ceiling (L-1).",
          ),
        ],
      },
    ];
  }
  return [...blockTargets]
    .sort((a, b) => a.order - b.order)
    .map((target) => ({
      kind: target.block,
      title: target.title,
      target,
      picks: pickPair(BLOCK_SLOTS[target.block], target),
      reasons: [
        reason(
          target.block === "single-leg" ? "V-3" : target.block === "split-stance" ? "V-4" : "V-5",
          `${target.title} (block ${target.order} of 3, V-1 order): one hip- and one knee-dominant movement (V-2). ${target.loadGuidance}`,
        ),
      ],
    }));
}

function doseBlocks(layout: readonly BlockLayout[], stage: Stage, scale: number, day: DayContext): PlannedBlock[] {
  return layout.map((block) => ({
    kind: block.kind,
    title: block.title,
    reasons: block.reasons,
    exercises: block.picks.map((pick) => {
      const base = blockDose(block.target, pick.exercise, pick.role, stage, scale);
      const outcome = doseFromHistory(day.doseHistory, pick.exercise, base.dose);
      // The pick was dosed when chosen; should this scale's fewer sets tip the decision (a set fewer
      // becomes a stop), keep the chosen dose with this scale's number of sets.
      const dosed =
        outcome.kind === "dose"
          ? { dose: outcome.dose, reasons: outcome.reasons }
          : { dose: withSets(pick.dose, setCount(base.dose)), reasons: pick.doseReasons };
      return {
        exerciseId: pick.exercise.id,
        name: pick.exercise.name,
        role: pick.role,
        dose: dosed.dose,
        suitability: pick.verdict.action,
        axial: pick.exercise.spineDemand.axialCompression >= AXIAL_THRESHOLD,
        cues: pick.exercise.cues,
        reasons: [...base.reasons, ...dosed.reasons, ...pick.reasons],
      };
    }),
  }));
}

function blockDose(
  target: BlockTarget | undefined,
  exercise: Exercise,
  role: SlotRole,
  stage: Stage,
  scale: number,
): { dose: PlannedDose; reasons: Reason[] } {
  if (target === undefined) {
    // Symptom modulation: the exercise's own easy dose, two sets at the bottom of its range.
    return { dose: easyDose(exercise.defaultDose, stage), reasons: [reason("T-1", `${exercise.name}: two easy sets, bodyweight, neutral spine.`)] };
  }
  const slot = target.slots.find((candidate) => (role === "hip-dominant" ? candidate.dominance === "hip" : candidate.dominance === "knee"));
  const perSide = target.repsCountedPer === "side";
  const ruleId = target.block === "single-leg" ? "V-3" : target.block === "split-stance" ? "V-4" : "V-5";
  if (exercise.defaultDose.kind === "hold") {
    const sets = Math.max(1, Math.round((slot?.sets.length ?? 3) * Math.min(1, scale)));
    const hold = exercise.defaultDose.holdSeconds.max;
    return {
      dose: { kind: "hold", sets, holdSeconds: hold, perSide: exercise.defaultDose.perSide },
      reasons: [reason(ruleId, `${sets} × ${hold} s hold, maximal effort inside the pain ceiling.`)],
    };
  }
  if (slot === undefined || slot.targetRepsPerSide === null || target.repRange.max === null) {
    // V-5: bilateral finishers are sets of 20 or more, light and to maximal effort.
    const sets = Math.max(1, Math.round((slot?.sets.length ?? 3) * Math.min(1, scale)));
    const reps = target.repRange.min;
    return {
      dose: { kind: "reps", sets: Array.from({ length: sets }, () => reps), perSide: false },
      reasons: [reason("V-5", `${sets} × ${reps}+ reps, light load, as many good reps as the legs allow.`)],
    };
  }
  const range = { min: target.repRange.min, max: target.repRange.max };
  const wanted = Math.max(1, Math.round(slot.targetRepsPerSide * scale));
  const scheme = setScheme(Math.max(wanted, range.min), range);
  const sets = scheme.ok ? scheme.sets : [range.min];
  const reasons = [
    reason(
      ruleId,
      `${sets.length} × ${describeReps(sets)} per ${perSide ? "leg" : "set"} (${sets.reduce((a, b) => a + b, 0)} reps${perSide ? " per leg" : ""}), toward the slot's ${slot.targetRepsPerSide} of the block's ${target.targetRepsPerSide ?? "–"} per leg; all reps on one side, then the other (V-6).`,
    ),
  ];
  return { dose: { kind: "reps", sets, perSide, ...tempoOf(exercise, stage) }, reasons };
}

function tempoOf(exercise: Exercise, stage: Stage): { tempo?: string } {
  if (exercise.defaultDose.kind === "reps" && exercise.defaultDose.tempo !== undefined) return { tempo: exercise.defaultDose.tempo };
  // P-6: early rehab favours tempo and pauses over heavy load.
  return stage === "movement-control" ? { tempo: "3-1-1-0" } : {};
}

function describeReps(sets: readonly number[]): string {
  const min = Math.min(...sets);
  const max = Math.max(...sets);
  return min === max ? `${min}` : `${min}–${max}`;
}

/** An accessory (warm-up, core, finisher) at the dose the pain model allowed. */
function accessory(pick: DosedPick, role: SlotRole, reasons: readonly Reason[]): PlannedExercise {
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

function withSets(dose: PlannedDose, most: number): PlannedDose {
  switch (dose.kind) {
    case "reps":
      return { ...dose, sets: dose.sets.slice(0, most) };
    case "hold":
    case "distance":
    case "breaths":
      return { ...dose, sets: Math.min(dose.sets, most) };
    case "minutes":
      return dose;
  }
}

function easyDose(dose: DefaultDose, stage: Stage): PlannedDose {
  const early = stage === "symptom-modulation";
  const pickFrom = (range: { min: number; max: number }): number =>
    early ? range.min : stage === "movement-control" ? Math.round((range.min + range.max) / 2) : range.max;
  const sets = early ? Math.max(1, Math.min(2, dose.sets)) : dose.sets;
  switch (dose.kind) {
    case "reps":
      return {
        kind: "reps",
        sets: Array.from({ length: sets }, () => pickFrom(dose.reps)),
        perSide: dose.perSide,
        ...(dose.tempo === undefined ? {} : { tempo: dose.tempo }),
      };
    case "hold":
      return { kind: "hold", sets, holdSeconds: pickFrom(dose.holdSeconds), perSide: dose.perSide };
    case "distance":
      return { kind: "distance", sets, distanceMeters: pickFrom(dose.distanceMeters), perSide: dose.perSide };
    case "breaths":
      return { kind: "breaths", sets, breaths: pickFrom(dose.breaths) };
  }
}

/** A rough time estimate for one exercise, in seconds (design: 3 s a rep, fixed rests). */
export function seconds(dose: PlannedDose, main: boolean): number {
  const rest = main ? REST_SECONDS_MAIN : REST_SECONDS_ACCESSORY;
  const transition = main ? TRANSITION_SECONDS_MAIN : TRANSITION_SECONDS_ACCESSORY;
  switch (dose.kind) {
    case "reps": {
      const sides = dose.perSide ? 2 : 1;
      return dose.sets.reduce((sum, reps) => sum + reps * SECONDS_PER_REP * sides + rest, 0) + transition;
    }
    case "hold":
      return dose.sets * ((dose.perSide ? 2 : 1) * dose.holdSeconds + rest) + transition;
    case "distance":
      return dose.sets * ((dose.perSide ? 2 : 1) * dose.distanceMeters + rest) + transition;
    case "breaths":
      return dose.sets * dose.breaths * 5 + transition;
    case "minutes":
      return dose.minutes * 60;
  }
}
