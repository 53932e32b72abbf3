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

/** An event delivered by webhook (contract section 7), its signature checked; de-duplicate on `id`. */
export interface WebhookEvent {
  id: string;
  type: "PAYMENT_STATUS_CHANGED" | "DEPOSIT_CALLBACK" | "PAYOUT_STATUS_CHANGED" | "WEBHOOK_TEST";
  createdAt: string;
  mode: "test" | "live";
  data: unknown;
}
