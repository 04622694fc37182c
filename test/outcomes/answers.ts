/** Test helpers for outcome answers. */

/** RMDQ answers with the given statements (numbered from 1) ticked. */
export const ticked = (...numbers: number[]): boolean[] => Array.from({ length: 24 }, (_, index) => numbers.includes(index + 1));
