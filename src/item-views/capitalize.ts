/** The text with its first letter in upper case: "talks" → "Talks", for free words from the model. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}
