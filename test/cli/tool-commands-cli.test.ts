import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSimCall, type SimCall } from '../../tools/simulator';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
let older: SimCall;
let newer: SimCall;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  older = buildSimCall({
    title: 'Acme discovery',
    started: '2026-01-05T15:00:00Z',
    duration: 1800,
    content: { brief: 'Acme wants SSO.', keyPoints: [{ text: 'SSO is a must.' }] },
    parties: [
      { name: 'Sam Seller', speakerId: '111', affiliation: 'Internal' },
      { name: 'Casey Customer', speakerId: '222', affiliation: 'External' },
    ],
    transcript: [
      { speakerId: '111', topic: null, sentences: [{ start: 0, end: 2000, text: 'Welcome, Casey.' }] },
      { speakerId: '222', topic: null, sentences: [{ start: 65_000, end: 67_000, text: 'We need SSO.' }] },
    ],
  });
  newer = buildSimCall({ title: 'Acme pricing', started: '2026-01-20T16:30:00Z', duration: 3725 });
  h.simulator.dataSet.calls = [older, newer];
});
afterAll(() => h?.close());
beforeEach(() => h.simulator.clearRequests());

const RANGE = ['--from', '2026-01-01T00:00:00Z', '--to', '2026-02-01T00:00:00Z'];

describe('gong-worker search', () => {
  it('prints the calls as a table, most recent first', async () => {
    const { code, out } = await h.withWorker((q) =>
      h.cli(q, 'search', '--connection', 'acme-prod', ...RANGE),
    );
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'STARTED               DURATION  TITLE           ID',
      `2026-01-20T16:30:00Z  1:02:05   Acme pricing    ${newer.metaData.id}`,
      `2026-01-05T15:00:00Z  30:00     Acme discovery  ${older.metaData.id}`,
      '',
      '2 calls.',
    ]);
  });

  it('says when the limit left calls out', async () => {
    const { out } = await h.withWorker((q) =>
      h.cli(q, 'search', '--connection', 'acme-prod', ...RANGE, '--limit', '1'),
    );
    expect(out).toContain('Acme pricing');
    expect(out).not.toContain('Acme discovery');
    expect(out).toContain('1 most recent of 2 calls (raise --limit to see more).');
  });

  it('prints the result as JSON with --json', async () => {
    const { out } = await h.withWorker((q) =>
      h.cli(q, 'search', '--connection', 'acme-prod', ...RANGE, '--json'),
    );
    const result = JSON.parse(out) as {
      calls: Record<string, unknown>[];
      totalRecords: number;
      truncated: boolean;
    };
    // The names every JSON output uses: callId and durationSeconds, as content and ask print them.
    expect(result.calls.map(({ callId, durationSeconds }) => ({ callId, durationSeconds }))).toEqual([
      { callId: newer.metaData.id, durationSeconds: 3725 },
      { callId: older.metaData.id, durationSeconds: 1800 },
    ]);
    expect(result.calls.every((call) => !('id' in call) && !('duration' in call))).toBe(true);
    expect(result).toMatchObject({ totalRecords: 2, truncated: false });
  });

  it('exits 2 naming the flag when --from is not an ISO date-time, before asking Gong', async () => {
    const { code, err } = await h.cli(
      'unused',
      'search',
      '--connection',
      'acme-prod',
      '--from',
      'yesterday',
      '--to',
      '2026-02-01T00:00:00Z',
    );
    expect(code).toBe(2);
    expect(err).toMatch(/^error: --from: must be an ISO-8601 date-time/);
    expect(h.simulator.requests).toHaveLength(0);
  });

  it('names flags, not workflow fields, when --to is not after --from', async () => {
    const { code, err } = await h.cli(
      'unused',
      ...[
        'search',
        '--connection',
        'acme-prod',
        '--from',
        '2026-02-01T00:00:00Z',
        '--to',
        '2026-01-01T00:00:00Z',
      ],
    );
    expect(code).toBe(2);
    expect(err).toBe('error: --to: must be later than --from');
  });

  it('--from and --to of the same date mean that whole day', async () => {
    const { code, out } = await h.withWorker((q) =>
      h.cli(q, 'search', '--connection', 'acme-prod', '--from', '2026-01-20', '--to', '2026-01-20'),
    );
    expect(code).toBe(0);
    expect(out).toContain('Acme pricing');
    expect(out).not.toContain('Acme discovery');
    expect(out).toContain('1 call.');
  });

  it('a US-style date is refused with the accepted forms and the date it probably means', async () => {
    const { code, err } = await h.cli(
      'unused',
      ...['search', '--connection', 'acme-prod', '--from', '12/01/2025', '--to', '2026-02-01'],
    );
    expect(code).toBe(2);
    expect(err).toBe(
      'error: --from must be a date such as 2026-12-01 or a UTC date-time such as 2026-12-01T09:00:00Z; "12/01/2025" looks like a month/day/year date: write 2025-12-01',
    );
    expect(h.simulator.requests).toHaveLength(0);
  });
});

describe('gong-worker content', () => {
  it("prints each call's brief, key points and participants", async () => {
    const { code, out } = await h.withWorker((q) =>
      h.cli(q, 'content', '--connection', 'acme-prod', '--call-id', older.metaData.id),
    );
    expect(code).toBe(0);
    expect(out).toContain(`Acme discovery  (${older.metaData.id}, 2026-01-05T15:00:00Z, 30:00)`);
    expect(out).toContain('  Brief: Acme wants SSO.');
    expect(out).toContain('    - SSO is a must.');
    expect(out).toContain('    - Casey Customer (External, talked 1:00)');
  });

  it('prints the calls Gong has, then exits 1 naming the ids it does not have', async () => {
    const { code, out, err } = await h.withWorker((q) =>
      h.cli(q, 'content', '--connection', 'acme-prod', '--call-id', older.metaData.id, '1234567890', '222'),
    );
    expect(code).toBe(1);
    expect(out).toContain('  Brief: Acme wants SSO.');
    expect(err).toBe(
      "error: not found in Gong (no such call, or the connection's key may not see it): 1234567890, 222",
    );
  });

  it('exits 1 with --json too, the result listing the missing ids', async () => {
    const { code, out } = await h.withWorker((q) =>
      h.cli(q, 'content', '--connection', 'acme-prod', '--call-id', '1234567890', '--json'),
    );
    expect(code).toBe(1);
    const result = JSON.parse(out) as { calls: unknown[]; missing: unknown[] };
    expect(result.calls).toEqual([]);
    expect(result.missing).toEqual([{ callId: '1234567890', reason: 'not_found' }]);
  });

  it('prints the result as JSON with --json', async () => {
    const { out } = await h.withWorker((q) =>
      h.cli(q, 'content', '--connection', 'acme-prod', '--call-id', older.metaData.id, '--json'),
    );
    const result = JSON.parse(out) as { calls: { callId: string; brief: string }[]; missing: unknown[] };
    expect(result.calls).toMatchObject([{ callId: older.metaData.id, brief: 'Acme wants SSO.' }]);
    expect(result.missing).toEqual([]);
  });
});

describe('gong-worker transcript', () => {
  it('prints each sentence with its time and speaker name', async () => {
    const { code, out } = await h.withWorker((q) =>
      h.cli(q, 'transcript', '--connection', 'acme-prod', '--call-id', older.metaData.id),
    );
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      `Call ${older.metaData.id}:`,
      '  [0:00] Sam Seller: Welcome, Casey.',
      '  [1:05] Casey Customer: We need SSO.',
    ]);
  });

  it('exits 1 naming the ids Gong has no transcript for, after the transcripts it has', async () => {
    const { code, out, err } = await h.withWorker((q) =>
      h.cli(q, 'transcript', '--connection', 'acme-prod', '--call-id', older.metaData.id, '1234567890'),
    );
    expect(code).toBe(1);
    expect(out).toContain('  [1:05] Casey Customer: We need SSO.');
    expect(err).toBe(
      "error: not found in Gong (no such call, or the connection's key may not see it): 1234567890",
    );
  });
});

describe('gong-worker request', () => {
  it('prints the status and the JSON body of GET /v2/users', async () => {
    const { code, out } = await h.withWorker((q) =>
      h.cli(q, 'request', 'get', '/v2/users', '--connection', 'acme-prod'),
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^HTTP 200 \(requestId [^)]+\)\n\{\n {2}"requestId"/);
    expect(out).toContain('"users": [');
  });

  it('sends --query parameters and a --data body, and prints the whole result with --json', async () => {
    const { out } = await h.withWorker((q) =>
      h.cli(
        q,
        'request',
        'POST',
        '/v2/calls/transcript',
        '--connection',
        'acme-prod',
        '--data',
        JSON.stringify({ filter: { callIds: [older.metaData.id] } }),
        '--query',
        'trace=1',
        '--json',
      ),
    );
    const result = JSON.parse(out) as { status: number; body: { callTranscripts: { callId: string }[] } };
    expect(result.status).toBe(200);
    expect(result.body.callTranscripts.map((t) => t.callId)).toEqual([older.metaData.id]);
    expect(h.simulator.requests[0]?.query).toEqual({ trace: '1' });
  });

  it("prints Gong's 404 body and exits 1 for an unknown endpoint", async () => {
    const { code, out, err } = await h.withWorker((q) =>
      h.cli(q, 'request', 'GET', '/v2/nothing-here', '--connection', 'acme-prod'),
    );
    expect(code).toBe(1);
    expect(out).toContain('No API endpoint matches GET /v2/nothing-here');
    expect(err).toBe('error: Gong answered HTTP 404');
  });

  it('exits 2, asking nothing of Gong, for a path that leaves the API', async () => {
    const { code, err } = await h.cli(
      'unused',
      'request',
      'GET',
      '/v2/../admin',
      '--connection',
      'acme-prod',
    );
    expect(code).toBe(2);
    expect(err).toBe('error: <path>: must not contain "." or ".." segments');
    expect(h.simulator.requests).toHaveLength(0);
  });

  it('exits 2 when --data is not JSON', async () => {
    const { code, err } = await h.cli(
      'unused',
      'request',
      'POST',
      '/v2/calls/extensive',
      '--connection',
      'acme-prod',
      '--data',
      '{oops',
    );
    expect(code).toBe(2);
    expect(err).toMatch(/^error: --data must be JSON: /);
  });
});
