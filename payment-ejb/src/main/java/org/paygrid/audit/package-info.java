/** Owns the audit trail of staff actions: who, when, what, before/after; append-only. */
package org.paygrid.audit;
