package org.paygrid.merchant.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do in a merchant's dashboard (contract section 12): the owner everything; a developer the
 * integration (keys, webhook endpoints) in test mode only; an accountant the money (payments, settlements, payouts,
 * reports), never a key.
 */
public enum MemberRole {
    OWNER(EnumSet.allOf(MemberPermission.class)),
    DEVELOPER(EnumSet.of(MemberPermission.VIEW_PAYMENTS, MemberPermission.MANAGE_KEYS,
            MemberPermission.MANAGE_WEBHOOKS)),
    ACCOUNTANT(EnumSet.of(MemberPermission.VIEW_PAYMENTS, MemberPermission.VIEW_SETTLEMENTS,
            MemberPermission.LIVE_MODE));

    private final Set<MemberPermission> permissions;

    MemberRole(Set<MemberPermission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(MemberPermission permission) {
        return permissions.contains(permission);
    }
}
