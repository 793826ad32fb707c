import { describe, expect, it } from 'vitest';
import { answerExtractively as answer, makeCall } from './call-fixtures';

/** A discovery call that voices a pain and names the systems in use, without the words asked. */
const discovery = makeCall({
  callId: 'u-discovery',
  title: 'Juniper Outfitters discovery',
  started: '2026-09-01T10:00:00Z',
  brief: 'Discovery with the e-commerce team.',
  keyPoints: [
    'Sell-through numbers lag about 40 minutes during drops',
    'Stack: Shopify Plus, Klaviyo, NetSuite',
    'Kickoff planned for January 5',
  ],
});

describe('kinds asked about in other words than the calls use', () => {
  it('answers a question about risks with a lag the customer described', async () => {
    const result = await answer('What objections or risks keep coming up?', [discovery]);
    expect(result.answer).toContain('Sell-through numbers lag about 40 minutes during drops');
  });

  it('answers a question about systems to connect with the stack they named', async () => {
    const result = await answer('What systems would we need to connect to?', [discovery]);
    expect(result.answer).toContain('Stack: Shopify Plus, Klaviyo, NetSuite');
  });

  it('does not offer the stack as a concern', async () => {
    const result = await answer('What objections or risks keep coming up?', [discovery]);
    expect(result.answer).not.toContain('Stack: Shopify Plus');
  });
});
