import type { SimCompany, SimContact, SimCrmContext, SimCrmObject } from './types';

/** The Salesforce Account object of a company (of any data set: only these fields are read). */
export function accountObject(
  company: Pick<SimCompany, 'crmAccountId' | 'name' | 'domain' | 'industry'>,
): SimCrmObject {
  return {
    objectType: 'Account',
    objectId: company.crmAccountId,
    fields: [
      { name: 'Name', value: company.name },
      { name: 'Website', value: `https://www.${company.domain}` },
      { name: 'Industry', value: company.industry },
    ],
  };
}

/** Call-level CRM context: the account and its open opportunity, as Gong's Extended context returns them. */
export function callCrmContext(company: SimCompany): SimCrmContext[] {
  const f = company.facts;
  return [
    {
      system: 'Salesforce',
      objects: [
        accountObject(company),
        {
          objectType: 'Opportunity',
          objectId: f.opportunityId,
          fields: [
            { name: 'Name', value: f.opportunityName },
            { name: 'Amount', value: f.opportunityAmount },
            { name: 'StageName', value: 'Negotiation/Review' },
            { name: 'AccountId', value: company.crmAccountId },
          ],
        },
      ],
    },
  ];
}

/** Party-level CRM context: the contact record and the account it belongs to. */
export function partyCrmContext(company: SimCompany, contact: SimContact): SimCrmContext[] {
  return [
    {
      system: 'Salesforce',
      objects: [
        {
          objectType: 'Contact',
          objectId: contact.crmContactId,
          fields: [
            { name: 'Name', value: contact.name },
            { name: 'Email', value: contact.emailAddress },
            { name: 'Title', value: contact.title },
            { name: 'AccountId', value: company.crmAccountId },
          ],
        },
        accountObject(company),
      ],
    },
  ];
}
