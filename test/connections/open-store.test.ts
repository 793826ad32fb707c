import { randomBytes } from 'node:crypto';
import { parseSettings } from '../../src/config/settings';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/app/open-store';

const KEY = randomBytes(32).toString('base64');
let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'open-store-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

const errorOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a failure');
};

describe('choosing the connection store from the environment', () => {
  it('uses the file store, in clear, when neither GONG_CONNECTIONS_URL nor GONG_SECRETS_KEYS is set', async () => {
    const env = { GONG_CONNECTIONS_DIR: directory };
    const store = openStore(parseSettings(env, ['store']).store);
    expect(store.kind).toBe('file');
    await store.connections.add({
      id: 'acme',
      baseUrl: 'us-1.api.gong.io',
      accessKey: 'AK-1',
      accessKeySecret: 'S-1',
    });
    expect(await readFile(join(directory, 'acme.json'), 'utf8')).toContain('"accessKeySecret": "S-1"');
    expect(await store.migrate()).toBeNull();
  });

  it('encrypts the file store when GONG_SECRETS_KEYS is set', async () => {
    const env = { GONG_CONNECTIONS_DIR: directory, GONG_SECRETS_KEYS: `k1=${KEY}` };
    const store = openStore(parseSettings(env, ['store']).store);
    await store.connections.add({
      id: 'acme',
      baseUrl: 'us-1.api.gong.io',
      accessKey: 'AK-1',
      accessKeySecret: 'S-1',
    });
    const raw = await readFile(join(directory, 'acme.json'), 'utf8');
    expect(raw).not.toContain('AK-1');
    expect(raw).toContain('"keyId": "k1"');
  });

  it('selects PostgreSQL for a postgres:// URL, connecting only when first used', () => {
    const env = { GONG_CONNECTIONS_URL: 'postgres://u:p@127.0.0.1:1/db', GONG_SECRETS_KEYS: `k1=${KEY}` };
    expect(openStore(parseSettings(env, ['store']).store).kind).toBe('postgres');
  });

  it('refuses another kind of URL, naming the variable and not repeating the URL or its password', () => {
    const message = errorOf(
      () =>
        parseSettings(
          { GONG_CONNECTIONS_URL: 'mysql://user:hunter2@db/gong', GONG_SECRETS_KEYS: `k1=${KEY}` },
          ['store'],
        ).store,
    );
    expect(message).toBe(
      'invalid environment (1 problem):\n  GONG_CONNECTIONS_URL: use postgres://user:password@host:port/database',
    );
  });

  it('refuses a daily request limit that is not a positive whole number', () => {
    expect(errorOf(() => parseSettings({ GONG_DAILY_REQUEST_LIMIT: '-5' }, ['store']).store)).toMatch(
      /^invalid environment \(1 problem\):\n {2}GONG_DAILY_REQUEST_LIMIT: /,
    );
  });

  it('defaults the daily request limit to Gong’s 10,000', () => {
    expect(parseSettings({}, ['store']).store.dailyRequestLimit).toBe(10_000);
    expect(parseSettings({ GONG_DAILY_REQUEST_LIMIT: '2500' }, ['store']).store.dailyRequestLimit).toBe(2500);
  });
});
