import { z } from 'zod';
import { builtOnce } from './built-once';

/** A connection id: lowercase letters, digits, `-` and `_`, used in file names and workflow ids. */
export const getConnectionIdSchema = builtOnce(() =>
  z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9_-]{0,62}$/,
      'use 1-63 lowercase letters, digits, "-" or "_", starting with a letter or digit',
    ),
);
