/**
 * Loaded once per workflow thread, before any workflow (the bundle's `preloadModules`), so every
 * workflow the sandbox creates shares one zod instead of evaluating its modules again: a cached
 * workflow holds about 110 KiB instead of 700 KiB, and is created in about 6 ms of CPU instead of
 * 10, which lets the sticky cache hold a whole batch (docs/performance.md).
 *
 * The SDK freezes what a preloaded module leaves in the sandbox's globals and exports, so the
 * defaults zod would set on its first schema (the English messages, the memoizer containers use)
 * and the one value it computes on first use are set here first; zod's behaviour is unchanged.
 */
import { z } from 'zod';

z.config({ ...z.locales.en(), memoizer: z.core.memoizer() });
void z.core.util.allowsEval.value;
// Every zod module, not only those named above: the workflows' own schemas use the rest.
void Object.keys(z);
