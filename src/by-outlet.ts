import type { OutletId } from './generated/ids.js';
import type { Article } from './generated/types.js';
import { assertBoolean, assertOneOf, readOptions } from './internal/args.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/** Options of {@link byOutlet}. */
export interface ByOutletOptions {
  /**
   * Which tie to the outlet selects an article: `author` (the outlet wrote the content; the default),
   * `publisher` (the text was captured from the outlet's site), or `either`.
   */
  readonly role?: 'author' | 'publisher' | 'either';
  /** Also select the articles of the outlet's services and editions (RT DE for RT). Default true. */
  readonly includeServices?: boolean;
}

const ROLES = ['author', 'publisher', 'either'] as const;

/**
 * Returns the articles an outlet authored (or published, or either), oldest first.
 *
 * @param outlet - Outlet ID.
 * @param options - {@link ByOutletOptions}: `role` and `includeServices`.
 * @returns The matching articles, sorted by publication date then ID.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown outlet, `BAD_ARGUMENT` for malformed options.
 *
 * @example
 * ```ts
 * import { byOutlet } from 'qantar-corpus';
 * console.log(byOutlet('rt').map((a) => a.id));
 * //=> [ 'rt-2022-04-27-color-revolution-warning' ]
 * console.log(byOutlet('detv-us', { role: 'publisher' }).map((a) => a.outlet));
 * //=> [ 'rt-de' ]
 * ```
 */
export function byOutlet(outlet: OutletId, options?: ByOutletOptions): readonly Article[] {
  const { role = 'author', includeServices = true } = readOptions(options, ['role', 'includeServices'], 'byOutlet');
  assertOneOf('role', role, ROLES, 'byOutlet options.role');
  assertBoolean(includeServices, 'byOutlet options.includeServices');
  const ix = indexes();
  lookup('outlet', ix.outlets, outlet, 'byOutlet');
  const selected = new Set<string>([outlet]);
  if (includeServices) {
    // Services of services too: walk down the parent links.
    const queue: string[] = [outlet];
    while (queue.length > 0) {
      for (const child of ix.outletServices.get(queue.pop() as string) ?? []) {
        if (!selected.has(child.id)) {
          selected.add(child.id);
          queue.push(child.id);
        }
      }
    }
  }
  const found = new Set<Article>();
  for (const id of selected) {
    if (role !== 'publisher') for (const a of ix.articlesByOutlet.get(id) ?? []) found.add(a);
    if (role !== 'author') for (const a of ix.articlesByPublisher.get(id) ?? []) found.add(a);
  }
  return Object.freeze([...found].sort((a, b) => (ix.articleOrder.get(a.id) ?? 0) - (ix.articleOrder.get(b.id) ?? 0)));
}
