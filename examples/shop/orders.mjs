import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The shop's orders, in one JSON file (a real shop has a database; the rules are the same). An order's payment
 * status is what Paygrid last said: the confirm's answer, a refund's answer, or a webhook, whichever came last.
 */
export class Orders {
  constructor(directory) {
    mkdirSync(directory, { recursive: true });
    this.file = join(directory, "orders.json");
    try {
      this.state = JSON.parse(readFileSync(this.file, "utf8"));
    } catch {
      this.state = { orders: {}, handledEvents: [] };
    }
  }

  create(product) {
    const order = {
      orderId: "shop-" + new Date().toISOString().slice(0, 10).replaceAll("-", "") + "-" + randomUUID().slice(0, 8),
      orderName: product.name, amount: product.price, status: "AWAITING_PAYMENT", balanceAmount: 0,
      paymentKey: null, method: null, createdAt: new Date().toISOString(), webhook: null,
    };
    this.state.orders[order.orderId] = order;
    this.save();
    return order;
  }

  /** Own entries only: an order id such as "__proto__" names nothing. */
  get(orderId) {
    return Object.hasOwn(this.state.orders, orderId) ? this.state.orders[orderId] : undefined;
  }

  all() {
    return Object.values(this.state.orders).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /**
   * Paygrid's payment object is the truth about the money: take its status, balance and method, unless what the
   * shop already has is newer (a webhook about the approval that arrives after a refund's answer: fewer cancels).
   */
  applyPayment(payment, source) {
    const order = this.get(payment.orderId);
    if (!order) return undefined;
    const cancels = payment.cancels?.length ?? 0;
    if (cancels < (order.cancelCount ?? 0)) return order;
    Object.assign(order, { paymentKey: payment.paymentKey, status: payment.status, method: payment.method,
      balanceAmount: payment.balanceAmount, cancelCount: cancels, updatedBy: source,
      updatedAt: new Date().toISOString() });
    this.save();
    return order;
  }

  markFailed(orderId, code, message) {
    const order = this.get(orderId);
    if (!order || order.paymentKey) return;
    Object.assign(order, { status: "PAYMENT_FAILED", failure: `${code}: ${message}` });
    this.save();
  }

  /**
   * A webhook event, once: deliveries are at least once, so an event seen before (same id) changes nothing.
   * Events of one payment arrive in order, so the newest event's payment is its latest state.
   */
  applyEvent(event, payment) {
    if (this.state.handledEvents.includes(event.id)) return false;
    const order = this.applyPayment(payment, "webhook");
    if (order) order.webhook = { eventId: event.id, type: event.type, status: payment.status, at: event.createdAt };
    this.state.handledEvents = [...this.state.handledEvents.slice(-999), event.id];
    this.save();
    return true;
  }

  /** Written to a new file, then renamed over the old one: a crash never leaves half a file. */
  save() {
    writeFileSync(this.file + ".new", JSON.stringify(this.state, null, 2));
    renameSync(this.file + ".new", this.file);
  }
}
