package org.paygrid.merchant.entity;

public enum ReviewDecision {
    APPROVE,
    REJECT
}
