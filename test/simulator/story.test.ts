import { describe, expect, it } from 'vitest';
import { createDataSet, type SimCall, type SimCompany } from '../../tools/simulator';
import { journeyOf } from '../../tools/simulator/data-set';
import { TEST_NOW } from './helpers';

const dataSet = createDataSet({ seed: 42, now: TEST_NOW });

/** The company a call is with: by its external participants' email domain, else by its title. */
function companyOf(call: SimCall): SimCompany | undefined {
  const domains = new Set((call.parties ?? []).map((p) => p.emailAddress?.split('@')[1]));
  return (
    dataSet.companies.find((c) => domains.has(c.domain)) ??
    dataSet.companies.find(
      (c) => call.metaData.title.includes(c.shortName) || call.metaData.title.includes(c.name),
    )
  );
}

const customerCalls = dataSet.calls.filter((c) => c.metaData.scope === 'External' && c.parties !== null);
const transcriptText = (call: SimCall) =>
  call.transcript.flatMap((m) => m.sentences.map((s) => s.text)).join(' ');

describe('the seeded simulator looks like a real account', () => {
  it("moves each customer's story on from call to call, in the order of its journey", () => {
    for (const company of dataSet.companies) {
      const kinds = customerCalls
        .filter((c) => companyOf(c) === company)
        .sort((a, b) => a.metaData.started.localeCompare(b.metaData.started))
        .map((c) => c.metaData.purpose);
      const order = journeyOf(company).map((step) => step.kind);
      let position = 0;
      for (const kind of kinds) {
        const next = order.indexOf(kind as (typeof order)[number], position);
        expect(next, `${company.name}: ${kinds.join(' > ')}`).toBeGreaterThanOrEqual(position);
        position = next;
      }
      expect(new Set(kinds).size, company.name).toBeGreaterThan(3);
    }
  });

  it('has no two near-identical calls with the same customer', () => {
    const words = (call: SimCall) => new Set(transcriptText(call).toLowerCase().split(/\W+/));
    for (const company of dataSet.companies) {
      const calls = dataSet.calls.filter((c) => companyOf(c) === company);
      for (let i = 0; i < calls.length; i++) {
        for (let j = i + 1; j < calls.length; j++) {
          const a = words(calls[i] as SimCall);
          const b = words(calls[j] as SimCall);
          const shared = [...a].filter((w) => b.has(w)).length;
          const similarity = shared / (a.size + b.size - shared);
          expect(similarity, `${calls[i]?.metaData.title} / ${calls[j]?.metaData.title}`).toBeLessThan(0.75);
        }
      }
    }
  });

  it('has durations that hold the talk, and talk that fills most of the call', () => {
    for (const call of dataSet.calls) {
      const lastEnd = Math.max(...call.transcript.flatMap((m) => m.sentences.map((s) => s.end)));
      const talk = call.interaction.speakers.reduce((sum, s) => sum + s.talkTime, 0);
      expect(lastEnd / 1000).toBeLessThanOrEqual(call.metaData.duration);
      expect(talk).toBeLessThanOrEqual(call.metaData.duration);
      expect(talk / call.metaData.duration).toBeGreaterThan(0.5);
    }
  });

  it('has topic durations that follow the talk rather than equal slots, and add up to at most the call', () => {
    const withTopics = dataSet.calls.filter((c) => (c.content.topics?.length ?? 0) > 1);
    expect(withTopics.length).toBeGreaterThan(100);
    let unequal = 0;
    for (const call of withTopics) {
      const durations = call.content.topics?.map((t) => t.duration) ?? [];
      expect(durations.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(call.metaData.duration);
      if (new Set(durations).size > 1) unequal += 1;
    }
    expect(unequal / withTopics.length).toBeGreaterThan(0.9);
  });

  it('has a talk ratio that is the seller-side share of the speakers\u2019 talk time', () => {
    for (const call of dataSet.calls.filter((c) => c.parties !== null)) {
      const internal = new Set(
        call.parties?.filter((p) => p.affiliation === 'Internal').map((p) => p.speakerId),
      );
      const total = call.interaction.speakers.reduce((sum, s) => sum + s.talkTime, 0);
      const seller = call.interaction.speakers
        .filter((s) => internal.has(s.id))
        .reduce((sum, s) => sum + s.talkTime, 0);
      const ratio = call.interaction.interactionStats.find((s) => s.name === 'Talk Ratio')?.value;
      expect(ratio).toBeCloseTo(seller / total, 1);
    }
  });

  it('has every speaker among the parties who attended, and nobody naming themselves', () => {
    for (const call of dataSet.calls.filter((c) => c.parties !== null)) {
      for (const monologue of call.transcript) {
        const speaker = call.parties?.find((p) => p.speakerId === monologue.speakerId);
        expect(speaker?.methods).toContain('Attendee');
        const said = monologue.sentences.map((s) => s.text).join(' ');
        expect(said).not.toContain(speaker?.name ?? '\u0000');
      }
    }
  });

  it('has transcripts that say the figures its AI content reports', () => {
    for (const call of dataSet.calls.filter((c) => c.content.keyPoints)) {
      const spoken = transcriptText(call);
      for (const point of call.content.keyPoints ?? []) {
        for (const figure of point.text.match(/\$[\d,]+|\d+%/g) ?? []) {
          expect(spoken, `${call.metaData.title}: ${point.text}`).toContain(figure);
        }
      }
    }
  });

  it('writes "an" before a vowel in briefs ("an integration deep dive")', () => {
    const briefs = dataSet.calls.map((c) => c.content.brief ?? '').join('\n');
    expect(briefs).not.toMatch(/(?<!\p{L})a [aeiou]/iu);
    expect(briefs).toContain('for an integration deep dive');
  });

  it('gives calls links that say they are simulated, never app.gong.io pages', () => {
    for (const call of dataSet.calls) {
      expect(call.metaData.url).toMatch(/^https:\/\/simulated-call\.gong\.invalid\/call\?id=\d+$/);
      expect(call.media.audioUrl).not.toContain('gong.io');
    }
  });

  it('keeps the seeded customer Acme, whose latest calls discuss pricing and its budget', () => {
    const acme = dataSet.companies.find((c) => c.name === 'Acme Corporation');
    expect(acme?.domain).toBe('acme.com');
    const latest = dataSet.calls
      .filter((c) => c.metaData.title.includes('Acme') || companyOf(c) === acme)
      .sort((a, b) => b.metaData.started.localeCompare(a.metaData.started))
      .slice(0, 5)
      .map(transcriptText)
      .join(' ');
    expect(latest).toMatch(/budget/);
    expect(latest).toMatch(/discount|off|price/);
  });
});
