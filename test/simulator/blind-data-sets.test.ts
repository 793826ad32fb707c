import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevDataSet, DEV_NOW } from '../../bench/answer-quality-dev/data-set';
import { loadDevQuestions } from '../../bench/answer-quality-dev/questions';
import { createDevBDataSet, DEV_B_NOW } from '../../bench/answer-quality-dev-b/data-set';
import { loadDevBQuestions } from '../../bench/answer-quality-dev-b/questions';
import { createDevCDataSet, DEV_C_NOW } from '../../bench/answer-quality-dev-c/data-set';
import { loadDevCQuestions } from '../../bench/answer-quality-dev-c/questions';
import { createHeldOutDataSet, HELD_OUT_NOW } from '../../bench/answer-quality-held-out/data-set';
import {
  customerOf,
  loadHeldOutQuestions,
  mentions,
  type HeldOutQuestion,
} from '../../bench/answer-quality-held-out/score';
import {
  startGongSimulator,
  type GongSimulator,
  type SimCall,
  type SimCompany,
  type SimDataSet,
} from '../../tools/simulator';
import { callSim, listOf } from './helpers';

const WINDOW_DAYS = 90;

/**
 * The company's calls in the window, by the CRM account on the call or on a participant, or by the
 * first word of its name in the title (internal reviews say "Northgate", not "Northgate University").
 */
function callsIn(dataSet: SimDataSet, windowStart: Date, company: SimCompany): SimCall[] {
  const onAccount = (call: SimCall) =>
    [...call.context, ...(call.parties ?? []).flatMap((p) => p.context)].some((c) =>
      c.objects.some((o) => o.objectId === company.crmAccountId),
    ) ||
    call.metaData.title.toLowerCase().includes((company.name.split(' ')[0] ?? company.name).toLowerCase());
  return dataSet.calls.filter(
    (call) => onAccount(call) && Date.parse(call.metaData.started) >= windowStart.getTime(),
  );
}

/** Everything a call says: who spoke, Gong's AI content and its transcript. */
function textOf(call: SimCall): string {
  return [
    ...(call.parties ?? []).map((p) => p.name ?? ''),
    JSON.stringify(call.content),
    ...call.transcript.flatMap((m) => m.sentences.map((s) => s.text)),
  ].join('\n');
}

describe.each([
  {
    name: 'held-out',
    customers: 6,
    now: HELD_OUT_NOW,
    create: createHeldOutDataSet,
    load: loadHeldOutQuestions,
  },
  { name: 'dev', customers: 6, now: DEV_NOW, create: createDevDataSet, load: loadDevQuestions },
  { name: 'dev-b', customers: 5, now: DEV_B_NOW, create: createDevBDataSet, load: loadDevBQuestions },
  { name: 'dev-c', customers: 6, now: DEV_C_NOW, create: createDevCDataSet, load: loadDevCQuestions },
])('the $name data set', ({ customers, now, create, load }) => {
  const dataSet = create(now);
  const questions: HeldOutQuestion[] = load().questions;
  const windowStart = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const callsOf = (company: SimCompany) => callsIn(dataSet, windowStart, company);
  let sim: GongSimulator;
  beforeAll(async () => {
    sim = await startGongSimulator({ dataSet, requestsPerSecond: 1000 });
  });
  afterAll(async () => {
    await sim.stop();
  });

  it('gives every customer at least 6 calls within the last 90 days', () => {
    expect(dataSet.companies).toHaveLength(customers);
    for (const company of dataSet.companies) {
      expect(callsOf(company).length, company.name).toBeGreaterThanOrEqual(6);
    }
  });

  it('gives every call its own id', () => {
    const ids = dataSet.calls.map((call) => call.metaData.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has Gong's AI content on most calls, and some calls with only a transcript", () => {
    const withoutAi = dataSet.calls.filter((call) => call.content.brief === undefined);
    expect(withoutAi.length).toBeGreaterThanOrEqual(6);
    expect(withoutAi.every((call) => call.transcript.length > 0)).toBe(true);
    expect(withoutAi.length).toBeLessThan(dataSet.calls.length / 2);
  });

  it("is served by the simulator: every call with its parties' CRM account and its transcript", async () => {
    const filter = { fromDateTime: windowStart.toISOString(), toDateTime: now.toISOString() };
    const listed = await callSim(sim, '/v2/calls/extensive', {
      body: { filter, contentSelector: { context: 'Extended', exposedFields: { parties: true } } },
    });
    expect(listed.status).toBe(200);
    const inWindow = dataSet.calls.filter(
      (call) => Date.parse(call.metaData.started) >= windowStart.getTime(),
    );
    expect(
      listOf(listed, 'calls')
        .map((c) => (c.metaData as { id: string }).id)
        .sort(),
    ).toEqual(inWindow.map((call) => call.metaData.id).sort());
    const transcripts = await callSim(sim, '/v2/calls/transcript', {
      body: { filter: { callIds: inWindow.map((call) => call.metaData.id) } },
    });
    expect(listOf(transcripts, 'callTranscripts')).toHaveLength(inWindow.length);
  });

  it('asks every question about a customer of the data set, typed names and typos included', () => {
    for (const q of questions) expect(customerOf(dataSet, q.customer), q.customer).toBeDefined();
  });

  it("holds every expected fact in the customer's calls of the window", () => {
    for (const q of questions) {
      const company = customerOf(dataSet, q.customer) as SimCompany;
      const said = [company.name, ...callsOf(company).map(textOf)].join('\n');
      for (const fact of q.mustContain) expect(mentions(said, fact), `${q.question}: ${fact}`).toBe(true);
    }
  });
});
