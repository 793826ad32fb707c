import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli-io';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-connections-'));
});

const run = (...argv: string[]) => cli({ GONG_CONNECTIONS_DIR: dir }, ...argv);

const add = () =>
  run(
    'connections',
    'add',
    'acme',
    '--base-url',
    'https://us-49467.api.gong.io/',
    '--access-key',
    'ACCESSKEY1234',
    '--secret-key',
    'SECRETVALUE9876',
  );

describe('gong-worker connections', () => {
  it('add saves the URL without protocol and shows the keys masked', async () => {
    const { code, out } = await add();
    expect(code).toBe(0);
    expect(out).toContain('us-49467.api.gong.io');
    expect(out).toContain('••••••••1234');
    expect(out).toContain('••••••••9876');
    expect(out).not.toContain('ACCESSKEY1234');
    const stored = JSON.parse(await readFile(join(dir, 'acme.json'), 'utf8')) as Record<string, string>;
    expect(stored.baseUrl).toBe('us-49467.api.gong.io');
    expect((await stat(join(dir, 'acme.json'))).mode & 0o777).toBe(0o600);
  });

  it('add with a blank secret fails with "Failed to install integration", naming the field', async () => {
    const { code, err } = await run(
      'connections',
      'add',
      'acme',
      '--base-url',
      'us-1.api.gong.io',
      '--access-key',
      'K',
      '--secret-key',
      ' ',
    );
    expect(code).toBe(1);
    expect(err).toContain('Failed to install integration: Access Key Secret is required');
  });

  it('add without --base-url is a usage error', async () => {
    const { code, err } = await run('connections', 'add', 'acme', '--access-key', 'K', '--secret-key', 'S');
    expect(code).toBe(2);
    expect(err).toContain('--base-url');
  });

  it('edit keeps what it is not given and replaces what it is', async () => {
    await add();
    const { code } = await run(
      'connections',
      'edit',
      'acme',
      '--secret-key',
      'NEWSECRET5555',
      '--access-key',
      '',
    );
    expect(code).toBe(0);
    const stored = JSON.parse(await readFile(join(dir, 'acme.json'), 'utf8')) as Record<string, string>;
    expect(stored).toEqual({
      id: 'acme',
      baseUrl: 'us-49467.api.gong.io',
      accessKey: 'ACCESSKEY1234',
      accessKeySecret: 'NEWSECRET5555',
    });
  });

  it('list --json shows every connection masked', async () => {
    await add();
    const { out } = await run('connections', 'list', '--json');
    expect(JSON.parse(out)).toEqual([
      {
        id: 'acme',
        baseUrl: 'us-49467.api.gong.io',
        accessKey: '••••••••1234',
        accessKeySecret: '••••••••9876',
        source: 'file',
        problem: null,
        warning: null,
        store: `the file store in ${dir} (GONG_CONNECTIONS_DIR)`,
      },
    ]);
  });

  it('remove deletes the connection; show then reports it missing', async () => {
    await add();
    expect((await run('connections', 'remove', 'acme')).out).toBe('Removed connection "acme".');
    const { code, err } = await run('connections', 'show', 'acme');
    expect(code).toBe(1);
    expect(err).toContain('Gong connection "acme" does not exist');
  });

  it('show prints the connection with both keys masked', async () => {
    await add();
    const { code, out } = await run('connections', 'show', 'acme');
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'acme',
      '  API base URL:      us-49467.api.gong.io',
      '  Access Key:        ••••••••1234',
      '  Access Key Secret: ••••••••9876',
    ]);
  });

  it('add of an id that already exists exits 1 with one line, keeping the stored keys', async () => {
    await add();
    const { code, err } = await run(
      'connections',
      'add',
      'acme',
      '--base-url',
      'us-1.api.gong.io',
      '--access-key',
      'OTHERKEY',
      '--secret-key',
      'OTHERSECRET',
    );
    expect(code).toBe(1);
    expect(err).toBe('error: Connection "acme" already exists; use "connections edit"');
    const stored = JSON.parse(await readFile(join(dir, 'acme.json'), 'utf8')) as Record<string, string>;
    expect(stored.accessKey).toBe('ACCESSKEY1234');
  });

  it('add still works when another connection file is corrupt', async () => {
    await writeFile(join(dir, 'broken.json'), '{not json');
    const { code } = await add();
    expect(code).toBe(0);
    expect((await run('connections', 'show', 'acme')).code).toBe(0);
  });

  it('a corrupt connection file is a one-line error naming the connection, exit 1', async () => {
    await writeFile(join(dir, 'broken.json'), '{"id": "broken", "accessKeySecret": "TOPSECRET"');
    const { code, err } = await run('connections', 'show', 'broken');
    expect(code).toBe(1);
    expect(err).toBe('error: Connection file for "broken" is corrupt: it is not valid JSON');
  });

  it('remove of an unknown id exits 1 saying it does not exist', async () => {
    const { code, out, err } = await run('connections', 'remove', 'nobody');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      `error: Gong connection "nobody" does not exist in the file store in ${dir} (GONG_CONNECTIONS_DIR)`,
    );
  });
});
