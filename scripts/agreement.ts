/**
 * npm run agreement: the blind second reading against the first annotation and the built corpus.
 * Prints per-field agreement and Krippendorff's alpha, and exits 1 when a disagreement is not
 * adjudicated or an adjudication is contradicted by the corpus.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../src/generated/types.js';
import { agreementReport, agreementTable, readAgreementFiles } from './agreement/report.js';

const root = path.resolve(import.meta.dirname, '..');
try {
  const corpus = JSON.parse(readFileSync(path.join(root, 'src/generated/corpus.json'), 'utf8')) as Corpus;
  const report = agreementReport(readAgreementFiles(path.join(root, 'data/agreement')), corpus);
  console.log(`Blind second reading of ${report.articles.length} articles: ${report.disagreements} disagreements with the first annotation, ${report.removed} units removed, ${report.missing.added} missing items added and ${report.missing.rejected} rejected.\n`);
  console.log(agreementTable(report).join('\n'));
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.length} problem(s):`);
    for (const p of report.problems) console.error(`  ${p}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`agreement: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
