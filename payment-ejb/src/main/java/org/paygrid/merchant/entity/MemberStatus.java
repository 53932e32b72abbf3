package org.paygrid.merchant.entity;

/** INVITED until the person signs in and joins; REMOVED rows are kept for the audit log's sake. */
public enum MemberStatus {
    INVITED, ACTIVE, REMOVED
}
