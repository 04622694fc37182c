/**
 * spinewise: training guidance for lifters with low back pain, as typed pure functions.
 * Every module is also its own entry point (`spinewise/load`, `spinewise/catalog`, …).
 *
 * Training guidance with safety-netting, never a diagnosis.
 *
 * @packageDocumentation
 */
export * from "./evidence/index.js";
export * from "./screening/index.js";
export * from "./classification/index.js";
export * from "./staging/index.js";
export * from "./outcomes/index.js";
export * from "./catalog/index.js";
export * from "./load/index.js";
export * from "./volume/index.js";
export * from "./progression/index.js";
export * from "./program/index.js";
export * from "./journal/index.js";
