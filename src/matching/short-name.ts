import { withoutLegalSuffix } from './legal-suffix';
import { nameFinder, normalizeName } from './normalize-name';

/**
 * Words that say what kind of organisation a customer is, not which one: a name ending in them
 * ("Velvet Fox Apparel", "Northgate University", "Basalt Construction Group") is often shortened to
 * the words before them in our own team's call titles ("Deal review: Velvet Fox"). Words that
 * name a call's subject as often ("security", "data", "pricing") are left out.
 */
const GENERIC_WORDS = new Set([
  // Kinds of organisation.
  'group',
  'holdings',
  'holding',
  'company',
  'companies',
  'corporation',
  'incorporated',
  'limited',
  'industries',
  'international',
  'global',
  'worldwide',
  'enterprises',
  'partners',
  'associates',
  'ventures',
  'capital',
  'foundation',
  'association',
  'society',
  'agency',
  'authority',
  'district',
  'council',
  'county',
  'municipality',
  'cooperative',
  'university',
  'college',
  'school',
  'schools',
  'academy',
  'institute',
  // Industries.
  'construction',
  'builders',
  'engineering',
  'manufacturing',
  'apparel',
  'clothing',
  'fashion',
  'foods',
  'beverages',
  'brewing',
  'retail',
  'stores',
  'water',
  'utilities',
  'energy',
  'power',
  'electric',
  'hospital',
  'hospitals',
  'health',
  'healthcare',
  'medical',
  'clinic',
  'pharma',
  'pharmaceuticals',
  'therapeutics',
  'biosciences',
  'bioscience',
  'biotech',
  'biologics',
  'labs',
  'laboratories',
  'sciences',
  'systems',
  'technologies',
  'technology',
  'software',
  'solutions',
  'services',
  'consulting',
  'logistics',
  'airlines',
  'motors',
  'automotive',
  'insurance',
  'bank',
  'bancorp',
  'financial',
  'credit',
  'union',
  'trust',
  'investments',
  'media',
  'studios',
  'pictures',
  'films',
  'productions',
  'entertainment',
  'communications',
  'telecom',
  'networks',
  'properties',
  'realty',
  'hotels',
  'resorts',
  'farms',
  'mining',
  'materials',
  'chemicals',
  'aerospace',
  'electronics',
  'freight',
  'shipping',
  'transport',
  'transportation',
  'dairy',
  'veterinary',
  'hospitality',
  'restaurants',
  'pharmacy',
  'clinics',
  'law',
]);

/**
 * Words too common to tell one organisation from another on their own: a short name made only of
 * them ("First National" of "First National Bank") is not distinctive.
 */
const COMMON_WORDS = new Set([
  'the',
  'first',
  'national',
  'american',
  'united',
  'general',
  'new',
  'north',
  'south',
  'east',
  'west',
  'central',
  'city',
  'state',
  'royal',
  'standard',
  'premier',
  'great',
  'big',
  'best',
]);

/** Fewest letters a short name holds to be distinctive. */
const MIN_LETTERS = 4;

/** How a customer's name shortens, when it does. */
interface ShortName {
  /** The leading words, folded ("velvet fox"). */
  words: string[];
  /** The generic words it drops ("apparel"): a title naming them too names the customer in full. */
  dropped: string[];
}

/**
 * A customer's short name: its name, folded and without a legal form, minus the generic words that
 * end it ("Velvet Fox Apparel" → `velvet fox`, "Basalt Construction Group" → `basalt`). Null when
 * no generic word ends the name, or the words left are too short or too common to name one
 * organisation ("First National Bank"). A firm named for its partners goes by the first of them
 * ("Whitcombe & Frey LLP" → `whitcombe`).
 */
function shortNameOf(customerName: string): ShortName | null {
  // A firm named for its partners ("Whitcombe & Frey LLP") goes by the first of them.
  const partners = /^(.+?)\s+(&|and)\s+\S/i.exec(customerName);
  if (partners?.[1]) {
    const first = withoutLegalSuffix(partners[1]).split(' ').filter(Boolean);
    const rest = withoutLegalSuffix(customerName).split(' ').filter(Boolean).slice(first.length);
    if (distinctive(first)) return { words: first, dropped: rest };
  }
  const words = withoutLegalSuffix(customerName).split(' ').filter(Boolean);
  let end = words.length;
  while (end > 0 && GENERIC_WORDS.has(words[end - 1] ?? '')) end -= 1;
  const kept = words.slice(0, end);
  if (end === words.length || !distinctive(kept)) return null;
  return { words: kept, dropped: words.slice(end) };
}

/** True when `words` can name one organisation: long enough, and not only common or generic words. */
function distinctive(words: readonly string[]): boolean {
  return (
    words.length > 0 &&
    words.join('').length >= MIN_LETTERS &&
    !words.every((word) => COMMON_WORDS.has(word) || GENERIC_WORDS.has(word) || /^\d+$/.test(word))
  );
}

/** Tells titles and organisations apart by a customer's short name. */
export interface ShortNameMatcher {
  /** The short name, folded ("velvet fox"). */
  shortName: string;
  /**
   * Whether `title` names the customer by its short name: the short name's words as whole words,
   * not followed by a generic word it does not drop ("Velvet Fox Capital" is another organisation).
   */
  titleNames(title: string): boolean;
  /**
   * Whether `organisation` (a CRM account) is another one whose name starts with the short name
   * ("Northgate Capital" beside "Northgate University"): the short name is then ambiguous.
   */
  isOtherOrganisation(organisation: string): boolean;
}

/**
 * A {@link ShortNameMatcher} for `customerName` when its name shortens to distinctive leading words
 * (see {@link shortNameOf}); null when it does not.
 */
export function shortNameMatcher(customerName: string): ShortNameMatcher | null {
  const short = shortNameOf(customerName);
  if (!short) return null;
  const namesCustomer = nameFinder(withoutLegalSuffix(customerName));
  const size = short.words.length;
  const startsWithShortName = (tokens: readonly string[], at: number) =>
    short.words.every((word, index) => tokens[at + index] === word);
  return {
    shortName: short.words.join(' '),
    titleNames(title) {
      const tokens = normalizeName(title).split(' ');
      for (let at = 0; at + size <= tokens.length; at += 1) {
        if (!startsWithShortName(tokens, at)) continue;
        const next = tokens[at + size];
        if (next === undefined || !GENERIC_WORDS.has(next) || short.dropped.includes(next)) return true;
      }
      return false;
    },
    isOtherOrganisation(organisation) {
      const tokens = withoutLegalSuffix(organisation).split(' ');
      // The customer itself, under its full name, a longer one ("Velvet Fox Apparel Europe") or its short one.
      if (tokens.length <= size || namesCustomer(organisation)) return false;
      return startsWithShortName(tokens, 0);
    },
  };
}

/** Tells titles and organisations apart by the first word of a customer's name. */
export interface LeadingWordMatcher {
  /** The first word, folded ("quillmoor"). */
  word: string;
  /** Whether `title` holds the word as a whole word, not followed by a generic word ("Quillmoor Capital"). */
  titleNames(title: string): boolean;
  /** Whether `organisation` (a CRM account) is another one whose name starts with the word. */
  isOtherOrganisation(organisation: string): boolean;
}

/**
 * A {@link LeadingWordMatcher} for a name of several words whose first word is distinctive on its
 * own ("Quillmoor Pictures", "Redhollow Football Club"): our team's titles often call the customer
 * by it alone ("Quillmoor deal review"). Whether they do is for the listing to see in the titles of
 * the customer's own calls; null when the name is one word or its first word is too short or common.
 */
export function leadingWordMatcher(customerName: string): LeadingWordMatcher | null {
  const words = withoutLegalSuffix(customerName).split(' ').filter(Boolean);
  const [word] = words;
  if (word === undefined || words.length < 2 || !distinctive([word]) || /\d/.test(word)) return null;
  const namesCustomer = nameFinder(withoutLegalSuffix(customerName));
  return {
    word,
    titleNames(title) {
      const tokens = normalizeName(title).split(' ');
      return tokens.some(
        (token, at) =>
          token === word && !GENERIC_WORDS.has(tokens[at + 1] ?? '') && tokens[at + 1] !== words[1],
      );
    },
    isOtherOrganisation(organisation) {
      const tokens = withoutLegalSuffix(organisation).split(' ');
      return tokens.length > 1 && tokens[0] === word && !namesCustomer(organisation);
    },
  };
}
