// Parquet files from a typed column table (EVENT_COLUMNS), streamed in row groups so that large stores never sit in
// memory whole. Written with hyparquet-writer: pure JavaScript, no native build, Node 20.
import { fileWriter, parquetWriteRows } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import type { CellValue, ColumnType } from './events.js';

export interface TypedColumn<T> {
  name: string;
  type: ColumnType;
  value: (item: T) => CellValue;
}

const DAY_MS = 86_400_000;

/** Parquet schema elements: every column is OPTIONAL (null where the value is unknown). DATE is INT32 days since
 *  1970-01-01 with the DATE annotation, which pandas, R (arrow) and DuckDB read as a date. */
function schemaElement(name: string, type: ColumnType): SchemaElement {
  const repetition_type = 'OPTIONAL';
  switch (type) {
    case 'STRING': return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type };
    case 'DATE': return { name, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type };
    case 'INT32': return { name, type: 'INT32', repetition_type };
    case 'DOUBLE': return { name, type: 'DOUBLE', repetition_type };
    case 'BOOLEAN': return { name, type: 'BOOLEAN', repetition_type };
  }
}

/** An ISO date YYYY-MM-DD as days since the epoch; an unparseable value is an error, not a wrong date. */
function epochDays(value: string, column: string): number {
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(ms)) throw new Error(`${column}: "${value}" is not a date YYYY-MM-DD`);
  return Math.round(ms / DAY_MS);
}

/** Writes the items to a Parquet file, one row each; returns the number of rows. */
export function writeParquetFile<T>(file: string, columns: readonly TypedColumn<T>[], items: Iterable<T>, createdBy: string): number {
  let n = 0;
  function* rows(): Generator<Record<string, CellValue>> {
    for (const item of items) {
      const row: Record<string, CellValue> = {};
      for (const c of columns) {
        const v = c.value(item);
        row[c.name] = c.type === 'DATE' && typeof v === 'string' ? epochDays(v, c.name) : v;
      }
      n++;
      yield row;
    }
  }
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }, ...columns.map((c) => schemaElement(c.name, c.type))];
  // Sync iterable and file writer: parquetWriteRows returns once the file is complete.
  parquetWriteRows({ writer: fileWriter(file), rows: rows(), columns: columns.map((c) => ({ name: c.name })), schema, createdBy, rowGroupSize: 100_000 });
  return n;
}
