/**
 * spinewise's reasons in English: the merge of every module's templates, so its keys are every
 * code a reason can carry. A module's templates live with the module (`src/<module>/messages.ts`)
 * so its entry bundles only its own text; adding a module here makes every other locale (typed
 * with `defineLocale<typeof messagesEn>()`) fail to compile until it has the same keys.
 */
import { screeningMessages } from "../../screening/messages.js";
import { loadMessages } from "../../load/messages.js";
import { volumeMessages } from "../../volume/messages.js";
import { catalogMessages } from "../../catalog/messages.js";
import { outcomesMessages } from "../../outcomes/messages.js";
import { stagingMessages } from "../../staging/messages.js";
import { classificationMessages } from "../../classification/messages.js";
import { progressionMessages } from "../../progression/messages.js";
import { programMessages } from "../../program/messages.js";
import { journalMessages } from "../../journal/messages.js";

/**
 * Every reason template in English, by stable code (`custom` is an app's own reason).
 * @category Report
 */
export const messagesEn = {
  custom: "{message}",
  ...screeningMessages,
  ...loadMessages,
  ...volumeMessages,
  ...catalogMessages,
  ...outcomesMessages,
  ...stagingMessages,
  ...classificationMessages,
  ...progressionMessages,
  ...programMessages,
  ...journalMessages,
} as const;
