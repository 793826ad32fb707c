import { describe, expect, it } from 'vitest';
import { baseUrlHostWarning } from '../../src/gong/base-url-warning';

describe('warning about a base URL that is not a Gong API host', () => {
  it.each(['api.gong.io', 'https://us-49467.api.gong.io/', 'US-1.API.GONG.IO', 'eu.us-2.api.gong.io'])(
    'says nothing about the Gong API host %s',
    (baseUrl) => {
      expect(baseUrlHostWarning(baseUrl)).toBeNull();
    },
  );

  it.each(['app.gong.io', 'https://evil.gong.io', 'api.gong.io.attacker.gong.io', 'xapi.gong.io'])(
    'warns that the keys will be sent to %s',
    (baseUrl) => {
      const warning = baseUrlHostWarning(baseUrl);
      expect(warning).toMatch(/is not api\.gong\.io or a \*\.api\.gong\.io host/);
      expect(warning).toContain('Access Key and Secret are sent to it');
    },
  );

  it('leaves a host outside *.gong.io to the allowlist error instead of warning', () => {
    expect(baseUrlHostWarning('https://evil.example.com')).toBeNull();
  });
});
