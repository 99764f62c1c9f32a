// The store backends the contract tests run on: SQLite always; PostgreSQL when DETENTE_TEST_PG (or DATABASE_URL)
// names a server (.ci/run starts a throwaway one). Each new store gets an empty database of its own.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { tempDir } from './fixtures.js';

export const PG_TEST_URL = process.env.DETENTE_TEST_PG || process.env.DATABASE_URL || null;
export const PG_SKIP = PG_TEST_URL ? false
  : 'PostgreSQL tests skipped: set DETENTE_TEST_PG=postgres://user@host:port/db (a server the tests may create databases on), or run .ci/run';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Why this backend's tests are skipped, or false. */
  skip: string | false;
  /** A new, empty database: a file path or a postgres:// URL. */
  newDatabase(): Promise<string>;
  /** Removes the databases made (stores on them must be closed). */
  cleanup(): Promise<void>;
}

export function sqliteBackend(prefix: string): Backend {
  let dir: string | null = null;
  let n = 0;
  return {
    name: 'sqlite',
    skip: false,
    async newDatabase() {
      dir ??= tempDir(prefix);
      return join(dir, `s${++n}.db`);
    },
    async cleanup() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The URL with another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function postgresBackend(prefix: string): Backend {
  const made: string[] = [];
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: PG_TEST_URL! });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    name: 'postgres',
    skip: PG_SKIP,
    async newDatabase() {
      const name = `detente_test_${prefix}_${process.pid}_${made.length + 1}`.replace(/[^a-z0-9_]/g, '_');
      await admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${name}`);
        await c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
      });
      made.push(name);
      return withDatabase(PG_TEST_URL!, name);
    },
    async cleanup() {
      if (!made.length) return;
      await admin(async (c) => {
        for (const name of made) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
    },
  };
}

export const backends = (prefix: string): Backend[] => [sqliteBackend(prefix), postgresBackend(prefix)];
