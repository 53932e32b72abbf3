package org.paygrid.merchantdashboard.members;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.paygrid.merchant.boundary.MerchantMembers;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchant.entity.MemberRole;
import org.paygrid.merchant.entity.MerchantMember;
import org.paygrid.merchantdashboard.shared.Messages;
import org.paygrid.merchantdashboard.workspace.Workspace;

/**
 * The merchant's people: who is in, who is invited, and the owner's invitations, role changes and removals. The
 * rules (who may, the last owner stays) are the domain's; this screen only asks.
 */
@Named
@RequestScoped
public class MemberRoster {

    @Inject
    Workspace workspace;

    @EJB
    MerchantMembers members;

    private String email;
    private MemberRole role = MemberRole.DEVELOPER;
    private List<MerchantMember> roster;

    public List<MerchantMember> getMembers() {
        if (roster == null) {
            roster = members.membersOf(workspace.require(MemberPermission.MANAGE_MEMBERS).merchantId());
        }
        return roster;
    }

    public MemberRole[] getRoles() {
        return MemberRole.values();
    }

    public void invite() {
        String merchantId = workspace.require(MemberPermission.MANAGE_MEMBERS).merchantId();
        MerchantMember invited = Messages.attempt(() -> members.invite(workspace.person(), merchantId, email, role));
        if (invited != null) {
            Messages.info("members.invited", invited.email(), Messages.text("role." + invited.role()));
            email = null;
            roster = null;
        }
    }

    public void changeRole(MerchantMember member, MemberRole newRole) {
        String merchantId = workspace.require(MemberPermission.MANAGE_MEMBERS).merchantId();
        if (Messages.attempt(() -> members.changeRole(workspace.person(), merchantId, member.id(), newRole)) != null) {
            Messages.info("members.roleChanged", member.email(), Messages.text("role." + newRole));
            roster = null;
        }
    }

    public void remove(MerchantMember member) {
        String merchantId = workspace.require(MemberPermission.MANAGE_MEMBERS).merchantId();
        Boolean removed = Messages.attempt(() -> {
            members.remove(workspace.person(), merchantId, member.id());
            return Boolean.TRUE;
        });
        if (removed != null) {
            Messages.info("members.removed", member.email());
            roster = null;
        }
    }

    /** The signed-in person's own row: removing it is leaving. */
    public boolean isSelf(MerchantMember member) {
        return workspace.person().subject().equals(member.subject());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }
}
