/**
 * Escaping for text and attribute values in the printable plan: every string that reaches the
 * page passes through here, so a name from an app's catalog cannot become markup.
 */

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe as element text and as a quoted
 * attribute value.
 *
 * @param text - any text
 * @returns the text with the five characters replaced by entities
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
