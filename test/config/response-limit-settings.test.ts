import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config/settings';

describe('the Retry-After and response size limits in the settings', () => {
  it('default to 120 s and 32 MiB', () => {
    const settings = loadSettings({}, '/home/test');
    expect(settings.maxRetryAfterSeconds).toBe(120);
    expect(settings.gongMaxResponseBytes).toBe(32 * 1024 * 1024);
  });

  it('are read from GONG_MAX_RETRY_AFTER_SECONDS and GONG_MAX_RESPONSE_BYTES', () => {
    const settings = loadSettings(
      { GONG_MAX_RETRY_AFTER_SECONDS: '30', GONG_MAX_RESPONSE_BYTES: '5000000' },
      '/home/test',
    );
    expect(settings.maxRetryAfterSeconds).toBe(30);
    expect(settings.gongMaxResponseBytes).toBe(5_000_000);
  });

  it.each([
    ['GONG_MAX_RETRY_AFTER_SECONDS', '0'],
    ['GONG_MAX_RETRY_AFTER_SECONDS', '86400'],
    ['GONG_MAX_RESPONSE_BYTES', '1000'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadSettings({ [name]: value }, '/home/test')).toThrow(
      new RegExp(`Invalid environment: ${name}`),
    );
  });
});
