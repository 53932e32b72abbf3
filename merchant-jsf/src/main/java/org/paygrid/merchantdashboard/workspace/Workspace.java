package org.paygrid.merchantdashboard.workspace;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.merchant.boundary.MerchantMembers;
import org.paygrid.merchant.boundary.Membership;
import org.paygrid.merchant.boundary.Person;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchantdashboard.security.SignedInPerson;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.PaygridException;

/**
 * The signed-in person's merchants, the one they are looking at and in which mode. Screens ask
 * {@link #require(MemberPermission)} before they read or change anything: the domain checks the membership and the
 * role every time, so a merchant id the session does not belong to, or an action the role lacks, gets nothing.
 */
@Named
@RequestScoped
public class Workspace {

    @Inject
    SignedInPerson signedIn;

    @Inject
    Selection selection;

    @EJB
    MerchantMembers members;

    private List<Membership> memberships;

    public List<Membership> getMemberships() {
        if (memberships == null) {
            memberships = members.signedIn(signedIn.person());
        }
        return memberships;
    }

    /** A person with no merchant yet sees the application form. */
    public boolean isNewcomer() {
        return getMemberships().isEmpty();
    }

    /** The merchant being looked at: the one chosen, else the person's first. */
    public Membership getCurrent() {
        List<Membership> mine = getMemberships();
        return mine.stream().filter(m -> m.merchantId().equals(selection.merchantId())).findFirst()
                .orElse(mine.isEmpty() ? null : mine.get(0));
    }

    /** The current merchant, if the person's role there allows {@code permission}; the access-denied page if not. */
    public Membership require(MemberPermission permission) {
        Membership current = getCurrent();
        if (current == null) {
            throw new NotYours("no merchant yet");
        }
        try {
            return members.require(person(), current.merchantId(), permission);
        } catch (PaygridException refused) {
            throw new NotYours(refused.getMessage());
        }
    }

    /**
     * The member acting for the current merchant in the mode looked at, if the role allows {@code permission} (and
     * live mode); the access-denied page if not. Screens hand it to the same boundaries the API uses.
     */
    public MerchantCredential credential(MemberPermission permission) {
        Membership current = require(permission);
        try {
            return members.actAs(person(), current.merchantId(), getMode(), permission);
        } catch (PaygridException refused) {
            throw new NotYours(refused.getMessage());
        }
    }

    public boolean may(String permission) {
        Membership current = getCurrent();
        return current != null && current.may(MemberPermission.valueOf(permission));
    }

    public String getMerchantId() {
        Membership current = getCurrent();
        return current == null ? null : current.merchantId();
    }

    /** Switches to another of the person's merchants; an id that is not theirs changes nothing. */
    public void setMerchantId(String merchantId) {
        if (getMemberships().stream().anyMatch(m -> m.merchantId().equals(merchantId))) {
            selection.merchantId(merchantId);
        }
    }

    /**
     * After a switch of merchant the person starts from the overview: the page they were on may not be one their
     * role in the other merchant allows.
     */
    public void switched() throws java.io.IOException {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/");
    }

    /** Becomes the merchant just applied for. */
    public void open(String merchantId) {
        memberships = null;
        selection.merchantId(merchantId);
        selection.mode(Mode.TEST);
    }

    /** Test mode for a role that may not see live (a developer), whatever was chosen before. */
    public Mode getMode() {
        return may(MemberPermission.LIVE_MODE.name()) ? selection.mode() : Mode.TEST;
    }

    public boolean isLive() {
        return getMode() == Mode.LIVE;
    }

    /** The test/live switch; a role without live mode stays in test. */
    public void setLive(boolean live) {
        selection.mode(live && may(MemberPermission.LIVE_MODE.name()) ? Mode.LIVE : Mode.TEST);
    }

    public Person person() {
        return signedIn.person();
    }
}
