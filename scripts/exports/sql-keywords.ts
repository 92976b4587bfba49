// SQL keywords a column name must not be, so that every column can be named unquoted in DuckDB,
// PostgreSQL and standard SQL. Two lists, copied (not generated) from their sources:
//   - the reserved words of SQL:2016 and SQL:2023 Part 2 (Foundation), as PostgreSQL's documentation
//     lists them (doc/src/sgml/keywords/sql2016-02-reserved.txt and sql2023-02-reserved.txt);
//   - DuckDB 1.5's keywords that are not `unreserved` in `duckdb_keywords()` (reserved, type_function
//     and column_name: `asof`, `group`, `end`, `position`...). test/table-clients.test.ts checks this
//     list against the DuckDB it runs, so a DuckDB upgrade that adds a keyword fails there.

const SQL_RESERVED = `
  abs absent acos all allocate alter and any any_value are array array_agg array_max_cardinality as asensitive
  asin asymmetric at atan atomic authorization avg begin begin_frame begin_partition between bigint binary blob
  boolean both btrim by call called cardinality cascaded case cast ceil ceiling char char_length character
  character_length check classifier clob close coalesce collate collect column commit condition connect
  constraint contains convert copy corr corresponding cos cosh count covar_pop covar_samp create cross cube
  cume_dist current current_catalog current_date current_default_transform_group current_path current_role
  current_row current_schema current_time current_timestamp current_transform_group_for_type current_user
  cursor cycle date day deallocate dec decfloat decimal declare default define delete dense_rank deref describe
  deterministic disconnect distinct double drop dynamic each element else empty end end-exec end_frame
  end_partition equals escape every except exec execute exists exp external extract false fetch filter
  first_value float floor for foreign frame_row free from full function fusion get global grant greatest group
  grouping groups having hold hour identity in indicator initial inner inout insensitive insert int integer
  intersect intersection interval into is join json json_array json_arrayagg json_exists json_object
  json_objectagg json_query json_scalar json_serialize json_table json_table_primitive json_value lag language
  large last_value lateral lead leading least left like like_regex listagg ln local localtime localtimestamp
  log log10 lower lpad match match_number match_recognize matches max measures member merge method min minute
  mod modifies module month multiset national natural nchar nclob new no none normalize not nth_value ntile
  null nullif numeric occurrences_regex octet_length of offset old omit on one only open or order out outer
  over overlaps overlay parameter partition pattern per percent percent_rank percentile_cont percentile_disc
  period permute portion position position_regex power precedes precision prepare primary procedure ptf range
  rank reads real recursive ref references referencing regr_avgx regr_avgy regr_count regr_intercept regr_r2
  regr_slope regr_sxx regr_sxy regr_syy release result return returns revoke right rollback rollup row
  row_number rows rpad running savepoint scope scroll search second seek select sensitive session_user set show
  similar sin sinh skip smallint some specific specifictype sql sqlexception sqlstate sqlwarning sqrt start
  static stddev_pop stddev_samp submultiset subset substring substring_regex succeeds sum symmetric system
  system_time system_user table tablesample tan tanh then time timestamp timezone_hour timezone_minute to
  trailing translate translate_regex translation treat trigger trim trim_array true truncate uescape union
  unique unknown unmatched unnest update upper user using value value_of values var_pop var_samp varbinary
  varchar varying versioning when whenever where width_bucket window with within without year
`;

const DUCKDB_KEYWORDS = `
  all analyse analyze and anti any array as asc asof asymmetric at authorization between bigint binary bit
  boolean both by case cast char character check coalesce collate collation column columns concurrently
  constraint create cross dec decimal default deferrable desc describe distinct do else end except exists
  extract false fetch float for foreign freeze from full generated glob group grouping grouping_id having ilike
  in initially inner inout int integer intersect interval into is isnull join lambda lateral leading left like
  limit map national natural nchar none not notnull null nullif numeric offset on only or order out outer
  overlaps overlay pivot pivot_longer pivot_wider placing position positional precision primary qualify real
  references returning right row select semi setof show similar smallint some struct substring summarize
  symmetric table tablesample then time timestamp to trailing treat trim true try_cast union unique unpack
  unpivot using values varchar variadic verbose when where window with xmlattributes xmlconcat xmlelement
  xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable
`;

/** Lowercase keywords no column name may equal. */
export const SQL_KEYWORDS: ReadonlySet<string> = new Set([...SQL_RESERVED.split(/\s+/), ...DUCKDB_KEYWORDS.split(/\s+/)].filter(Boolean));
