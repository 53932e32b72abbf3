package org.paygrid.console.merchant;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.paygrid.merchant.boundary.DocumentFileInfo;
import org.paygrid.shared.time.SeoulTime;

/** An uploaded file as its checklist row lists it: name (a download link), type, size and digest, never content. */
public record DocumentFileRow(String id, String fileName, String contentType, int sizeBytes, String sha256,
                              String uploadedBy, OffsetDateTime uploadedAt) implements Serializable {

    static DocumentFileRow of(DocumentFileInfo file) {
        return new DocumentFileRow(file.id(), file.fileName(), file.contentType(), file.sizeBytes(), file.sha256(),
                file.uploadedBy(), SeoulTime.of(file.uploadedAt()));
    }

    /** Enough of the SHA-256 to compare with a merchant's copy by eye; the whole digest is in the audit log. */
    public String shortSha256() {
        return sha256.substring(0, 12);
    }
}
