import { DEFAULT_RETRIES, RetryOptions, Transport } from "./transport.js";
import type {
  BillingCharge, BillingKey, CancelRequest, CardAuthorization, CreatePayment, EventType, IssueVirtualAccount,
  KeyInPayment, Page, Payment, Payout, SettlementLine, WebhookEndpoint, WebhookEvent,
} from "./types.js";

export { ApiError, ConnectionError, PaygridError, WebhookSignatureError } from "./errors.js";
export { DEFAULT_RETRIES, retries } from "./transport.js";
export type { RetryOptions } from "./transport.js";
export { paymentOf, payoutOf, verifyWebhook } from "./webhooks.js";
export type { VerifyOptions } from "./webhooks.js";
export type {
  BillingCharge, BillingKey, Cancel, CancelRequest, CardAuthorization, CreatePayment, EventType, IssueVirtualAccount,
  KeyInPayment, Page, Payment, Payout, SettlementLine, WebhookEndpoint, WebhookEvent,
} from "./types.js";

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

  /**
   * A READY payment for the hosted window: send the customer to its `checkoutUrl` (or open the window in the browser
   * with the JS SDK and the client key instead), then `confirm` when they come back to successUrl.
   */
  create(payment: CreatePayment, idempotencyKey?: string): Promise<Payment> {
    return this.transport.post("v1/payments", payment, idempotencyKey);
  }

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

  /** A `cancelAmount` that is not a whole number is refused here: JSON would send it as null, which cancels it all. */
  cancel(paymentKey: string, cancel: CancelRequest, idempotencyKey?: string): Promise<Payment> {
    if (cancel.cancelAmount !== undefined && !Number.isSafeInteger(cancel.cancelAmount)) {
      return Promise.reject(new TypeError(`cancelAmount must be a whole number of won, not ${cancel.cancelAmount}`));
    }
    return this.transport.post(`v1/payments/${segment(paymentKey)}/cancel`, cancel, idempotencyKey);
  }

  /** One page of the key's mode, newest first. */
  list(limit = 20, cursor?: string): Promise<Page<Payment>> {
    return this.transport.get(`v1/payments?limit=${limit}${cursor ? `&cursor=${segment(cursor)}` : ""}`);
  }

  /** Every payment, fetching each page as the iteration reaches it: `for await (const p of payments.all())`. */
  all(pageSize = 100): AsyncGenerator<Payment> {
    return pages((cursor) => this.list(pageSize, cursor));
  }
}

/** Every item of every page, fetching the next page only when the iteration reaches it. */
async function* pages<T>(list: (cursor?: string) => Promise<Page<T>>): AsyncGenerator<T> {
  let page = await list();
  for (;;) {
    yield* page.items;
    if (!page.nextCursor) return;
    page = await list(page.nextCursor);
  }
}

/** Virtual accounts (가상계좌): an account issued for one payment, paid by the customer's bank transfer. */
export class VirtualAccounts {
  constructor(private readonly transport: Transport) {}

  /** A payment in WAITING_FOR_DEPOSIT; a DEPOSIT_CALLBACK webhook tells you when the customer paid. */
  issue(account: IssueVirtualAccount, idempotencyKey?: string): Promise<Payment> {
    return this.transport.post("v1/virtual-accounts", account, idempotencyKey);
  }

  /** Test keys only: the customer's bank deposits `amount` (any other amount than the payment's is refused). */
  sandboxDeposit(paymentKey: string, amount: number, idempotencyKey?: string): Promise<Payment> {
    return this.transport.post(`v1/sandbox/virtual-accounts/${segment(paymentKey)}/deposit`, { amount },
      idempotencyKey);
  }
}

/** Automatic payments (자동결제): a card stored once as a billing key, charged later without the customer. */
export class Billing {
  constructor(private readonly transport: Transport) {}

  authorizeCard(card: CardAuthorization, idempotencyKey?: string): Promise<BillingKey> {
    return this.transport.post("v1/billing/authorizations/card", card, idempotencyKey);
  }

  /** The payment, DONE, or an ApiError with the decline. */
  charge(billingKey: string, charge: BillingCharge, idempotencyKey?: string): Promise<Payment> {
    return this.transport.post(`v1/billing/${segment(billingKey)}`, charge, idempotencyKey);
  }

  /**
   * Revokes the key for good (the stored card is erased). Undefined when an earlier attempt of this call revoked it
   * and its answer was lost (the retry finds no key).
   */
  revoke(billingKey: string): Promise<BillingKey | undefined> {
    return this.transport.delete(`v1/billing/${segment(billingKey)}`);
  }
}

/** The addresses Paygrid sends the key's mode's events to. */
export class WebhookEndpoints {
  constructor(private readonly transport: Transport) {}

  /** Registers `url` for `events` (none: all); the answer holds the signing secret once: store it. */
  create(url: string, events?: EventType[], idempotencyKey?: string): Promise<WebhookEndpoint> {
    return this.transport.post("v1/webhooks", events?.length ? { url, events } : { url }, idempotencyKey);
  }

  list(): Promise<Page<WebhookEndpoint>> {
    return this.transport.get("v1/webhooks");
  }

  get(id: string): Promise<WebhookEndpoint> {
    return this.transport.get(`v1/webhooks/${segment(id)}`);
  }

  async delete(id: string): Promise<void> {
    await this.transport.delete(`v1/webhooks/${segment(id)}`);
  }
}

/** The key's mode's events, oldest first: the bodies webhooks carry, to poll or to catch up after an outage. */
export class Events {
  constructor(private readonly transport: Transport) {}

  list(after?: string, limit = 20): Promise<Page<WebhookEvent>> {
    return this.transport.get(`v1/events?limit=${limit}${after ? `&after=${segment(after)}` : ""}`);
  }

  all(after?: string): AsyncGenerator<WebhookEvent> {
    return pages((cursor) => this.list(cursor ?? after, 100));
  }
}

/** What Paygrid settled and pays out (정산), for the key's mode; dates are yyyy-MM-dd in Asia/Seoul. */
export class Settlements {
  constructor(private readonly transport: Transport) {}

  lines(startDate: string, endDate: string, dateType: "SOLD_DATE" | "PAID_OUT_DATE" = "SOLD_DATE", limit = 100,
        cursor?: string): Promise<Page<SettlementLine>> {
    return this.transport.get(`v1/settlements?startDate=${startDate}&endDate=${endDate}&dateType=${dateType}`
      + `&limit=${limit}${cursor ? `&cursor=${segment(cursor)}` : ""}`);
  }

  allLines(startDate: string, endDate: string, dateType: "SOLD_DATE" | "PAID_OUT_DATE" = "SOLD_DATE"):
    AsyncGenerator<SettlementLine> {
    return pages((cursor) => this.lines(startDate, endDate, dateType, 100, cursor));
  }

  async payouts(startDate: string, endDate: string): Promise<Payout[]> {
    return (await this.transport.get<Page<Payout>>(`v1/payouts?startDate=${startDate}&endDate=${endDate}`)).items;
  }
}

/** The Paygrid API for a merchant's server. Make one and share it. */
export class Paygrid {
  static readonly VERSION = "1.0.0";
  readonly payments: Payments;
  readonly virtualAccounts: VirtualAccounts;
  readonly billing: Billing;
  readonly webhookEndpoints: WebhookEndpoints;
  readonly events: Events;
  readonly settlements: Settlements;

  constructor(options: PaygridOptions) {
    if (!options.secretKey?.startsWith("sk_")) throw new Error("A secret key (sk_test_... or sk_live_...) is needed");
    const transport = new Transport({
      baseUrl: options.baseUrl, secretKey: options.secretKey, retry: { ...DEFAULT_RETRIES, ...options.retry },
      timeoutMs: options.timeoutMs ?? 30_000,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    });
    this.payments = new Payments(transport);
    this.virtualAccounts = new VirtualAccounts(transport);
    this.billing = new Billing(transport);
    this.webhookEndpoints = new WebhookEndpoints(transport);
    this.events = new Events(transport);
    this.settlements = new Settlements(transport);
  }
}
