/**
 * How someone feels, said without a word of feeling: people give their view frankly ("honestly,
 * ..."), grant a point ("I'll admit it is cheaper"), hold a stance back ("I'm not against it"),
 * give one up ("we can stop fighting it"), side with it ("she is on board now") or measure us
 * against others ("better than what we built"). The English model's sentiment lexicon weighs none of these, so each class of phrasing is
 * one alternative here.
 */

/** Saying it frankly: "honestly", "to be honest", "frankly", "I'll be straight with you". */
const CANDOUR = [
  'honestly',
  'to be (?:honest|fair|frank)',
  'frankly',
  "I(?: will|['’]ll) be (?:straight|honest|frank|blunt)",
  'I (?:have to|must) say',
];
/** Granting a point: "I will admit", "she conceded", "fair enough". */
const CONCESSION = ["I(?: will|['’]ll)? admit", 'admit(?:s|ted)', 'conced(?:e|es|ed)', 'fair enough'];
/** A stance held back or given up: "not against it", "not sold yet", "stop fighting it", "came round". */
const HEDGE = [
  "(?:not|n['’]t) (?:against|for|opposed|sold|convinced|there|sure|thrilled|keen)",
  'stop(?:ped)? (?:fighting|resisting|blocking|pushing back)',
  '(?:come|came|coming) (?:a)?round',
  'warm(?:ed|ing)? (?:up|to)',
  'would rather',
];
/** Siding with it: "she is on board now", "the ops team is bought in", "he is behind it". */
const ALIGNMENT = ['on board', 'bought in', 'buy-in', 'behind (?:it|this|us)', 'in favou?r'];
/** Us measured against others: "better than", "closer than anyone has come", "the first dashboard they asked to keep". */
const COMPARISON = [
  '(?:better|worse|cheaper|closer|easier|faster|simpler|clearer|nicer) than',
  'the first \\w+(?: \\w+)? (?:that|to|my|our|we|I|they|anyone|anybody)',
  'put [\\w\\s]{1,20} to sleep',
];

/** A sentence giving someone's view of us or of the deal, in one of the classes above. */
export const STATES_A_VIEW = new RegExp(
  `\\b(${[...CANDOUR, ...CONCESSION, ...HEDGE, ...ALIGNMENT, ...COMPARISON].join('|')})\\b`,
  'i',
);
