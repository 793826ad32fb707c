/** Static names the data-set generator draws from. Fictional on purpose. */

/** The seller: the company whose Gong tenant the simulator pretends to be. */
export const SELLER = { name: 'Northwind Analytics', domain: 'northwind-analytics.com' } as const;

/** Sales team members: first name, last name, title. The first one manages the others. */
export const SELLER_PEOPLE: readonly (readonly [string, string, string | null])[] = [
  ['Dana', 'Whitfield', 'VP of Sales'],
  ['Marcus', 'Okafor', 'Account Executive'],
  ['Priya', 'Raman', 'Senior Account Executive'],
  ['Tom', 'Becker', 'Account Executive'],
  ['Lucía', 'Fernández', 'Enterprise Account Executive'],
  ['Kenji', 'Watanabe', 'Solutions Engineer'],
  ['Sarah', 'Lindqvist', 'Customer Success Manager'],
  ['Omar', 'Haddad', 'Sales Development Representative'],
  ['Chloé', 'Dubois', 'Account Executive'],
  ['Ben', 'Carter', 'Solutions Engineer'],
  ['Aisha', 'Mensah', 'Customer Success Manager'],
  ['Greg', 'Novak', null],
];

/** Customer companies: name, short name used in titles, domain, industry. */
export const COMPANIES: readonly (readonly [string, string, string, string])[] = [
  ['Acme Corporation', 'Acme Corp.', 'acme.com', 'Manufacturing'],
  ['Globex', 'Globex', 'globex.com', 'Energy'],
  ['Initech', 'Initech', 'initech.com', 'Software'],
  ['Umbrella Health', 'Umbrella', 'umbrellahealth.com', 'Healthcare'],
  ['Société Générale Énergie', 'SG Énergie', 'sg-energie.fr', 'Utilities'],
  ["O'Reilly Logistics", "O'Reilly", 'oreilly-logistics.com', 'Logistics'],
  ['Stark Industries', 'Stark', 'starkindustries.com', 'Aerospace'],
  ['Wayne Enterprises', 'Wayne', 'wayne-enterprises.com', 'Conglomerate'],
  ['Hooli', 'Hooli', 'hooli.xyz', 'Internet'],
  ['Vandelay Industries', 'Vandelay', 'vandelay.com', 'Import/Export'],
  ['Soylent Foods', 'Soylent', 'soylentfoods.com', 'Food & Beverage'],
  ['Cyberdyne Systems', 'Cyberdyne', 'cyberdyne.io', 'Robotics'],
  ['Tyrell & Partners', 'Tyrell', 'tyrell-partners.com', 'Biotech'],
  ['Müller Bau GmbH', 'Müller Bau', 'mueller-bau.de', 'Construction'],
  ['Pied Piper', 'Pied Piper', 'piedpiper.com', 'Software'],
];

/** First names for customer-side contacts. */
export const CONTACT_FIRST_NAMES = [
  'Alex',
  'Jordan',
  'Maria',
  'Wei',
  'Fatima',
  'Liam',
  'Nora',
  'Raj',
  'Elena',
  'Samuel',
  'Ingrid',
  'Hiroshi',
  'Grace',
  'Mateo',
  'Zoe',
  'Patrick',
  'Amara',
  'Jonas',
  'Léa',
  'Victor',
] as const;
/** Last names for customer-side contacts. */
export const CONTACT_LAST_NAMES = [
  'Smith',
  'Nguyen',
  'Garcia',
  'Kowalski',
  'Chen',
  "O'Brien",
  'Johansson',
  'Patel',
  'Rossi',
  'Adeyemi',
  'Martin',
  'Schmidt',
  'Tanaka',
  'Silva',
  'Murphy',
  'Larsen',
  'Moreau',
  'Kim',
  'Hughes',
  'Costa',
] as const;
/** Job titles of customer-side contacts; `null` for a contact without one. */
export const CONTACT_TITLES = [
  'CFO',
  'VP of Operations',
  'Head of IT',
  'Procurement Manager',
  'Director of Analytics',
  'CISO',
  'Data Engineering Lead',
  'COO',
  'Head of Revenue Operations',
  null,
] as const;

/** Competitors customers mention, also a Gong tracker's phrases. */
export const COMPETITORS = ['Tableau', 'Looker', 'Power BI', 'Qlik', 'ThoughtSpot'] as const;
/** Security requirements a customer raises on a call. */
export const SECURITY_REQUIREMENTS = [
  'SOC 2 Type II report',
  'SSO with Okta and SCIM provisioning',
  'EU data residency',
  'HIPAA BAA',
  'penetration test summary',
] as const;
/** Systems a customer wants to integrate with. */
export const INTEGRATIONS = ['Salesforce', 'Snowflake', 'HubSpot', 'SAP', 'BigQuery', 'Databricks'] as const;
/** Quarters a customer names for going live. */
export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
