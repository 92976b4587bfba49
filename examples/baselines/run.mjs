// Shared by the baselines: when a baseline file is run directly, print its predictions as JSONL.
import { pathToFileURL } from 'node:url';

export async function printWhenRun(metaUrl, predict) {
  if (process.argv[1] === undefined || metaUrl !== pathToFileURL(process.argv[1]).href) return;
  const { corpus } = await import('qantar-corpus');
  for (const line of predict(corpus)) process.stdout.write(`${JSON.stringify(line)}\n`);
}
