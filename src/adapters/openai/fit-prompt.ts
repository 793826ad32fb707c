import type OpenAI from 'openai';
import type { CallContent } from '../../gong/call-content-model';
import type { CallTranscript } from '../../gong/call-transcript';
import { buildAnswerMessages } from './answer-prompt';
import { passagesOfCalls, type CallPassage } from '../../answering/call-passages';
import { ModelError } from '../../answering/model-error';
import { relatedWords, type RelatedWords } from '../../answering/language/related-words';
import { rankPassages, startedAt } from '../../answering/passage-ranking';
import { passageLine, serialiseCalls, serialiseExcerpts } from './serialise-calls';

/**
 * Characters per token assumed when sizing a prompt. English averages about 4 with GPT and Llama
 * tokenizers; 3 leaves room for names, numbers and smaller vocabularies, since the real count is
 * unknown until the server has tokenized it.
 */
const CHARS_PER_TOKEN = 3;
/** Tokens kept free for the chat template's role markers and the tool or schema wrapper. */
const TEMPLATE_TOKENS = 100;
/** Characters of a call's title, date or participant line kept when its content is trimmed. */
const HEADER_LINE_CHARS = 300;

/** How much may be sent. */
export interface PromptLimits {
  /** The model's context window in tokens. */
  contextTokens: number;
  /** Tokens kept for the reply. */
  maxOutputTokens: number;
  /** Most characters of call content sent, however large the context (cost and latency). */
  maxCallChars: number;
}

/** The messages to send, and whether call content was left out to fit. */
export interface FittedPrompt {
  messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[];
  trimmed: boolean;
  /** Passages left out, when trimmed. */
  omittedPassages: number;
  /**
   * Each call's text as the prompt shows it, by call id (all of it, or its title, date,
   * participants and chosen passages when trimmed): what a claim citing the call is checked against.
   */
  shown: Map<string, string>;
}

/** Tokens `text` is assumed to take. */
function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

/**
 * Builds the answer prompt so that it and a reply of `maxOutputTokens` fit `contextTokens`. When
 * the calls' whole content does not fit, each call keeps its title, date and participants and the
 * passages most relevant to the question (ranked as the extractive answer ranks them), as many as fit.
 */
export async function fitAnswerPrompt(
  question: string,
  calls: CallContent[],
  transcripts: readonly CallTranscript[],
  limits: PromptLimits,
  extraInstructions: readonly string[],
  related: RelatedWords = relatedWords,
): Promise<FittedPrompt> {
  const frame = buildAnswerMessages(question, calls, '', extraInstructions);
  const frameTokens = estimateTokens(frame.map((message) => String(message.content)).join('\n'));
  const roomTokens = limits.contextTokens - limits.maxOutputTokens - frameTokens - TEMPLATE_TOKENS;
  const budget = Math.min(limits.maxCallChars, roomTokens * CHARS_PER_TOKEN);
  const whole = serialiseCalls(calls, transcripts);
  if (whole.block.length <= budget) {
    return {
      messages: buildAnswerMessages(question, calls, whole.block, extraInstructions),
      trimmed: false,
      omittedPassages: 0,
      shown: whole.byCall,
    };
  }
  const skeleton = serialiseExcerpts(calls, [], HEADER_LINE_CHARS).block;
  if (skeleton.length > budget) {
    throw new ModelError(
      'model_context_exceeded',
      `The model's context of ${limits.contextTokens} tokens leaves no room for the calls once ` +
        `${limits.maxOutputTokens} tokens are kept for the reply: raise OPENAI_CONTEXT_TOKENS ` +
        "(and the server's context) or lower OPENAI_MAX_OUTPUT_TOKENS.",
      false,
    );
  }
  const ranked = await passagesMostRelevantFirst(question, calls, transcripts, related);
  let used = skeleton.length;
  // Every call that gets excerpts also gets their heading line.
  const headed = new Set<string>();
  const kept = ranked.filter((passage) => {
    const heading = headed.has(passage.call.callId) ? 0 : 'excerpts, most relevant first:'.length + 1;
    const cost = passageLine(passage).length + 1 + heading;
    if (used + cost > budget) return false;
    used += cost;
    headed.add(passage.call.callId);
    return true;
  });
  const excerpts = serialiseExcerpts(calls, kept, HEADER_LINE_CHARS);
  return {
    messages: buildAnswerMessages(question, calls, excerpts.block, extraInstructions),
    trimmed: true,
    omittedPassages: ranked.length - kept.length,
    shown: excerpts.byCall,
  };
}

/**
 * Every passage of the calls and their transcripts, ranked as the extractive answer ranks them;
 * passages that match none of the question's words follow, newest call first, since a model may
 * still use them.
 */
async function passagesMostRelevantFirst(
  question: string,
  calls: readonly CallContent[],
  transcripts: readonly CallTranscript[],
  related: RelatedWords,
): Promise<CallPassage[]> {
  const passages = passagesOfCalls(
    calls,
    new Map(transcripts.map((transcript) => [transcript.callId, transcript])),
  );
  const ranked: CallPassage[] = await rankPassages(question, passages, related);
  const matched = new Set(ranked.map((passage) => `${passage.callIndex}:${passage.source}:${passage.order}`));
  const rest = passages
    .filter((passage) => !matched.has(`${passage.callIndex}:${passage.source}:${passage.order}`))
    .sort((a, b) => startedAt(b) - startedAt(a) || a.callIndex - b.callIndex || a.order - b.order);
  return [...ranked, ...rest];
}
