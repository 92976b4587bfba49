import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pythonLines, semevalFiles } from '../scripts/exports/semeval2023.js';
import type { Corpus } from '../src/generated/types.js';

const root = path.resolve(import.meta.dirname, '..');
const corpus = JSON.parse(readFileSync(path.join(root, 'src/generated/corpus.json'), 'utf8')) as Corpus;

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/**
 * Reads the export the way the SemEval-2023 Task 3 tools do (file names `article<N>.txt` parsed for
 * the numeric ID, `read().splitlines()` numbered from 1, the subtask-3 scorer's three-column reader)
 * and checks it against corpus.json, in Python's standard library only: none of the exporter's code.
 */
const CHECKER = String.raw`
import json, os, sys, hashlib
out, corpus_path = sys.argv[1], sys.argv[2]
corpus = json.load(open(corpus_path, encoding='utf-8'))
d = os.path.join(out, 'semeval2023')
ids = dict(line.split('\t') for line in open(os.path.join(d, 'ids.txt'), encoding='utf-8').read().splitlines())
articles = {a['id']: a for a in corpus['articles']}
problems = []
def read_scorer_file(p):
    rows = {}
    for line in open(p, encoding='utf-8').readlines():
        cols = line.rstrip().split('\t')
        if len(cols) < 2 or len(cols) > 3: problems.append('bad row ' + repr(line))
        rows[cols[0] + '_' + cols[1]] = cols[2].split(',') if len(cols) == 3 else []
    return rows
texts = {}
for fil in os.listdir(os.path.join(d, 'articles')):
    n = fil[7:].split('.')[0]
    int(n)
    a = articles[ids[n]]
    raw = open(os.path.join(d, 'articles', fil), 'rb').read()
    if hashlib.sha256(raw).hexdigest() != a['sha256']: problems.append('text changed: ' + fil)
    texts[n] = raw.decode('utf-8')
if sorted(ids[n] for n in texts) != sorted(articles): problems.append('articles missing')
techniques = set(l.rstrip('\n') for l in open(os.path.join(d, 'techniques_subtask3.txt'), encoding='utf-8'))
gold_spans = {(t['article'], t['technique'], t['span']['start'], t['span']['end']) for t in corpus['techniques']}
seen = set()
for n, text in texts.items():
    p = os.path.join(d, 'labels-subtask-3-spans', 'article%s-labels-subtask-3.txt' % n)
    for line in open(p, encoding='utf-8').read().splitlines():
        aid, tech, start, end = line.split('\t')
        start, end = int(start), int(end)
        key = (ids[aid], tech, start, end)
        if aid != n or key not in gold_spans: problems.append('span not in corpus: ' + line)
        seen.add(key)
        match = [t for t in corpus['techniques'] if (t['article'], t['technique'], t['span']['start'], t['span']['end']) == key]
        if not match or text[start:end] != match[0]['span']['text']: problems.append('span text differs: ' + line)
        if tech not in techniques: problems.append('unknown technique ' + tech)
if seen != gold_spans: problems.append('spans missing: %d' % len(gold_spans - seen))
rows = read_scorer_file(os.path.join(d, 'labels-subtask-3.txt'))
for n, text in texts.items():
    a = articles[ids[n]]
    content = [s['span'] for s in a['segments'] if s['content']]
    pos = 0
    for number, line in enumerate(text.splitlines(True), 1):
        start, stripped = pos, line.splitlines()[0] if line.splitlines() else ''
        end = start + len(stripped)
        pos += len(line)
        holds_content = end > start and any(c['start'] < end and start < c['end'] for c in content)
        key = n + '_' + str(number)
        if not holds_content:
            if key in rows: problems.append('row for a line without content: ' + key)
            continue
        if key not in rows: problems.append('content line has no row: ' + key); continue
        want = {t['technique'] for t in corpus['techniques'] if t['article'] == a['id'] and t['span']['start'] < end and start < t['span']['end']}
        if set(rows[key]) != want: problems.append('%s: %s != %s' % (key, sorted(rows[key]), sorted(want)))
for key, labels in rows.items():
    if key.split('_')[0] not in texts: problems.append('row for unknown article ' + key)
    for l in labels:
        if l not in techniques: problems.append('unknown technique in ' + key)
framing = {f['article']: f for f in corpus['framing']}
for name, field in (('labels-subtask-1.txt', 'genre'), ('labels-subtask-2.txt', 'frames')):
    got = dict(l.split('\t') for l in open(os.path.join(d, name), encoding='utf-8').read().splitlines())
    want = {n: (framing[ids[n]]['genre'] if field == 'genre' else ','.join(f['frame'] for f in framing[ids[n]]['frames'])) for n in texts}
    if got != want: problems.append(name + ' differs')
print(json.dumps({'problems': problems, 'rows': len(rows), 'spans': len(seen)}))
`;

describe('the SemEval-2023 Task 3 export, read by Python as the task\'s tools read it', () => {
  let dir: string;
  let result: { problems: string[]; rows: number; spans: number };
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'qantar-semeval-'));
    writeTree(dir, semevalFiles(corpus));
    writeFileSync(path.join(dir, 'check.py'), CHECKER);
    result = JSON.parse(execFileSync('python3', [path.join(dir, 'check.py'), dir, path.join(root, 'src/generated/corpus.json')], { encoding: 'utf8' })) as typeof result;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ships every text byte for byte, every technique span at its offsets, and paragraph rows that follow from the spans', () => {
    expect(result.problems).toEqual([]);
    expect(result.spans).toBe(corpus.techniques.length);
    // China Daily's whataboutism line ("Except, of course, those of the United States") is a row with it.
    const chinaDaily = corpus.articles.find((a) => a.id === 'chinadaily-2022-01-10-editorial');
    expect(chinaDaily).toBeDefined();
    const files = semevalFiles(corpus);
    const n = files['semeval2023/ids.txt']!.split('\n').find((l) => l.endsWith('\tchinadaily-2022-01-10-editorial'))!.split('\t')[0]!;
    const line = chinaDaily!.text.split('\n').findIndex((l) => l.includes('Except, of course, those of the United States')) + 1;
    expect(files['semeval2023/labels-subtask-3.txt']!.split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^${n}\\t${line}\\t.*\\bWhataboutism\\b`)));
  });

  it('gives each article a number derived from its ID, so a new article does not renumber the others', () => {
    const expected = (id: string) => String(Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16));
    const all = semevalFiles(corpus)['semeval2023/ids.txt']!;
    const fewer = semevalFiles({ ...corpus, articles: corpus.articles.slice(1), techniques: corpus.techniques.filter((t) => t.article !== corpus.articles[0]!.id), framing: corpus.framing.filter((f) => f.article !== corpus.articles[0]!.id) })['semeval2023/ids.txt']!;
    for (const row of fewer.trim().split('\n')) expect(all).toContain(row);
    for (const a of corpus.articles) expect(all).toContain(`${expected(a.id)}\t${a.id}\n`);
  });

  it('names the record when a technique points at an article the corpus lacks', () => {
    const bad = { ...corpus, techniques: [{ ...corpus.techniques[0]!, id: 'x@1-2/Doubt', article: 'no-such-article' }] } as unknown as Corpus;
    expect(() => semevalFiles(bad)).toThrow(/technique "x@1-2\/Doubt" names article "no-such-article"/);
  });
});

describe('line numbering', () => {
  it('numbers lines exactly as Python\'s str.splitlines does, for every line boundary Python knows', () => {
    const piece = fc.constantFrom('a', 'b c', ' ', 'é', '\n', '\r\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029', '\n\n');
    const texts = fc.sample(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), { numRuns: 300, seed: 7 });
    const ours = texts.map((t) => pythonLines(t).map((l) => t.slice(l.start, l.end)));
    const python = JSON.parse(execFileSync('python3', ['-c', 'import json,sys; print(json.dumps([t.splitlines() for t in json.load(sys.stdin)]))'], { input: JSON.stringify(texts), encoding: 'utf8' })) as string[][];
    expect(ours).toEqual(python);
  });
});
