/** Ids from a comma- or space-separated attribute: trimmed, lower case, without blanks or repeats. */
export function idList(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).map((id) => id.trim().toLowerCase()).filter(Boolean))];
}
