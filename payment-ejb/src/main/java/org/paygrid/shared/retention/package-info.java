/**
 * What each capability keeps and for how long ({@link org.paygrid.shared.retention.Retention}), and the one way
 * to find the next batch of expired records by time ({@link org.paygrid.shared.retention.OldestFirst}).
 */
package org.paygrid.shared.retention;
