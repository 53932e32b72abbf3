package org.paygrid.merchant.boundary;

import java.time.Instant;
import org.paygrid.merchant.entity.DocumentKind;
import org.paygrid.merchant.entity.MerchantDocumentFile;

/** What staff see of an uploaded document file without opening it: never its content. */
public record DocumentFileInfo(String id, String merchantId, DocumentKind kind, String fileName, String contentType,
                               int sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

    static DocumentFileInfo of(MerchantDocumentFile file) {
        return new DocumentFileInfo(file.id(), file.merchantId(), file.kind(), file.fileName(), file.contentType(),
                file.sizeBytes(), file.sha256(), file.uploadedBy(), file.uploadedAt());
    }
}
