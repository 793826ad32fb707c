/**
 * `npm run provision:jaeger`: finds or builds the pinned Jaeger (see {@link findJaeger}) and prints
 * where it is. CI runs it before `npm test`, so the tracing spec never spends its time budget on
 * a first build; the spec provisions it itself when run alone.
 */
import { findJaeger } from './index';

console.log(`jaeger: ${await findJaeger((line) => console.log(line))}`);
