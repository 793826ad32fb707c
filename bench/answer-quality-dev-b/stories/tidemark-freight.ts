/**
 * Tidemark Freight AS, a Norwegian freight forwarder buying shipment margin analytics: a deal in
 * its last steps whose signature date slips twice and whose price moves over four calls. The CEO
 * defers to the COO, who signs; the data protection officer's EEA rule and procurement's
 * certificate rule are conditions, not objections.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Tidemark Freight AS story. */
export const tidemarkFreight: Story = {
  company: {
    name: 'Tidemark Freight AS',
    domain: 'tidemark.no',
    industry: 'Logistics & Freight Forwarding',
    crmAccountId: '0015g000DC1TDM7AAA',
    contacts: [
      { name: 'Ingrid Solberg', title: 'Head of Commercial Analytics' },
      { name: 'Marte Lindahl', title: 'Chief Operating Officer' },
      { name: 'Per Kristiansen', title: 'Chief Executive Officer' },
      { name: 'Jonas Berg', title: 'Enterprise Architect' },
      { name: 'Sofie Nygaard', title: 'Data Protection Officer' },
      { name: 'Lars Eide', title: 'Head of Procurement' },
      { name: 'Camilla Strand', title: 'Finance Controller' },
    ],
  },
  calls: [
    {
      daysAgo: 87,
      at: '08:00',
      title: 'Tidemark Freight intro',
      sellers: ['Omar', 'Priya'],
      customers: ['Ingrid'],
      lines: [
        ['Omar', 'Thanks for taking the call, Ingrid. Priya looks after our customers in the Nordics.'],
        [
          'Ingrid',
          'We are a freight forwarder, about 600 people, with offices in Bergen, Oslo, Gothenburg and Rotterdam. Our problem is margin. We quote spot rates on Monday and find out three weeks later that we lost money on half the shipments.',
        ],
        ['Priya', 'How do you report on it today?'],
        [
          'Ingrid',
          'A Qlik Sense app, built by a consultant who left in 2023. Nobody dares to touch it, and the branches keep their own Excel files.',
        ],
        ['Priya', 'How many people would use the dashboards?'],
        ['Ingrid', 'About 220: branch managers, the pricing desks and finance.'],
        ['Ingrid', 'Ideally we would be live by February 1, before we plan the spring contract season.'],
      ],
      ai: {
        brief:
          'Ingrid Solberg described a freight forwarder of about 600 people in Bergen, Oslo, Gothenburg and Rotterdam that finds out weeks later it lost margin on spot-rate shipments. Reporting runs on an unmaintained Qlik Sense app and branch Excel files. About 220 users; she would like to be live by February 1.',
        keyPoints: [
          'Margin on spot-rate shipments is only known weeks later',
          'Reporting today: an unmaintained Qlik Sense app and branch Excel files',
          'About 220 users',
          'Wish: live by February 1',
        ],
        actionItems: ['Priya to set up a discovery call with Ingrid and IT'],
      },
    },
    {
      daysAgo: 82,
      at: '08:00',
      title: 'Tidemark discovery',
      sellers: ['Priya', 'Ben'],
      customers: ['Ingrid', 'Jonas'],
      lines: [
        [
          'Jonas',
          'Everything operational lives in CargoWise One: shipments, costs and revenue lines per job.',
        ],
        ['Ben', 'How do you get data out of it today?'],
        [
          'Jonas',
          'We have the eAdaptor interface licensed, so CargoWise can send XML messages out when a shipment changes.',
        ],
        [
          'Jonas',
          'Finance runs on Microsoft Dynamics 365 Finance. That is where the final invoiced margin lives, so you need both.',
        ],
        ['Jonas', 'Log-in has to go through Entra ID. Nobody here gets another password.'],
        ['Ingrid', 'And we are setting up Snowflake this autumn as our warehouse.'],
        ['Jonas', 'It is early. I will know more next month.'],
        [
          'Ingrid',
          'For the record, Sisense pitched us last spring. We did not like it, far too much build work, so they are out.',
        ],
        ['Ben', 'Understood. I will prepare a demo on your kind of data.'],
      ],
    },
    {
      daysAgo: 75,
      at: '08:00',
      title: 'Northwind demo for Tidemark',
      sellers: ['Priya', 'Ben'],
      customers: ['Ingrid', 'Marte', 'Jonas', 'Per'],
      lines: [
        [
          'Ben',
          'This is margin per shipment, quoted versus invoiced, by branch and by trade lane, refreshed through the day.',
        ],
        [
          'Marte',
          'This is what I want on Monday mornings. Rotterdam lost money on reefer containers all summer and we found out in September.',
        ],
        [
          'Per',
          'I only have ten minutes, sorry. Marte, this is your area. Whatever you decide on this, I will back it.',
        ],
        ['Marte', 'Good. Then to be clear for Priya: the budget is mine and I sign.'],
        [
          'Ben',
          'We would read CargoWise shipments and Dynamics 365 Finance invoices, with Entra ID for log-in.',
        ],
        [
          'Marte',
          'My worry is the branches. Gothenburg has lived in Qlik for six years. If the branch managers do not use it, it is worth nothing.',
        ],
        ['Ingrid', 'I will own adoption.'],
      ],
      ai: {
        brief:
          'Ben demoed shipment margin dashboards, quoted versus invoiced, by branch and trade lane. Per Kristiansen left the decision to Marte Lindahl, COO, who owns the budget and signs. Marte worries about branch adoption, especially in Gothenburg.',
        keyPoints: [
          'Marte Lindahl owns the budget and signs',
          'Per Kristiansen will back Marte’s decision',
          'Concern: branch managers adopting it, Gothenburg is used to Qlik',
          'Data from CargoWise and Dynamics 365 Finance, log-in through Entra ID',
        ],
        highlights: {
          'Next steps': [
            'Ben to hold a privacy review with Sofie Nygaard, the Data Protection Officer',
            'Priya to send a proposal after the review',
          ],
        },
        outline: {
          Demo: ['Margin per shipment, quoted versus invoiced', 'Branch and trade lane views'],
          Questions: ['Who decides', 'Branch adoption'],
        },
        outcome: ['Follow-up', 'Demo completed'],
        actionItems: ['Ben to schedule the privacy review with Sofie'],
      },
    },
    {
      daysAgo: 68,
      at: '08:00',
      title: 'Tidemark / Northwind DPA review',
      sellers: ['Ben', 'Priya'],
      customers: ['Sofie', 'Jonas'],
      lines: [
        [
          'Sofie',
          'Let me start with our rule. Our shipment and customer data cannot leave the EEA. That means the database, the backups, and also a support engineer in the US looking at a screen.',
        ],
        ['Ben', 'Our EU tenant runs in Frankfurt with backups in Amsterdam, so storage stays in the EEA.'],
        ['Sofie', 'And support?'],
        ['Ben', 'Standard support is follow-the-sun, so a US engineer could see data during a ticket.'],
        [
          'Sofie',
          'Then I cannot approve the DPA as it stands. I will not sign off unless every sub-processor and every person with access sits in the EEA.',
        ],
        [
          'Ben',
          'We offer EU-only support as an add-on, staffed from Dublin and Lisbon. It lists at €9,000 a year.',
        ],
        ['Jonas', 'What about your AI features? Do prompts go to a US model provider?'],
        ['Ben', 'In the EU tenant they run on Azure OpenAI in Sweden Central.'],
        ['Sofie', 'Send me the sub-processor list and the EU-only support description and I will review.'],
      ],
      ai: {
        brief:
          'Sofie Nygaard, the DPO, set the rule that Tidemark data cannot leave the EEA, support access from the US included. Storage in Frankfurt with backups in Amsterdam is fine; follow-the-sun support is not. Ben offered EU-only support from Dublin and Lisbon at €9,000 a year.',
        keyPoints: [
          'Data cannot leave the EEA, support access included',
          'EU tenant in Frankfurt, backups in Amsterdam',
          'EU-only support add-on, €9,000 a year',
          'AI features run on Azure OpenAI in Sweden Central',
        ],
        highlights: {
          'Next steps': [
            'Ben to send the sub-processor list and the EU-only support description',
            'Sofie to review the DPA',
          ],
        },
        outcome: ['Follow-up', 'Requirements gathered'],
      },
    },
    {
      daysAgo: 63,
      at: '13:00',
      title: 'Deal review: Tidemark',
      sellers: ['Priya', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Who signs at Tidemark?'],
        [
          'Priya',
          'Marte Lindahl, the COO. Per, the CEO, said in the demo he will back whatever she decides.',
        ],
        ['Priya', 'List for 220 users is €148,000 a year. Marte hinted her budget is lower.'],
        ['Dana', 'You can go to 12% off on a three-year term. Not more without me.'],
        [
          'Priya',
          'The competition is Qlik, the incumbent. Their renewal is coming up and they are pitching Qlik Cloud.',
        ],
        ['Dana', 'And the privacy point?'],
        ['Priya', 'Sofie needs EU-only support. I will bundle it into the offer.'],
      ],
      ai: {
        brief:
          'Internal review: Marte Lindahl, COO, signs. List is €148,000 a year for 220 users; Dana approved up to 12% off on a three-year term. Qlik is the incumbent and is pitching Qlik Cloud. EU-only support to be bundled for the DPO.',
      },
    },
    {
      daysAgo: 55,
      at: '08:00',
      title: 'Tidemark integration deep dive',
      sellers: ['Ben'],
      customers: ['Jonas'],
      lines: [
        ['Jonas', 'Let us go system by system. CargoWise One first.'],
        [
          'Ben',
          'We subscribe to the eAdaptor shipment events, so a change reaches us within about ten minutes.',
        ],
        ['Jonas', 'Dynamics 365 Finance: use the OData API. Nightly is enough for the invoiced margin.'],
        ['Ben', 'Fine. Log-in is Entra ID over SAML, plus SCIM, so leavers lose access the same day.'],
        [
          'Jonas',
          'Now Snowflake. We are live on Snowflake in AWS eu-north-1, Stockholm. I do not want you reading from our Snowflake. I want you to push the shipment margin tables into it every night, so finance can join them with their own data.',
        ],
        ['Ben', 'We can write into a schema you give us, nightly at 02:00 Oslo time.'],
        ['Jonas', 'One more: our sales team is on HubSpot, but leave that out for now.'],
        ['Ben', 'Noted, HubSpot is out of scope.'],
      ],
    },
    {
      daysAgo: 48,
      at: '08:00',
      title: 'Tidemark commercial discussion',
      sellers: ['Priya', 'Dana'],
      customers: ['Marte', 'Lars'],
      lines: [
        ['Priya', 'For 220 users, the list price is €148,000 a year.'],
        ['Marte', 'That is more than I have. My budget for this is €125,000 a year.'],
        ['Dana', 'On a two-year term we can do 8% off, €136,160 a year.'],
        ['Lars', 'And the EU-only support Sofie needs, is that included?'],
        ['Priya', 'Today it is €9,000 a year on top.'],
        [
          'Marte',
          'Then we are far apart. Above €125,000 I have to take it to the board, and I would rather not.',
        ],
        ['Lars', 'Send the offer in writing, with support as a separate line.'],
      ],
      ai: {
        brief:
          'Priya presented the list price of €148,000 a year for 220 users; Dana offered 8% off (€136,160 a year) on a two-year term. Marte Lindahl’s budget is €125,000 a year; above that she needs the board. EU-only support (€9,000 a year) is extra for now.',
        keyPoints: [
          'List €148,000 a year for 220 users',
          'Offer: €136,160 a year on a two-year term',
          'Marte’s budget: €125,000 a year',
        ],
        highlights: {
          'Next steps': ['Priya to send the written offer with EU-only support as a separate line'],
        },
        outcome: ['Negotiation', 'Pricing presented'],
      },
    },
    {
      daysAgo: 41,
      at: '08:00',
      title: 'Tidemark check-in',
      sellers: ['Priya'],
      customers: ['Ingrid'],
      lines: [
        [
          'Ingrid',
          'Two things. First, Qlik came in last week with 25% off their renewal and a free migration to Qlik Cloud.',
        ],
        ['Priya', 'How did Marte take it?'],
        ['Ingrid', 'She is tempted by the number, but she knows the Qlik app is the problem, not the price.'],
        [
          'Ingrid',
          'Second, February 1 will not work anymore. IT is upgrading CargoWise in January, so we are now looking at going live on March 1.',
        ],
        ['Priya', 'March 1 works for us.'],
      ],
    },
    {
      daysAgo: 34,
      at: '08:00',
      title: 'Tidemark DPA follow-up',
      sellers: ['Ben'],
      customers: ['Sofie'],
      lines: [
        [
          'Sofie',
          'I read the sub-processor list. With EU-only support, every sub-processor and every person with access is in the EEA.',
        ],
        [
          'Sofie',
          'So my condition is met, as long as EU-only support is written into the order form. Without that line I withdraw my approval.',
        ],
        ['Ben', 'Understood. Priya will put it in the order form.'],
        ['Sofie', 'Then the DPA is approved from my side.'],
      ],
      ai: {
        brief:
          'Sofie Nygaard approved the DPA on the condition that EU-only support is written into the order form; with it every sub-processor and every person with access is in the EEA.',
        highlights: {
          'Next steps': ['Priya to add EU-only support to the order form'],
        },
      },
    },
    {
      daysAgo: 27,
      at: '08:00',
      title: 'Tidemark negotiation',
      sellers: ['Priya', 'Dana'],
      customers: ['Marte', 'Lars', 'Camilla'],
      lines: [
        ['Dana', 'Our best offer: €129,500 a year on a three-year term, EU-only support included.'],
        [
          'Marte',
          'That is close. At €126,000 I am near enough to my budget to sign without going to the board.',
        ],
        ['Dana', '€126,000 only works with annual prepay. Let me check.'],
        ['Camilla', 'We would want the invoices in NOK rather than euros, if possible.'],
        ['Priya', 'We invoice in euros, but I will ask our finance team.'],
        ['Lars', 'If we agree this week, we can sign by November 30.'],
      ],
      ai: {
        brief:
          'Dana offered €129,500 a year on a three-year term with EU-only support included. Marte Lindahl would sign at €126,000 without going to the board; Dana will check that against annual prepay. Target signature November 30. Camilla Strand asked to be invoiced in NOK.',
        keyPoints: [
          'Offer: €129,500 a year, three-year term, EU-only support included',
          'Marte would sign at €126,000',
          'Target signature November 30',
        ],
        highlights: {
          'Next steps': ['Dana to confirm €126,000 with annual prepay', 'Signature targeted for November 30'],
          Pricing: ['€129,500 a year on a three-year term, EU-only support included'],
        },
        outcome: ['Negotiation', 'Counter-offer'],
      },
    },
    {
      daysAgo: 20,
      at: '13:00',
      title: 'Tidemark forecast call',
      sellers: ['Priya', 'Dana', 'Ben'],
      customers: [],
      lines: [
        ['Dana', 'Is Tidemark still landing on November 30?'],
        [
          'Priya',
          'No. Lars came back: procurement will not raise the PO until they have our ISO 27001 certificate and a pen test summary. That pushes signature to December 11 at the earliest.',
        ],
        ['Ben', 'I have both. I will walk Lars and Jonas through the security questionnaire next week.'],
        ['Dana', 'And the €126,000?'],
        ['Priya', 'Approved with annual prepay. I am keeping it in commit.'],
      ],
    },
    {
      daysAgo: 13,
      at: '08:00',
      title: 'Tidemark security questionnaire',
      sellers: ['Ben'],
      customers: ['Lars', 'Jonas'],
      lines: [
        [
          'Lars',
          'Our procurement policy is simple: no PO for a new SaaS vendor without a current ISO 27001 certificate and a pen test summary from the last twelve months.',
        ],
        [
          'Ben',
          'Here is our ISO 27001 certificate, valid until 2028, and the summary of the pen test from August.',
        ],
        ['Jonas', 'The pen test shows two medium findings. Are they fixed?'],
        ['Ben', 'Both were fixed in September; the retest letter is attached.'],
        [
          'Lars',
          'Then I can raise the PO once our legal team has the final order form. That will not be before mid-December.',
        ],
      ],
      ai: {
        brief:
          'Lars Eide stated procurement’s rule: no PO without a current ISO 27001 certificate and a pen test summary from the last twelve months. Ben shared both, with the retest letter for two medium findings fixed in September. Lars can raise the PO once legal has the final order form, not before mid-December.',
        keyPoints: [
          'No PO without ISO 27001 certificate and a recent pen test summary',
          'Two medium pen test findings fixed in September',
        ],
        highlights: {
          'Next steps': ['Priya to send the final order form to Tidemark legal', 'Lars to raise the PO'],
        },
        outcome: ['Follow-up', 'Security review'],
      },
    },
    {
      daysAgo: 6,
      at: '08:00',
      title: 'Tidemark / Northwind final terms',
      sellers: ['Priya', 'Dana'],
      customers: ['Marte', 'Lars', 'Ingrid'],
      lines: [
        ['Dana', 'Final terms: €126,000 a year, three-year term, annual prepay, EU-only support included.'],
        ['Marte', 'Good. We are happy with where we landed.'],
        ['Lars', 'I will issue the PO on December 16.'],
        [
          'Marte',
          'And I will sign on December 18. Not December 11, sorry; our legal team needed another week for the order form.',
        ],
        ['Ingrid', 'Go-live stays March 1.'],
        ['Priya', 'I will send the DocuSign envelope on December 17.'],
      ],
      ai: {
        brief:
          'Final terms agreed: €126,000 a year on a three-year term with annual prepay, EU-only support included. Lars Eide issues the PO on December 16 and Marte Lindahl signs on December 18. Go-live stays March 1.',
        keyPoints: [
          '€126,000 a year, three-year term, annual prepay',
          'EU-only support included',
          'PO December 16, signature December 18',
          'Go-live March 1',
        ],
        highlights: {
          'Next steps': [
            'Lars to issue the PO on December 16',
            'Priya to send the DocuSign envelope on December 17',
            'Marte to sign on December 18',
          ],
        },
        outcome: ['Negotiation', 'Verbal agreement'],
      },
    },
    {
      daysAgo: 3,
      at: '08:00',
      title: 'Tidemark onboarding planning',
      sellers: ['Priya', 'Sarah'],
      customers: ['Ingrid'],
      lines: [
        ['Sarah', 'I am Sarah, your customer success manager from signature on.'],
        ['Ingrid', 'Great. Honestly, I am excited. This is the project I pitched internally two years ago.'],
        ['Sarah', 'I will send you the onboarding plan by December 11.'],
        ['Ingrid', 'My plan is to train 12 super-users in Bergen in the first week of February.'],
        [
          'Ingrid',
          'My one worry is Gothenburg. Anders Holm’s team has lived in Qlik for six years and they will resist.',
        ],
        ['Sarah', 'Then let us start Gothenburg with a session just for Anders’s team.'],
        ['Priya', 'And the DocuSign envelope goes out on December 17, so Marte can sign on the 18th.'],
      ],
    },
  ],
};
