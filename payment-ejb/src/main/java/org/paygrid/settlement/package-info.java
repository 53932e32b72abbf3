/**
 * Settlement (정산): fee plans, the business calendar, the nightly Jakarta Batch job that turns each day's
 * approvals and cancels into settlement lines and payouts (with carry-over), and the ledger entries for fees,
 * VAT and payouts.
 */
package org.paygrid.settlement;
