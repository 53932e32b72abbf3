/**
 * Owns the housekeeping: once a day, across the cluster, every capability's
 * {@link org.paygrid.shared.retention.Retention} rule removes what is past its retention, oldest first, in
 * batches short enough that approvals do not notice (each batch one transaction of a few tens of milliseconds,
 * then a pause as long). Each rule's last run is kept for staff and the metrics.
 */
package org.paygrid.housekeeping;
