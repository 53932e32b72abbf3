/** The payment object of contract section 4; members a newer API adds come through untyped. */
export interface Payment {
  paymentKey: string;
  orderId: string;
  orderName: string;
  status: "READY" | "IN_PROGRESS" | "WAITING_FOR_DEPOSIT" | "DONE" | "CANCELED" | "PARTIAL_CANCELED" | "ABORTED"
    | "EXPIRED";
  method: string;
  mode: "test" | "live";
  currency: string;
  totalAmount: number;
  balanceAmount: number;
  taxFreeAmount: number;
  vat: number;
  suppliedAmount: number;
  requestedAt: string;
  approvedAt?: string;
  card?: { number: string; issuerCode: string; acquirerCode: string; cardType: string;
    installmentPlanMonths: number; isInterestFree: boolean; approveNo: string };
  virtualAccount?: { accountNumber: string; bankCode: string; customerName: string; dueDate: string;
    refundStatus?: string };
  cancels?: Cancel[];
  failure?: { code: string; message: string };
  checkoutUrl?: string;
  metadata?: Record<string, string>;
}

export interface Cancel {
  transactionKey: string;
  cancelAmount: number;
  cancelReason: string;
  canceledAt: string;
  refundableAmount: number;
}

/** A card charged by the merchant's server (POST /v1/payments/key-in); installments 0 or absent: lump sum. */
export interface KeyInPayment {
  orderId: string;
  orderName: string;
  amount: number;
  cardNumber: string;
  cardExpirationYear: string;
  cardExpirationMonth: string;
  cardInstallmentPlan?: number;
  metadata?: Record<string, string>;
}

/** The whole balance when `cancelAmount` is absent, else that part (부분취소). */
export interface CancelRequest {
  cancelReason: string;
  cancelAmount?: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A payment for the hosted window (POST /v1/payments); no `method` lets the customer choose. */
export interface CreatePayment {
  orderId: string;
  orderName: string;
  amount: number;
  successUrl: string;
  failUrl: string;
  method?: "CARD" | "VIRTUAL_ACCOUNT" | "TRANSFER" | "MOBILE_PHONE" | "EASY_PAY";
  taxFreeAmount?: number;
  customerEmail?: string;
  customerName?: string;
  metadata?: Record<string, string>;
}

/** A virtual account to issue (POST /v1/virtual-accounts); `bank` is a two-digit code (04, 11, 20, 81, 88). */
export interface IssueVirtualAccount {
  orderId: string;
  orderName: string;
  amount: number;
  bank: string;
  customerName: string;
  /** 1..720, default 168 (7 days) */
  validHours?: number;
  customerEmail?: string;
}

/** The card to store for one customer; `customerKey` is your id of the customer, repeated on each charge. */
export interface CardAuthorization {
  customerKey: string;
  cardNumber: string;
  cardExpirationYear: string;
  cardExpirationMonth: string;
}

export interface BillingCharge {
  customerKey: string;
  amount: number;
  orderId: string;
  orderName: string;
}

/** A billing key: never the card, only its masked number. */
export interface BillingKey {
  billingKey: string;
  customerKey: string;
  mode: "test" | "live";
  status: "ACTIVE" | "REVOKED";
  card: { number: string };
  authenticatedAt: string;
  revokedAt?: string;
}

export type EventType = "PAYMENT_STATUS_CHANGED" | "DEPOSIT_CALLBACK" | "PAYOUT_STATUS_CHANGED";

/** A registered webhook; `secret` only in the answer to create, `secretHint` after. */
export interface WebhookEndpoint {
  id: string;
  url: string;
  events: EventType[];
  status: "ACTIVE" | "DISABLED";
  statusReason?: string | null;
  secret?: string | null;
  secretHint: string;
  mode: "test" | "live";
  createdAt: string;
}

/** One settled transaction (contract section 8); a cancel has negative amounts. */
export interface SettlementLine {
  paymentKey: string;
  orderId: string;
  transactionKey: string;
  method: string;
  amount: number;
  fee: number;
  vat: number;
  payOutAmount: number;
  soldDate: string;
  paidOutDate: string;
}

/** What the merchant receives on one payout date; `carriedOver` brings earlier negative sums in (zero or less). */
export interface Payout {
  payoutDate: string;
  grossAmount: number;
  feeAmount: number;
  vatAmount: number;
  carriedOver: number;
  payoutAmount: number;
  status: "SCHEDULED" | "PAID";
}

interface EventOf<Type extends string, Data> {
  id: string;
  type: Type;
  createdAt: string;
  mode: "test" | "live";
  data: Data;
}

/**
 * An event delivered by webhook (contract section 7), its signature checked; de-duplicate on `id`. Narrow on `type`
 * to get `data` typed: the payment, the payout, or the dashboard's test message.
 */
export type WebhookEvent = EventOf<"PAYMENT_STATUS_CHANGED", Payment> | EventOf<"DEPOSIT_CALLBACK", Payment>
  | EventOf<"PAYOUT_STATUS_CHANGED", Payout> | EventOf<"WEBHOOK_TEST", { webhookId: string; message: string }>;
