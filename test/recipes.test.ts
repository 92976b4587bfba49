// The code in docs/recipes.md (and docs/getting-started.md) is part of the package's contract:
// every ```ts block is type-checked and run against the built package (imports of 'qantar-corpus'
// resolve through the package's self-reference to dist/), a recipe must print exactly the output
// shown under it, and each recipe's answer is checked against the raw corpus.json, independently
// of the helpers the recipe uses.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeBlocks, type GuideCodeBlock } from '../scripts/docs/code-blocks.js';
import type { Corpus } from '../src/generated/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workDir = path.join(root, 'test-results', 'recipes');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

/** Newest modification time of the files under a folder. */
function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return time;
}

/** Builds dist/ with tsup unless it is newer than every file in src/ (a fresh clone has no dist/). */
function ensureBuilt(): void {
  const entry = path.join(root, 'dist', 'index.js');
  if (existsSync(entry) && existsSync(path.join(root, 'dist', 'corpus.json')) && statSync(entry).mtimeMs >= newest(path.join(root, 'src'))) return;
  execFileSync(bin('tsup'), { cwd: root, stdio: 'pipe' });
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a TypeScript (or CommonJS) file as a user would, from inside the package. */
function run(file: string): Run {
  const result = file.endsWith('.cjs')
    ? spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8' })
    : spawnSync(bin('tsx'), [file], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const guides = ['recipes', 'getting-started'] as const;
const blocks = new Map<string, (GuideCodeBlock & { file: string })[]>();
for (const guide of guides) {
  const markdown = readFileSync(path.join(root, 'docs', `${guide}.md`), 'utf8');
  blocks.set(guide, codeBlocks(markdown)
    .filter((b) => b.lang === 'ts' || b.lang === 'js')
    .map((b, i) => ({ ...b, file: path.join(workDir, `${guide}-${i + 1}.${b.lang === 'ts' ? 'ts' : 'cjs'}`) })));
}
const recipeBlocks = blocks.get('recipes') ?? [];
const outputs = new Map<string, Run>();
let corpus: Corpus;

beforeAll(() => {
  ensureBuilt();
  corpus = JSON.parse(readFileSync(path.join(root, 'dist', 'corpus.json'), 'utf8')) as Corpus;
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  for (const list of blocks.values()) for (const block of list) writeFileSync(block.file, block.code + '\n');
  for (const list of blocks.values()) for (const block of list) outputs.set(block.file, run(block.file));
});

/** The printed lines of the recipe in the section whose heading starts with `title`. */
function printed(title: string): string[] {
  const block = recipeBlocks.find((b) => b.section.startsWith(title));
  if (!block) throw new Error(`docs/recipes.md has no section starting with ${JSON.stringify(title)}; sections: ${recipeBlocks.map((b) => b.section).join(', ')}`);
  return (outputs.get(block.file)?.stdout ?? '').trimEnd().split('\n');
}

const outletName = (id: string) => corpus.outlets.find((o) => o.id === id)?.name ?? id;

describe('docs/recipes.md', () => {
  it('has the six recipes, each one ts block with its output shown', () => {
    expect(recipeBlocks.map((b) => b.section)).toEqual([
      'Compare arrest figures across outlets',
      'Find every direct quote of Xi Jinping',
      'Which outlets assert the color-revolution claim in their own voice',
      'What a machine-translated republication looks like in the data',
      'Who calls the crowds protesters and who calls them terrorists, in whose voice',
      'Who casts whom as villain, and which claims match known disinformation narratives',
    ]);
    for (const block of recipeBlocks) {
      expect(block.lang, block.section).toBe('ts');
      expect(block.output, `${block.section}: a \`\`\`text block with the output must follow the code`).not.toBeNull();
      expect(block.code, block.section).toMatch(/from 'qantar-corpus'/);
    }
  });

  it('every ts block of the recipes and the getting-started guide type-checks against the built package', () => {
    const files = [...blocks.values()].flat().filter((b) => b.lang === 'ts').map((b) => b.file);
    const result = spawnSync(bin('tsc'), ['--noEmit', '--strict', '--noUncheckedIndexedAccess', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', ...files], { cwd: root, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(recipeBlocks.map((b) => [b.section, b] as const))('%s: runs and prints exactly the output shown', (_, block) => {
    const result = outputs.get(block.file);
    expect(result?.stderr).toBe('');
    expect(result?.status).toBe(0);
    expect(result?.stdout.trimEnd()).toBe((block.output ?? '').trimEnd());
  });

  it('arrest figures: one line per figure of the qantar-arrests group, in date order, each with its wording and outlet', () => {
    const lines = printed('Compare arrest figures');
    const group = corpus.figureGroups.find((g) => g.id === 'qantar-arrests');
    expect(lines[0]).toBe(group?.label);
    const arrests = corpus.figures.filter((f) => f.group === 'qantar-arrests');
    expect(arrests.length).toBeGreaterThan(1);
    const rows = lines.slice(1, -1).map((line) => line.split(' | '));
    expect(rows).toHaveLength(arrests.length);
    for (const figure of arrests) {
      const article = corpus.articles.find((a) => a.id === figure.article);
      const row = rows.find((r) => r[2] === JSON.stringify(figure.span.text));
      expect(row, figure.id).toBeDefined();
      expect(row?.[0]).toBe(figure.asOf ?? article?.published.date);
      expect(row?.[1]).toBe(outletName(article?.outlet ?? ''));
      expect(row?.[3]).toBe(`${figure.qualifier} ${figure.value}`);
    }
    const dates = rows.map((r) => r[0] ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(lines.at(-1)).toMatch(/^\d+ disagreement\(s\)$/);
  });

  it('Xi quotes: every direct citation of Xi is printed, and every printed fragment stands in quotation marks in an article of that outlet', () => {
    const lines = printed('Find every direct quote');
    const quotes = lines.map((line) => /^(.+), (\S+) \((direct|mixed)\): “(.*)”$/.exec(line));
    expect(quotes.every(Boolean), lines.join('\n')).toBe(true);
    const direct = corpus.citations.filter((c) => c.speaker === 'xi-jinping' && c.mode === 'direct');
    expect(direct.length).toBeGreaterThan(0);
    for (const c of direct) for (const span of c.content) expect(quotes.some((q) => q?.[3] === 'direct' && q[4] === span.text)).toBe(true);
    for (const q of quotes) {
      const [, outlet, , mode, words = ''] = q ?? [];
      const texts = corpus.articles.filter((a) => outletName(a.outlet) === outlet).map((a) => a.text);
      expect(texts.length, outlet).toBeGreaterThan(0);
      if (mode === 'mixed') expect(texts.some((t) => t.includes(`“${words}”`) || t.includes(`"${words}"`)), words).toBe(true);
      else expect(texts.some((t) => t.includes(words)), words).toBe(true);
    }
    // Outlets that report Xi only indirectly are not listed.
    const quotedOutlets = new Set(quotes.map((q) => q?.[1]));
    for (const c of corpus.citations.filter((c) => c.speaker === 'xi-jinping')) {
      const outlet = outletName(corpus.articles.find((a) => a.id === c.article)?.outlet ?? '');
      const quotesXi = corpus.citations.some((d) => d.speaker === 'xi-jinping' && (d.mode === 'direct' || d.mode === 'mixed') &&
        outletName(corpus.articles.find((a) => a.id === d.article)?.outlet ?? '') === outlet);
      if (!quotesXi) expect(quotedOutlets.has(outlet), outlet).toBe(false);
    }
  });

  it('color-revolution claim: the outlets listed as asserting in their own voice are exactly those with such mentions', () => {
    const lines = printed('Which outlets assert');
    const split = lines.indexOf("Only in others' words:");
    expect(lines[0]).toBe('In their own voice:');
    expect(split).toBeGreaterThan(0);
    const own = lines.slice(1, split).map((l) => l.trim().replace(/ \(.*$/, ''));
    const others = lines.slice(split + 1).map((l) => l.trim().replace(/: .*$/, ''));
    const claimIds = new Set(corpus.claims.filter((c) => c.subjects.includes('color-revolution')).map((c) => c.id));
    const mentions = corpus.claimMentions.filter((m) => claimIds.has(m.claim))
      .map((m) => ({ ...m, outlet: outletName(corpus.articles.find((a) => a.id === m.article)?.outlet ?? '') }));
    const expectedOwn = new Set(mentions.filter((m) => m.voice === 'authorial' && ['asserts', 'endorses'].includes(m.stance)).map((m) => m.outlet));
    expect(new Set(own)).toEqual(expectedOwn);
    expect(new Set(others)).toEqual(new Set(mentions.map((m) => m.outlet).filter((o) => !expectedOwn.has(o))));
    expect(own.length).toBeGreaterThan(0);
  });

  it('machine translation: the article printed is the machine-translated one, and each odd name is an alias of the entity given', () => {
    const lines = printed('What a machine-translated');
    const machine = corpus.articles.filter((a) => a.translatedFrom?.machine === true);
    expect(machine.length).toBeGreaterThan(0);
    expect(lines.filter((l) => !l.startsWith(' '))).toEqual(machine.map((a) => a.id));
    const article = machine[0];
    expect(lines).toContain(`  translated from ${article?.translatedFrom?.language} by machine (basis: ${article?.translatedFrom?.basis})`);
    const odd = lines.map((l) => /^ {2}“(.+)” → (.+) \((translation|misspelling|misnaming)\)$/.exec(l)).filter((m) => m !== null);
    expect(odd.length).toBeGreaterThan(0);
    for (const [, written, entityName, kind] of odd) {
      const entity = corpus.entities.find((e) => e.name === entityName);
      expect(entity?.aliases.some((a) => a.name === written && a.kind === kind), `${written} -> ${entityName}`).toBe(true);
      expect(machine.some((a) => a.text.includes(written ?? '\0'))).toBe(true);
    }
  });
});

describe('docs/getting-started.md', () => {
  const guideBlocks = blocks.get('getting-started') ?? [];
  it('shows, under every code block, what it prints', () => {
    expect(guideBlocks.length).toBeGreaterThan(3);
    for (const [i, block] of guideBlocks.entries()) expect(block.output, `code block ${i + 1} (${block.section}): a \`\`\`text block with the output must follow it`).not.toBeNull();
  });
  it.each(guideBlocks.map((b, i) => [i + 1, b] as const))('code block %i runs and prints exactly the output shown', (_, block) => {
    const result = outputs.get(block.file);
    expect(result?.stderr).toBe('');
    expect(result?.status).toBe(0);
    expect(result?.stdout.trimEnd()).toBe((block.output ?? '').trimEnd());
  });
  it('first queries: the arrest figures and the misspelt outlet are what the corpus holds', () => {
    const [first] = guideBlocks;
    const lines = (outputs.get(first?.file ?? '')?.stdout ?? '').split('\n');
    for (const f of corpus.figures.filter((x) => x.group === 'qantar-arrests')) expect(lines).toContain(`${f.asOf ?? '(day not given)'} ${f.qualifier} ${f.value} ${f.span.text}`);
    const wangYi = corpus.citations.filter((c) => c.speaker === 'wang-yi');
    expect(lines.filter((l) => /^[a-z0-9-]+ (direct|indirect|mixed|scare-quote) /.test(l))).toHaveLength(wangYi.length);
  });
});
