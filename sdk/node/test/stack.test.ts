import assert from "node:assert/strict";
import { randomInt, randomUUID } from "node:crypto";
import { createServer, IncomingHttpHeaders } from "node:http";
import { AddressInfo } from "node:net";
import { test } from "node:test";
import { ApiError, Paygrid, paymentOf, verifyWebhook, WebhookSignatureError } from "../src/index.js";

// The README's flow against a running platform: set PAYGRID_URL and PAYGRID_SECRET_KEY (a test key), as
// integration-tests' SdkNodeIT does; skipped without them.
const url = process.env.PAYGRID_URL;
const secretKey = process.env.PAYGRID_SECRET_KEY;
const skip = !url || !secretKey ? "PAYGRID_URL and PAYGRID_SECRET_KEY are not set" : false;

/** A card number nobody used yet (fraud detection blocks the sixth try of one card): test BIN 433012 + Luhn. */
function freshCard(): string {
  let digits = "433012";
  for (let i = 0; i < 9; i++) digits += randomInt(10);
  let sum = 0;
  for (let i = digits.length - 1, position = 0; i >= 0; i--, position++) {
    let digit = Number(digits[i]);
    if (position % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits + ((10 - (sum % 10)) % 10);
}

test("a key-in is cancelled in part, read back and found in the pages", { skip }, async () => {
  const paygrid = new Paygrid({ secretKey: secretKey!, baseUrl: url! });
  const orderId = "node-" + randomUUID().slice(0, 18);
  const paid = await paygrid.payments.keyIn({ orderId, orderName: "Node: 2 books", amount: 15000,
    cardNumber: freshCard(), cardExpirationYear: "30", cardExpirationMonth: "12" });
  assert.equal(paid.status, "DONE");
  const partly = await paygrid.payments.cancel(paid.paymentKey, { cancelReason: "one book", cancelAmount: 5000 });
  assert.equal(partly.status, "PARTIAL_CANCELED");
  assert.equal(partly.balanceAmount, 10000);
  assert.equal((await paygrid.payments.getByOrderId(orderId)).balanceAmount, 10000);
  let found = false;
  for await (const payment of paygrid.payments.all(1)) found ||= payment.paymentKey === paid.paymentKey;
  assert.ok(found);
});

test("a decline is an ApiError and a retry with the same key charges once", { skip }, async () => {
  const paygrid = new Paygrid({ secretKey: secretKey!, baseUrl: url! });
  await assert.rejects(paygrid.payments.keyIn({ orderId: "node-declined-" + randomUUID().slice(0, 8),
    orderName: "Declined", amount: 15000, cardNumber: "4000000000000002", cardExpirationYear: "30",
    cardExpirationMonth: "12" }),
    (error: unknown) => error instanceof ApiError && error.status === 402 && error.code === "REJECT_CARD_COMPANY");
  const key = randomUUID();
  const payment = { orderId: "node-once-" + randomUUID().slice(0, 8), orderName: "Once", amount: 9900,
    cardNumber: freshCard(), cardExpirationYear: "30", cardExpirationMonth: "12" };
  const first = await paygrid.payments.keyIn(payment, key);
  const again = await paygrid.payments.keyIn(payment, key);
  assert.equal(again.paymentKey, first.paymentKey);
});

test("a webhook endpoint receives a delivery the SDK verifies, and the event is polled too", { skip }, async () => {
  const received: { body: string; headers: IncomingHttpHeaders }[] = [];
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ body: Buffer.concat(chunks).toString("utf8"), headers: request.headers });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const paygrid = new Paygrid({ secretKey: secretKey!, baseUrl: url! });
  const endpoint = await paygrid.webhookEndpoints.create(
    `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, ["PAYMENT_STATUS_CHANGED"]);
  try {
    assert.match(endpoint.secret!, /^whsec_/);
    assert.equal((await paygrid.webhookEndpoints.get(endpoint.id)).secret ?? null, null);
    const paid = await paygrid.payments.keyIn({ orderId: "node-hook-" + randomUUID().slice(0, 8), orderName: "Hooked",
      amount: 12000, cardNumber: freshCard(), cardExpirationYear: "30", cardExpirationMonth: "12" });
    let delivery;
    for (let waited = 0; !(delivery = received.find((r) => r.body.includes(paid.paymentKey))); waited += 200) {
      assert.ok(waited < 60_000, "no delivery within a minute");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const event = verifyWebhook(delivery.body, delivery.headers, endpoint.secret!);
    assert.equal(event.type, "PAYMENT_STATUS_CHANGED");
    assert.equal(paymentOf(event).status, "DONE");
    assert.throws(() => verifyWebhook(delivery!.body.replace("12000", "1200"), delivery!.headers, endpoint.secret!),
      WebhookSignatureError);
    let polled = false;
    for await (const each of paygrid.events.all()) polled ||= each.id === event.id;
    assert.ok(polled);
  } finally {
    await paygrid.webhookEndpoints.delete(endpoint.id);
    receiver.close();
  }
  await assert.rejects(paygrid.webhookEndpoints.get(endpoint.id),
    (error: unknown) => error instanceof ApiError && error.code === "NOT_FOUND_WEBHOOK");
});

test("a virtual account is paid by the sandbox bank; a billing key is charged and revoked", { skip }, async () => {
  const paygrid = new Paygrid({ secretKey: secretKey!, baseUrl: url! });
  const waiting = await paygrid.virtualAccounts.issue({ orderId: "node-va-" + randomUUID().slice(0, 8),
    orderName: "Node: deposit", amount: 32000, bank: "88", customerName: "김민지" });
  assert.equal(waiting.status, "WAITING_FOR_DEPOSIT");
  await assert.rejects(paygrid.virtualAccounts.sandboxDeposit(waiting.paymentKey, 31000),
    (error: unknown) => error instanceof ApiError && error.code === "INVALID_DEPOSIT_AMOUNT");
  assert.equal((await paygrid.virtualAccounts.sandboxDeposit(waiting.paymentKey, 32000)).status, "DONE");

  const customerKey = "node-customer-" + randomUUID().slice(0, 8);
  const key = await paygrid.billing.authorizeCard({ customerKey, cardNumber: freshCard(), cardExpirationYear: "30",
    cardExpirationMonth: "12" });
  assert.equal(key.status, "ACTIVE");
  const charged = await paygrid.billing.charge(key.billingKey, { customerKey, amount: 9900,
    orderId: "node-sub-" + randomUUID().slice(0, 8), orderName: "Monthly plan" });
  assert.equal(charged.status, "DONE");
  assert.equal((await paygrid.billing.revoke(key.billingKey))?.status, "REVOKED");
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Seoul" });
  assert.ok(Array.isArray((await paygrid.settlements.lines(today, today)).items));
  assert.ok(Array.isArray(await paygrid.settlements.payouts(today, today)));
});
