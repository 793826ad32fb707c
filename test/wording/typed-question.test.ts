import { describe, expect, it } from 'vitest';
import { meantQuestion, questionVocabulary, type QuestionWords } from '../../src/wording/typed-question';

/** A small English dictionary: the words these questions use correctly, and "contact". */
const ENGLISH = new Set(['any', 'from', 'we', 'have', 'to', 'meet', 'the', 'on', 'did', 'contact', 'legal']);

/** The vocabulary of the kinds and a lexicon of a few words, with a dictionary and names as given. */
function words(names: readonly string[] = []): QuestionWords {
  return {
    vocabulary: questionVocabulary(['renew', 'renewal', 'contract', 'integrate', 'price', 'prize']),
    isEnglish: (word) => ENGLISH.has(word),
    isName: (word) => names.includes(word),
    // Enough of a stemmer for these words: the forms of "renew" share one stem.
    stemOf: (word) => (word.startsWith('renew') ? 'renew' : word.replace(/s$/, '')),
  };
}

const meant = (question: string, names: readonly string[] = []) => meantQuestion(question, words(names));

describe('a question typed the way reps type it, read as meant', () => {
  it('spells out chat short forms: "whats next w acme" reads "what\'s next with acme"', () => {
    expect(meant('whats next w acme')).toBe("what's next with acme");
  });

  it('spells out "r", "abt", "u" and "thx"', () => {
    expect(meant('r u sure abt the price? thx')).toBe('are you sure about the price? thanks');
  });

  it('spells out "rn" and "atm": "whats blocking them rn" reads "what\'s blocking them right now"', () => {
    expect(meant('whats blocking them rn')).toBe("what's blocking them right now");
  });

  it('keeps a short form opening the question in sentence case: "R we" reads "Are we"', () => {
    expect(meant('R we pulling from their warehouse?')).toBe('Are we pulling from their warehouse?');
  });

  it('spells out a month typed short: "closing in oct" reads "closing in October"', () => {
    expect(meant('thought they were closing in oct?')).toBe('thought they were closing in October?');
  });

  it('keeps a sales acronym and adds its long form: "going GA" reads "going GA (general availability)"', () => {
    expect(meant("when's the connector going GA")).toBe(
      "when's the connector going GA (general availability)",
    );
  });

  it('corrects a word one letter short of a question word: "any conditons" reads "any conditions"', () => {
    expect(meant('any conditons from IT we have to meet?')).toBe('any conditions from IT we have to meet?');
  });

  it('corrects two swapped letters: "their lgeal" reads "their legal"', () => {
    expect(meant('what did their lgeal say')).toBe('what did their legal say');
  });

  it('spells out the commonest misspelling: "thier legal" reads "their legal"', () => {
    expect(meant('what did thier legal say')).toBe('what did their legal say');
  });

  it('spells out a dropped g: "r they lookin\' at" reads "are they looking at"', () => {
    expect(meant("r they lookin' at anyone else")).toBe('are they looking at anyone else');
  });

  it('corrects a typo near several forms of one word to the longest: "renewl" reads "renewal"', () => {
    expect(meant('where are we on the renewl')).toBe('where are we on the renewal');
  });

  it('leaves a typo near two different words as typed ("prise": price or prize)', () => {
    expect(meant('what prise did they get')).toBe('what prise did they get');
  });

  it('leaves a word of the English dictionary as typed, however near a question word ("contact")', () => {
    expect(meant('who is the contact')).toBe('who is the contact');
  });

  it('never touches the customer\'s or its people\'s names: "signe" stays, though near "signed"', () => {
    expect(meant('what is signe worried about', ['signe'])).toBe('what is signe worried about');
  });

  it('never touches a proper noun capitalised within the question, an acronym or a number', () => {
    expect(meant('did Signe ask the IT team about R and Q3 pricng for 2027')).toBe(
      'did Signe ask the IT team about R and Q3 pricing for 2027',
    );
  });

  it('keeps punctuation, spacing and the words it does not know as typed', () => {
    expect(meant('  copperline:  pilot  costs -- w/ taxes?!')).toBe(
      '  copperline:  pilot  costs -- with taxes?!',
    );
  });
});
