import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSecrets, parseSecretKeys, sealSecrets, SecretKeyError } from '../../src/connections/secret-keys';

const A = randomBytes(32).toString('base64');
const B = randomBytes(32).toString('base64');
const SECRETS = { accessKey: 'AKEY-1', accessKeySecret: 'the-secret' };

const errorOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
};

describe('GONG_SECRETS_KEYS', () => {
  it('reads comma-separated keyId=base64 keys, the first one first', () => {
    expect(parseSecretKeys(` new=${A} , old=${B}`).keys.map((k) => k.id)).toEqual(['new', 'old']);
  });

  it('refuses a key that is not 32 bytes, naming its id and position but not its value', () => {
    const short = randomBytes(16).toString('base64');
    const error = errorOf(() => parseSecretKeys(`good=${A},bad=${short}`));
    expect(error).toBeInstanceOf(SecretKeyError);
    expect(error.message).toBe(
      'GONG_SECRETS_KEYS entry 2 (key "bad"): the key must be 32 bytes in base64 (openssl rand -base64 32)',
    );
  });

  it('refuses characters that are not base64 instead of silently dropping them', () => {
    const error = errorOf(() => parseSecretKeys(`k=${A.slice(0, 10)}!${A.slice(11)}`));
    expect(error.message).toContain('key "k"');
    expect(error.message).not.toContain(A.slice(0, 10));
  });

  it('refuses an entry without an id, without quoting the entry', () => {
    const error = errorOf(() => parseSecretKeys(A));
    expect(error.message).toContain('GONG_SECRETS_KEYS entry 1: expected keyId=base64');
    expect(error.message).not.toContain(A.slice(0, 8));
  });

  it('refuses the same key id twice', () => {
    expect(() => parseSecretKeys(`k=${A},k=${B}`)).toThrow('key id "k" appears twice');
  });
});

describe('sealing connection secrets', () => {
  it('opens what it sealed, under the key id it names', () => {
    const keyring = parseSecretKeys(`k1=${A}`);
    const sealed = sealSecrets(keyring, 'acme', SECRETS);
    expect(sealed.keyId).toBe('k1');
    expect(openSecrets(keyring, 'acme', sealed)).toEqual(SECRETS);
  });

  it('uses a fresh nonce each time, so equal secrets do not look equal', () => {
    const keyring = parseSecretKeys(`k1=${A}`);
    expect(sealSecrets(keyring, 'acme', SECRETS).data).not.toBe(sealSecrets(keyring, 'acme', SECRETS).data);
  });

  it('detects a changed byte', () => {
    const keyring = parseSecretKeys(`k1=${A}`);
    const sealed = sealSecrets(keyring, 'acme', SECRETS);
    const data = Buffer.from(sealed.data, 'base64');
    data[0] = (data[0] ?? 0) ^ 1;
    expect(() => openSecrets(keyring, 'acme', { ...sealed, data: data.toString('base64') })).toThrow(
      'does not decrypt with key "k1"',
    );
  });

  it('fails with a key of the same id but other bytes, naming the id only', () => {
    const sealed = sealSecrets(parseSecretKeys(`k1=${A}`), 'acme', SECRETS);
    const error = errorOf(() => openSecrets(parseSecretKeys(`k1=${B}`), 'acme', sealed));
    expect(error.message).toContain('key "k1"');
    expect(error.message).not.toContain(B.slice(0, 8));
    expect(error.message).not.toContain('the-secret');
  });
});
