package org.paygrid.merchantdashboard.workspace;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.paygrid.merchant.boundary.Membership;
import org.paygrid.merchant.boundary.Merchants;
import org.paygrid.merchant.entity.ApiKey;
import org.paygrid.merchant.entity.MemberPermission;

/** The merchant at a glance: where it stands in onboarding, and its keys of the mode looked at (masked). */
@Named
@RequestScoped
public class Overview {

    /** A key as the merchant may see it again: a client key whole, a secret key as a hint. */
    public record KeyRow(String kind, String display, String createdAt) {
    }

    @Inject
    Workspace workspace;

    @EJB
    Merchants merchants;

    public Membership getMerchant() {
        return workspace.getCurrent();
    }

    /** The active keys of the mode looked at; only for those who may see keys. */
    public List<KeyRow> getKeys() {
        if (!workspace.may(MemberPermission.MANAGE_KEYS.name())) {
            return List.of();
        }
        Membership merchant = workspace.require(MemberPermission.MANAGE_KEYS);
        return merchants.keysOf(merchant.merchantId()).stream()
                .filter(ApiKey::active)
                .filter(key -> key.mode() == workspace.getMode())
                .map(key -> new KeyRow(key.kind().name(), key.display(), key.createdAt().toString()))
                .toList();
    }
}
