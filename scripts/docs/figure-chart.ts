// The chart of one figure group (a quantity several outlets give): each figure at the day it
// describes and its value. Shape: the measure (arrested, detained...); filled: a number the outlet
// cites from someone, hollow: the outlet's own number; a band: the range the wording allows ("more
// than 3,000" reaches up to the top). The same SVG is used interactively in the explorer (every
// point a link to the figure in its text) and as a static picture in the guides.
import type { Figure } from '../../src/generated/types.js';
import { amountWords, type ExplorerContext, figureSourceWords, QUALIFIER_WORDS } from './explorer-context.js';
import { showInText } from './explorer-layers.js';
import { escapeHtml } from './layout.js';

/** Outlet colours (Okabe-Ito hues darkened to at least 3:1 against white), by author outlet order. */
export const OUTLET_COLOURS = ['#0072B2', '#C24E00', '#00805E', '#A8437F', '#8A6500', '#56707F', '#000000'] as const;

/** Point shapes by measure; other measures are diamonds. */
const SHAPES: Record<string, 'circle' | 'square' | 'triangle'> = { arrested: 'circle', detained: 'square', killed: 'triangle' };

const WIDTH = 600;
const HEIGHT = 300;
const PAD = { left: 72, right: 150, top: 22, bottom: 44 };

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const dayLabel = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const fmt = (v: number) => v.toLocaleString('en-US');

/** One figure of a chart, with the day and outlet it is placed by. */
export interface ChartPoint {
  readonly figure: Figure;
  readonly date: string;
  readonly dateFrom: 'as-of' | 'published';
  readonly outlet: string;
  /** The range the wording allows, `high` may be Infinity. */
  readonly low: number;
  readonly high: number;
  /** Where the point is drawn (the value, or the middle of a vague range). */
  readonly at: number;
  readonly cited: boolean;
}

/** The figures of a group that have a number or a range, by date then outlet. */
export function chartPoints(ctx: ExplorerContext, groupId: string): ChartPoint[] {
  if (!ctx.corpus.figureGroups.some((g) => g.id === groupId)) {
    throw new Error(`figure chart: no figure group ${JSON.stringify(groupId)}; groups: ${ctx.corpus.figureGroups.map((g) => g.id).join(', ')}`);
  }
  return ctx.corpus.figures
    .filter((f) => f.group === groupId && (f.value !== null || f.low !== null || f.high !== null))
    .map((f) => {
      const article = ctx.article(f.article);
      const v = f.value;
      const [low, high] = v === null ? [f.low ?? 0, f.high ?? Infinity]
        : f.qualifier === 'more-than' || f.qualifier === 'at-least' ? [v, Infinity]
          : f.qualifier === 'up-to' ? [0, v]
            : f.qualifier === 'approximately' ? [v * 0.9, v * 1.1] : [v, v];
      const at = v ?? (Number.isFinite(high) ? (low + high) / 2 : low);
      return { figure: f, date: f.asOf ?? article.published.date, dateFrom: f.asOf ? 'as-of' as const : 'published' as const, outlet: article.outlet, low, high, at, cited: figureSourceWords(ctx, f).cited };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.outlet.localeCompare(b.outlet) || a.figure.id.localeCompare(b.figure.id));
}

/** Colour of an outlet: by its place among the author outlets, so an outlet has one colour in every chart. */
export function outletColour(ctx: ExplorerContext, outlet: string): string {
  const i = ctx.authors.findIndex((o) => o.id === outlet);
  return OUTLET_COLOURS[(i < 0 ? ctx.authors.length : i) % OUTLET_COLOURS.length] as string;
}

function shape(kind: 'circle' | 'square' | 'triangle' | 'diamond', x: number, y: number, fill: string, stroke: string): string {
  const a = `fill="${fill}" stroke="${stroke}" stroke-width="2.5"`;
  if (kind === 'circle') return `<circle cx="${x}" cy="${y}" r="6.5" ${a}/>`;
  if (kind === 'square') return `<rect x="${x - 6}" y="${y - 6}" width="12" height="12" ${a}/>`;
  if (kind === 'triangle') return `<path d="M${x},${y - 7.5} L${x + 7},${y + 5.5} L${x - 7},${y + 5.5} Z" ${a}/>`;
  return `<path d="M${x},${y - 7.5} L${x + 7.5},${y} L${x},${y + 7.5} L${x - 7.5},${y} Z" ${a}/>`;
}

/** Options of {@link renderFigureChart}. */
export interface FigureChartOptions {
  /** Points become links to the figure in its text (the explorer); false for a static picture. */
  readonly interactive: boolean;
  /** Prefix of the element IDs, unique in the page. */
  readonly idPrefix: string;
  /** A standalone SVG file (with the XML namespace and a white background). */
  readonly standalone?: boolean;
}

/**
 * Renders the chart of one figure group as SVG, with a text description of every point.
 *
 * @returns The SVG, its one-paragraph description and the points it draws; `svg` is '' when the group has no figure with a value.
 * @throws Error naming the group when it does not exist.
 *
 * @example
 * ```ts
 * renderFigureChart(ctx, 'qantar-arrests', { interactive: false, idPrefix: 'arrests' }).points.length; //=> 3
 * ```
 */
export function renderFigureChart(ctx: ExplorerContext, groupId: string, options: FigureChartOptions): { svg: string; description: string; points: ChartPoint[] } {
  const group = ctx.corpus.figureGroups.find((g) => g.id === groupId);
  const points = chartPoints(ctx, groupId);
  if (!group || points.length === 0) return { svg: '', description: '', points };
  const first = day(points[0]?.date ?? '') - 1;
  const last = day(points.at(-1)?.date ?? '') + 1;
  const max = Math.max(...points.map((p) => (Number.isFinite(p.high) ? p.high : p.at)));
  const raw = (max * 1.3) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const top = Math.ceil((max * 1.3) / step) * step;
  const x = (iso: string) => PAD.left + ((day(iso) - first) / (last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => HEIGHT - PAD.bottom - (Math.min(v, top) / top) * (HEIGHT - PAD.top - PAD.bottom);
  const p = options.idPrefix;

  const grid: string[] = [];
  for (let v = 0; v <= top; v += step) {
    grid.push(`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e3e3e3"/>`);
    grid.push(`<text x="${PAD.left - 8}" y="${y(v) + 4}" text-anchor="end">${fmt(v)}</text>`);
  }
  const ticks = Math.round(last - first);
  for (let d = first + 1; d < last; d += Math.max(1, Math.ceil(ticks / 8))) {
    const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
    grid.push(`<line x1="${x(iso)}" x2="${x(iso)}" y1="${HEIGHT - PAD.bottom}" y2="${HEIGHT - PAD.bottom + 5}" stroke="#555"/>`);
    grid.push(`<text x="${x(iso)}" y="${HEIGHT - PAD.bottom + 20}" text-anchor="middle">${dayLabel(iso).replace(/ \d{4}$/, '')}</text>`);
  }

  const marks = points.map((pt, i) => {
    const f = pt.figure;
    const c = outletColour(ctx, pt.outlet);
    const px = x(pt.date);
    const band = pt.low !== pt.high
      ? `<rect x="${px - 9}" y="${y(Number.isFinite(pt.high) ? pt.high : top)}" width="18" height="${Math.max(2, y(pt.low) - y(Number.isFinite(pt.high) ? pt.high : top))}" fill="${c}" fill-opacity="0.16" stroke="${c}" stroke-opacity="0.5" stroke-dasharray="3 3"/>`
      : '';
    const kind = SHAPES[f.measure] ?? 'diamond';
    const mark = shape(kind, px, y(pt.at), pt.cited ? c : '#ffffff', c);
    const words = f.value !== null ? `${QUALIFIER_WORDS[f.qualifier]}${fmt(f.value)}` : f.span.text;
    // Labels go right of the point: the right padding leaves room for them after the last day.
    const lx = px + 14;
    const label = `<text x="${lx}" y="${y(pt.at) + 1}" text-anchor="start"><tspan font-weight="700">${escapeHtml(words)} </tspan><tspan x="${lx}" dy="1.2em" font-size="12">${escapeHtml(ctx.name(pt.outlet))}${pt.dateFrom === 'published' ? ' (day published)' : ''}</tspan></text>`;
    // The accessible name starts with the words the point shows, then says the rest.
    const name = `${words} ${ctx.name(pt.outlet)}${pt.dateFrom === 'published' ? ' (day published)' : ''}: ${dayLabel(pt.date)}, “${f.span.text}”, ${f.measure}, ${amountWords(f)}, given by ${figureSourceWords(ctx, f).words}`;
    const inner = `${band}${mark}${label}`;
    return options.interactive
      ? `<a class="pt" id="${p}-pt-${i}" href="${escapeHtml(showInText('figure', f.id))}" data-figure="${escapeHtml(f.id)}" aria-label="${escapeHtml(name)}">${inner}</a>`
      : `<g class="pt" data-figure="${escapeHtml(f.id)}"><title>${escapeHtml(name)}</title>${inner}</g>`;
  });

  const description = points.map((pt) => `${dayLabel(pt.date)}${pt.dateFrom === 'published' ? ' (day published)' : ''}: ${ctx.name(pt.outlet)} gives “${pt.figure.span.text}” (${pt.figure.measure}, ${pt.cited ? 'cited' : 'own voice'})`).join('; ');
  const ns = options.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  // A picture is one image; the interactive chart is a group of links (an image may not hold controls).
  const svg = `<svg${ns} role="${options.interactive ? 'group' : 'img'}" aria-labelledby="${p}-title ${p}-desc" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="13" fill="#222">
<title id="${p}-title">${escapeHtml(group.label)}, by day and outlet</title>
<desc id="${p}-desc">${escapeHtml(description)}. Filled marks: a number the outlet cites from someone; hollow marks: the outlet’s own number. A shaded band is the range the wording allows (“more than” reaches to the top).</desc>
${options.standalone ? `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>` : ''}
${grid.join('\n')}
<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${HEIGHT - PAD.bottom}" y2="${HEIGHT - PAD.bottom}" stroke="#555"/>
<text x="14" y="${PAD.top + (HEIGHT - PAD.top - PAD.bottom) / 2}" transform="rotate(-90 14 ${PAD.top + (HEIGHT - PAD.top - PAD.bottom) / 2})" text-anchor="middle" font-size="12">${escapeHtml(points[0]?.figure.unit ?? '')}</text>
${marks.join('\n')}
</svg>`;
  return { svg, description, points };
}

/** The key of a chart: shapes per measure present, filled vs hollow, bands, outlet colours. */
export function chartKey(ctx: ExplorerContext, points: readonly ChartPoint[]): string {
  const measures = [...new Set(points.map((p) => p.figure.measure))];
  const sample = (svg: string) => `<svg aria-hidden="true" width="22" height="18" viewBox="0 0 22 18">${svg}</svg>`;
  const items = [
    ...measures.map((m) => `<li>${sample(shape(SHAPES[m] ?? 'diamond', 11, 9, '#444', '#444'))} ${escapeHtml(m)}</li>`),
    `<li>${sample(shape('circle', 11, 9, '#444', '#444'))} filled: cited from someone</li>`,
    `<li>${sample(shape('circle', 11, 9, '#ffffff', '#444'))} hollow: the outlet’s own number</li>`,
    ...(points.some((p) => p.low !== p.high) ? [`<li>${sample('<rect x="6" y="1" width="10" height="16" fill="#444" fill-opacity="0.16" stroke="#444" stroke-dasharray="3 3"/>')} band: the range the wording allows</li>`] : []),
    ...[...new Set(points.map((p) => p.outlet))].map((o) => `<li><span class="swatch" style="background:${outletColour(ctx, o)}"></span>${escapeHtml(ctx.name(o))}</li>`),
  ];
  return `<ul class="legend chart-key">${items.join('')}</ul>`;
}

/** The data table of a chart, one row per point; with links to the text when `interactive`. */
export function chartTable(ctx: ExplorerContext, points: readonly ChartPoint[], interactive: boolean): string {
  const rows = points.map((pt) => {
    const f = pt.figure;
    return `<tr data-figure="${escapeHtml(f.id)}"><td>${pt.date}${pt.dateFrom === 'published' ? ' <span class="muted">(day published)</span>' : ''}</td><td>${escapeHtml(ctx.name(pt.outlet))}</td><td>“${escapeHtml(f.span.text)}”</td><td>${escapeHtml(f.qualifier)}</td><td>${f.value === null ? '' : fmt(f.value)}</td><td>${escapeHtml(f.measure)}</td><td>${escapeHtml(figureSourceWords(ctx, f).words)}</td>${interactive ? `<td><a href="${escapeHtml(showInText('figure', f.id))}">Show in text</a></td>` : ''}</tr>`;
  }).join('');
  return `<table class="data"><thead><tr><th scope="col">Day</th><th scope="col">Outlet</th><th scope="col">Wording</th><th scope="col">Qualifier</th><th scope="col">Value</th><th scope="col">Measure</th><th scope="col">Given by</th>${interactive ? '<th scope="col"><span class="visually-hidden">Link</span></th>' : ''}</tr></thead><tbody>${rows}</tbody></table>`;
}
