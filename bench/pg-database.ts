// Databases the bench creates on the server named by BENCH_PG (it may create and drop them): each section has its
// own, dropped and created again at the start of a run.
import pg from 'pg';

/** Drops the database `name` if it exists, creates it empty, and returns its URL (the server's, with this database). */
export async function freshPgDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  return pgDatabaseUrl(serverUrl, name);
}

/** The URL of database `name` on the server of `serverUrl`. */
export function pgDatabaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
