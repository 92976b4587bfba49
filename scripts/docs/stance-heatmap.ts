// The claims x outlets stance table ("heatmap"): for each claim and each outlet, the stances the
// outlet takes, each written out in words and marked by voice without colour: plain upright text in
// the outlet's own voice, “italic in quotation marks” in someone else's words. The tint behind a
// cell repeats the first stance for sighted readers; nothing depends on it. Rendered as an HTML table
// in the explorer and as a static SVG picture in the guides.
import type { Claim, ClaimMention } from '../../src/generated/types.js';
import { type ExplorerContext, STANCES, stateHref } from './explorer-context.js';
import { escapeHtml } from './layout.js';

/** Cell tints, one per stance (dark text stays above 10:1 on each). */
export const STANCE_TINTS: Record<ClaimMention['stance'], string> = {
  asserts: '#f8dccb', endorses: '#f1e4b8', reports: '#d6e7f4', questions: '#f1d7e6', disputes: '#d0ece1',
};

/** One (stance, voice) pair of a cell with how many mentions have it. */
export interface CellEntry {
  readonly stance: ClaimMention['stance'];
  readonly voice: ClaimMention['voice'];
  readonly count: number;
}

/** One claim x outlet cell. */
export interface HeatCell {
  readonly claim: string;
  readonly outlet: string;
  /** By stance order (asserts … disputes), own voice before quoted. */
  readonly entries: readonly CellEntry[];
  readonly mentions: readonly ClaimMention[];
}

/** One row: a claim with its non-empty cells. */
export interface HeatRow {
  readonly claim: Claim;
  readonly cells: ReadonlyMap<string, HeatCell>;
}

/** The rows for the given claims (default: every claim with a mention), in the given order. */
export function heatmapRows(ctx: ExplorerContext, claimIds?: readonly string[]): HeatRow[] {
  const claims = claimIds
    ? claimIds.map((id) => {
      const c = ctx.corpus.claims.find((x) => x.id === id);
      if (!c) throw new Error(`stance heatmap: no claim ${JSON.stringify(id)}`);
      return c;
    })
    : ctx.corpus.claims;
  const order = STANCES.map((s) => s.stance as string);
  return claims.map((claim) => {
    const cells = new Map<string, HeatCell>();
    const mentions = ctx.corpus.claimMentions.filter((m) => m.claim === claim.id);
    for (const outlet of ctx.authors) {
      const own = mentions.filter((m) => ctx.outletOf(m.article) === outlet.id);
      if (!own.length) continue;
      const entries: CellEntry[] = [];
      for (const stance of order) {
        for (const voice of ['authorial', 'attributed'] as const) {
          const count = own.filter((m) => m.stance === stance && m.voice === voice).length;
          if (count) entries.push({ stance: stance as ClaimMention['stance'], voice, count });
        }
      }
      cells.set(outlet.id, { claim: claim.id, outlet: outlet.id, entries, mentions: own });
    }
    return { claim, cells };
  }).filter((r) => claimIds || r.cells.size > 0);
}

/** A cell's entries as HTML: `asserts ×2` upright for the outlet's own voice, `“reports”` italic for quoted words. */
export function cellEntriesHtml(cell: HeatCell): string {
  return cell.entries.map((e) => {
    const n = e.count > 1 ? ` ×${e.count}` : '';
    // Screen readers hear the voice in words; sighted readers see it in the type and the quotation marks.
    return e.voice === 'authorial'
      ? `<span class="sv sv-own" data-stance="${e.stance}" data-voice="authorial">${e.stance}${n}<span class="visually-hidden"> in its own voice</span></span>`
      : `<span class="sv sv-quoted" data-stance="${e.stance}" data-voice="attributed">“${e.stance}”${n}<span class="visually-hidden"> in words it quotes</span></span>`;
  }).join(' ');
}

/** The key of the table, in words (the same markup as the cells). */
export const HEATMAP_KEY = `<ul class="legend heat-key">
<li><span class="sv sv-own">asserts</span> in the outlet’s own voice (upright)</li>
<li><span class="sv sv-quoted">“reports”</span> in someone else’s words that the outlet quotes (italic, in quotation marks)</li>
<li><span class="sv">×2</span> two passages</li>
<li>— not mentioned</li></ul>`;

/** Cell key for the side panel: `cell:<claim>|<outlet>`. */
export const cellKey = (claim: string, outlet: string) => `cell:${claim}|${outlet}`;

/**
 * The explorer's table, rows grouped under a heading per subject (the claim's first subject), each
 * heading a link to all claims about it.
 */
export function heatmapTable(ctx: ExplorerContext, rows: readonly HeatRow[]): string {
  const groups = new Map<string, HeatRow[]>();
  for (const row of rows) {
    const subject = row.claim.subjects[0] ?? '';
    groups.set(subject, [...(groups.get(subject) ?? []), row]);
  }
  const sorted = [...groups].sort(([a, ra], [b, rb]) => rb.length - ra.length || ctx.name(a).localeCompare(ctx.name(b)));
  const head = ctx.authors.map((o) => `<th scope="col" data-outlet="${escapeHtml(o.id)}">${escapeHtml(o.name)}<span class="tie">${o.stateAffiliation.status === 'state' ? `state: ${escapeHtml(o.stateAffiliation.state ?? '?')}` : 'no state tie'}</span></th>`).join('');
  const body = sorted.map(([subject, list]) => {
    const title = `<tr class="group"><th scope="rowgroup" colspan="${ctx.authors.length + 1}"><a href="${escapeHtml(stateHref({ view: 'claims', about: subject }))}">${escapeHtml(ctx.name(subject))}</a> <span class="muted">(${list.length} claim${list.length === 1 ? '' : 's'}; all claims about it)</span></th></tr>`;
    const trs = list.map((row) => {
      const cells = ctx.authors.map((o) => {
        const cell = row.cells.get(o.id);
        if (!cell) return `<td class="empty" data-outlet="${escapeHtml(o.id)}" data-label="${escapeHtml(o.name)}">—<span class="visually-hidden"> not mentioned by ${escapeHtml(o.name)}</span></td>`;
        const tint = STANCE_TINTS[cell.entries[0]?.stance ?? 'reports'];
        return `<td data-outlet="${escapeHtml(o.id)}" data-label="${escapeHtml(o.name)}" style="background:${tint}"><button type="button" class="cell" data-sel="${escapeHtml(cellKey(row.claim.id, o.id))}">${cellEntriesHtml(cell)}</button></td>`;
      }).join('');
      return `<tr data-claim="${escapeHtml(row.claim.id)}" data-outlets="${row.cells.size}"><th scope="row"><a href="${escapeHtml(stateHref({ view: 'claims', claim: row.claim.id }))}">${escapeHtml(row.claim.proposition)}</a></th>${cells}</tr>`;
    }).join('');
    return `<tbody data-subject="${escapeHtml(subject)}">${title}${trs}</tbody>`;
  }).join('');
  return `<table class="heatmap" id="heatmap"><caption class="visually-hidden">Claims (rows) by outlet (columns): the stances each outlet takes toward each claim</caption><thead><tr><th scope="col">Claim</th>${head}</tr></thead>${body}</table>`;
}

/** Splits text into lines of at most `width` characters at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The table as a standalone SVG picture for the guides.
 *
 * @param title - The picture's title (also its accessible name).
 * @returns The SVG text and a text description of every cell.
 */
export function heatmapSvg(ctx: ExplorerContext, rows: readonly HeatRow[], title: string): { svg: string; description: string } {
  const labelWidth = 300;
  const colWidth = 122;
  const headHeight = 58;
  const lineHeight = 16;
  const rowLayouts = rows.map((row) => {
    const lines = wrap(row.claim.proposition, 44);
    const cellLines = Math.max(1, ...[...row.cells.values()].map((c) => c.entries.length));
    return { row, lines, height: Math.max(lines.length, cellLines) * lineHeight + 14 };
  });
  const width = labelWidth + colWidth * ctx.authors.length + 2;
  const keyHeight = 58;
  const height = headHeight + rowLayouts.reduce((s, r) => s + r.height, 0) + keyHeight;
  const out: string[] = [];
  ctx.authors.forEach((o, i) => {
    const cx = labelWidth + i * colWidth + colWidth / 2;
    const words = wrap(o.name, 14);
    out.push(`<text x="${cx}" y="${headHeight - 10 - (words.length - 1) * 14}" text-anchor="middle" font-weight="700">${words.map((w, k) => `<tspan x="${cx}" dy="${k ? 14 : 0}">${escapeHtml(w)}</tspan>`).join('')}</text>`);
  });
  let top = headHeight;
  const description: string[] = [];
  for (const { row, lines, height: h } of rowLayouts) {
    out.push(`<line x1="0" x2="${width}" y1="${top}" y2="${top}" stroke="#c8c8c8"/>`);
    out.push(`<text x="4" y="${top + 18}">${lines.map((l, k) => `<tspan x="4" dy="${k ? lineHeight : 0}">${escapeHtml(l)}</tspan>`).join('')}</text>`);
    ctx.authors.forEach((o, i) => {
      const cell = row.cells.get(o.id);
      const x0 = labelWidth + i * colWidth;
      if (!cell) {
        out.push(`<text x="${x0 + colWidth / 2}" y="${top + 18}" text-anchor="middle" fill="#595959">—</text>`);
        return;
      }
      out.push(`<rect x="${x0 + 1}" y="${top + 1}" width="${colWidth - 2}" height="${h - 2}" fill="${STANCE_TINTS[cell.entries[0]?.stance ?? 'reports']}"/>`);
      cell.entries.forEach((e, k) => {
        const n = e.count > 1 ? ` ×${e.count}` : '';
        const text = e.voice === 'authorial' ? `${e.stance}${n}` : `“${e.stance}”${n}`;
        out.push(`<text x="${x0 + colWidth / 2}" y="${top + 18 + k * lineHeight}" text-anchor="middle"${e.voice === 'authorial' ? ' font-weight="700"' : ' font-style="italic"'}>${escapeHtml(text)}</text>`);
      });
      description.push(`${o.name} on “${row.claim.proposition}”: ${cell.entries.map((e) => `${e.stance} (${e.voice === 'authorial' ? 'own voice' : 'quoted'})`).join(', ')}`);
    });
    top += h;
  }
  out.push(`<line x1="0" x2="${width}" y1="${top}" y2="${top}" stroke="#c8c8c8"/>`);
  out.push(`<text x="4" y="${top + 22}"><tspan font-weight="700">asserts</tspan>: a stance in the outlet’s own voice (upright, bold)    <tspan font-style="italic">“reports”</tspan>: toward words the outlet quotes (italic, in quotation marks)</text>`);
  out.push(`<text x="4" y="${top + 42}">×2: two passages    —: not mentioned by the outlet</text>`);
  const desc = `${description.join('; ')}.`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="heat-title heat-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="13" fill="#1a1a1a">
<title id="heat-title">${escapeHtml(title)}</title>
<desc id="heat-desc">${escapeHtml(desc)}</desc>
<rect width="${width}" height="${height}" fill="#ffffff"/>
${out.join('\n')}
</svg>`;
  return { svg, description: desc };
}
