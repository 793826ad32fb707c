import type OpenAI from 'openai';
import type { CallTranscript } from '../../gong/call-transcript';
import type { CallContent } from '../../gong/call-content-model';
import {
  addTokens,
  NO_CALLS_ANALYZED_ANSWER,
  type Answer,
  type Answerer,
  type TokenUsage,
} from '../../answering/answer';
import { SHORTER_ANSWER_INSTRUCTION } from './answer-prompt';
import { answerJsonSchema, parseModelAnswer, type ModelAnswer } from './answer-schema';
import { assembleCitedAnswer, keepKnownCitations } from '../../answering/citations';
import { keepStatedClaims, type StatedClaims } from '../../answering/grounding';
import { fitAnswerPrompt } from './fit-prompt';
import type { RelatedWords } from '../../answering/language/related-words';
import { ModelError, withUsage } from '../../answering/model-error';
import { contextLimitOf, isContextExceeded, toModelError } from './to-model-error';
import {
  defaultContextTokens,
  STRUCTURED_OUTPUT_MODES,
  type StructuredOutputMode,
} from '../../answering/model-options';
import {
  formatParams,
  jsonOnlyInstruction,
  refusedParameter,
  rejectsFormat,
  replyText,
} from './structured-output';
import { transcriptNote } from '../../answering/transcript-note';

/** Dependencies and limits of the OpenAI answerer. */
export interface OpenAiAnswererOptions {
  /** Built by the caller, e.g. with `createOpenAiClient`. */
  client: OpenAI;
  model: string;
  /** A fixed way of asking for JSON, or `auto` (default): try each, remember what the server accepts. */
  structuredOutput?: 'auto' | StructuredOutputMode;
  /** Longest reply in tokens; default 800. */
  maxOutputTokens?: number;
  /** The model's context window in tokens; default: its family's (see `defaultContextTokens`). */
  contextTokens?: number;
  /** Characters of call content sent at most, however large the context; default 60 000. */
  maxCallChars?: number;
  /** Told when the answerer adapts to the server (a refused format or parameter), once per change. */
  onAdapt?: (message: string) => void;
  /** Told how many of a reply's claims were dropped as not stated by the calls they cite or repeated (never which). */
  onClaimsDropped?: (message: string) => void;
  /** WordNet's related words, to rank what is sent when not all fits; default: the process's. */
  relatedWords?: RelatedWords;
}

/** Added to an answer written from part of the calls' content. */
export const TRIMMED_NOTE =
  "(Part of the calls' content was left out to fit the model's context; the passages most relevant to the question were kept.)";

/** Said when the model says the calls do not answer: its own words are not shown, since they cite nothing. */
export const NOT_ANSWERED = 'The calls read do not answer the question.';

/** Requests one answer may take while adapting to the server: formats, parameters, context, one shorter reply. */
const MAX_REQUESTS_PER_ANSWER = 10;

/**
 * Answers in a row whose replies in the process's structured-output mode were not the answer's JSON
 * before the process asks the next way: one odd reply says little about the server.
 */
const STRAYED_ANSWERS_BEFORE_DOWNGRADE = 3;

/** `[1]`, `[2, 3]`, `[ 7 ]`: citation markers a model wrote into a claim's text itself. */
const OWN_MARKERS = /\s*\[\s*\d+(?:\s*[,;–-]\s*\d+)*\s*\]/g;

/** What this process has learned the server accepts; kept for the answerer's life. */
interface ServerProfile {
  mode: StructuredOutputMode;
  /** Answers in a row whose replies in `mode` were not the answer's JSON. */
  strayedAnswers: number;
  tokenParameter: 'max_tokens' | 'max_completion_tokens';
  temperature: boolean;
  contextTokens: number;
}

/** A count of tokens: a non-negative integer that adds up exactly; anything else is no count. */
function isTokenCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * `total` plus what one completion reports, so a reply cut at the token limit counts with the
 * shorter one asked after it. A server that reports no usage, or not both counts as counts
 * (negative, fractional, huge or not numbers at all), adds nothing: usage is telemetry.
 */
function addUsage(
  total: TokenUsage | undefined,
  reported: OpenAI.CompletionUsage | null | undefined,
): TokenUsage | undefined {
  // Typed as numbers, but OpenAI-compatible servers may send anything.
  const prompt: unknown = reported?.prompt_tokens;
  const completion: unknown = reported?.completion_tokens;
  if (!isTokenCount(prompt) || !isTokenCount(completion)) return total;
  return addTokens(total, { promptTokens: prompt, completionTokens: completion });
}

/** OpenAI's reasoning models refuse `max_tokens` and any temperature but the default. */
const REASONING_MODEL = /(^|\/)(o\d|gpt-5)/i;

/** A refused structured-output format, whatever the status (llama-cpp-python says 500): the same every time. */
function formatRejected(
  error: unknown,
  mode: StructuredOutputMode,
  setting: OpenAiAnswererOptions['structuredOutput'],
): ModelError {
  const advice =
    setting === 'auto'
      ? 'No way of asking for JSON is left to try.'
      : 'Set OPENAI_STRUCTURED_OUTPUT=auto to try the other ways of asking for JSON.';
  const reason = error instanceof Error ? error.message : String(error);
  return new ModelError(
    'model_rejected_request',
    `The model server refuses structured output as ${mode}: ${reason} ${advice}`,
    false,
    { cause: error },
  );
}

/**
 * An answerer backed by an OpenAI-compatible chat model. It numbers the analyzed calls and has the
 * model cite those numbers (restricted by the schema), then maps them back to call ids, so a model
 * that cannot copy a 19-digit id still cites correctly and an invented citation never reaches a user.
 * Only cited claims make an answer: a reply whose statements cite no call read is a bad reply, and
 * a model saying the calls do not answer gets {@link NOT_ANSWERED}, not its own words. A claim the
 * calls it cites do not state (its figures, names or most of its words are not in them) is
 * dropped, a repeated one too, and a reply left with none is a bad reply.
 * It adapts to the server within one answer, without reading anything again: in `auto` mode a
 * refused structured-output format moves to the next (`json_schema`, `json_object`, `tools`,
 * `prompt`) for the rest of the process; a reply that is not the answer's JSON (a server ignoring
 * the format and answering in prose) moves on for the answer in progress, and for the process only
 * after {@link STRAYED_ANSWERS_BEFORE_DOWNGRADE} answers in a row. A refused `max_tokens` becomes
 * `max_completion_tokens`, a refused temperature is left out, a context overflow that names the
 * window shrinks the prompt to it, and a reply cut at the token limit is asked once more for a
 * shorter answer. Every failure is a {@link ModelError}.
 */
export function createOpenAiAnswerer(options: OpenAiAnswererOptions): Answerer {
  const { client, model, structuredOutput = 'auto', maxOutputTokens = 800, maxCallChars = 60_000 } = options;
  const reasoning = REASONING_MODEL.test(model);
  const profile: ServerProfile = {
    mode: structuredOutput === 'auto' ? 'json_schema' : structuredOutput,
    strayedAnswers: 0,
    tokenParameter: reasoning ? 'max_completion_tokens' : 'max_tokens',
    temperature: !reasoning,
    contextTokens: options.contextTokens ?? defaultContextTokens(model),
  };
  const adapt = (message: string) => options.onAdapt?.(`${model}: ${message}`);

  /** Changes the request's parameters after the server refused one; false when none applies. */
  function adaptParameters(error: unknown): boolean {
    if (isContextExceeded(error)) {
      const limit = contextLimitOf(error);
      if (limit === null || limit <= maxOutputTokens) return false;
      // A window already assumed was still too small for the prompt as estimated: leave more room.
      profile.contextTokens = limit < profile.contextTokens ? limit : Math.floor(profile.contextTokens * 0.8);
      adapt(`the server's context is ${limit} tokens; prompts are fitted to ${profile.contextTokens}`);
      return true;
    }
    const parameter = refusedParameter(error);
    if (parameter === 'max_tokens' && profile.tokenParameter === 'max_tokens') {
      profile.tokenParameter = 'max_completion_tokens';
      adapt('the server refuses max_tokens; sending max_completion_tokens');
      return true;
    }
    if (parameter === 'temperature' && profile.temperature) {
      profile.temperature = false;
      adapt("the server refuses temperature 0; using the model's default");
      return true;
    }
    return false;
  }

  /** The way of asking for JSON after `mode`, in `auto` mode; undefined when fixed or none is left. */
  function nextMode(mode: StructuredOutputMode): StructuredOutputMode | undefined {
    if (structuredOutput !== 'auto') return undefined;
    return STRUCTURED_OUTPUT_MODES[STRUCTURED_OUTPUT_MODES.indexOf(mode) + 1];
  }

  /** Asks as `next` for the rest of the process, unless another answer has moved past `from` already. */
  function downgrade(from: StructuredOutputMode, next: StructuredOutputMode, what: string): void {
    if (STRUCTURED_OUTPUT_MODES.indexOf(profile.mode) > STRUCTURED_OUTPUT_MODES.indexOf(from)) return;
    profile.mode = next;
    profile.strayedAnswers = 0;
    adapt(`the server ${what}; asking as ${next}`);
  }

  async function complete(
    question: string,
    calls: CallContent[],
    transcripts: readonly CallTranscript[],
    signal: AbortSignal | undefined,
  ): Promise<{
    reply: ModelAnswer;
    trimmed: boolean;
    /** Each call's text as the prompt the reply answers showed it. */
    shown: Map<string, string>;
    usage: TokenUsage | undefined;
  }> {
    let shorter = false;
    let usage: TokenUsage | undefined;
    // This answer's way of asking for JSON: it may move on from the process's without changing it.
    let mode = profile.mode;
    let strayed = false;
    for (let request = 1; ; request += 1) {
      const schema = answerJsonSchema(calls.length);
      const instructions = [
        ...(mode === 'prompt' ? [jsonOnlyInstruction(schema)] : []),
        ...(shorter ? [SHORTER_ANSWER_INSTRUCTION] : []),
      ];
      const prompt = await fitAnswerPrompt(
        question,
        calls,
        transcripts,
        { contextTokens: profile.contextTokens, maxOutputTokens, maxCallChars },
        instructions,
        options.relatedWords,
      );
      let completion: OpenAI.Chat.Completions.ChatCompletion;
      try {
        completion = await client.chat.completions.create(
          {
            model,
            messages: prompt.messages,
            ...formatParams(mode, schema),
            [profile.tokenParameter]: maxOutputTokens,
            ...(profile.temperature ? { temperature: 0 } : {}),
          },
          { signal },
        );
      } catch (error) {
        const refused = rejectsFormat(error, mode);
        const next = refused ? nextMode(mode) : undefined;
        const adapted =
          !signal?.aborted &&
          request < MAX_REQUESTS_PER_ANSWER &&
          (next !== undefined || adaptParameters(error));
        if (!adapted) {
          throw refused ? formatRejected(error, mode, structuredOutput) : toModelError(error);
        }
        // A refused format is refused every time: the process asks the next way from now on.
        if (next) {
          downgrade(mode, next, `refuses structured output as ${mode}`);
          mode = next;
        }
        continue;
      }
      usage = addUsage(usage, completion.usage);
      const finishReason = completion.choices[0]?.finish_reason;
      if (finishReason === 'content_filter') {
        // The same prompt meets the same filter: not retried, and no reason to ask another way.
        throw new ModelError(
          'model_bad_reply',
          "The model server's content filter stopped the reply.",
          false,
          {
            usage,
          },
        );
      }
      if (finishReason !== 'length') {
        const text = replyText(completion);
        try {
          const reply = parseModelAnswer(text);
          if (mode === profile.mode && !strayed) profile.strayedAnswers = 0;
          return { reply, trimmed: prompt.trimmed, shown: prompt.shown, usage };
        } catch (error) {
          const next = error instanceof ModelError && !error.transient ? undefined : nextMode(mode);
          if (request >= MAX_REQUESTS_PER_ANSWER || !next) {
            const failure = toModelError(error);
            // Having asked every way already, this answer is not worth the same requests again.
            const retry = failure.transient && mode === profile.mode;
            throw withUsage(new ModelError(failure.kind, failure.message, retry, { cause: error }), usage);
          }
          // A server that ignores how JSON was asked (prose, or JSON of another shape) is asked the
          // next way for this answer; the process follows only when it keeps doing so.
          if (mode === profile.mode && !strayed) {
            strayed = true;
            profile.strayedAnswers += 1;
            if (profile.strayedAnswers >= STRAYED_ANSWERS_BEFORE_DOWNGRADE) {
              downgrade(
                mode,
                next,
                `ignored structured output as ${mode} in ${profile.strayedAnswers} answers in a row (the reply was not the answer's JSON)`,
              );
            }
          }
          mode = next;
          continue;
        }
      }
      if (shorter || request >= MAX_REQUESTS_PER_ANSWER) {
        throw new ModelError(
          'model_bad_reply',
          `The model reply was cut off at ${maxOutputTokens} tokens twice, the second time when asked for a shorter answer: raise OPENAI_MAX_OUTPUT_TOKENS.`,
          false,
          { usage },
        );
      }
      shorter = true;
    }
  }

  return {
    async answer(question, calls, signal, transcripts = [], context = {}) {
      if (calls.length === 0) {
        return {
          answer: NO_CALLS_ANALYZED_ANSWER,
          citedCallIds: [],
          answeredBy: 'openai',
          model,
          answersQuestion: false,
        };
      }
      const { reply, trimmed, shown, usage } = await complete(question, calls, transcripts, signal);
      // Labels `1`..`n` back to call ids; an unknown label maps to nothing and its claim may drop.
      const idOf = (label: string) => calls[Number(label.replace(/[[\]\s]/g, '')) - 1]?.callId ?? '';
      const cited = keepKnownCitations(
        reply.claims.map((claim) => ({
          // Only the citations' own markers may number calls.
          text: claim.text.replace(OWN_MARKERS, ''),
          callIds: claim.sources.map(idOf),
        })),
        calls.map((call) => call.callId),
      );
      const saysUnanswered = !reply.answered && reply.claims.length === 0;
      if (cited.length === 0 && !saysUnanswered) throw uncited(reply, calls.length, usage);
      // A citation says where a claim comes from, not that the call says it: each is checked
      // against the text of the calls it cites, as the prompt showed them.
      const stated = keepStatedClaims(cited, shown, context.customerName);
      if (stated.unstated + stated.repeated > 0) {
        options.onClaimsDropped?.(`${model}: ${droppedClaims(stated, cited.length)}`);
      }
      if (cited.length > 0 && stated.claims.length === 0) throw notStated(cited.length, usage);
      const { claims } = stated;
      const assembled =
        claims.length > 0 ? assembleCitedAnswer(claims) : { answer: NOT_ANSWERED, citedCallIds: [] };
      const notes = [
        ...transcriptNote(calls, new Map(transcripts.map((t) => [t.callId, t])), assembled.citedCallIds),
        ...(trimmed ? [TRIMMED_NOTE] : []),
      ];
      return {
        answer: [assembled.answer, ...notes].join('\n\n'),
        citedCallIds: assembled.citedCallIds,
        answeredBy: 'openai',
        model,
        // A reply with no claim citing a call does not answer from the calls read.
        answersQuestion: claims.length > 0,
        ...(trimmed ? { contentTrimmed: true } : {}),
        ...(usage ? { usage } : {}),
      } satisfies Answer;
    },
  };
}

/**
 * The failure of a reply with no claim citing a call read: its statements are unsupported, so it
 * is never an answer. Citing only calls that were not read is not retried (the model made them up);
 * stating without claims is, since another reply may cite.
 */
function uncited(reply: ModelAnswer, callCount: number, usage: TokenUsage | undefined): ModelError {
  if (reply.claims.length > 0) {
    const sources = JSON.stringify(reply.claims.flatMap((c) => c.sources)).slice(0, 200);
    return new ModelError(
      'model_bad_reply',
      `The model cited none of the ${callCount} analyzed calls (it cited ${sources}).`,
      false,
      { usage },
    );
  }
  return new ModelError(
    'model_bad_reply',
    'The model answered without claims citing the calls read; an uncited answer is never given.',
    true,
    { usage },
  );
}

/**
 * The failure of a reply whose every claim cites an analyzed call that does not state it: as
 * with claims citing no call read, the model made them up, so it is not asked again.
 */
function notStated(claimCount: number, usage: TokenUsage | undefined): ModelError {
  return new ModelError(
    'model_bad_reply',
    `The model's claims are not stated by the calls they cite (${claimCount === 1 ? 'its one claim' : `all ${claimCount} claims`}); an unsupported answer is never given.`,
    false,
    { usage },
  );
}

/** How many claims were dropped and why, for the log: counts only, never a claim's words. */
function droppedClaims({ unstated, repeated }: StatedClaims, citedCount: number): string {
  const reasons = [
    ...(unstated > 0 ? [`${unstated} not stated by the calls they cite`] : []),
    ...(repeated > 0 ? [`${repeated} repeating another`] : []),
  ];
  return `dropped ${unstated + repeated} of the ${citedCount} claims citing analyzed calls: ${reasons.join(', ')}`;
}
