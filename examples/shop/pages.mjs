// The shop's pages: plain HTML written on the server, every value escaped.

const escapes = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => escapes[c]);

/** A template whose ${values} are escaped, except those already made by `html` (marked safe). */
export function html(strings, ...values) {
  const text = strings.reduce((out, string, i) => {
    const value = values[i - 1];
    const part = Array.isArray(value) ? value.map((v) => (v?.safe ? v.text : escape(v))).join("")
      : value?.safe ? value.text : escape(value);
    return out + part + string;
  });
  return { safe: true, text };
}

/** A value for inside a <script>: JSON, with "<" escaped so that no value can close the script. */
const js = (value) => ({ safe: true, text: JSON.stringify(value).replaceAll("<", "\\u003c") });

const won = (amount) => "₩" + Number(amount).toLocaleString("en-US");

const style = `
  body { font-family: system-ui, "Noto Sans CJK KR", sans-serif; margin: 0; color: #1f2933; background: #f7f8fa; }
  header { background: #0b3d91; color: white; padding: 14px 20px; display: flex; gap: 20px; align-items: baseline; }
  header a { color: white; } header h1 { font-size: 20px; margin: 0; }
  main { max-width: 900px; margin: 0 auto; padding: 20px; }
  .products { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 16px; }
  .product, .panel { background: white; border: 1px solid #d9dee5; border-radius: 8px; padding: 16px; }
  .price { font-size: 20px; font-weight: 600; }
  button { background: #0b3d91; color: white; border: 0; border-radius: 6px; padding: 10px 16px; font-size: 15px; }
  button.secondary { background: #9b2c2c; padding: 6px 10px; font-size: 13px; }
  table { width: 100%; border-collapse: collapse; background: white; }
  th, td { text-align: left; padding: 8px; border-bottom: 1px solid #e4e7eb; font-size: 14px; vertical-align: top; }
  input { padding: 6px; width: 90px; }
  .error { background: #fde8e8; border: 1px solid #f0b4b4; padding: 10px; border-radius: 6px; }
  .note { color: #52606d; font-size: 13px; }
  .test { background: #fff4ce; color: #6b4f00; padding: 6px 20px; font-size: 13px; }`;

function page(title, body, { script = "" } = {}) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Hanbit Market</title><style>${style}</style>${script}</head>
<body><header><h1>Hanbit Market</h1><a href="/">Shop</a><a href="/orders">Orders</a></header>
<div class="test">Test mode: pay with a sandbox card such as 4330 1234 5678 9018 (any future expiry). No money moves.</div>
<main>${body.text}</main></body></html>`;
}

export function home(products, config, error) {
  return page("Shop", html`
    ${error ? html`<p class="error" id="error">${error}</p>` : ""}
    <p id="error-box" class="error" hidden></p>
    <div class="products">${products.map((product) => html`
      <div class="product">
        <h2>${product.name}</h2><p>${product.blurb}</p><p class="price">${won(product.price)}</p>
        <button id="buy-${product.id}" data-product="${product.id}">Buy now</button>
      </div>`)}</div>
    <p class="note">The buy button asks this shop's server for an order (the server sets the price), then opens
      Paygrid's payment window with the JS SDK and the shop's client key.</p>
    <script>
      const paygrid = Paygrid(${js(config.clientKey)});
      for (const button of document.querySelectorAll("button[data-product]")) {
        button.addEventListener("click", async () => {
          button.disabled = true;
          try {
            const response = await fetch("/orders", { method: "POST", headers: { "Content-Type": "application/json" },
              body: JSON.stringify({ productId: button.dataset.product }) });
            if (!response.ok) throw new Error("The shop could not make the order");
            const order = await response.json();
            await paygrid.requestPayment({ orderId: order.orderId, orderName: order.orderName, amount: order.amount,
              successUrl: ${js(config.shopUrl + "/success")}, failUrl: ${js(config.shopUrl + "/fail")} });
          } catch (error) {
            const box = document.getElementById("error-box");
            box.textContent = error.message;
            box.hidden = false;
            button.disabled = false;
          }
        });
      }
    </script>`, { script: `<script src="${escape(config.paygridUrl)}/sdk/v1/paygrid.js"></script>` });
}

export function paid(order) {
  return page("Thank you", html`
    <div class="panel" id="result">
      <h2>Thank you: payment ${order.status === "DONE" ? "complete" : "received"}</h2>
      <p>Order <b id="order-id">${order.orderId}</b>, ${order.orderName}: <b>${won(order.amount)}</b>,
        status <b id="status">${order.status}</b>${order.method ? html` (${order.method})` : ""}.</p>
      <p><a href="/orders" id="to-orders">See your orders</a></p>
    </div>`);
}

export function failed(title, message, orderId) {
  return page(title, html`
    <div class="panel"><h2>${title}</h2><p class="error" id="failure">${message}</p>
      ${orderId ? html`<p>Order ${orderId} was not paid.</p>` : ""}<p><a href="/">Back to the shop</a></p></div>`);
}

export function orderList(orders, tokens, error) {
  return page("Orders", html`
    <h2>Orders</h2>
    ${error ? html`<p class="error" id="error">${error}</p>` : ""}
    <table><thead><tr><th>Order</th><th>Amount</th><th>Status</th><th>Last webhook</th><th>Refund</th></tr></thead>
    <tbody>${orders.map((order) => html`
      <tr id="order-${order.orderId}">
        <td>${order.orderId}<br><span class="note">${order.orderName}</span></td>
        <td>${won(order.amount)}<br><span class="note">left: ${won(order.balanceAmount)}</span></td>
        <td class="status">${order.status}${order.method ? html`<br><span class="note">${order.method}</span>` : ""}
          ${order.failure ? html`<br><span class="note">${order.failure}</span>` : ""}</td>
        <td class="webhook">${order.webhook ? html`${order.webhook.type}: ${order.webhook.status}
          <br><span class="note">${order.webhook.eventId}</span>` : "none yet"}</td>
        <td>${order.balanceAmount > 0 ? html`
          <form method="post" action="/orders/${order.orderId}/refund">
            <input type="hidden" name="token" value="${tokens.get(order.orderId)}">
            <input name="amount" inputmode="numeric" placeholder="all" aria-label="Amount to refund">
            <button class="secondary">Refund</button></form>` : ""}</td>
      </tr>`)}</tbody></table>
    ${orders.length === 0 ? html`<p>No orders yet. <a href="/">Buy something</a>.</p>` : ""}
    <p class="note">Statuses come from Paygrid: the confirm's answer, a refund's answer, and signed webhooks, which
      keep arriving after you leave (this page refreshes them every few seconds).</p>
    <script>
      setInterval(async () => {
        const response = await fetch("/orders.json");
        if (!response.ok) return;
        for (const order of await response.json()) {
          const row = document.getElementById("order-" + order.orderId);
          if (!row) continue;
          const webhook = row.querySelector(".webhook");
          const now = order.webhook ? order.webhook.type + ": " + order.webhook.status : "none yet";
          if (!webhook.textContent.trim().startsWith(now)) location.reload();
        }
      }, 3000);
    </script>`);
}
