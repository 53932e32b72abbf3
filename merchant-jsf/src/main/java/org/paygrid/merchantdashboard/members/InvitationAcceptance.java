package org.paygrid.merchantdashboard.members;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.paygrid.merchant.boundary.MerchantMembers;
import org.paygrid.merchant.boundary.Membership;
import org.paygrid.merchantdashboard.shared.Messages;
import org.paygrid.merchantdashboard.workspace.Workspace;

/** The page an invitation's link opens: once signed in, the person joins the merchant and lands in it. */
@Named
@RequestScoped
public class InvitationAcceptance {

    @Inject
    Workspace workspace;

    @EJB
    MerchantMembers members;

    private String invitation;
    private Membership joined;

    public void accept() {
        joined = Messages.attempt(() -> members.accept(workspace.person(), invitation));
        if (joined != null) {
            workspace.open(joined.merchantId());
            Messages.info("join.joined", joined.merchantName(), Messages.text("role." + joined.role()));
        }
    }

    public Membership getJoined() {
        return joined;
    }

    public String getInvitation() {
        return invitation;
    }

    public void setInvitation(String invitation) {
        this.invitation = invitation;
    }
}
