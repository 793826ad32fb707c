import { describe, expect, it } from 'vitest';
import { stripControl } from '../../src/cli/sanitize';

describe('text from Gong or a model, as the CLI prints it', () => {
  it.each([
    ['a window-title change (OSC ended by BEL)', '\u001b]0;pwned\u0007Renewal', 'Renewal'],
    [
      'a hidden hyperlink (OSC 8 ended by ST)',
      '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\',
      'click',
    ],
    ['colours (CSI)', '\u001b[31mred\u001b[0m', 'red'],
    ['a screen clear in its one-byte C1 form', 'a\u009b2Jb', 'ab'],
    ['a carriage return that would overwrite the line', 'safe\rEVIL', 'safeEVIL'],
    ['bidirectional overrides', 'abc\u202edcba', 'abcdcba'],
    ['NUL, BEL and DEL', 'a\u0000b\u0007c\u007fd', 'abcd'],
  ])('loses %s', (_what, input, expected) => {
    expect(stripControl(input)).toBe(expected);
  });

  it('keeps tabs, newlines and every other character, accents and emoji included', () => {
    const text = 'Café\tSão Paulo\n  – 価格 🚀 [1]';
    expect(stripControl(text)).toBe(text);
  });
});
