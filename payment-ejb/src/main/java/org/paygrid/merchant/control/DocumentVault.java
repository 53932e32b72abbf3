package org.paygrid.merchant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.merchant.control.DocumentFileCheck.CheckedFile;
import org.paygrid.merchant.entity.DocumentKind;
import org.paygrid.merchant.entity.MerchantDocumentFile;
import org.paygrid.shared.crypto.AesGcm;
import org.paygrid.shared.crypto.Sha256;

/**
 * Keeps merchant document files (registration certificates, ID cards: personal data) encrypted at rest, as
 * {@link org.paygrid.webhook.control.WebhookSecrets} keeps signing secrets: AES-256-GCM under
 * {@code paygrid.merchant.document-encryption-key} (by default the card vault's key), a random IV per file, and the
 * file id, merchant and kind as associated data, so a ciphertext copied to another row or merchant does not open.
 * The key id stored with each file makes a server with another key refuse to open it rather than answer garbage.
 */
@ApplicationScoped
public class DocumentVault {

    static final String KEY_PROPERTY = "paygrid.merchant.document-encryption-key";

    @Inject
    @ConfigProperty(name = KEY_PROPERTY)
    String base64Key;

    @Inject
    @ConfigProperty(name = "paygrid.merchant.document-encryption-key-id")
    String keyId;

    public MerchantDocumentFile seal(String id, String merchantId, DocumentKind kind, CheckedFile file, String by,
                                     Instant now) {
        byte[] iv = AesGcm.newIv();
        byte[] sealed = AesGcm.encrypt(key(), iv, associatedData(id, merchantId, kind), file.content());
        return new MerchantDocumentFile(id, merchantId, kind, file.fileName(), file.type().mediaType(),
                file.content().length, file.sha256(), keyId, iv, sealed, by, now);
    }

    /** The file as uploaded; fails (IllegalStateException) under another key or if anything was tampered with. */
    public byte[] open(MerchantDocumentFile file) {
        if (!keyId.equals(file.keyId())) {
            throw new IllegalStateException("document file " + file.id() + " sealed under key " + file.keyId()
                    + ", this server has " + keyId);
        }
        byte[] plain = AesGcm.decrypt(key(), file.iv(), associatedData(file.id(), file.merchantId(), file.kind()),
                file.ciphertext());
        // the digest shown to reviewers is outside the associated data: it must still describe these bytes
        if (!Sha256.hex(plain).equals(file.sha256())) {
            throw new IllegalStateException("document file " + file.id() + " does not match its recorded SHA-256");
        }
        return plain;
    }

    static String associatedData(String id, String merchantId, DocumentKind kind) {
        return "mer_document_file|" + id + "|" + merchantId + "|" + kind.name();
    }

    private byte[] key() {
        return AesGcm.key(base64Key, KEY_PROPERTY);
    }
}
