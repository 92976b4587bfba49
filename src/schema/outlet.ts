import { z } from 'zod';
import { countryCodeSchema, idSchema, languageSchema, noteSchema } from './common.js';

export const OUTLET_KINDS = ['newspaper', 'broadcaster', 'news-agency', 'online-magazine', 'aggregator'] as const;
export const STATE_TIES = ['party-owned', 'state-owned', 'state-funded', 'government-funded'] as const;

export const stateAffiliationSchema = z
  .object({
    status: z.enum(['state', 'none']).describe('`state` when a state owns, funds or controls the outlet; `none` otherwise.'),
    state: countryCodeSchema.nullable().describe('The state the outlet is tied to (ISO 3166-1 alpha-2), or null when `status` is `none`.'),
    tie: z.enum(STATE_TIES).nullable().describe('Kind of tie: `party-owned` (owned by a ruling party organ), `state-owned`, `state-funded` (funded by the state budget through a state entity), `government-funded` (funded by a government agency under a statute that provides editorial independence). Null when `status` is `none`.'),
    basis: z.string().min(1).describe('What the affiliation rests on (owner, funder, statute), in one or two sentences.'),
  })
  .describe("The outlet's tie to a state, if any.")
  .meta({ id: 'StateAffiliation' });

export const outletSchema = z
  .object({
    id: idSchema('Outlet'),
    name: z.string().min(1).describe('Name the outlet uses for itself.'),
    aliases: z.array(z.string().min(1)).describe('Other names, short forms and labels under which the outlet appears (in the texts or elsewhere).'),
    homepage: z.string().url().nullable().describe('Home page URL, or null.'),
    country: countryCodeSchema.nullable().describe('Country the outlet is based in (ISO 3166-1 alpha-2), or null when it is not known.'),
    languages: z.array(languageSchema).min(1).describe('Languages the outlet publishes in (BCP 47).'),
    kind: z.enum(OUTLET_KINDS).describe('What kind of outlet: newspaper, broadcaster, news agency, online magazine or aggregator (a site that republishes other outlets\' content).'),
    owner: z.string().min(1).nullable().describe('Owner or publisher organisation, as a name, or null when unknown.'),
    parent: idSchema('Outlet').nullable().describe('The outlet this one is a service or edition of (RT DE of RT), or null.'),
    stateAffiliation: stateAffiliationSchema,
    wikidata: z.string().regex(/^Q\d+$/).nullable().describe('Wikidata item ID (Q…), or null when there is none or it is not known.'),
    notes: noteSchema,
  })
  .describe('A news outlet: an author of article content, or a site that republished it.')
  .meta({ id: 'Outlet' });

export type OutletRecord = z.infer<typeof outletSchema>;
