export { SPINE_AXES } from "./types.js";
export type * from "./types.js";
