package org.paygrid.merchantdashboard.developers;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.paygrid.merchant.boundary.MerchantMembers;
import org.paygrid.merchant.boundary.RolledKey;
import org.paygrid.merchant.entity.ApiKey;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchantdashboard.shared.Messages;
import org.paygrid.merchantdashboard.workspace.Workspace;

/**
 * The merchant's API keys of the mode looked at: roll one (the new key shown this once, the old one dead at once)
 * or revoke one. A developer sees and rolls the test keys only.
 */
@Named
@RequestScoped
public class ApiKeyDesk {

    @Inject
    Workspace workspace;

    @EJB
    MerchantMembers members;

    private List<ApiKey> keys;
    private RolledKey rolled;

    public List<ApiKey> getKeys() {
        if (keys == null) {
            keys = members.keys(workspace.credential(MemberPermission.MANAGE_KEYS));
        }
        return keys;
    }

    public void roll(String kind) {
        rolled = Messages.attempt(() -> members.rollKey(workspace.credential(MemberPermission.MANAGE_KEYS),
                workspace.person().actor(), ApiKeyKind.valueOf(kind)));
        if (rolled != null) {
            keys = null;
            Messages.info("apikeys.rolled", rolled.stored().display());
        }
    }

    public void revoke(ApiKey key) {
        ApiKey revoked = Messages.attempt(() -> members.revokeKey(workspace.credential(MemberPermission.MANAGE_KEYS),
                workspace.person().actor(), key.id()));
        if (revoked != null) {
            keys = null;
            Messages.info("apikeys.revoked", revoked.display());
        }
    }

    /** The key just issued, in clear: this response is the only place it ever appears. */
    public RolledKey getRolled() {
        return rolled;
    }
}
