export { SAFETY_ACTIONS, allowsTraining } from "./types.js";
export type { SafetyAction } from "./types.js";
