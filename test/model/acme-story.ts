import type { SimCall } from '../../tools/simulator';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';

/** Five calls with Acme over two months, each with a brief and key points, among twenty others. */
export function acmeStory(): SimCall[] {
  const acme = (daysAgo: number, title: string, brief: string, keyPoints: string[]) =>
    callDaysAgo(daysAgo, { title, content: { brief, keyPoints: keyPoints.map((text) => ({ text })) } });
  return [
    acme(2, 'Acme renewal negotiation', 'Acme asked for a 15% discount to renew for two years.', [
      'Acme wants a 15% discount on the enterprise plan.',
      'The renewal is due at the end of March.',
    ]),
    acme(9, 'Acme security review', 'The Acme CISO needs SOC 2 Type II evidence before signing.', [
      'SOC 2 Type II report to be shared under NDA.',
      'Data must stay in the EU.',
    ]),
    acme(20, 'Acme QBR', 'Usage grew 40% since the pilot; support uses it most.', [
      'Usage grew 40% quarter over quarter.',
      'Acme plans to add the sales team.',
    ]),
    acme(35, 'Acme pricing follow-up', 'Acme compared our price with a competitor that is 10% cheaper.', [
      'A competitor offered a price 10% lower.',
    ]),
    acme(50, 'Acme kickoff', 'Acme started the pilot with two teams in Berlin.', [
      'The pilot runs for six weeks.',
    ]),
    ...fillerCalls(20),
  ];
}

/** The question asked about them. */
export const ACME_QUESTION = 'What discount did Acme ask for to renew?';
