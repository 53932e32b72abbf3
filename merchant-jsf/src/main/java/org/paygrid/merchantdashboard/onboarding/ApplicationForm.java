package org.paygrid.merchantdashboard.onboarding;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.paygrid.merchant.boundary.MerchantMembers;
import org.paygrid.merchant.boundary.OnboardedMerchant;
import org.paygrid.merchant.control.KeyIssuer.IssuedKey;
import org.paygrid.merchant.entity.MerchantProfile;
import org.paygrid.merchantdashboard.shared.Messages;
import org.paygrid.merchantdashboard.workspace.Workspace;

/**
 * The application a person without a merchant sends (the fields of {@code POST /v1/admin/merchants}): the merchant
 * starts APPLIED with the person as its owner, and its test keys are shown in full this once, in this view only.
 */
@Named
@ViewScoped
public class ApplicationForm implements Serializable {

    /** A key in clear, for the one time it is shown. */
    public record ShownKey(String mode, String kind, String value) implements Serializable {
    }

    @Inject
    Workspace workspace;

    @EJB
    MerchantMembers members;

    private String name;
    private String businessNumber;
    private String representative;
    private String email;
    private String phone;
    private String websiteUrl;
    private final List<ShownKey> issuedKeys = new ArrayList<>();

    public void submit() {
        OnboardedMerchant onboarded = Messages.attempt(() -> members.apply(MerchantProfile.of(name, businessNumber,
                representative, email == null || email.isBlank() ? workspace.person().email() : email, phone,
                websiteUrl), workspace.person()));
        if (onboarded != null) {
            workspace.open(onboarded.merchant().id());
            issuedKeys.clear();
            for (IssuedKey key : onboarded.issuedKeys()) {
                issuedKeys.add(new ShownKey(key.mode().wireName(), key.kind().name(), key.plaintext()));
            }
        }
    }

    public boolean isApplied() {
        return !issuedKeys.isEmpty();
    }

    public List<ShownKey> getIssuedKeys() {
        return issuedKeys;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBusinessNumber() {
        return businessNumber;
    }

    public void setBusinessNumber(String businessNumber) {
        this.businessNumber = businessNumber;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsiteUrl() {
        return websiteUrl;
    }

    public void setWebsiteUrl(String websiteUrl) {
        this.websiteUrl = websiteUrl;
    }
}
