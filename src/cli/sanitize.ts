/* eslint-disable no-control-regex -- matching control characters is the point of this file */

/**
 * Terminal escape sequences: CSI (`ESC [` or U+009B), OSC (`ESC ]` or U+009D, ended by BEL or
 * ST), DCS/SOS/PM/APC strings, and two-character escapes. A call title written by an outsider
 * could otherwise retitle the window, recolour the terminal or hide a hyperlink.
 */
const ESCAPE_SEQUENCES =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -~]?/g;

/** C0 controls but tab and newline, DEL, C1 controls, and bidirectional overrides. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` safe to print on a terminal: escape sequences and control characters removed (tab and
 * newline kept). Used on every line the CLI prints, since titles, briefs, transcripts, answers
 * and error messages come from Gong or a model.
 */
export function stripControl(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, '');
}

/** `io` whose printed lines are passed through {@link stripControl}. */
export function sanitizingIo<T extends { out(line: string): void; err(line: string): void }>(io: T): T {
  return {
    ...io,
    out: (line: string) => io.out(stripControl(line)),
    err: (line: string) => io.err(stripControl(line)),
  };
}
