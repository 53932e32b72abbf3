package org.paygrid.fds.entity;

/** What a velocity rule counts attempts by. */
public enum VelocityKey {
    CARD,
    EMAIL,
    IP,
    MERCHANT
}
