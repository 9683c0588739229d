// STEP (ISO 10303-21 §5.6) allows /* comments */ between tokens. Blanked to spaces of the same length before the
// DATA section is scanned, so an entity written inside a comment is not read and every offset stays the file's.

/** Comments outside strings replaced by spaces; an unterminated one runs to the end of the text. */
export function blankStepComments(text: string): string {
  if (!text.includes('/*')) return text; // most files: no pass over the text at all
  return text.replace(/'(?:[^']|'')*'|\/\*[\s\S]*?(?:\*\/|$)/g, (token) =>
    token.startsWith("'") ? token : ' '.repeat(token.length),
  );
}
