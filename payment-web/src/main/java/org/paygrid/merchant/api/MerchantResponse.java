package org.paygrid.merchant.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.merchant.control.KeyIssuer.IssuedKey;
import org.paygrid.merchant.entity.ApiKey;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.merchant.entity.ReviewChecklist;
import org.paygrid.shared.Mode;
import org.paygrid.shared.time.SeoulTime;

/** A merchant as staff see it, with its keys. A secret key appears whole only in the response that issued it. */
@Schema(name = "Merchant")
@JsonbPropertyOrder({"id", "name", "businessNumber", "representative", "email", "phone", "websiteUrl", "status",
        "createdAt", "checklist", "keys"})
public record MerchantResponse(
        @Schema(example = "mer_4fKq8ZpTn2WcY7bLr1Xa") String id,
        String name,
        @Schema(example = "123-45-67891") String businessNumber,
        String representative,
        String email,
        String phone,
        String websiteUrl,
        @Schema(example = "APPLIED",
                enumeration = {"APPLIED", "UNDER_REVIEW", "APPROVED", "REJECTED", "SUSPENDED", "TERMINATED"})
        String status,
        OffsetDateTime createdAt,
        @Schema(description = "Review checklist: each document kind of contract section 9 with its status "
                + "(MISSING, SUBMITTED, VERIFIED, REJECTED)")
        Map<String, String> checklist,
        Keys keys) {

    /** Keys by mode; {@code live} is null until the review is approved. */
    public record Keys(KeyPair test, KeyPair live) {
    }

    /** {@code secretKey} is the key itself when just issued, otherwise a masked hint like {@code sk_test_…WXYZ}. */
    @JsonbPropertyOrder({"clientKey", "secretKey"})
    public record KeyPair(@Schema(example = "ck_test_Qm3Zr8TnY2pKc5Wx1LbVa7Ds") String clientKey,
                          @Schema(example = "sk_test_Hs8Lq2Vn5YwK1cZp7TbRm4Xe") String secretKey) {
    }

    /** Keys just issued appear in clear; the other mode's keys as stored (masked secret). */
    public static MerchantResponse issued(Merchant merchant, List<ApiKey> stored, List<IssuedKey> issued,
                                          ReviewChecklist checklist) {
        return of(merchant, new Keys(orStored(pair(issued, Mode.TEST), stored, Mode.TEST),
                orStored(pair(issued, Mode.LIVE), stored, Mode.LIVE)), checklist);
    }

    public static MerchantResponse stored(Merchant merchant, List<ApiKey> stored, ReviewChecklist checklist) {
        return issued(merchant, stored, List.of(), checklist);
    }

    private static MerchantResponse of(Merchant m, Keys keys, ReviewChecklist checklist) {
        Map<String, String> items = new LinkedHashMap<>();
        checklist.items().forEach((kind, status) -> items.put(kind.name(), status.name()));
        return new MerchantResponse(m.id(), m.name(), m.businessNumber().formatted(), m.representative(), m.email(),
                m.phone(), m.websiteUrl(), m.status().name(), SeoulTime.of(m.createdAt()), items, keys);
    }

    private static KeyPair orStored(KeyPair issued, List<ApiKey> stored, Mode mode) {
        return issued != null ? issued : storedPair(stored, mode);
    }

    private static KeyPair pair(List<IssuedKey> issued, Mode mode) {
        String client = issued.stream().filter(k -> k.mode() == mode && k.kind() == ApiKeyKind.CLIENT)
                .map(IssuedKey::plaintext).findFirst().orElse(null);
        String secret = issued.stream().filter(k -> k.mode() == mode && k.kind() == ApiKeyKind.SECRET)
                .map(IssuedKey::plaintext).findFirst().orElse(null);
        return client == null && secret == null ? null : new KeyPair(client, secret);
    }

    /** The newest active key of each kind. */
    private static KeyPair storedPair(List<ApiKey> stored, Mode mode) {
        String client = null;
        String secret = null;
        for (ApiKey key : stored) {
            if (key.mode() != mode || !key.active()) {
                continue;
            }
            if (key.kind() == ApiKeyKind.CLIENT) {
                client = key.display();
            } else {
                secret = key.display();
            }
        }
        return client == null && secret == null ? null : new KeyPair(client, secret);
    }
}
