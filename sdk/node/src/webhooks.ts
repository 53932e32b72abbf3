import { createHmac, timingSafeEqual } from "node:crypto";
import { WebhookSignatureError } from "./errors.js";
import type { Payment, Payout, WebhookEvent } from "./types.js";

export interface VerifyOptions {
  /** How far the request's timestamp may be from now; 300 s by default. */
  toleranceSeconds?: number;
  /** Now, in seconds since the epoch (tests). */
  nowSeconds?: number;
}

/**
 * Checks a webhook request the Standard Webhooks way before anything in it is believed: HMAC-SHA256 over
 * `webhook-id.webhook-timestamp.body` under the endpoint's `whsec_` secret, compared in constant time with every
 * `v1,` signature of the header (several during a secret roll), and a timestamp within the tolerance. Pass the body
 * exactly as received.
 */
export function verifyWebhook(body: string | Uint8Array, headers: Record<string, string | string[] | undefined>,
                              secret: string, options: VerifyOptions = {}): WebhookEvent {
  if (!secret.startsWith("whsec_")) throw new Error("A webhook signing secret (whsec_...) is needed");
  const header = (name: string): string => {
    const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
    const value = Array.isArray(entry) ? entry[0] : entry;
    if (!value) throw new WebhookSignatureError(`The ${name} header is missing`);
    return value;
  };
  const id = header("webhook-id");
  const timestamp = header("webhook-timestamp");
  const signatures = header("webhook-signature");
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds)) throw new WebhookSignatureError("webhook-timestamp is not a number of seconds");
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - seconds) > (options.toleranceSeconds ?? 300)) {
    throw new WebhookSignatureError(`webhook-timestamp is ${Math.abs(now - seconds)} s away from now`);
  }
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
  const expected = createHmac("sha256", Buffer.from(secret.slice("whsec_".length), "base64"))
    .update(`${id}.${timestamp}.`).update(bytes).digest();
  let valid = false;
  for (const signature of signatures.trim().split(/\s+/)) {
    if (!signature.startsWith("v1,")) continue;
    const given = Buffer.from(signature.slice(3), "base64");
    valid = (given.length === expected.length && timingSafeEqual(given, expected)) || valid;
  }
  if (!valid) throw new WebhookSignatureError("No signature matches this endpoint's secret");
  let event: WebhookEvent;
  try {
    event = JSON.parse(bytes.toString("utf8")) as WebhookEvent;
  } catch (e) {
    throw new WebhookSignatureError(`The body is not an event: ${(e as Error).message}`);
  }
  if (event.id !== id) throw new WebhookSignatureError("webhook-id does not name the event in the body");
  return event;
}

/** The payment an event of type PAYMENT_STATUS_CHANGED or DEPOSIT_CALLBACK carries. */
export function paymentOf(event: WebhookEvent): Payment {
  if (event.type !== "PAYMENT_STATUS_CHANGED" && event.type !== "DEPOSIT_CALLBACK") {
    throw new Error(`A ${event.type} event carries no payment`);
  }
  return event.data as Payment;
}

/** The payout an event of type PAYOUT_STATUS_CHANGED carries. */
export function payoutOf(event: WebhookEvent): Payout {
  if (event.type !== "PAYOUT_STATUS_CHANGED") throw new Error(`A ${event.type} event carries no payout`);
  return event.data;
}
