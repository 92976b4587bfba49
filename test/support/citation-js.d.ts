// citation-js ships no type declarations; the part of its API the tests use.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
    format(kind: 'bibliography' | 'citation' | 'data' | 'bibtex', options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
