/**
 * The zod/mini shape of a FHIR R4 QuestionnaireResponse, as far as spinewise reads it. Other
 * elements (meta, extensions, contained resources, …) are allowed and ignored.
 */
import * as z from "zod/mini";

/** An answer value spinewise can read: a Coding with an optional ordinal extension. */
export interface QrCoding {
  readonly system?: string | undefined;
  readonly code?: string | undefined;
  readonly display?: string | undefined;
  readonly extension?: readonly { readonly url: string; readonly valueDecimal?: number | undefined; readonly valueInteger?: number | undefined }[] | undefined;
}

/** One answer of a QuestionnaireResponse item. */
export interface QrAnswer {
  readonly valueBoolean?: boolean | undefined;
  readonly valueInteger?: number | undefined;
  readonly valueDecimal?: number | undefined;
  readonly valueString?: string | undefined;
  readonly valueCoding?: QrCoding | undefined;
  readonly item?: readonly QrItem[] | undefined;
}

/** One item of a QuestionnaireResponse. */
export interface QrItem {
  readonly linkId: string;
  readonly answer?: readonly QrAnswer[] | undefined;
  readonly item?: readonly QrItem[] | undefined;
}

/** The QuestionnaireResponse elements spinewise reads. */
export interface QuestionnaireResponseLike {
  readonly resourceType: "QuestionnaireResponse";
  readonly questionnaire?: string | undefined;
  readonly status: "in-progress" | "completed" | "amended" | "entered-in-error" | "stopped";
  readonly authored?: string | undefined;
  readonly item?: readonly QrItem[] | undefined;
}

const text = (what: string) => z.string({ error: `${what} must be a string` });
const list = <T extends z.core.$ZodType>(item: T, what: string) => z.array(item, { error: `${what} must be an array` });
const element = <Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string) => z.looseObject(shape, { error: `${what} must be an object` });

const coding = /* @__PURE__ */ (() =>
  element(
    {
      system: z.optional(text("system")),
      code: z.optional(text("code")),
      display: z.optional(text("display")),
      extension: z.optional(
        list(element({ url: text("url"), valueDecimal: z.optional(z.number({ error: "valueDecimal must be a number" })), valueInteger: z.optional(z.int({ error: "valueInteger must be a whole number" })) }, "an extension"), "extension"),
      ),
    },
    "valueCoding",
  ))();

const item: z.ZodMiniType<QrItem> = /* @__PURE__ */ (() =>
  element(
    {
      linkId: text("linkId"),
      answer: z.optional(
        list(
          element(
            {
              valueBoolean: z.optional(z.boolean({ error: "valueBoolean must be true or false" })),
              valueInteger: z.optional(z.int({ error: "valueInteger must be a whole number" })),
              valueDecimal: z.optional(z.number({ error: "valueDecimal must be a number" })),
              valueString: z.optional(text("valueString")),
              valueCoding: z.optional(coding),
              item: z.optional(list(z.lazy(() => item), "item")),
            },
            "an answer",
          ),
          "answer",
        ),
      ),
      item: z.optional(list(z.lazy(() => item), "item")),
    },
    "an item",
  ))();

/** The shape of a FHIR R4 QuestionnaireResponse as spinewise reads it. */
export const questionnaireResponseSchema: z.ZodMiniType<QuestionnaireResponseLike> = /* @__PURE__ */ (() =>
  element(
    {
      resourceType: z.literal("QuestionnaireResponse", { error: 'resourceType must be "QuestionnaireResponse"' }),
      questionnaire: z.optional(text("questionnaire")),
      status: z.enum(["in-progress", "completed", "amended", "entered-in-error", "stopped"], {
        error: "status must be in-progress, completed, amended, entered-in-error or stopped",
      }),
      authored: z.optional(text("authored")),
      item: z.optional(list(item, "item")),
    },
    "a QuestionnaireResponse",
  ))();
