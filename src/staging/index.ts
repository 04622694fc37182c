export { STAGES } from "./types.js";
export type { Stage } from "./types.js";
