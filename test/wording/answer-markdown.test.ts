import { describe, expect, it } from 'vitest';
import { answerMarkdown, type AnswerAccount } from '../../src/wording/answer-markdown';

const window = { fromDateTime: '2026-08-30T17:23:00.000Z', toDateTime: '2026-11-28T17:23:00.000Z' };
const gongCall = {
  callId: '7782342274025937895',
  title: 'Acme pricing review',
  started: '2026-11-20T15:00:00Z',
  url: 'https://app.gong.io/call?id=7782342274025937895',
};

function account(overrides: Partial<AnswerAccount> = {}): AnswerAccount {
  return {
    answer: 'They asked for a discount [1].',
    citations: [gongCall],
    callsAnalyzed: [gongCall],
    matchedCallCount: 1,
    window,
    coverage: { scannedFrom: window.fromDateTime, complete: true },
    answeredBy: 'extractive',
    ...overrides,
  };
}

/** The lines of the Markdown between the question and the sources: the answer. */
function answerPart(markdown: string): string {
  return markdown.split('\n\n**Sources**')[0]!.split('\n').slice(2).join('\n');
}

/** Every Markdown link or image target outside backslash escapes: `](target)`. */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((match) => match[1]!);
}

describe('the answer as Markdown, where only the frame is Markdown', () => {
  it("shows a model's image and link syntax as text, never as an image or a link", () => {
    const answer =
      'See ![x](http://evil.example/p.png) and [Verify the contract](http://evil.example/c) [1].';
    const markdown = answerMarkdown('Acme', 'Pricing?', account({ answer }));
    expect(answerPart(markdown)).toBe(
      'See \\!\\[x\\]\\(http\\://evil.example/p.png\\) and \\[Verify the contract\\]\\(http\\://evil.example/c\\) \\[1\\].',
    );
    expect(linkTargets(markdown)).toEqual([gongCall.url]);
  });

  it('shows HTML a call holds as text', () => {
    const answer = '- "The contract <img src=x onerror=alert(1)> is <b>signed</b>" [1]';
    expect(answerPart(answerMarkdown('Acme', 'Status?', account({ answer })))).toBe(
      '- "The contract \\<img src\\=x onerror\\=alert\\(1\\)\\> is \\<b\\>signed\\</b\\>" \\[1\\]',
    );
  });

  it('keeps two prices on one line as prices, not math, and a double hyphen as two hyphens', () => {
    const answer = 'Quoted $24,480 a year -- above the $21,000 budget [1].';
    expect(answerPart(answerMarkdown('Acme', 'Pricing?', account({ answer })))).toBe(
      'Quoted \\$24,480 a year \\-\\- above the \\$21,000 budget \\[1\\].',
    );
  });

  it('shows emphasis, bare URLs and e-mail addresses from a call as text', () => {
    const answer = 'A *big* _deal_ at www.evil.example, https://evil.example or ceo@evil.example.';
    expect(answerPart(answerMarkdown('Acme', 'What?', account({ answer })))).toBe(
      'A \\*big\\* \\_deal\\_ at www\\.evil.example, https\\://evil.example or ceo\\@evil.example.',
    );
  });

  it('keeps the lines of an answer apart and its quotes as one list', () => {
    const answer = 'Quoted from 2 of 5 calls:\n- "one" [1]\n- "two" [1]\nNothing mentions "rollout".';
    expect(answerPart(answerMarkdown('Acme', 'What?', account({ answer })))).toBe(
      'Quoted from 2 of 5 calls\\:\n\n- "one" \\[1\\]\n- "two" \\[1\\]\n\nNothing mentions "rollout".',
    );
  });

  it('shows a call title with link syntax as text inside its link to Gong', () => {
    const citation = { ...gongCall, title: '[Click](http://evil.example) ![i](http://evil.example/i.png)' };
    const markdown = answerMarkdown('Acme', 'Pricing?', account({ citations: [citation] }));
    expect(markdown).toContain(
      `1. [\\[Click\\]\\(http\\://evil.example\\) \\!\\[i\\]\\(http\\://evil.example/i.png\\)](${gongCall.url}) (2026\\-11\\-20)`,
    );
    expect(linkTargets(markdown)).toEqual([gongCall.url]);
  });

  it('links a source only to Gong: any other link is shown as text', () => {
    const elsewhere = { ...gongCall, url: 'http://evil.example/call?id=1' };
    const markdown = answerMarkdown('Acme', 'Pricing?', account({ citations: [elsewhere] }));
    expect(linkTargets(markdown)).toEqual([]);
    expect(markdown).toContain('1. Acme pricing review (http\\://evil.example/call?id\\=1) (2026\\-11\\-20)');
  });

  it("shows a model's failure message in the footer as text", () => {
    const markdown = answerMarkdown(
      'Acme',
      'Pricing?',
      account({ modelError: { message: 'bad gateway ![x](http://evil.example/x.png)' } }),
    );
    expect(markdown.split('\n').at(-1)).toContain('bad gateway \\!\\[x\\]\\(http\\://evil.example/x.png\\)');
    expect(linkTargets(markdown)).toEqual([gongCall.url]);
  });

  it('names the maxCalls input in its one footer, never a CLI flag', () => {
    const markdown = answerMarkdown('Acme', 'Pricing?', account({ matchedCallCount: 7 }));
    expect(markdown.split('\n').at(-1)).toBe(
      '_Found 7 calls from 2026\\-08\\-30 to 2026\\-11\\-28 and read the most recent one; raise maxCalls to 7 ' +
        'to read them all. The answer quotes the calls word for word \\(no AI model is configured\\)._',
    );
  });
});
