/** Owns the double-entry books: balanced journal entries, posting rules per movement, the trial balance. */
package org.paygrid.ledger;
