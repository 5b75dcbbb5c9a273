/** The parts of citation-js (untyped, used only as an independent parser in tests) that the format tests call. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: Record<string, unknown>[];
    format(format: 'bibliography' | 'data' | 'bibtex' | 'ris', options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
