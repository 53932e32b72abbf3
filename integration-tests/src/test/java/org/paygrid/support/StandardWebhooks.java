package org.paygrid.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks verification as a merchant's consumer writes it, sharing no code with the platform: the signed
 * content is {@code id.timestamp.body}, the key the base64 after {@code whsec_}, and the header may carry several
 * space-separated signatures.
 */
public final class StandardWebhooks {

    private StandardWebhooks() {
    }

    public static boolean verifies(String secret, String webhookId, String timestamp, String signatureHeader,
                                   byte[] body) {
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            expected = mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
        return Arrays.stream(signatureHeader.split(" "))
                .filter(s -> s.startsWith("v1,"))
                .map(s -> Base64.getDecoder().decode(s.substring(3)))
                .anyMatch(signature -> MessageDigest.isEqual(signature, expected));
    }
}
