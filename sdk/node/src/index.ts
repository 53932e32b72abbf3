import { DEFAULT_RETRIES, RetryOptions, Transport } from "./transport.js";
import type { CancelRequest, KeyInPayment, Page, Payment } from "./types.js";

export { ApiError, ConnectionError, PaygridError, WebhookSignatureError } from "./errors.js";
export { DEFAULT_RETRIES, retries } from "./transport.js";
export type { RetryOptions } from "./transport.js";
export { paymentOf, verifyWebhook } from "./webhooks.js";
export type { Cancel, CancelRequest, KeyInPayment, Page, Payment, WebhookEvent } from "./types.js";

export interface PaygridOptions {
  /** sk_test_... or sk_live_... */
  secretKey: string;
  /** The platform's address, e.g. https://pay.example */
  baseUrl: string;
  retry?: Partial<RetryOptions>;
  /** One attempt's limit; a payment waits for the card network, so keep it well above 10 s. */
  timeoutMs?: number;
  /** Waits between attempts (tests replace it). */
  sleep?: (ms: number) => Promise<void>;
}

const segment = (value: string) => encodeURIComponent(value);

/** The payment calls of the merchant API; each POST takes an optional idempotency key (absent: a new UUID). */
export class Payments {
  constructor(private readonly transport: Transport) {}

  keyIn(payment: KeyInPayment, idempotencyKey?: string): Promise<Payment> {
    return this.transport.post("v1/payments/key-in", payment, idempotencyKey);
  }

  confirm(paymentKey: string, orderId: string, amount: number, idempotencyKey?: string): Promise<Payment> {
    return this.transport.post("v1/payments/confirm", { paymentKey, orderId, amount }, idempotencyKey);
  }

  get(paymentKey: string): Promise<Payment> {
    return this.transport.get(`v1/payments/${segment(paymentKey)}`);
  }

  getByOrderId(orderId: string): Promise<Payment> {
    return this.transport.get(`v1/payments/orders/${segment(orderId)}`);
  }

  cancel(paymentKey: string, cancel: CancelRequest, idempotencyKey?: string): Promise<Payment> {
    return this.transport.post(`v1/payments/${segment(paymentKey)}/cancel`, cancel, idempotencyKey);
  }

  /** One page of the key's mode, newest first. */
  list(limit = 20, cursor?: string): Promise<Page<Payment>> {
    return this.transport.get(`v1/payments?limit=${limit}${cursor ? `&cursor=${segment(cursor)}` : ""}`);
  }

  /** Every payment, fetching each page as the iteration reaches it: `for await (const p of payments.all())`. */
  async *all(pageSize = 100): AsyncGenerator<Payment> {
    let page = await this.list(pageSize);
    for (;;) {
      yield* page.items;
      if (!page.nextCursor) return;
      page = await this.list(pageSize, page.nextCursor);
    }
  }
}

/** The Paygrid API for a merchant's server. Make one and share it. */
export class Paygrid {
  static readonly VERSION = "1.0.0";
  readonly payments: Payments;

  constructor(options: PaygridOptions) {
    if (!options.secretKey?.startsWith("sk_")) throw new Error("A secret key (sk_test_... or sk_live_...) is needed");
    this.payments = new Payments(new Transport({
      baseUrl: options.baseUrl, secretKey: options.secretKey, retry: { ...DEFAULT_RETRIES, ...options.retry },
      timeoutMs: options.timeoutMs ?? 30_000,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    }));
  }
}
