/**
 * Log lines that say what they are about ({@link org.paygrid.shared.logging.Log}): each carries the trace, the
 * merchant and the payment of the work that wrote it ({@link org.paygrid.shared.logging.LogContext}), as fields
 * of the server's JSON log (docs/operations.md, "Logs and traces").
 */
package org.paygrid.shared.logging;
