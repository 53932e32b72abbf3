import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { test } from "node:test";
import { paymentOf, verifyWebhook, WebhookSignatureError } from "../src/index.js";

const SECRET = "whsec_" + Buffer.from("a-32-byte-secret-for-the-tests!!").toString("base64");
const OTHER = "whsec_" + Buffer.from("another-secret-of-32-bytes-long!").toString("base64");
const NOW = 1796582400;
const BODY = JSON.stringify({ id: "evt_1", type: "PAYMENT_STATUS_CHANGED", createdAt: "2026-12-06T19:00:00+09:00",
  mode: "test", data: { paymentKey: "pay_1", status: "PARTIAL_CANCELED", balanceAmount: 10000 } });

const sign = (secret: string, id: string, at: number, body: string) => "v1," + createHmac("sha256",
  Buffer.from(secret.slice(6), "base64")).update(`${id}.${at}.${body}`).digest("base64");
const headers = (id: string, at: number, signature: string) => ({
  "Webhook-Id": id, "webhook-timestamp": String(at), "webhook-signature": signature });

test("a signed event is read with its payment", () => {
  const event = verifyWebhook(BODY, headers("evt_1", NOW, sign(SECRET, "evt_1", NOW, BODY)), SECRET,
    { nowSeconds: NOW });
  assert.equal(paymentOf(event).balanceAmount, 10000);
});

test("another secret's signature or a changed body is refused", () => {
  assert.throws(() => verifyWebhook(BODY, headers("evt_1", NOW, sign(OTHER, "evt_1", NOW, BODY)), SECRET,
    { nowSeconds: NOW }), WebhookSignatureError);
  assert.throws(() => verifyWebhook(BODY.replace("10000", "15000"), headers("evt_1", NOW,
    sign(SECRET, "evt_1", NOW, BODY)), SECRET, { nowSeconds: NOW }), WebhookSignatureError);
});

test("during a secret roll any listed signature may match", () => {
  const both = `${sign(OTHER, "evt_1", NOW, BODY)} ${sign(SECRET, "evt_1", NOW, BODY)}`;
  assert.equal(verifyWebhook(BODY, headers("evt_1", NOW, both), SECRET, { nowSeconds: NOW }).id, "evt_1");
});

test("an old request replayed is refused", () => {
  const old = NOW - 360;
  assert.throws(() => verifyWebhook(BODY, headers("evt_1", old, sign(SECRET, "evt_1", old, BODY)), SECRET,
    { nowSeconds: NOW }), /away from now/);
});

test("missing headers and a foreign id are refused", () => {
  assert.throws(() => verifyWebhook(BODY, { "webhook-id": "evt_1" }, SECRET), /webhook-timestamp/);
  assert.throws(() => verifyWebhook(BODY, headers("evt_2", NOW, sign(SECRET, "evt_2", NOW, BODY)), SECRET,
    { nowSeconds: NOW }), /webhook-id/);
});
