import { z } from 'zod';

/**
 * A string variable turned into a value by `parse`, whose error message becomes the issue
 * (without `prefix`, the variable's name, which the issue already carries).
 */
export function parsedBy<T>(parse: (value: string) => T, prefix: RegExp) {
  return z.string().transform((value, context): T => {
    try {
      return parse(value);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      context.addIssue({ code: 'custom', message: message.replace(prefix, '') });
      return z.NEVER;
    }
  });
}
