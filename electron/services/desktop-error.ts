// A failure a person can act on: the dispatcher turns its code and message into a Result.
export class DesktopError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
