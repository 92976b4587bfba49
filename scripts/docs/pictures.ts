// Pictures for the guides, drawn from the corpus at build time as static SVG files
// (docs/site/figures/<name>.svg). A guide places one with a line `<!-- picture: <name> -->`: on
// GitHub the comment shows nothing, on the site it becomes the picture with its caption, its
// content in words and a link to the same view in the explorer. One entry per picture.
import type { ExplorerContext } from './explorer-context.js';
import { stateHref } from './explorer-context.js';
import { renderFigureChart } from './figure-chart.js';
import { escapeHtml } from './layout.js';
import { heatmapRows, heatmapSvg } from './stance-heatmap.js';

/** One picture of the guides. */
export interface Picture {
  readonly name: string;
  readonly title: string;
  /** What the picture shows and how to read it, one or two sentences under it. */
  readonly caption: string;
  /** The explorer view with the same data. */
  readonly explore: string;
  readonly render: (ctx: ExplorerContext) => { svg: string; description: string };
}

export const PICTURES: readonly Picture[] = [
  {
    name: 'stance-color-revolution',
    title: 'Claims about “color revolution”: each outlet’s stance, and in whose voice',
    caption: 'One row per claim about the concept, one column per outlet. Bold upright words are the outlet’s own voice; “italic words in quotation marks” are stances toward words the outlet quotes from someone else.',
    explore: stateHref({ view: 'claims', about: 'color-revolution' }),
    render: (ctx) => {
      const ids = ctx.corpus.claims.filter((c) => c.subjects.includes('color-revolution' as never)).map((c) => c.id);
      if (!ids.length) throw new Error('picture stance-color-revolution: no claim has the subject color-revolution');
      return heatmapSvg(ctx, heatmapRows(ctx, ids), 'Claims about “color revolution”: each outlet’s stance, and in whose voice');
    },
  },
  {
    name: 'arrests-series',
    title: 'People arrested or detained: the figure each outlet gives, by day',
    caption: 'Each mark is one figure at the day it describes. Filled: the outlet cites the number from someone; hollow: its own number. A “more than” figure is a band reaching up from its value. Circles count people arrested, squares people detained.',
    explore: stateHref({ view: 'figures', group: 'qantar-arrests' }),
    render: (ctx) => {
      const chart = renderFigureChart(ctx, 'qantar-arrests', { interactive: false, idPrefix: 'arrests', standalone: true });
      if (!chart.svg) throw new Error('picture arrests-series: the figure group qantar-arrests has no figure with a value');
      return chart;
    },
  },
];

/** The directive a guide writes on its own line to place a picture. */
export const PICTURE_DIRECTIVE = /^<!--\s*picture:\s*([a-z0-9-]+)\s*-->$/gm;

/**
 * Replaces every picture directive of a guide with the picture's HTML.
 *
 * @param markdown - The guide.
 * @param rendered - The pictures drawn, by name, with their description.
 * @returns The Markdown with HTML blocks in place of the directives, and the names it used.
 * @throws Error naming the unknown picture and the known ones.
 *
 * @example
 * ```ts
 * placePictures('a\n<!-- picture: arrests-series -->\nb', rendered).markdown.includes('<img src="figures/arrests-series.svg"'); //=> true
 * ```
 */
export function placePictures(markdown: string, rendered: ReadonlyMap<string, { picture: Picture; description: string; width: number; height: number }>): { markdown: string; used: string[] } {
  const used: string[] = [];
  const out = markdown.replace(PICTURE_DIRECTIVE, (_all, name: string) => {
    const r = rendered.get(name);
    if (!r) throw new Error(`guide picture ${JSON.stringify(name)} does not exist; pictures: ${[...rendered.keys()].join(', ')} (scripts/docs/pictures.ts)`);
    used.push(name);
    const p = r.picture;
    return `<figure class="picture" id="picture-${p.name}">
<img src="figures/${p.name}.svg" alt="${escapeHtml(p.title)}" width="${r.width}" height="${r.height}">
<figcaption><strong>${escapeHtml(p.title)}.</strong> ${escapeHtml(p.caption)} <a href="explorer/index.html${escapeHtml(p.explore)}">Explore it</a> · <a href="figures/${p.name}.svg">SVG file</a></figcaption>
<details><summary>The picture in words</summary><p>${escapeHtml(r.description)}</p></details>
</figure>
`;
  });
  return { markdown: out, used };
}
