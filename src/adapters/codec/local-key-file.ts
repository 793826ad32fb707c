import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateEncryptionKeyEntry, parseEncryptionKeys } from './encryption-keys';

/** Name of the key file `dev` and `demo` keep in their state directory. */
export const LOCAL_KEY_FILE = 'payload-encryption-keys';

/** The local key file: its `PAYLOAD_ENCRYPTION_KEYS` value, where it is, and whether it was just made. */
export interface LocalKeys {
  value: string;
  path: string;
  created: boolean;
}

/**
 * Reads `<stateDir>/payload-encryption-keys`, or creates it on first start with one fresh key,
 * readable by this user only (0600): the embedded defaults encrypt too, with no set-up.
 */
export async function loadOrCreateLocalKeys(stateDir: string): Promise<LocalKeys> {
  const path = join(stateDir, LOCAL_KEY_FILE);
  const entry = generateEncryptionKeyEntry(`local-${new Date().toISOString().slice(0, 10)}`);
  try {
    await writeFile(path, `${entry}\n`, { mode: 0o600, flag: 'wx' });
    return { value: entry, path, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // Kept private even if someone loosened it since.
  await chmod(path, 0o600);
  const value = (await readFile(path, 'utf8')).trim();
  try {
    parseEncryptionKeys(value);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
  return { value, path, created: false };
}
