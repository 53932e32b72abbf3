/**
 * The staff dashboard: read-only figures of one business day (Asia/Seoul). It owns no table and no rule: it asks
 * payment for the day's payments and cancels, merchant for the papers awaiting review, webhook for the failing
 * deliveries and settlement for its last run, and puts the answers side by side.
 */
package org.paygrid.dashboard;
