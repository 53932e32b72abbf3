package org.paygrid.mail.entity;

/** PENDING until the SMTP server took it (SENT), it was no longer to be sent (DROPPED), or every attempt failed. */
public enum MailStatus {
    PENDING, SENT, DROPPED, FAILED
}
