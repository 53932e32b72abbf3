package org.paygrid.merchant.entity;

/** Each thing a merchant's dashboard lets a member do; {@link MemberRole} says who may. */
public enum MemberPermission {
    /** See payments and their details (test mode for a developer, both modes for the others). */
    VIEW_PAYMENTS,
    /** Cancel a payment in full or in part. */
    CANCEL_PAYMENTS,
    /** See settlements and payouts, download their reports. */
    VIEW_SETTLEMENTS,
    /** See, roll and revoke API keys. */
    MANAGE_KEYS,
    /** Create webhook endpoints, send test events, resend deliveries, roll signing secrets. */
    MANAGE_WEBHOOKS,
    /** Invite people, change their roles, remove them. */
    MANAGE_MEMBERS,
    /** Upload the review's papers, enter the site links, submit for review. */
    ONBOARDING,
    /** Look at and act in live mode; without it a member works in test mode only. */
    LIVE_MODE
}
