import { describe, expect, it } from 'vitest';
import {
  EncryptionKeysError,
  generateEncryptionKeyEntry,
  parseEncryptionKeys,
} from '../../src/adapters/codec';
import { runWorker } from '../../src/worker';

const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');

describe('PAYLOAD_ENCRYPTION_KEYS', () => {
  it('the first key encrypts and every key decrypts', () => {
    const keys = parseEncryptionKeys(`new=${key(1)}, old=${key(2)}`);
    expect(keys.encryptingKeyId).toBe('new');
    expect([...keys.keys.keys()]).toEqual(['new', 'old']);
    expect(keys.keys.get('old')).toEqual(Buffer.alloc(32, 2));
  });

  it('a generated entry parses back to a fresh 32-byte key', () => {
    const [a, b] = [generateEncryptionKeyEntry('local'), generateEncryptionKeyEntry('local')];
    expect(a).not.toBe(b);
    expect(parseEncryptionKeys(a).keys.get('local')).toHaveLength(32);
  });

  it.each([
    [`k1=${Buffer.alloc(16).toString('base64')}`, 'entry 1 of 1: the key is 16 bytes, AES-256 needs 32'],
    [`k1=${key(1)},`, 'entry 2 of 2 is empty'],
    [`k1=${key(1)},k1=${key(2)}`, 'entries 1 and 2 have the same key id'],
    [`k1=not*base64`, 'entry 1 of 1: the key is not standard base64'],
    [`bad id=${key(1)}`, 'entry 1 of 1: the key id must be'],
  ])('a malformed value %# is refused naming the problem', (value, problem) => {
    expect(() => parseEncryptionKeys(value)).toThrow(
      new RegExp(`^Invalid PAYLOAD_ENCRYPTION_KEYS: ${problem}`),
    );
  });

  it('a key pasted without its id is refused without echoing any of it', () => {
    const bare = key(9);
    const error = (() => {
      try {
        parseEncryptionKeys(bare);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EncryptionKeysError);
    expect(String((error as Error).message)).not.toContain(bare.slice(0, 8));
  });

  it('the worker refuses to start on a malformed value, before connecting to Temporal', async () => {
    await expect(
      runWorker({ PAYLOAD_ENCRYPTION_KEYS: 'k1=abc', TEMPORAL_ADDRESS: '127.0.0.1:1' }, () => undefined),
    ).rejects.toThrow(/PAYLOAD_ENCRYPTION_KEYS: entry 1 of 1: the key is not standard base64/);
  });
});
