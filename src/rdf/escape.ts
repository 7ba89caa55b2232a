// The `\uXXXX` escape that Turtle, N-Quads, JSON and SPARQL strings all accept, for one UTF-16 code unit.

/** `\u000B` for U+000B: four upper-case hex digits. */
export const uEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
