package org.paygrid.ledger.entity;

/**
 * The accounts money moves between. Balances are never stored: an account's balance is the sum of its postings.
 * <ul>
 *   <li>ACQUIRER_RECEIVABLE (asset): what the card companies owe us for approved, uncancelled sales.</li>
 *   <li>MERCHANT_PAYABLE (liability, per merchant): what we owe a merchant before fees and payout.</li>
 * </ul>
 */
public enum LedgerAccount {
    ACQUIRER_RECEIVABLE,
    MERCHANT_PAYABLE
}
