// TypeDoc plugin for the qantar-corpus API reference (loaded by typedoc.json).
//
// 1. A property left without a comment whose type is a documented type of the package (`span: Span`,
//    `stateAffiliation: StateAffiliation`) or a documented field of one (`mode?: Citation['mode']`)
//    shows that type's or field's summary, so every field in the record interfaces has a description.
// 2. Links to the rest of the docs site in `navigationLinks` are written `site:index.html` and
//    made relative to each page (typedoc would use them as they are, wrong below the top folder).
// 3. The entry points are named as users import them: `qantar-corpus`, `qantar-corpus/schema`, `qantar-corpus/score`.
// 4. It checks the house rule for the public surface: every export of an entry point has a summary,
//    and every function, class and value export also has an `@example`; every property of an
//    exported interface has a description. A gap is a warning, so with `treatWarningsAsErrors` the
//    docs build fails, unless the export is listed in the `qantarKnownGaps` option under a reason
//    (`{ "reason": ["module.name", ...] }`); listed gaps are printed as info lines, so they stay
//    visible until fixed.
// 5. No link inside a <summary> (axe: nested-interactive): the sidebar's module entries get a plain
//    label (the module's page becomes the first entry of its list), and section headings inside a
//    summary lose their permalink icon (they keep their id).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Application, Comment, Converter, PageEvent, ParameterType, ReflectionKind, RendererEvent } from 'typedoc';
import ts from 'typescript';

const NEEDS_EXAMPLE = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Variable;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: 'qantarKnownGaps',
    help: 'Exports allowed to lack a summary or @example for now: { "reason": ["module.name", ...] }.',
    type: ParameterType.Mixed,
    defaultValue: {},
    validate(value) {
      const ok = typeof value === 'object' && value !== null && !Array.isArray(value) &&
        Object.values(value).every((names) => Array.isArray(names) && names.every((n) => typeof n === 'string'));
      if (!ok) throw new Error(`qantarKnownGaps must map a reason to a list of "module.name" strings, got ${JSON.stringify(value)}`);
    },
  });

  // TypeScript resolves `Citation['mode']` to its union before TypeDoc sees it, so note the
  // written type of each property as it is created.
  /** @type {WeakMap<import('typedoc').Reflection, { owner: string, key: string }>} */
  const indexedAccess = new WeakMap();
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
    const written = declaration && 'type' in declaration ? indexedAccessOf(declaration.type) : undefined;
    if (written) indexedAccess.set(reflection, written);
  });

  app.renderer.on(RendererEvent.END, (event) => {
    const file = path.join(event.outputDirectory, 'assets', 'main.js');
    const script = readFileSync(file, 'utf8');
    if (!script.includes(NAV_SUMMARY_LINK)) {
      throw new Error(`typedoc-plugin: ${file} no longer contains the sidebar code this plugin patches (a <summary> holding a link); typedoc changed: update NAV_SUMMARY_LINK and NAV_SUMMARY_LABEL in scripts/docs/typedoc-plugin.mjs`);
    }
    writeFileSync(file, script.replace(NAV_SUMMARY_LINK, NAV_SUMMARY_LABEL));
  });

  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents) return;
    page.contents = page.contents.replaceAll('href="site:', `href="${'../'.repeat(page.url.split('/').length)}`);
    // A section heading inside a <summary> keeps its id but loses the permalink icon: a link inside the
    // control that opens the section is a nested control (axe: nested-interactive).
    page.contents = page.contents.replace(/<summary\b[^>]*>[\s\S]*?<\/summary>/g, (summary) => summary.replace(/<a\b[^>]*class="tsd-anchor-icon"[^>]*>[\s\S]*?<\/a>/g, ''));
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    // With displayBasePath "." (so that source links keep `src/`), typedoc names the modules by
    // path (`src`, `src/schema`); name them by the import path instead: src/<dir>/index.ts is
    // `qantar-corpus/<dir>`.
    for (const module of context.project.children ?? []) {
      const dir = /^src(?:\/(.+))?$/.exec(module.name);
      if (dir) module.name = dir[1] ? `qantar-corpus/${dir[1]}` : 'qantar-corpus';
    }
    const interfaces = context.project.getReflectionsByKind(ReflectionKind.Interface);
    for (const property of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      if (property.comment?.summary.length) continue;
      const written = indexedAccess.get(property);
      const field = written && interfaces.find((i) => i.name === written.owner)?.getChildByName([written.key]);
      const summary = (field?.comment?.summary.length ? field : documentedTarget(property.type))?.comment?.summary;
      if (summary?.length) property.comment = new Comment(Comment.cloneDisplayParts(summary));
    }
  });

  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    /** @type {Record<string, string[]>} */
    const gaps = app.options.getValue('qantarKnownGaps');
    /** @type {Map<string, string>} */
    const known = new Map(Object.entries(gaps).flatMap(([reason, names]) => names.map((n) => [n, reason])));
    /** @type {Map<string, string[]>} */
    const listed = new Map();
    const fixed = new Set(known.keys());
    for (const module of project.children ?? []) {
      for (const child of module.children ?? []) {
        const name = `${module.name}.${child.name}`;
        const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)].filter(Boolean);
        const problems = [];
        if (!comments.some((c) => c.summary.length > 0)) problems.push('has no summary');
        if (child.kindOf(NEEDS_EXAMPLE) && !comments.some((c) => c.getTag('@example'))) problems.push('has no @example');
        if (child.kindOf(ReflectionKind.Interface)) {
          const bare = (child.children ?? []).filter((p) => p.kindOf(ReflectionKind.Property) && !p.comment?.summary.length);
          if (bare.length) problems.push(`has undocumented properties (${bare.map((p) => p.name).join(', ')})`);
        }
        if (problems.length === 0) continue;
        fixed.delete(name);
        const reason = known.get(name);
        if (reason !== undefined) listed.set(reason, [...(listed.get(reason) ?? []), name]);
        else app.logger.warn(`${name} (${ReflectionKind.singularString(child.kind)}) ${problems.join(' and ')}: add TSDoc with a summary and an @example (import line and result) in ${child.sources?.[0]?.fileName ?? 'its source'}, or list it in qantarKnownGaps in typedoc.json with the reason`);
      }
    }
    for (const [reason, names] of listed) app.logger.info(`${names.length} known documentation gap(s) (${reason}): ${names.join(', ')}`);
    if (fixed.size) app.logger.info(`qantarKnownGaps lists exports that are now documented; remove them: ${[...fixed].join(', ')}`);
  });
}

/**
 * The documented reflection a property type points at: `Span` for `Span`, `Citation.mode` for
 * `Citation['mode']` (also inside `NonNullable<...>` or `Array<...>`).
 * @param {import('typedoc').SomeType | undefined} type
 * @returns {import('typedoc').Reflection | undefined}
 */
function documentedTarget(type) {
  if (!type) return undefined;
  if (type.type === 'reference') {
    if (type.reflection?.comment?.summary.length) return type.reflection;
    if (type.typeArguments?.length === 1) return documentedTarget(type.typeArguments[0]);
    return undefined;
  }
  if (type.type === 'array') return documentedTarget(type.elementType);
  if (type.type === 'typeOperator') return documentedTarget(type.target);
  if (type.type === 'indexedAccess' && type.objectType.type === 'reference' && type.indexType.type === 'literal') {
    const owner = type.objectType.reflection;
    const field = owner && 'getChildByName' in owner ? owner.getChildByName([String(type.indexType.value)]) : undefined;
    return field?.comment?.summary.length ? field : undefined;
  }
  return undefined;
}

/**
 * `{ owner: 'Citation', key: 'mode' }` for a written type `Citation['mode']`, also inside
 * `NonNullable<...>`; undefined for any other type.
 * @param {import('typescript').TypeNode | undefined} node
 * @returns {{ owner: string, key: string } | undefined}
 */
function indexedAccessOf(node) {
  if (!node) return undefined;
  if (ts.isTypeReferenceNode(node) && node.typeArguments?.length === 1) return indexedAccessOf(node.typeArguments[0]);
  if (ts.isIndexedAccessTypeNode(node) && ts.isTypeReferenceNode(node.objectType) && ts.isIdentifier(node.objectType.typeName) &&
    ts.isLiteralTypeNode(node.indexType) && ts.isStringLiteral(node.indexType.literal)) {
    return { owner: node.objectType.typeName.text, key: node.indexType.literal.text };
  }
  return undefined;
}

/** typedoc 0.28's sidebar code (minified) that puts a module's link inside the summary of its accordion… */
const NAV_SUMMARY_LINK = 'o.innerHTML=\'<svg width="20" height="20"><use href="#icon-chevronDown"></use></svg>\',De(t,o);let a=s.appendChild(document.createElement("div"));a.className="tsd-accordion-details";let c=a.appendChild(document.createElement("ul"));c.className="tsd-nested-navigation";';
/** … and the same with a plain label in the summary and the link as the first entry of the list. */
const NAV_SUMMARY_LABEL = 'o.innerHTML=\'<svg width="20" height="20"><use href="#icon-chevronDown"></use></svg>\',o.appendChild(Fe(t.text,document.createElement("span")));let a=s.appendChild(document.createElement("div"));a.className="tsd-accordion-details";let c=a.appendChild(document.createElement("ul"));c.className="tsd-nested-navigation";if(t.path)De({...t,text:`${t.text} (overview)`},c.appendChild(document.createElement("li")),t.class);';
