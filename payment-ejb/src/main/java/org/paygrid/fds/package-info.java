/**
 * Fraud detection (FDS, 이상거래탐지, contract section 11): every charge is screened before the network sees it.
 * Boundary: the screen payment asks in the charge's transaction, and the rules staff tune. Control: the evaluation of
 * the rules (pure), the card fingerprint (a keyed hash, never the number) and the velocity counter (in the database,
 * so one counter holds for every server). Entity: the rules as data, with their history, and each screening with
 * what it saw and why. The review that holds a payment from settlement is the payment's own (payment owns the hold).
 */
package org.paygrid.fds;
