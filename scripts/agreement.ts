/**
 * npm run agreement: the blind second readings against the first annotation and the built corpus.
 * Prints per-field agreement and Krippendorff's alpha for the claim layers (data/agreement) and the
 * framing layer (data/agreement/framing), and exits 1 when a disagreement is not adjudicated or an
 * adjudication is contradicted by the corpus.
 *
 *   --corpus <file>   the built corpus to check against (default src/generated/corpus.json)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Corpus } from '../src/generated/types.js';
import { framingAgreementReport, framingAgreementTable, readFramingAgreementFiles } from './agreement/framing.js';
import { agreementReport, agreementTable, readAgreementFiles } from './agreement/report.js';

const root = path.resolve(import.meta.dirname, '..');
try {
  const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
  const corpus = JSON.parse(readFileSync(values.corpus ?? path.join(root, 'src/generated/corpus.json'), 'utf8')) as Corpus;
  const report = agreementReport(readAgreementFiles(path.join(root, 'data/agreement')), corpus);
  console.log(`Blind second reading of ${report.articles.length} articles: ${report.disagreements} disagreements with the first annotation, ${report.removed} units removed, ${report.missing.added} missing items added and ${report.missing.rejected} rejected.\n`);
  console.log(agreementTable(report).join('\n'));
  const framing = framingAgreementReport(readFramingAgreementFiles(path.join(root, 'data/agreement/framing')), corpus);
  console.log(`\nBlind second reading of the framing layer, ${framing.articles.length} articles:\n`);
  console.log(framingAgreementTable(framing).join('\n'));
  const problems = [...report.problems, ...framing.problems];
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`agreement: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
