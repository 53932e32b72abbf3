// Hanbit Market: a minimal real merchant site on Paygrid. Start it with `./paygrid shop` (see README.md).
import { randomUUID } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ApiError, Paygrid, paymentOf, verifyWebhook, WebhookSignatureError } from "@paygrid/node";
import { product, products } from "./catalog.mjs";
import { Orders } from "./orders.mjs";
import * as pages from "./pages.mjs";

function setting(name, fallback) {
  const value = process.env[name] ?? fallback;
  if (value === undefined) {
    console.error(`${name} is not set: start the shop with ./paygrid shop, or see examples/shop/README.md`);
    process.exit(2);
  }
  return value;
}

const port = Number(setting("SHOP_PORT", "3000"));
const config = {
  paygridUrl: setting("PAYGRID_URL").replace(/\/+$/, ""),
  clientKey: setting("PAYGRID_CLIENT_KEY"),
  shopUrl: setting("SHOP_URL", `http://localhost:${port}`).replace(/\/+$/, ""),
  dataDir: setting("SHOP_DATA_DIR", fileURLToPath(new URL(".data/", import.meta.url))),
};
const paygrid = new Paygrid({ secretKey: setting("PAYGRID_SECRET_KEY"), baseUrl: config.paygridUrl });
const orders = new Orders(config.dataDir);
const webhookUrl = `${config.shopUrl}/webhooks/paygrid`;
const webhookSecret = process.env.PAYGRID_WEBHOOK_SECRET ?? await registeredWebhookSecret();
/** Each refund form carries a fresh token, used as the cancel's idempotency key: a form sent twice refunds once. */
const refundTokens = new Map();

/**
 * The signing secret of this shop's webhook endpoint. Paygrid shows it once, when the endpoint is registered, so
 * the shop keeps it (here in a file only its user reads; a real shop keeps it with its other secrets).
 */
async function registeredWebhookSecret() {
  const file = join(config.dataDir, "webhook.json");
  try {
    const saved = JSON.parse(readFileSync(file, "utf8"));
    if (saved.url === webhookUrl && saved.paygridUrl === config.paygridUrl) {
      await paygrid.webhookEndpoints.get(saved.id);   // still registered, for these keys
      return saved.secret;
    }
  } catch (error) {
    if (!(error instanceof ApiError || error.code === "ENOENT" || error instanceof SyntaxError)) throw error;
  }
  const endpoint = await paygrid.webhookEndpoints.create(webhookUrl, ["PAYMENT_STATUS_CHANGED", "DEPOSIT_CALLBACK"]);
  writeFileSync(file, JSON.stringify({ id: endpoint.id, url: webhookUrl, paygridUrl: config.paygridUrl,
    secret: endpoint.secret }), { mode: 0o600 });
  chmodSync(file, 0o600);   // also when the file was already there
  console.log(`registered the webhook endpoint ${endpoint.id} for ${webhookUrl}`);
  return endpoint.secret;
}

const routes = {
  "GET /": (request, response) => send(response, 200, pages.home(products, config)),

  /** The browser names a product; the server makes the order and sets its amount. */
  "POST /orders": async (request, response) => {
    const chosen = product(JSON.parse((await body(request)) || "{}").productId);
    if (!chosen) return sendJson(response, 400, { message: "No such product" });
    const order = orders.create(chosen);
    sendJson(response, 201, { orderId: order.orderId, orderName: order.orderName, amount: order.amount });
  },

  /**
   * The payment window returns here. Only the server's confirm (secret key) approves the payment; it checks that
   * the amount is this order's, as the customer could have changed the address.
   */
  "GET /success": async (request, response, url) => {
    const order = orders.get(url.searchParams.get("orderId") ?? "");
    const paymentKey = url.searchParams.get("paymentKey") ?? "";
    if (!order) return send(response, 404, pages.failed("Unknown order", "This shop has no such order."));
    if (Number(url.searchParams.get("amount")) !== order.amount) {
      return send(response, 400, pages.failed("Payment not confirmed", "The amount is not this order's amount.",
        order.orderId));
    }
    try {
      // the same key on a reload of this page: the confirm's first answer again, nothing approved twice
      const payment = await paygrid.payments.confirm(paymentKey, order.orderId, order.amount, `confirm-${paymentKey}`);
      send(response, 200, pages.paid(orders.applyPayment(payment, "confirm")));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      orders.markFailed(order.orderId, error.code, error.message);
      send(response, 200, pages.failed("Payment not confirmed", `${error.code}: ${error.message}`, order.orderId));
    }
  },

  "GET /fail": (request, response, url) => {
    const orderId = url.searchParams.get("orderId");
    orders.markFailed(orderId, url.searchParams.get("code"), url.searchParams.get("message"));
    send(response, 200, pages.failed("Payment not completed",
      `${url.searchParams.get("message") ?? "The payment was not completed."} (${url.searchParams.get("code")})`,
      orderId));
  },

  "GET /orders": (request, response, url) => {
    const list = orders.all();
    list.forEach((order) => refundTokens.set(order.orderId, randomUUID()));
    send(response, 200, pages.orderList(list, refundTokens, url.searchParams.get("error")));
  },

  "GET /orders.json": (request, response) => sendJson(response, 200, orders.all()),

  /**
   * Paygrid's signed webhook: believed only after the SDK verified it against this endpoint's secret. Answer 2xx
   * quickly; Paygrid retries anything else, so the same event may come again and is applied once.
   */
  "POST /webhooks/paygrid": async (request, response) => {
    const raw = await body(request);
    let event;
    try {
      event = verifyWebhook(raw, request.headers, webhookSecret);
    } catch (error) {
      if (!(error instanceof WebhookSignatureError)) throw error;
      console.warn(`refused a webhook: ${error.message}`);
      return sendJson(response, 400, { message: "bad signature" });
    }
    if (event.type === "PAYMENT_STATUS_CHANGED" || event.type === "DEPOSIT_CALLBACK") {
      orders.applyEvent(event, paymentOf(event));
    }
    response.writeHead(204).end();
  },
};

/**
 * POST /orders/{orderId}/refund: all that is left, or the amount typed in (부분취소). Only a form this shop rendered
 * is accepted (its token, used once), so another site cannot make a customer's browser refund; an amount that is not
 * a whole number of won is refused, never read as "all".
 */
async function refund(request, response, orderId) {
  const form = new URLSearchParams(await body(request));
  const order = orders.get(orderId);
  const token = form.get("token");
  if (!order?.paymentKey || !token || refundTokens.get(orderId) !== token) {
    return redirect(response, "/orders?error=" + encodeURIComponent("Nothing to refund (reload the page)"));
  }
  refundTokens.delete(orderId);
  const typed = (form.get("amount") ?? "").replaceAll(",", "").trim();
  if (typed && !/^[1-9][0-9]{0,12}$/.test(typed)) {
    return redirect(response, "/orders?error=" + encodeURIComponent(`Refund amount "${typed}" is not a number of won`));
  }
  try {
    const payment = await paygrid.payments.cancel(order.paymentKey, {
      cancelReason: "Refund from the shop's order page", ...(typed ? { cancelAmount: Number(typed) } : {}),
    }, token);
    orders.applyPayment(payment, "refund");
    redirect(response, "/orders");
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    redirect(response, "/orders?error=" + encodeURIComponent(`${error.code}: ${error.message}`));
  }
}

function body(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on("data", (chunk) => {
      size += chunk.length;
      if (size > 256 * 1024) request.destroy(new Error("body too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response, status, page) {
  response.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }).end(page);
}

function sendJson(response, status, value) {
  response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(value));
}

function redirect(response, location) {
  response.writeHead(303, { Location: location }).end();
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url, config.shopUrl);
  try {
    const refundPath = url.pathname.match(/^\/orders\/([^/]+)\/refund$/);
    if (request.method === "POST" && refundPath) return await refund(request, response, decodeURIComponent(refundPath[1]));
    const route = routes[`${request.method} ${url.pathname}`];
    if (!route) return send(response, 404, pages.failed("Not found", "There is no such page."));
    await route(request, response, url);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) send(response, 500, pages.failed("Something went wrong", error.message));
  }
});
server.listen(port, () => console.log(`Hanbit Market is open at ${config.shopUrl} (Paygrid: ${config.paygridUrl})`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
