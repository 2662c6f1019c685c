/**
 * Thrown by a CopyLink callback when no link can be made (the model is a file on the reader's
 * device): the copy button says `message` instead of "Could not copy the link".
 */
export class LinkUnavailableError extends Error {
  override readonly name = 'LinkUnavailableError';
}
