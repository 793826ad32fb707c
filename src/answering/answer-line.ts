import type { CallContent } from '../gong/call-content-model';

/** One line of an answer and the calls it cites. */
export interface AnswerLine {
  text: string;
  calls: CallContent[];
}
