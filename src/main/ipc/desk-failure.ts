import type { DeskErrorCode } from '../../shared/result';

/** A failure a service expects and can explain; anything else thrown is reported as `internal`. */
export class DeskFailure extends Error {
  constructor(
    readonly code: DeskErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeskFailure';
  }
}
