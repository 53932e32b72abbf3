import assert from "node:assert/strict";
import { randomInt, randomUUID } from "node:crypto";
import { test } from "node:test";
import { ApiError, Paygrid } from "../src/index.js";

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
