import assert from "node:assert/strict";
import { createServer, IncomingMessage, Server } from "node:http";
import { AddressInfo } from "node:net";
import { after, before, beforeEach, test } from "node:test";
import { ApiError, ConnectionError, Paygrid } from "../src/index.js";

// What the SDK does when Paygrid is down, busy or refuses, against a local server answering as told.
const PAYMENT = { paymentKey: "pay_1", orderId: "o-1", status: "DONE", totalAmount: 15000, balanceAmount: 15000 };
let server: Server;
let answers: Array<[number, unknown]> = [];
let keys: Array<string | undefined> = [];
let waits: number[] = [];
let paygrid: Paygrid;

const problem = (status: number, code: string) => ({ type: "x", title: "x", status, code, message: "what went wrong" });

before(async () => {
  server = createServer((request: IncomingMessage, response) => {
    keys.push(request.headers["idempotency-key"] as string | undefined);
    request.resume();
    request.on("end", () => {
      const [status, body] = answers.shift() ?? [503, problem(503, "SERVICE_UNAVAILABLE")];
      response.writeHead(status, { "Content-Type": status < 300 ? "application/json" : "application/problem+json" });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  paygrid = new Paygrid({ secretKey: "sk_test_unit", baseUrl: `http://127.0.0.1:${port}`,
    sleep: async (ms) => { waits.push(ms); } });
});

after(() => server.close());

beforeEach(() => {
  answers = [];
  keys = [];
  waits = [];
});

const keyIn = { orderId: "o-1", orderName: "Book", amount: 15000, cardNumber: "4330123456789018",
  cardExpirationYear: "30", cardExpirationMonth: "12" };

test("server errors are retried with the same idempotency key", async () => {
  answers = [[503, problem(503, "SERVICE_UNAVAILABLE")], [500, problem(500, "INTERNAL_ERROR")], [200, PAYMENT]];
  const paid = await paygrid.payments.keyIn(keyIn);
  assert.equal(paid.paymentKey, "pay_1");
  assert.equal(keys.length, 3);
  assert.ok(keys[0]);
  assert.ok(keys.every((key) => key === keys[0]));
  assert.equal(waits.length, 2);
  assert.ok(waits.every((ms) => ms >= 0 && ms <= 8000));
});

test("the same key still being worked on is retried", async () => {
  answers = [[409, problem(409, "IDEMPOTENT_REQUEST_PROCESSING")], [200, PAYMENT]];
  await paygrid.payments.cancel("pay_1", { cancelReason: "one item", cancelAmount: 5000 }, "my-key-1");
  assert.deepEqual(keys, ["my-key-1", "my-key-1"]);
});

test("any other refusal is the caller's and is not retried", async () => {
  answers = [[400, problem(400, "NOT_CANCELABLE_AMOUNT")]];
  await assert.rejects(paygrid.payments.cancel("pay_1", { cancelReason: "too much", cancelAmount: 99000 }),
    (error: unknown) => error instanceof ApiError && error.status === 400 && error.code === "NOT_CANCELABLE_AMOUNT");
  assert.equal(keys.length, 1);
  assert.equal(waits.length, 0);
});

test("after the last retry the key is handed back to try again later", async () => {
  await assert.rejects(paygrid.payments.keyIn(keyIn, "retry-me"),
    (error: unknown) => error instanceof ConnectionError && error.idempotencyKey === "retry-me");
  assert.equal(keys.length, 4);
});

test("reads carry no idempotency key, and pages are followed", async () => {
  answers = [[200, { items: [PAYMENT, PAYMENT], nextCursor: "c1" }], [200, { items: [PAYMENT], nextCursor: null }]];
  let count = 0;
  for await (const payment of paygrid.payments.all(2)) {
    assert.equal(payment.status, "DONE");
    count++;
  }
  assert.equal(count, 3);
  assert.deepEqual(keys, [undefined, undefined]);
});

test("a delete whose first answer was lost is done when the retry finds nothing", async () => {
  answers.push([503, problem(503, "SERVICE_UNAVAILABLE")], [404, problem(404, "NOT_FOUND_WEBHOOK")]);
  await paygrid.webhookEndpoints.delete("whk_1");
  assert.deepEqual(keys, [undefined, undefined]);
  answers.push([404, problem(404, "NOT_FOUND_WEBHOOK")]);   // a first attempt's 404 is the caller's to know
  await assert.rejects(paygrid.webhookEndpoints.delete("whk_2"),
    (error: unknown) => error instanceof ApiError && error.code === "NOT_FOUND_WEBHOOK");
});

test("a cancel amount that is not a whole number never reaches Paygrid as a full cancel", async () => {
  await assert.rejects(paygrid.payments.cancel("pay_1", { cancelReason: "typo", cancelAmount: Number("5000원") }),
    TypeError);
  await assert.rejects(paygrid.payments.cancel("pay_1", { cancelReason: "typo", cancelAmount: 12.5 }), TypeError);
  assert.deepEqual(keys, []);
});
