/**
 * A fixed, varied set of lifters for measuring how much plans differ between people (G-1, G-4,
 * G-7): four direction patterns × three stages × four kits, with earned ladder steps in
 * function optimisation, lower-crossed answers and axial-load sensitivity alternating, and three to
 * five days a week. Deterministic: the same list every time.
 */
import { readFileSync } from "node:fs";
import type { Equipment } from "../../src/catalog/types.js";

const athlete = JSON.parse(readFileSync(new URL("../../examples/athlete.json", import.meta.url), "utf8")) as Record<string, any>;

const quiet = { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true } as const;
const painful = (painNrs: number) => ({ ...quiet, painNrs, familiar: true });

const DIRECTIONS = {
  flexion: { tests: { flexion: painful(5), extension: quiet }, history: { worsenedBy: ["sitting", "bending"], easedBy: ["walking"] } },
  extension: { tests: { flexion: quiet, extension: painful(5) }, history: { worsenedBy: ["standing", "arching"], easedBy: ["sitting"] } },
  none: { tests: { flexion: quiet, extension: quiet }, history: { worsenedBy: [], easedBy: [] } },
  multidirectional: { tests: { flexion: painful(4), extension: painful(4) }, history: { worsenedBy: ["sitting", "standing"], easedBy: [] } },
} as const;

const STAGES = {
  "symptom-modulation": { worstPainNrs: 7, settlingTime: "next-day-or-longer", fearOfMovement: false, stiffness: true },
  "movement-control": { worstPainNrs: 5, settlingTime: "within-hours", fearOfMovement: false, stiffness: true },
  "function-optimisation": { worstPainNrs: 2, settlingTime: "within-an-hour", fearOfMovement: false, stiffness: false },
} as const;

const KITS: Readonly<Record<string, readonly Equipment[] | undefined>> = {
  gym: undefined,
  dumbbells: ["dumbbell", "bench", "band"],
  home: ["kettlebell", "band", "box"],
  garage: ["barbell", "plates", "rack", "bench", "trap-bar", "dumbbell"],
};

/** One lifter of the set: the intake and how they train. */
export interface VariedLifter {
  readonly label: string;
  readonly intake: Record<string, unknown>;
  readonly daysPerWeek: number;
  readonly equipment: readonly Equipment[] | undefined;
}

/** 48 lifters: every direction × stage × kit (a full gym, dumbbells, a kettlebell home set, a garage barbell set). */
export const variedLifters: readonly VariedLifter[] = Object.entries(DIRECTIONS).flatMap(([direction, { tests, history }], d) =>
  Object.entries(STAGES).flatMap(([stage, symptoms], s) =>
    Object.entries(KITS).map(([kit, equipment], k) => {
      const settled = stage === "function-optimisation";
      const intake = {
        ...structuredClone(athlete),
        screening: { ...structuredClone(athlete.screening), nightPain: settled ? null : athlete.screening.nightPain },
        // Function optimisation needs both end positions pain-free (T-3): the direction is then read from the history alone.
        clearingTests: settled ? { flexion: quiet, extension: quiet } : tests,
        // …and a directional history would then disagree with the quiet tests (C-3), so none is given.
        history: settled ? { worsenedBy: [], easedBy: [] } : history,
        symptoms,
        // Half the lifters answer the lower-crossed questions yes (C-7), some are sensitive to axial load (P-3).
        lowerCrossed: (d + k) % 2 === 0 ? athlete.lowerCrossed : { anteriorPelvicTilt: false, weakGlutes: false, tightHipFlexors: false, liftsFeltInLowBack: false },
        flags: { axialLoadSensitive: (d + s + k) % 4 === 3 },
        // Earned steps grow with the stage; function optimisation has earned hinge and squat steps.
        ladderProgress: settled ? { hinge: 2 + ((d + k) % 3), squat: 1 + ((d + 2 * k) % 3), row: 1 + (k % 3) } : { hinge: s + (d % 2), squat: s + ((d + k) % 2) },
      };
      return { label: `${direction} · ${stage} · ${kit}`, intake, daysPerWeek: 3 + ((d + s + k) % 3), equipment };
    }),
  ),
);
