package org.paygrid.ledger.entity;

/**
 * The accounts money moves between. Balances are never stored: an account's balance is the sum of its postings.
 * <ul>
 *   <li>ACQUIRER_RECEIVABLE (asset): what the card companies owe us for approved, uncancelled sales.</li>
 *   <li>BANK_RECEIVABLE (asset): virtual-account deposits and transfers held at the banks for us.</li>
 *   <li>PROVIDER_RECEIVABLE (asset): what easy-pay wallets and carriers owe us.</li>
 *   <li>FEE_REVENUE (income): our fees, booked by settlement.</li>
 *   <li>VAT_PAYABLE (liability): VAT on our fees, owed to the tax office.</li>
 *   <li>SETTLEMENT_BANK (asset): our settlement account, from which payouts are paid.</li>
 *   <li>MERCHANT_PAYABLE (liability, per merchant): what we owe a merchant before fees and payout.</li>
 * </ul>
 */
public enum LedgerAccount {
    ACQUIRER_RECEIVABLE,
    BANK_RECEIVABLE,
    PROVIDER_RECEIVABLE,
    FEE_REVENUE,
    VAT_PAYABLE,
    SETTLEMENT_BANK,
    MERCHANT_PAYABLE
}
