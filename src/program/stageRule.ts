import type { RuleId } from "../evidence/index.js";
import type { Stage } from "../staging/types.js";

/**
 * The rule that puts a lifter in a stage (T-1, T-2, T-3): the session's warm-up and core work,
 * and the assessment's emphasis, cite the lifter's own stage, not always movement control.
 */
export function stageRule(stage: Stage): RuleId {
  return stage === "symptom-modulation" ? "T-1" : stage === "movement-control" ? "T-2" : "T-3";
}
