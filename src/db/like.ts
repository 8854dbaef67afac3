/**
 * Patterns for SQL LIKE / ILIKE built from user text. `%` and `_` are wildcards and `\` is
 * PostgreSQL's default escape character, so a search for "50%" or "a_b" would otherwise match far
 * more than typed (and a lone `\` at the end is an error). Every LIKE in the repositories takes its
 * pattern from here.
 */

/** The text with `\`, `%` and `_` escaped, matching itself literally inside a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Pattern for "contains the text". */
export function likeContains(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** Pattern for "starts with the text" (materialised unit paths, prefixes). */
export function likePrefix(text: string): string {
  return `${escapeLike(text)}%`;
}
