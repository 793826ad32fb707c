import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidSettingsError } from '../../src/config/env';
import { documentedVariables, parseSettings, SECTIONS, WORKER_SECTIONS } from '../../src/config/settings';

const ALL = Object.keys(SECTIONS) as (keyof typeof SECTIONS)[];

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidSettingsError) return error.message.split('\n');
    throw error;
  }
  throw new Error('expected the settings to be refused');
}

describe('the settings', () => {
  it('default the Retry-After and response size limits to 120 s and 32 MiB', () => {
    const { limits } = parseSettings({}, ['limits']);
    expect(limits.maxRetryAfterSeconds).toBe(120);
    expect(limits.gongMaxResponseBytes).toBe(32 * 1024 * 1024);
  });

  it('read GONG_MAX_RETRY_AFTER_SECONDS and GONG_MAX_RESPONSE_BYTES', () => {
    const { limits } = parseSettings(
      { GONG_MAX_RETRY_AFTER_SECONDS: '30', GONG_MAX_RESPONSE_BYTES: '5000000' },
      ['limits'],
    );
    expect(limits.maxRetryAfterSeconds).toBe(30);
    expect(limits.gongMaxResponseBytes).toBe(5_000_000);
  });

  it.each([
    ['GONG_MAX_RETRY_AFTER_SECONDS', '0'],
    ['GONG_MAX_RETRY_AFTER_SECONDS', '86400'],
    ['GONG_MAX_RESPONSE_BYTES', '1000'],
    ['GONG_TIMEOUT_MS', '500'],
    ['CODEC_SERVER_TOKEN', 'short'],
    ['TEMPORAL_PROMETHEUS_ADDRESS', 'nowhere'],
  ])('refuse %s=%s, naming the variable', (name, value) => {
    expect(problemsOf(() => parseSettings({ [name]: value }, ALL))[1]).toMatch(new RegExp(`^  ${name}: `));
  });

  it('report every invalid variable together, one line each', () => {
    const lines = problemsOf(() =>
      parseSettings(
        {
          GONG_TIMEOUT_MS: '500',
          CODEC_SERVER_TOKEN: 'short',
          PAYLOAD_ENCRYPTION_KEYS: 'k=AAAA',
          GONG_CONNECTIONS_URL: 'postgres://u:p@db/gong',
          GONG_WORKER_SET_CURRENT: '1',
        },
        ALL,
      ),
    );
    expect(lines).toEqual([
      'invalid environment (5 problems):',
      '  GONG_SECRETS_KEYS: required with GONG_CONNECTIONS_URL: the PostgreSQL store keeps secrets encrypted',
      '  GONG_TIMEOUT_MS: Too small: expected number to be >=1000',
      '  PAYLOAD_ENCRYPTION_KEYS: entry 1 of 1: the key is 3 bytes, AES-256 needs 32',
      '  CODEC_SERVER_TOKEN: use at least 16 characters',
      '  GONG_WORKER_SET_CURRENT: 1 needs GONG_WORKER_VERSIONING=on',
    ]);
  });

  it('never repeat a secret value in a problem', () => {
    const secret = 'hunter2-is-not-a-key';
    const message = problemsOf(() =>
      parseSettings(
        { GONG_SECRETS_KEYS: secret, PAYLOAD_ENCRYPTION_KEYS: secret, CODEC_SERVER_TOKEN: 'x' },
        ALL,
      ),
    ).join('\n');
    expect(message).not.toContain(secret);
  });

  it('parse only the sections asked for, so a worker-only variable cannot break a client command', () => {
    const env = { GONG_TIMEOUT_MS: '500', GONG_WORKFLOW_BUNDLE: 'fast', TEMPORAL_TASK_QUEUE: 'q' };
    expect(parseSettings(env, ['temporal', 'codec']).temporal.taskQueue).toBe('q');
    expect(() => parseSettings(env, WORKER_SECTIONS)).toThrow(InvalidSettingsError);
  });

  it('treat a blank variable as unset', () => {
    expect(parseSettings({ GONG_TIMEOUT_MS: '', OPENAI_API_KEY: ' ' }, ['limits', 'openai'])).toEqual({
      limits: expect.objectContaining({ gongTimeoutMs: 30_000 }),
      openai: null,
    });
  });
});

describe('the configuration table of docs/configuration.md', () => {
  const section = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [names = '', meaning = ''] = line
        .split(/ +\| +/)
        .map((cell) => cell.replace(/^\| */, '').replace(/ *\|$/, ''));
      return { names: [...names.matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1]), meaning };
    });

  it('lists every variable the settings read, with the meaning the schema gives it', () => {
    expect(rows).toEqual(
      documentedVariables().map((row) => ({ names: [...row.names], meaning: row.meaning })),
    );
  });
});
