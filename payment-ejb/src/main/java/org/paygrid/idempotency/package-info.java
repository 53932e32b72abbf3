/** Owns idempotency keys: claiming a key across instances, storing and replaying the first response. */
package org.paygrid.idempotency;
