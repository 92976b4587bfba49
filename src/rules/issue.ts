/** Where a problem is: a record of the corpus (by collection and index) and the field within it. */
export interface RecordLocation {
  /** Collection of the corpus the record is in, such as `figures` or `articles`. */
  readonly collection: string;
  /** Index of the record in that collection. */
  readonly index: number;
  /** ID (or mention ID) of the record, when it has one. */
  readonly id: string | null;
  /** Dotted path of the field within the record, such as `span.end` or `segments.3`. */
  readonly field: string | null;
}

/** One problem found in a corpus: what is wrong and what would fix it. */
export interface CorpusIssue extends RecordLocation {
  /** Name of the rule that found it. */
  readonly rule: string;
  /** What is wrong, naming the bad value. */
  readonly message: string;
  /** What would fix it. */
  readonly fix: string;
}

export const at = (
  collection: string,
  index: number,
  id: string | null,
  field: string | null,
): RecordLocation => ({ collection, index, id, field });
