/** Anything the SDK could not do: ApiError when Paygrid answered, ConnectionError when it did not. */
export class PaygridError extends Error {}

/** Paygrid refused the call: the HTTP status, the contract's stable `code`, and its message. */
export class ApiError extends PaygridError {
  constructor(readonly status: number, readonly code: string, message: string, readonly path: string) {
    super(`${status} ${code}: ${message}`);
    this.name = "ApiError";
  }
}

/**
 * Paygrid could not be reached, or kept answering 5xx, through every retry. The call may have happened: repeat it
 * with `idempotencyKey` to learn its outcome without doing it twice.
 */
export class ConnectionError extends PaygridError {
  constructor(message: string, readonly idempotencyKey: string | undefined, readonly cause?: unknown) {
    super(message);
    this.name = "ConnectionError";
  }
}

/** A webhook request that is not Paygrid's, or came too late: answer it 400 and do nothing. */
export class WebhookSignatureError extends PaygridError {
  constructor(message: string) {
    super(message);
    this.name = "WebhookSignatureError";
  }
}
