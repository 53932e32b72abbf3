package org.paygrid.merchant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.paygrid.keys.control.KeyRing;
import org.paygrid.keys.entity.Sealed;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.merchant.control.DocumentFileCheck.CheckedFile;
import org.paygrid.merchant.entity.DocumentKind;
import org.paygrid.merchant.entity.MerchantDocumentFile;
import org.paygrid.shared.crypto.Sha256;

/**
 * Keeps merchant document files (registration certificates, ID cards: personal data) encrypted at rest, as
 * {@link org.paygrid.webhook.control.WebhookSecrets} keeps signing secrets: AES-256-GCM under the ring's
 * {@link KeyPurpose#MERCHANT_DOCUMENT} keys, a random IV per file, and the
 * file id, merchant and kind as associated data, so a ciphertext copied to another row or merchant does not open.
 * The key id stored with each file makes a server with another key refuse to open it rather than answer garbage.
 */
@ApplicationScoped
public class DocumentVault {

    @Inject
    KeyRing keyRing;

    public MerchantDocumentFile seal(String id, String merchantId, DocumentKind kind, CheckedFile file, String by,
                                     Instant now) {
        Sealed sealed = keyRing.seal(KeyPurpose.MERCHANT_DOCUMENT, associatedData(id, merchantId, kind),
                file.content());
        return new MerchantDocumentFile(id, merchantId, kind, file.fileName(), file.type().mediaType(),
                file.content().length, file.sha256(), sealed, by, now);
    }

    /** The file as uploaded; fails (IllegalStateException) under another key or if anything was tampered with. */
    public byte[] open(MerchantDocumentFile file) {
        byte[] plain = keyRing.open(KeyPurpose.MERCHANT_DOCUMENT,
                associatedData(file.id(), file.merchantId(), file.kind()), file.sealed());
        // the digest shown to reviewers is outside the associated data: it must still describe these bytes
        if (!Sha256.hex(plain).equals(file.sha256())) {
            throw new IllegalStateException("document file " + file.id() + " does not match its recorded SHA-256");
        }
        return plain;
    }

    /** The file sealed again under the active key (rotation); it must open and match its digest first. */
    public Sealed reseal(MerchantDocumentFile file) {
        open(file);
        return keyRing.reseal(KeyPurpose.MERCHANT_DOCUMENT, associatedData(file.id(), file.merchantId(), file.kind()),
                file.sealed());
    }

    static String associatedData(String id, String merchantId, DocumentKind kind) {
        return "mer_document_file|" + id + "|" + merchantId + "|" + kind.name();
    }
}
