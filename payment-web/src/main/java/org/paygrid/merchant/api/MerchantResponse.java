package org.paygrid.merchant.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paygrid.merchant.control.KeyIssuer.IssuedKey;
import org.paygrid.merchant.entity.ApiKey;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.shared.Mode;
import org.paygrid.shared.time.SeoulTime;

/** A merchant as staff see it, with its keys. A secret key appears whole only in the response that issued it. */
@Schema(name = "Merchant")
@JsonbPropertyOrder({"id", "name", "businessNumber", "representative", "email", "phone", "websiteUrl", "status",
        "createdAt", "keys"})
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
        Keys keys) {

    /** Keys by mode; {@code live} is null until the review is approved. */
    public record Keys(KeyPair test, KeyPair live) {
    }

    /** {@code secretKey} is the key itself when just issued, otherwise a masked hint like {@code sk_test_…WXYZ}. */
    @JsonbPropertyOrder({"clientKey", "secretKey"})
    public record KeyPair(@Schema(example = "ck_test_Qm3Zr8TnY2pKc5Wx1LbVa7Ds") String clientKey,
                          @Schema(example = "sk_test_Hs8Lq2Vn5YwK1cZp7TbRm4Xe") String secretKey) {
    }

    public static MerchantResponse issued(Merchant merchant, List<IssuedKey> issued) {
        return of(merchant, new Keys(pair(issued, Mode.TEST), pair(issued, Mode.LIVE)));
    }

    public static MerchantResponse stored(Merchant merchant, List<ApiKey> stored) {
        return of(merchant, new Keys(storedPair(stored, Mode.TEST), storedPair(stored, Mode.LIVE)));
    }

    private static MerchantResponse of(Merchant m, Keys keys) {
        return new MerchantResponse(m.id(), m.name(), m.businessNumber().formatted(), m.representative(), m.email(),
                m.phone(), m.websiteUrl(), m.status().name(), SeoulTime.of(m.createdAt()), keys);
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
            if (key.mode() != mode || key.status() != org.paygrid.merchant.entity.ApiKeyStatus.ACTIVE) {
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
