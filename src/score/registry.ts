import type { LayerScorer } from './layer.js';
import { citations } from './layers/citations.js';
import { claimMentions } from './layers/claim-mentions.js';
import { entityMentions } from './layers/entity-mentions.js';
import { entityRoles } from './layers/entity-roles.js';
import { figures } from './layers/figures.js';
import { segments } from './layers/segments.js';
import { labels, techniques } from './layers/techniques.js';

/** Every scorable layer, by the name the command line uses. One file per layer in `layers/`. */
export const LAYERS: Readonly<Record<string, LayerScorer>> = Object.freeze(Object.assign(Object.create(null) as Record<string, LayerScorer>, {
  segments, 'entity-mentions': entityMentions, figures, citations, 'claim-mentions': claimMentions, labels, techniques, 'entity-roles': entityRoles,
} as unknown as Record<string, LayerScorer>));

/**
 * The layers the scorer knows, in the order the command line lists them.
 *
 * @example
 * ```ts
 * import { LAYER_NAMES } from 'qantar-corpus/score';
 * console.log(LAYER_NAMES);
 * //=> [ 'segments', 'entity-mentions', 'figures', 'citations', 'claim-mentions', 'labels', 'techniques', 'entity-roles' ]
 * ```
 */
export const LAYER_NAMES: readonly string[] = Object.freeze(Object.keys(LAYERS));
