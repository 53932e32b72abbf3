package org.paygrid.console.merchant;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.paygrid.merchant.entity.DocumentKind;
import org.paygrid.merchant.entity.DocumentStatus;
import org.paygrid.merchant.entity.MerchantDocument;
import org.paygrid.shared.time.SeoulTime;

/**
 * One checklist item as the reviewer edits it. A class, not a record: its status and note are bound to the
 * row's inputs, and what was last recorded stays beside them until saved. Items that take a file list the files
 * handed in for them, oldest first.
 */
public class DocumentItem implements Serializable {

    private final DocumentKind kind;
    private final DocumentStatus recordedStatus;
    private final String updatedBy;
    private final OffsetDateTime updatedAt;
    private final List<DocumentFileRow> files;
    private final String link;
    private DocumentStatus status;
    private String note;

    DocumentItem(DocumentKind kind, MerchantDocument recorded, List<DocumentFileRow> files) {
        this.kind = kind;
        this.files = List.copyOf(files);
        this.recordedStatus = recorded == null ? DocumentStatus.MISSING : recorded.status();
        this.updatedBy = recorded == null ? null : recorded.updatedBy();
        this.updatedAt = recorded == null ? null : SeoulTime.of(recorded.updatedAt());
        this.status = recordedStatus;
        this.note = recorded == null ? null : recorded.note();
        this.link = recorded == null ? null : recorded.link();
    }

    /** For a site item: the page the merchant pointed at (an http(s) address, checked when it was entered). */
    public String getLink() {
        return link;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public DocumentStatus getRecordedStatus() {
        return recordedStatus;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** Whether the row offers an upload (the papers) or only the check-off (what is checked on the site). */
    public boolean isTakesFile() {
        return kind.takesFile();
    }

    public List<DocumentFileRow> getFiles() {
        return files;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.trim();
    }
}
