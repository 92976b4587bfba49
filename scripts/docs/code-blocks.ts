// Extraction of the code blocks of a guide, for the tests that run them (test/recipes.test.ts).
import { Lexer, type Tokens } from 'marked';

/** A fenced code block of a guide, with the section it is in and the output shown after it. */
export interface GuideCodeBlock {
  /** The text of the nearest `##` heading above the block ('' before the first). */
  readonly section: string;
  /** The fence's language (`ts`, `js`, `sh`…). */
  readonly lang: string;
  readonly code: string;
  /** The `text` block that follows the code block before the next code block or heading, if any: what the code prints. */
  readonly output: string | null;
}

/**
 * Lists the fenced code blocks of a Markdown text in order, each with its section and the
 * `text` block that shows its output.
 *
 * @param markdown - The guide's Markdown.
 * @returns Every fenced block except the `text` output blocks themselves.
 *
 * @example
 * ```ts
 * codeBlocks('## A\n\n```ts\nconsole.log(1)\n```\n\nIt prints:\n\n```text\n1\n```\n');
 * //=> [ { section: 'A', lang: 'ts', code: 'console.log(1)', output: '1' } ]
 * ```
 */
export function codeBlocks(markdown: string): GuideCodeBlock[] {
  const blocks: { section: string; lang: string; code: string; output: string | null }[] = [];
  let section = '';
  let last: (typeof blocks)[number] | null = null;
  for (const token of Lexer.lex(markdown)) {
    if (token.type === 'heading') {
      if ((token as Tokens.Heading).depth <= 2) section = (token as Tokens.Heading).text;
      last = null;
    } else if (token.type === 'code') {
      const { lang = '', text } = token as Tokens.Code;
      const language = lang.trim().split(/\s+/)[0] ?? '';
      if (language === 'text' && last && last.output === null) {
        last.output = text;
        last = null;
      } else if (language !== 'text') {
        last = { section, lang: language, code: text, output: null };
        blocks.push(last);
      }
    }
  }
  return blocks;
}
