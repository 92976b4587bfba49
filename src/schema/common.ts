import { z } from 'zod';

/** Lowercase kebab-case: the form every record ID takes. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = (kind: string) =>
  z
    .string()
    .regex(ID_PATTERN, { message: `${kind} ID must be lowercase kebab-case (a-z, 0-9, single hyphens)` })
    .describe(`${kind} ID (lowercase kebab-case, never reused).`);

/** A calendar date, `YYYY-MM-DD`, checked to be a real day. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, { message: 'date is not a real calendar day' })
  .describe('Calendar date, ISO 8601 `YYYY-MM-DD`.');

/** How a fact about a text is known. */
export const basisSchema = z
  .enum(['stated', 'inferred', 'external'])
  .describe('How the fact is known: `stated` in the text itself, `inferred` from the text, or `external` (from sources outside the text: copies of the page, other versions of the same story).');

/** How a fact about a text is known, for facts that may also come from general knowledge. */
export const dateBasisSchema = z
  .enum(['stated', 'inferred', 'external', 'world-knowledge'])
  .describe('`stated`: the expression gives the date; `inferred`: resolved from a relative expression ("on Monday", "the 7th") using the publication date; `external`: resolved from a cited source; `world-knowledge`: resolved from general knowledge of the event the text names ("June 4th" beside Tiananmen), with a reference source cited.');

export const spanSchema = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first character, in UTF-16 code units (equal to code points: the texts have no astral characters).'),
    end: z.number().int().nonnegative().describe('Offset one past the last character (exclusive).'),
    text: z.string().describe('Exactly `article.text.slice(start, end)`.'),
  })
  .refine((s) => s.end > s.start, { message: 'span end must be greater than start' })
  .refine((s) => s.text.length === s.end - s.start, { message: 'span text length must equal end - start' })
  .describe('A span of an article text: `{ start, end, text }` with `text === article.text.slice(start, end)`.')
  .meta({ id: 'Span' });

export const noteSchema = z.string().min(1).nullable().describe('Free-text note from the annotators explaining a judgement, or null.');

/** ISO 3166-1 alpha-2 country code. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as CN or KZ' })
  .describe('ISO 3166-1 alpha-2 country code.');

/** BCP 47 language tag, simple form (`en`, `zh`, `de`, `zh-Hans`). */
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/, { message: 'language must be a BCP 47 tag such as en, zh or de' })
  .describe('BCP 47 language tag.');
