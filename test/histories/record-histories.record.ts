/**
 * Records one real history per workflow and outcome into test/histories/*.json, which
 * `replay-histories.test.ts` replays against the current workflow code. Run it with
 * `npm run record-histories` after a release's last workflow change, and commit the files: a later
 * change that breaks determinism then fails `npm test`.
 *
 * Each scenario runs on the tests' dev server, with the Gong simulator over loopback HTTP and a
 * fresh worker. Workflows are started by type name with plain inputs, as the platform does.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WorkflowFailedError } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSimCall } from '../../tools/simulator';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueWorkflowId } from '../support/temporal';
import { HISTORIES_DIR, historyToFile } from './history-files';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  await h.addConnection('bad-keys', { accessKeySecret: 'not-the-right-secret' });
});
afterAll(() => h?.close());

/** Runs workflow `type` to its end on a fresh worker; returns its id and whether it failed. */
async function run(type: string, input: unknown, prefix: string) {
  const workflowId = uniqueWorkflowId(prefix);
  const outcome = await h.withWorker((taskQueue) =>
    h.client.workflow.execute(type, { taskQueue, workflowId, args: [input] }).then(
      () => 'completed' as const,
      (error: unknown) => {
        if (error instanceof WorkflowFailedError) return 'failed' as const;
        throw error;
      },
    ),
  );
  return { workflowId, outcome };
}

/** Saves the history of `workflowId` as `<name>.json`. */
async function save(name: string, workflowId: string): Promise<void> {
  const history = historyToFile(await h.client.workflow.getHandle(workflowId).fetchHistory());
  await writeFile(join(HISTORIES_DIR, `${name}.json`), `${JSON.stringify(history, null, 2)}\n`);
  console.log(`recorded ${name}.json (${history.events.length} events)`);
}

const acmeCalls = () => [
  ...fillerCalls(347),
  callDaysAgo(85, { title: 'Acme kickoff' }),
  callDaysAgo(45, { title: 'Acme pricing review' }),
  callDaysAgo(2, { title: 'Acme renewal' }),
];

it('answerQuestionAboutCustomerCall: answered', async () => {
  h.simulator.dataSet.calls = acmeCalls();
  const input = { connectionId: 'acme-prod', customerName: 'Acme', question: 'What about pricing?' };
  const { workflowId, outcome } = await run('answerQuestionAboutCustomerCall', input, 'answer');
  expect(outcome).toBe('completed');
  await save('answer-question-completed', workflowId);
});

it('answerQuestionAboutCustomerCall: the listing fails on page 2 and its retry resumes from page 2', async () => {
  h.simulator.dataSet.calls = acmeCalls();
  h.simulator.clearRequests();
  const listing = () =>
    h.simulator.requests.filter(
      (r) => r.path === '/v2/calls/extensive' && !JSON.stringify(r.body).includes('callIds'),
    );
  const input = { connectionId: 'acme-prod', customerName: 'Acme', question: 'What about pricing?' };
  const workflowId = uniqueWorkflowId('answer-resumed');
  const outcome = await h.withWorker(
    (taskQueue) =>
      h.client.workflow
        .execute('answerQuestionAboutCustomerCall', { taskQueue, workflowId, args: [input] })
        .then(() => 'completed'),
    {
      fetch: async (url, init) => {
        const response = await h.deps.fetch(url, init);
        // After page 1 (whose cursor the activity heartbeats), Gong fails once with a 503.
        if (listing().length === 1 && response.ok) {
          await new Promise((resolve) => setTimeout(resolve, 1_500)); // lets the heartbeat reach the server
          h.simulator.injectFault({ path: '/v2/calls/extensive', status: 503 });
        }
        return response;
      },
    },
  );
  expect(outcome).toBe('completed');
  const pages = listing().map((r) => JSON.stringify(r.body));
  expect(pages.filter((body) => body === pages[0])).toHaveLength(1); // page 1 was not fetched again
  await save('answer-question-resumed-listing', workflowId);
});

it('answerQuestionAboutCustomerCall: failed (unknown connection)', async () => {
  const input = { connectionId: 'no-such-connection', customerName: 'Acme', question: 'Pricing?' };
  const { workflowId, outcome } = await run('answerQuestionAboutCustomerCall', input, 'answer-failed');
  expect(outcome).toBe('failed');
  await save('answer-question-failed', workflowId);
});

it('gongHealthCheck: healthy and unhealthy', async () => {
  const healthy = await run('gongHealthCheck', { connectionId: 'acme-prod' }, 'health');
  expect(healthy.outcome).toBe('completed');
  await save('health-check-completed', healthy.workflowId);
  const unhealthy = await run('gongHealthCheck', { connectionId: 'bad-keys' }, 'health-failed');
  expect(unhealthy.outcome).toBe('failed');
  await save('health-check-failed', unhealthy.workflowId);
});

it('searchCalls, getCallContent, getCallTranscripts and gongApiRequest', async () => {
  const call = buildSimCall({ title: 'Acme discovery', started: '2026-01-10T15:00:00Z' });
  h.simulator.dataSet.calls = [call, ...fillerCalls(30)];
  const search = await run(
    'searchCalls',
    { connectionId: 'acme-prod', fromDateTime: '2025-10-01T00:00:00Z', toDateTime: '2026-12-01T00:00:00Z' },
    'search',
  );
  expect(search.outcome).toBe('completed');
  await save('search-calls-completed', search.workflowId);

  const content = await run(
    'getCallContent',
    { connectionId: 'acme-prod', callIds: [call.metaData.id] },
    'content',
  );
  expect(content.outcome).toBe('completed');
  await save('get-call-content-completed', content.workflowId);

  const transcripts = await run(
    'getCallTranscripts',
    { connectionId: 'acme-prod', callIds: [call.metaData.id] },
    'transcripts',
  );
  expect(transcripts.outcome).toBe('completed');
  await save('get-call-transcripts-completed', transcripts.workflowId);

  const request = await run(
    'gongApiRequest',
    { connectionId: 'acme-prod', method: 'GET', path: '/v2/users' },
    'api-request',
  );
  expect(request.outcome).toBe('completed');
  await save('gong-api-request-completed', request.workflowId);
});
