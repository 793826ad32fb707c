import { describe, expect, it } from 'vitest';
import {
  answerExtractively as answer,
  customerParticipant,
  makeCall,
  person,
  transcriptOf,
} from './call-fixtures';

/** A customer's call where each test puts the words it needs in someone's mouth. */
const call = (callId: string, started = '2026-11-10T10:00:00Z') =>
  makeCall({
    callId,
    started,
    participants: [
      person('Lena Ortiz', 'Internal', 'Lena Ortiz'),
      customerParticipant('Pavel Dvorak', 'Chief Financial Officer', 'Pavel Dvorak'),
      customerParticipant('Mira Haddad', 'Head of Clinical Systems', 'Mira Haddad'),
    ],
  });

describe('concerns stated as the terms they go ahead on', () => {
  it('quotes a restriction to one way of doing things ("procurement will only accept...")', async () => {
    const said = transcriptOf('k1', [
      ['Mira Haddad', 'Procurement will only accept a fixed-price statement of work.'],
    ]);
    const result = await answer('What are their concerns?', [call('k1')], [said]);
    expect(result.answer).toContain('will only accept a fixed-price statement of work');
  });

  it('quotes what must happen before they act ("they want a pen test before they will go further")', async () => {
    const said = transcriptOf('k1', [
      ['Mira Haddad', 'Our auditors want a pen test report before they will let us go further.'],
    ]);
    const result = await answer('Anything blocking this deal?', [call('k1')], [said]);
    expect(result.answer).toContain('want a pen test report before they will let us go further');
  });

  it('quotes the point they say is still open ("the one open item is...")', async () => {
    const summary = makeCall({
      ...call('k2'),
      brief: 'The one open item is the indemnity cap in the master agreement.',
    });
    const result = await answer('What objections are left?', [summary]);
    expect(result.answer).toContain('The one open item is the indemnity cap');
  });

  it('quotes what they still want from us ("I still want a termination clause")', async () => {
    const said = transcriptOf('k1', [
      ['Pavel Dvorak', 'Better. I still want a termination clause after month six.'],
    ]);
    const result = await answer('What is holding them back?', [call('k1')], [said]);
    expect(result.answer).toContain('I still want a termination clause after month six');
  });

  it('quotes an ultimatum ("we pay after the grant lands or we do not buy")', async () => {
    const said = transcriptOf('k1', [
      ['Pavel Dvorak', 'We pay after the grant lands or we do not buy at all.'],
    ]);
    const result = await answer('What are their concerns?', [call('k1')], [said]);
    expect(result.answer).toContain('We pay after the grant lands or we do not buy at all.');
  });

  it('quotes a limit they set ("eighteen months is the most we can commit to")', async () => {
    const said = transcriptOf('k1', [['Pavel Dvorak', 'Eighteen months is the most we can commit to.']]);
    const result = await answer('What are their concerns?', [call('k1')], [said]);
    expect(result.answer).toContain('Eighteen months is the most we can commit to.');
  });

  it('does not take a feature we showed ("maximum 10 exports a day") for a concern of theirs', async () => {
    const demo = makeCall({
      ...call('k3'),
      keyPoints: ['Maximum 10 exports a day per user', 'Mira Haddad worries about audit trails.'],
    });
    const result = await answer('What are their concerns?', [demo]);
    expect(result.answer).not.toContain('Maximum 10 exports');
  });
});

describe('concerns asked about in other words', () => {
  it('answers "what are they nervous about?" with the worries they voiced', async () => {
    const said = transcriptOf('k1', [
      ['Pavel Dvorak', 'The trustees are nervous after the last system overran by a year.'],
    ]);
    const result = await answer('What are the trustees nervous about?', [call('k1')], [said]);
    expect(result.answer).toContain('the last system overran by a year');
  });

  it('answers "their main concerns" without saying nothing mentions "main"', async () => {
    const summary = makeCall({
      ...call('k2'),
      keyPoints: ['Mira Haddad is worried about downtime at go-live.'],
    });
    const result = await answer('What are their main concerns?', [summary]);
    expect(result.answer).toContain('worried about downtime');
    expect(result.answer).not.toContain('"main"');
  });

  it('answers "the cfo\'s condition" from what the CFO said', async () => {
    const said = transcriptOf('k1', [
      ['Mira Haddad', 'The wards cannot lose access during a shift change.'],
      ['Pavel Dvorak', 'Nothing gets invoiced until the new fiscal year starts in April.'],
    ]);
    const result = await answer("what's the cfo's condition?", [call('k1')], [said]);
    expect(result.answer).toContain('Nothing gets invoiced until the new fiscal year');
    expect(result.answer).not.toContain('"cfo');
  });

  it('answers "what does legal need before they sign" without saying nothing mentions "need"', async () => {
    const counsel = makeCall({
      ...call('k4'),
      participants: [customerParticipant('Ines Moreau', 'General Counsel', 'Ines Moreau')],
    });
    const said = transcriptOf('k4', [
      ['Ines Moreau', 'Legal will only sign on our own data processing terms.'],
    ]);
    const result = await answer('what does legal need before they sign?', [counsel], [said]);
    expect(result.answer).toContain('Legal will only sign on our own data processing terms.');
    expect(result.answer).not.toContain('"need"');
  });
});
