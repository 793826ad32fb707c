import { execFile } from 'node:child_process';
import { parseSettings } from '../../src/config/settings';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/app/open-store';
import { startPostgres, type TestPostgres } from '../support/postgres';

const CHILD = fileURLToPath(new URL('./support/store-child.ts', import.meta.url));
const KEYS = `k1=${randomBytes(32).toString('base64')}`;

let postgres: TestPostgres;
let directory: string;
let databaseUrl: string;

beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(() => postgres?.stop());
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'store-processes-'));
  databaseUrl = await postgres.createDatabase();
});
afterEach(() => rm(directory, { recursive: true, force: true }));

const KINDS = {
  files: () => ({ GONG_CONNECTIONS_DIR: directory }),
  postgresql: () => ({ GONG_CONNECTIONS_URL: databaseUrl, GONG_SECRETS_KEYS: KEYS }),
} as const;

type Outcome = { ok: true } | { error: string; message: string };

describe.each(Object.keys(KINDS) as (keyof typeof KINDS)[])(
  'the %s store changed by several processes',
  (kind) => {
    const env = () => ({ PATH: process.env.PATH ?? '', ...KINDS[kind]() });

    /** Runs one child per argument list, all starting their change at the same moment. */
    async function runAtOnce(commands: string[][]): Promise<Outcome[]> {
      const startAt = String(Date.now() + 4000); // after every child has loaded tsx and opened the store
      return Promise.all(
        commands.map(async (args) => {
          const { stdout } = await promisify(execFile)(
            process.execPath,
            ['--import', 'tsx', CHILD, startAt, ...args],
            { env: env(), timeout: 60_000 },
          );
          return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Outcome;
        }),
      );
    }

    function store() {
      const opened = openStore(parseSettings(env(), ['store']).store);
      return { connections: opened.connections, close: () => opened.close() };
    }

    it('lets one of four processes adding the same id win; the others fail saying it exists', async () => {
      const outcomes = await runAtOnce(['a', 'b', 'c', 'd'].map((s) => ['add', 'acme', `secret-${s}`]));
      const winners = outcomes.flatMap((o, i) => ('ok' in o ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(outcomes.filter((o) => !('ok' in o))).toEqual(
        Array(3).fill({
          error: 'ConnectionExistsError',
          message: expect.stringContaining('"acme" already exists'),
        }),
      );
      const s = store();
      expect((await s.connections.get('acme')).accessKeySecret).toBe(
        `secret-${['a', 'b', 'c', 'd'][winners[0] ?? 0]}`,
      );
      await s.close();
    });

    it('keeps all three edits of different fields made by three processes at once', async () => {
      const s = store();
      await s.connections.add({
        id: 'acme',
        baseUrl: 'us-1.api.gong.io',
        accessKey: 'AKEY-OLD',
        accessKeySecret: 'secret-old',
      });
      const outcomes = await runAtOnce([
        ['edit', 'acme', 'accessKey', 'AKEY-NEW', '300'],
        ['edit', 'acme', 'accessKeySecret', 'secret-new', '300'],
        ['edit', 'acme', 'baseUrl', 'us-2.api.gong.io', '300'],
      ]);
      expect(outcomes).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
      expect(await s.connections.get('acme')).toEqual({
        id: 'acme',
        baseUrl: 'us-2.api.gong.io',
        accessKey: 'AKEY-NEW',
        accessKeySecret: 'secret-new',
      });
      await s.close();
    });
  },
);
