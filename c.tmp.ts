import { createExtractiveAnswerer } from './src/answering';
import { makeCall } from './test/answering/call-fixtures';
const calls = [
  makeCall({ callId: 'a', title: 'Weekly sync', started: '2026-10-01T10:00:00Z', brief: 'Team reviewed the rollout plan. The support leads love the new routing rules.', keyPoints: ['Kickoff is on Monday, March 3.', 'Priya was frustrated that the export keeps timing out.'] , callOutcome: {name:'Expansion', category:'Open'}}),
  makeCall({ callId: 'b', title: 'Discovery', started: '2026-09-01T10:00:00Z', brief: 'We currently use Zendesk and the renewal is in June. Maria Lopez joined from Finance.', keyPoints: ['Snowflake holds their ticket data.', 'They are excited to replace the spreadsheets.'] }),
];
const a = createExtractiveAnswerer();
for (const q of process.argv.slice(2)) { const r = await a.answer(q, calls, undefined, []); console.log('Q:', q, '\n' + r.answer, '\n'); }
