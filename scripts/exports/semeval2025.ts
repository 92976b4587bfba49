/**
 * The entity roles in the SemEval-2025 Task 10 subtask 1 file formats (entity framing), so that the
 * task's models and scorer run on this corpus unchanged. One entry of the exports registry; writes
 * under `semeval2025/` (shipped as `qantar-corpus/semeval2025/*`):
 *
 *   raw-documents/<article>.txt        the article text, byte for byte (offsets index it)
 *   subtask-1-entity-mentions.txt      <article>.txt TAB <mention> TAB <start> TAB <end>       (the task's input)
 *   subtask-1-annotations.txt          ... TAB <main_role> TAB <fine_role> [TAB <fine_role>...] (the gold)
 *   roles.txt                          <main_role> TAB <fine_role>, the taxonomy
 *   README.txt
 *
 * As in the task's data, `article_id` is the document's file name, offsets count characters of the
 * text (Python's str indexing; the texts have no character outside the BMP, so code points and
 * UTF-16 units agree) and `end` is inclusive. The task's scorer keys a row by (article, mention,
 * start, end) and allows one main role per mention; a mention this corpus casts in two main roles
 * (two records on one span) cannot be written in that format, so it is left out of both files and
 * README.txt lists it, never silently.
 */
import type { Corpus } from '../../src/generated/types.js';
import { ENTITY_ROLE_TAXONOMY } from '../../src/schema/labels.js';
import type { ExportFormat } from './types.js';

type Role = Corpus['entityRoles'][number];

/** The roles of each mention, by `<article>@<start>-<end>`, in text order. */
function byMention(corpus: Corpus): Map<string, Role[]> {
  const m = new Map<string, Role[]>();
  for (const r of corpus.entityRoles) {
    const k = `${r.article}@${r.span.start}-${r.span.end}`;
    m.set(k, [...(m.get(k) ?? []), r]);
  }
  return m;
}

/** The SemEval-2025 subtask 1 files of a corpus, keyed by path under dist/. */
export function semeval2025Files(corpus: Corpus): Record<string, string> {
  const files: Record<string, string> = {};
  for (const a of corpus.articles) files[`semeval2025/raw-documents/${a.id}.txt`] = a.text;
  const mentions: string[] = [];
  const gold: string[] = [];
  const left: string[] = [];
  for (const roles of byMention(corpus).values()) {
    const first = roles[0]!;
    const mains = [...new Set(roles.map((r) => r.main))];
    const row = `${first.article}.txt\t${first.span.text}\t${first.span.start}\t${first.span.end - 1}`;
    if (mains.length > 1) {
      left.push(`  ${first.article} ${first.span.start}-${first.span.end} ${JSON.stringify(first.span.text)}: ${roles.map((r) => `${r.main} (${r.fine.join(', ')}, ${r.voice})`).join(' and ')}`);
      continue;
    }
    // Several records of one main role on one mention (several voices): the union of their fine roles.
    const fine = [...new Set(roles.flatMap((r) => r.fine))];
    mentions.push(row);
    gold.push(`${row}\t${mains[0]}\t${fine.join('\t')}`);
  }
  files['semeval2025/subtask-1-entity-mentions.txt'] = mentions.map((l) => `${l}\n`).join('');
  files['semeval2025/subtask-1-annotations.txt'] = gold.map((l) => `${l}\n`).join('');
  files['semeval2025/roles.txt'] = Object.entries(ENTITY_ROLE_TAXONOMY).flatMap(([main, fine]) => fine.map((f) => `${main}\t${f}\n`)).join('');
  files['semeval2025/README.txt'] = [
    'qantar-corpus entity roles in the SemEval-2025 Task 10 subtask 1 (entity framing) file formats.',
    '',
    'raw-documents/<article>.txt       the article texts; offsets are characters of these files',
    'subtask-1-entity-mentions.txt     article_id, entity_mention, start_offset, end_offset (inclusive): the task input',
    'subtask-1-annotations.txt         the same columns, then main_role and one or more fine-grained roles: the gold',
    'roles.txt                         the taxonomy: main role and fine-grained role, one pair per line',
    '',
    'The corpus records the voice of every role (the outlet\'s own, or a quoted speaker\'s), which these files',
    'cannot hold; use the entity-roles table (qantar-corpus/data/entity-roles.csv) or entityRoles() for it.',
    'Score a system with the task\'s scorer on these files, or with `qantar-corpus score entity-roles`, which',
    'reads the same TSV.',
    '',
    left.length === 0
      ? 'Every role of the corpus is in these files.'
      : `Left out: ${left.length} mention(s) the corpus casts in two main roles (the task allows one per mention):\n${left.join('\n')}`,
    '',
  ].join('\n');
  return files;
}

export const semeval2025: ExportFormat = {
  id: 'semeval2025',
  title: 'SemEval-2025 Task 10 subtask 1 file formats',
  audience: 'Entity-framing researchers: the task\'s models and scorer run on the entity roles unchanged (documents, mention input, gold roles).',
  paths: ['qantar-corpus/semeval2025/*'],
  files: (ctx) => semeval2025Files(ctx.corpus),
};
