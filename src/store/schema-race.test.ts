// PostgreSQL shared with other clients that drop schemas (tests sharing a server each make and
// drop their own): opening a store must not fail because one of theirs vanished mid-migration.
// With Kysely's own table listing, about one open in three failed here with 3F000.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { PG_URL, pgSkip, postgresDatabase } from './test-support.js';

describe('a store on a PostgreSQL where others drop schemas', { skip: pgSkip }, () => {
  it('opens every time', async () => {
    const other = new pg.Client({ connectionString: PG_URL });
    await other.connect();
    let stop = false;
    const churn = (async () => {
      for (let i = 0; !stop; i++) {
        const s = `churn_${process.pid}_${i}`;
        await other.query(`create schema "${s}"; create table "${s}".t (n integer)`);
        await other.query(`drop schema "${s}" cascade`);
      }
    })();
    const failures: string[] = [];
    try {
      for (let i = 0; i < 15; i++) {
        const db = postgresDatabase();
        try {
          await db.open();
        } catch (e) {
          failures.push(String(e));
        } finally {
          await db.cleanup();
        }
      }
    } finally {
      stop = true;
      await churn;
      await other.end();
    }
    assert.deepEqual(failures, []);
  });
});
