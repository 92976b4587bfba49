// Runs every @example in the TSDoc of the public API and checks each `//=> result` comment
// against what the code really prints, so the documented results cannot drift from the data.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'test', '.examples');

interface Example { file: string; index: number; code: string }

function examples(): Example[] {
  const files = ['src', 'src/schema', 'src/score', 'src/generated'].flatMap((dir) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => path.join(dir, f)));
  const found: Example[] = [];
  for (const file of files) {
    const source = readFileSync(path.join(root, file), 'utf8');
    let index = 0;
    for (const m of source.matchAll(/@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g)) {
      const code = (m[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n');
      found.push({ file, index: index++, code });
    }
  }
  return found;
}

/** `console.log(x); //=> y` or `console.log(x);` then `//=> y` on the next line(s). */
function instrument(code: string): { code: string; expected: string[] } {
  const expected: string[] = [];
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    line = line.replace("from 'qantar-corpus'", `from '${path.join(root, 'src', 'index.ts')}'`).replace("from 'qantar-corpus/schema'", `from '${path.join(root, 'src', 'schema', 'index.ts')}'`).replace("from 'qantar-corpus/score'", `from '${path.join(root, 'src', 'score', 'index.ts')}'`);
    const inline = /^(.*console\.log\(.*\);?)\s*\/\/=>\s*(.*)$/.exec(line);
    if (inline) {
      expected.push((inline[2] as string).trim());
      out.push((inline[1] as string).replace('console.log(', '__log('));
      continue;
    }
    if (/^\s*\/\/=>/.test(line)) {
      const text = line.replace(/^\s*\/\/=>\s*/, '').trim();
      if (out.length > 0 && /__log\(/.test(out.at(-1) as string) && expected.length < out.filter((l) => l.includes('__log(')).length) expected.push(text);
      continue;
    }
    out.push(line.replace('console.log(', '__log('));
  }
  return { code: `const __logs: unknown[] = [];\nconst __log = (...a: unknown[]) => { __logs.push(a.length === 1 ? a[0] : { __args: a }); };\n${out.join('\n')}\nexport { __logs };\n`, expected };
}

function matches(actual: unknown, expected: string): boolean {
  const show = (v: unknown) => inspect(v, { breakLength: Number.POSITIVE_INFINITY, depth: 4, maxArrayLength: 1000, maxStringLength: 10_000 });
  // console.log(a, b) prints its arguments separated by spaces, strings without quotes.
  const args = actual !== null && typeof actual === 'object' && '__args' in actual ? (actual as { __args: unknown[] }).__args : null;
  const text = args ? args.map((a) => (typeof a === 'string' ? a : show(a))).join(' ') : show(actual);
  if (!expected.includes('...')) return text === expected;
  const [head, ...rest] = expected.split('...');
  const tail = rest.join('...');
  return text.startsWith((head as string).trimEnd().replace(/,$/, '')) && text.endsWith(tail.trimStart());
}

mkdirSync(work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('TSDoc examples', () => {
  const all = examples();
  it('every public function file has an example', () => {
    expect(all.length).toBeGreaterThanOrEqual(15);
  });
  for (const example of all) {
    it(`${example.file} example ${example.index + 1} prints what it says`, async () => {
      const { code, expected } = instrument(example.code);
      const file = path.join(work, `${path.basename(example.file, '.ts')}-${example.index}.ts`);
      writeFileSync(file, code);
      const mod = (await import(file)) as { __logs: unknown[] };
      expect(expected.length).toBeGreaterThan(0);
      expect(mod.__logs.length).toBeGreaterThanOrEqual(expected.length);
      expected.forEach((want, i) => {
        const got = mod.__logs[i];
        expect(matches(got, want), `printed ${inspect(got, { breakLength: Number.POSITIVE_INFINITY })}, documented ${want}`).toBe(true);
      });
    });
  }
});
