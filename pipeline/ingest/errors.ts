/**
 * A whole input cannot be used (a required file is missing, a header lacks a required column, the
 * file is not UTF-8...). The message is one line in Bahasa Indonesia naming the file, and the line
 * or column where it applies; it never quotes the file's content.
 */
export class UnusableInputError extends Error {
  override name = "UnusableInputError";
}
