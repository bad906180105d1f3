/** A value as a reader sees it in a message: at most `max` characters, then an ellipsis. */
export const shortened = (value: string, max = 60): string => (value.length > max ? `${value.slice(0, max)}…` : value);
