import { describe, expect, it } from 'vitest';
import { InvalidSettingsError } from '../../src/config/env';
import { parseSettings } from '../../src/config/settings';

const issues = (env: Record<string, string>) => {
  try {
    parseSettings(env, ['codecServer']);
  } catch (error) {
    if (error instanceof InvalidSettingsError) return error.issues.map((issue) => issue.variable);
    throw error;
  }
  return [];
};

describe("the codec server's access token settings", () => {
  it('names the missing variables when only some CODEC_JWT_* are set', () => {
    expect(issues({ CODEC_JWT_JWKS_URL: 'https://idp.example.com/jwks.json' })).toEqual([
      'CODEC_JWT_ISSUER',
      'CODEC_JWT_AUDIENCE',
    ]);
  });

  it('refuses a key set over plain http on another host', () => {
    expect(
      issues({
        CODEC_JWT_JWKS_URL: 'http://idp.example.com/jwks.json',
        CODEC_JWT_ISSUER: 'https://idp.example.com/',
        CODEC_JWT_AUDIENCE: 'gong-codec-server',
      }),
    ).toEqual(['CODEC_JWT_JWKS_URL']);
  });
});
