/**
 * The staff dashboard: read-only figures of one business day (Asia/Seoul) over payments, cancels, merchants,
 * webhook deliveries and settlement runs. It owns no rule and changes nothing; each figure says in its query what
 * it counts.
 */
package org.paygrid.dashboard;
