import { ENTITY_ROLE_TAXONOMY } from '../schema/labels.js';
import { at, type CorpusIssue } from './issue.js';
import type { CorpusRule } from './types.js';
import { checkVoice, contentCheck } from './voice.js';

/**
 * Entity roles rest on the mentions layer and the citations, and every entity an article mentions
 * in content is either cast in a role or listed as uncast with a reason.
 */
export const entityRoles: CorpusRule = {
  name: 'entity-roles',
  description: 'Every entity-role span is a content mention of its entity, its fine roles belong to its main role, its voice agrees with the citations, each entity has one record per voice and main role, and every entity mentioned in an article\'s content is either cast in a role or listed as uncast (never both).',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const inContent = contentCheck(corpus.articles);
    const seen = new Map<string, string>();
    corpus.entityRoles.forEach((r, i) => {
      const issue = (field: string, message: string, fix: string) => issues.push({ ...at('entityRoles', i, r.id, field), rule: 'entity-roles', message, fix });
      const allowed: readonly string[] = ENTITY_ROLE_TAXONOMY[r.main];
      const stray = r.fine.filter((f) => !allowed.includes(f));
      if (stray.length > 0) issue('fine', `fine role ${stray.map((f) => JSON.stringify(f)).join(', ')} is not a ${r.main} role`, `use one of ${allowed.join(', ')}, or change the main role`);
      const mention = corpus.entityMentions.some((m) => m.article === r.article && m.entity === r.entity && m.span.start === r.span.start && m.span.end === r.span.end);
      if (!mention) issue('span', `span ${JSON.stringify(r.span.text)} is not a mention of ${r.entity} in the mentions layer`, `anchor the role on one of the article's mentions of ${r.entity} (mentions.yaml)`);
      if (!inContent(r.article, r.span)) issue('span', `span ${JSON.stringify(r.span.text)} is not in content`, 'anchor the role on a mention in article content');
      checkVoice(corpus.citations, r, { record: 'role', unit: 'mention', act: 'the casting' }, issue);
      const key = `${r.article}|${r.entity}|${r.voice}|${r.citation ?? ''}|${r.main}`;
      const first = seen.get(key);
      if (first) issue('main', `${r.entity} is already cast as ${r.main} in this voice by ${first}`, 'merge the two records: one record per entity, voice and main role, with every fine role it takes');
      else seen.set(key, r.id);
    });
    corpus.framing.forEach((f, i) => {
      const mentioned = new Set(corpus.entityMentions.filter((m) => m.article === f.article && inContent(f.article, m.span)).map((m) => m.entity));
      const cast = new Set(corpus.entityRoles.filter((r) => r.article === f.article).map((r) => r.entity));
      const uncast = new Set<string>();
      f.uncast.forEach((u, j) => {
        const issue = (message: string, fix: string) => issues.push({ ...at('framing', i, f.article, `uncast.${j}`), rule: 'entity-roles', message, fix });
        if (uncast.has(u.entity)) issue(`${u.entity} is listed as uncast twice`, 'remove the duplicate');
        uncast.add(u.entity);
        if (cast.has(u.entity)) issue(`${u.entity} is listed as uncast but has a role record`, 'remove it from uncast, or remove its role records');
        if (!mentioned.has(u.entity)) issue(`${u.entity} is listed as uncast but the article does not mention it in content`, 'remove it from uncast');
      });
      for (const entity of [...mentioned].sort()) {
        if (!cast.has(entity) && !uncast.has(entity)) {
          issues.push({ ...at('framing', i, f.article, 'uncast'), rule: 'entity-roles', message: `${entity} is mentioned in content but neither cast in a role nor listed as uncast`, fix: `add a role for ${entity} to roles.yaml, or list it under uncast with the reason` });
        }
      }
    });
    return issues;
  },
};
