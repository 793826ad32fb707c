import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { recordingIo } from '../support/cli-io';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-host-warning-'));
});

async function run(env: Record<string, string>, ...argv: string[]) {
  const io = recordingIo({ GONG_CONNECTIONS_DIR: dir, ...env });
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

const addWithUrl = (baseUrl: string) =>
  run(
    {},
    'connections',
    'add',
    'acme',
    '--base-url',
    baseUrl,
    '--access-key',
    'AK1234',
    '--secret-key',
    'SK9876',
  );

const ENV_CONNECTION = { GONG_ACCESS_KEY: 'ENVKEY1234', GONG_ACCESS_KEY_SECRET: 'ENVSECRET9876' };

describe('connections whose host is not a Gong API host', () => {
  it('add saves a *.gong.io host that is not *.api.gong.io, warning that the keys go there', async () => {
    const { code, err } = await addWithUrl('https://files.gong.io/');
    expect(code).toBe(0);
    expect(err).toContain('Warning: "files.gong.io" is not api.gong.io or a *.api.gong.io host');
  });

  it('add of a *.api.gong.io host prints no warning', async () => {
    const { code, err } = await addWithUrl('https://us-49467.api.gong.io/');
    expect(code).toBe(0);
    expect(err).toBe('');
  });

  it('show repeats the warning for a saved non-API host', async () => {
    await addWithUrl('files.gong.io');
    const { code, out, err } = await run({}, 'connections', 'show', 'acme');
    expect(code).toBe(0);
    expect(out).toContain('files.gong.io');
    expect(err).toContain('Warning: "files.gong.io" is not api.gong.io');
  });

  it('edit that moves the connection to a non-API host warns and keeps the keys', async () => {
    await addWithUrl('us-1.api.gong.io');
    const { code, out, err } = await run({}, 'connections', 'edit', 'acme', '--base-url', 'app.gong.io');
    expect(code).toBe(0);
    expect(out).toContain('••••••••9876');
    expect(err).toContain('Warning: "app.gong.io" is not api.gong.io');
  });

  it('list marks the default connection from GONG_BASE_URL as from the environment', async () => {
    const env = { ...ENV_CONNECTION, GONG_BASE_URL: 'https://us-7.api.gong.io' };
    const { code, out } = await run(env, 'connections', 'list');
    expect(code).toBe(0);
    expect(out).toMatch(/^default\s+us-7\.api\.gong\.io\s+key ••••••••1234 \(from environment\)$/m);
  });

  it('list shows a default connection whose GONG_BASE_URL is not a Gong host as invalid', async () => {
    const env = { ...ENV_CONNECTION, GONG_BASE_URL: 'https://gong.example.com' };
    const { code, out } = await run(env, 'connections', 'list');
    expect(code).toBe(0);
    expect(out).toContain('(from environment)  INVALID: Request URL is not allowed: host "gong.example.com"');
  });

  it('list --json gives each connection its source, problem and warning', async () => {
    await addWithUrl('files.gong.io');
    const env = { ...ENV_CONNECTION, GONG_BASE_URL: 'https://gong.example.com' };
    const views = JSON.parse((await run(env, 'connections', 'list', '--json')).out) as Record<
      string,
      unknown
    >[];
    expect(views.map(({ id, source }) => ({ id, source }))).toEqual([
      { id: 'acme', source: 'file' },
      { id: 'default', source: 'environment' },
    ]);
    expect(views[0]?.problem).toBeNull();
    expect(views[0]?.warning).toMatch(/files\.gong\.io/);
    expect(views[1]?.problem).toMatch(/not a \*\.gong\.io host/);
  });
});
