// Part of `npm run release:version`: after `changeset version` bumps package.json, writes the same
// version into CITATION.cff, so the citation file shipped in the tarball names the release it is in.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const file = path.join(root, 'CITATION.cff');
const text = readFileSync(file, 'utf8');
if (!/^version: .*$/m.test(text)) throw new Error('CITATION.cff has no "version:" line to update');
writeFileSync(file, text.replace(/^version: .*$/m, `version: ${version}`));
