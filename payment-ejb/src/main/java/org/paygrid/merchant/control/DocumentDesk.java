package org.paygrid.merchant.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.paygrid.merchant.control.DocumentFileCheck.CheckedFile;
import org.paygrid.merchant.entity.DocumentKind;
import org.paygrid.merchant.entity.DocumentStatus;
import org.paygrid.merchant.entity.MerchantDocument;
import org.paygrid.merchant.entity.MerchantDocumentFile;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.id.RandomTokens;

/**
 * Where the review's papers are received, whoever hands them in (staff in the console, the merchant's owner in the
 * dashboard): the file checked ({@link DocumentFileCheck}), sealed ({@link DocumentVault}) and stored, and its
 * checklist item moved on ({@link DocumentStatus#afterFileReceived()}). Runs in the caller's transaction, with the
 * merchant's row locked by the caller.
 */
@Dependent
public class DocumentDesk {

    /** A file received: what is stored, and its checklist item before and after. */
    public record Received(MerchantDocumentFile file, DocumentStatus before, DocumentStatus after) {

        /** For the audit log: the file's facts, never its content. */
        public String describe() {
            return DocumentDesk.describe(file);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentVault documentVault;

    /** The file must belong to a paper (not a site item) and pass its checks, or nothing is stored. */
    public static CheckedFile check(DocumentKind kind, String fileName, byte[] content) {
        if (kind == null || !kind.takesFile()) {
            throw new PaygridException(ErrorCode.INVALID_DOCUMENT,
                    kind + " is checked on the merchant's site and takes no file");
        }
        return DocumentFileCheck.check(fileName, content);
    }

    public Received receive(String merchantId, DocumentKind kind, CheckedFile checked, String actor, Instant now) {
        MerchantDocumentFile file = documentVault.seal(RandomTokens.prefixed("doc", 24), merchantId, kind, checked,
                actor, now);
        em.persist(file);
        MerchantDocument document = itemOf(merchantId, kind);
        DocumentStatus before = document == null ? DocumentStatus.MISSING : document.status();
        DocumentStatus after = before.afterFileReceived();
        if (document == null) {
            em.persist(new MerchantDocument(merchantId, kind, after, null, actor, now));
        } else if (after != before) {
            document.update(after, document.note(), actor, now);
        }
        return new Received(file, before, after);
    }

    /** The checklist item of a merchant, or null while it is MISSING. */
    public MerchantDocument itemOf(String merchantId, DocumentKind kind) {
        return em.createNamedQuery(MerchantDocument.OF_MERCHANT, MerchantDocument.class)
                .setParameter("merchantId", merchantId).getResultStream()
                .filter(document -> document.kind() == kind).findFirst().orElse(null);
    }

    public static String describe(MerchantDocumentFile file) {
        return "file=" + file.id() + ", kind=" + file.kind() + ", name=" + file.fileName() + ", type="
                + file.contentType() + ", size=" + file.sizeBytes() + ", sha256=" + file.sha256();
    }
}
