import type { QueryDefinition } from '@temporalio/common';
import type { AnswerQuestionProgress } from './answer-question';

/**
 * Query of `answerQuestionAboutCustomerCall`: how far the answer has got. Built as
 * `defineQuery('progress')` does, so clients can use it without the workflow package.
 */
export const answerProgressQuery = {
  type: 'query',
  name: 'progress',
} as QueryDefinition<AnswerQuestionProgress>;
