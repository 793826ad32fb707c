/**
 * A separate process that changes one connection through the store the environment selects,
 * as a second CLI or worker would. Usage: `store-child.ts <startAtMs> add <id> <secret>` or
 * `store-child.ts <startAtMs> edit <id> <accessKey|accessKeySecret|baseUrl> <value> [holdMs]`.
 * Prints one JSON line: `{"ok":true}` or `{"error":"<error name>","message":"..."}`.
 */
import { editConnection } from '../../../src/connections/connection';
import { parseSettings } from '../../../src/config/settings';
import { openStore } from '../../../src/app/open-store';

const [startAt, action, id, a, b, hold] = process.argv.slice(2);
const opened = openStore(parseSettings(process.env, ['store']).store);
const store = opened.connections;
// Warm up (pool, schema check) before the common start time, so the changes really overlap.
await store.list();
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
try {
  if (action === 'add') {
    await store.add({
      id: id ?? '',
      baseUrl: 'us-1.api.gong.io',
      accessKey: 'AKEY-CHILD',
      accessKeySecret: a ?? '',
    });
  } else if (action === 'edit') {
    await store.update(id ?? '', (existing) => {
      // Held inside the read-modify-write, so another process's edit lands while this one is open.
      const until = Date.now() + Number(hold ?? 0);
      while (Date.now() < until);
      return editConnection(existing, { [a ?? '']: b });
    });
  } else {
    throw new Error(`unknown action ${action}`);
  }
  console.log(JSON.stringify({ ok: true }));
} catch (error) {
  console.log(JSON.stringify({ error: (error as Error).name, message: (error as Error).message }));
} finally {
  await opened.close();
}
