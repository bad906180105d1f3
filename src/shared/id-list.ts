/** Ids from a comma- or space-separated attribute: trimmed, lower case, without blanks or repeats. */
export function idList(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).map((id) => id.trim().toLowerCase()).filter(Boolean))];
}

/** A value as a reader sees it in a message: at most `max` characters, then an ellipsis. */
export const shortened = (value: string, max = 60): string => (value.length > max ? `${value.slice(0, max)}…` : value);
