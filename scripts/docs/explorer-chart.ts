// The inline-SVG chart of a figure series for the explorer: each figure at its date and value,
// lower bounds ("more than 3,000") drawn as an arrow up from the value, one colour and label per
// outlet, with an accessible title, description and data table.
import type { Corpus, Figure } from '../../src/generated/types.js';
import { escapeHtml } from './layout.js';

/** Colour-blind-safe outlet colours (Okabe-Ito), all at least 3:1 against white. */
export const OUTLET_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8F6A00', '#56707F', '#000000'] as const;

const WIDTH = 440;
const HEIGHT = 280;
const PAD = { left: 64, right: 16, top: 20, bottom: 40 };

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const label = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exact: '', approximately: 'about ', 'at-least': 'at least ', 'more-than': 'more than ', 'up-to': 'up to ', vague: '',
};

/**
 * Renders the chart of one figure group as a `<figure>` with an inline SVG and a data table.
 *
 * @param corpus - The corpus.
 * @param groupId - The figure group to chart (`qantar-arrests`).
 * @returns The HTML of the figure.
 * @throws Error naming the group when it does not exist or has no figure with a value.
 *
 * @example
 * ```ts
 * renderSeriesChart(corpus, 'qantar-arrests'); //=> '<figure class="chart" …><svg role="img" …'
 * ```
 */
export function renderSeriesChart(corpus: Corpus, groupId: string): string {
  const group = corpus.figureGroups.find((g) => g.id === groupId);
  if (!group) throw new Error(`renderSeriesChart: no figure group ${JSON.stringify(groupId)}; groups: ${corpus.figureGroups.map((g) => g.id).join(', ')}`);
  const articleOf = new Map(corpus.articles.map((a) => [a.id, a]));
  const points = corpus.figures
    .filter((f) => f.group === groupId && (f.value ?? f.low) !== null)
    .map((f) => {
      const article = articleOf.get(f.article);
      const outlet = corpus.outlets.find((o) => o.id === article?.outlet);
      return { figure: f, date: f.asOf ?? article?.published.date ?? '', value: (f.value ?? f.low) as number, outlet: outlet?.id ?? '', outletName: outlet?.name ?? '' };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value);
  if (points.length === 0) throw new Error(`renderSeriesChart: figure group ${JSON.stringify(groupId)} has no figure with a value`);

  const outlets = [...new Set(points.map((p) => p.outlet))];
  const colour = (outlet: string) => OUTLET_COLOURS[outlets.indexOf(outlet) % OUTLET_COLOURS.length] as string;
  const first = day(points[0]?.date ?? '') - 1;
  const last = day(points.at(-1)?.date ?? '') + 1;
  const max = Math.max(...points.map((p) => p.value));
  const raw = (max * 1.25) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const top = Math.ceil((max * 1.25) / step) * step;
  const x = (iso: string) => PAD.left + ((day(iso) - first) / (last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => HEIGHT - PAD.bottom - (v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const fmt = (v: number) => v.toLocaleString('en-US');

  const grid: string[] = [];
  for (let v = 0; v <= top; v += step) {
    grid.push(`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(v)}" y2="${y(v)}" class="grid"/>`);
    grid.push(`<text x="${PAD.left - 8}" y="${y(v) + 4}" text-anchor="end">${fmt(v)}</text>`);
  }
  for (let d = first + 1; d < last; d++) {
    const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
    grid.push(`<line x1="${x(iso)}" x2="${x(iso)}" y1="${HEIGHT - PAD.bottom}" y2="${HEIGHT - PAD.bottom + 5}" class="axis"/>`);
    grid.push(`<text x="${x(iso)}" y="${HEIGHT - PAD.bottom + 20}" text-anchor="middle">${label(iso)}</text>`);
  }

  const marks = points.map((p) => {
    const px = x(p.date);
    const py = y(p.value);
    const c = colour(p.outlet);
    const bound = p.figure.qualifier === 'more-than' || p.figure.qualifier === 'at-least';
    const text = `${QUALIFIER_WORDS[p.figure.qualifier]}${fmt(p.value)}`;
    const right = px < WIDTH * 0.6;
    const shape = bound
      ? `<path d="M${px - 7},${py + 5} L${px + 7},${py + 5} L${px},${py - 7} Z" fill="${c}"/><line x1="${px}" x2="${px}" y1="${py - 8}" y2="${Math.max(PAD.top, py - 40)}" stroke="${c}" stroke-width="2" stroke-dasharray="4 3" marker-end="url(#arrow)"/>`
      : `<circle cx="${px}" cy="${py}" r="6" fill="${c}"/>`;
    const title = `${p.outletName}, ${label(p.date)}: "${p.figure.span.text}" (${p.figure.measure})`;
    const lx = right ? px + 12 : px - 12;
    return `<g class="pt" data-figure="${escapeHtml(p.figure.id)}"><title>${escapeHtml(title)}</title>${shape}<text x="${lx}" y="${py + 1}" text-anchor="${right ? 'start' : 'end'}"><tspan font-weight="700">${escapeHtml(text)}</tspan><tspan x="${lx}" dy="1.15em" class="who">${escapeHtml(p.outletName)}</tspan></text></g>`;
  });

  const description = points.map((p) => `${label(p.date)}: ${p.outletName} gives "${p.figure.span.text}"`).join('; ');
  const legend = outlets.map((o) => `<li><span class="swatch" style="background:${colour(o)}"></span>${escapeHtml(points.find((p) => p.outlet === o)?.outletName ?? o)}</li>`).join('');
  const rows = points.map((p) => `<tr><td>${p.date}</td><td>${escapeHtml(p.outletName)}</td><td>${escapeHtml(p.figure.span.text)}</td><td>${p.figure.qualifier}</td><td>${fmt(p.value)}</td><td>${p.figure.measure}</td></tr>`).join('');
  return `<figure class="chart" aria-labelledby="chart-caption">
<svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="xMidYMid meet">
<title id="chart-title">${escapeHtml(group.label)}, by date and outlet</title>
<desc id="chart-desc">${escapeHtml(description)}. Triangles with an arrow are lower bounds ("more than"); circles are exact counts.</desc>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>
${grid.join('\n')}
<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${HEIGHT - PAD.bottom}" y2="${HEIGHT - PAD.bottom}" class="axis"/>
${marks.join('\n')}
</svg>
<figcaption id="chart-caption"><strong>${escapeHtml(group.label)}</strong> (figure group <code>${escapeHtml(group.id)}</code>): each figure at the date it describes. ▲ with an arrow: a lower bound ("more than"); ●: an exact count.
<ul class="legend">${legend}</ul></figcaption>
<details><summary>Data table</summary><table><thead><tr><th scope="col">Date</th><th scope="col">Outlet</th><th scope="col">Wording</th><th scope="col">Qualifier</th><th scope="col">Value</th><th scope="col">Measure</th></tr></thead><tbody>${rows}</tbody></table></details>
</figure>`;
}
