import { ID_MAX_LENGTH } from './model-file-schema.ts';

/**
 * Text → a parley/1 id: lowercase ASCII letters, digits and "-", at most 64 characters, cut at a word
 * boundary when it can be. Accents are dropped ("Zürich" → "zurich"); text with no letter or digit
 * left (Cyrillic, Arabic, emoji) gives "".
 */
export function slugifyId(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= ID_MAX_LENGTH) return slug;
  const cut = slug.slice(0, ID_MAX_LENGTH);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash >= ID_MAX_LENGTH / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}
