export type { Confidence, Direction, DirectionPattern, DirectionResult } from "./types.js";
