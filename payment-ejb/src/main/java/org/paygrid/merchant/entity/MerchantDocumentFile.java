package org.paygrid.merchant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.paygrid.keys.entity.Sealed;

/**
 * A file a merchant handed in for one checklist item, kept AES-256-GCM encrypted (see
 * {@link org.paygrid.merchant.control.DocumentVault}); what lists show (name, type, size, digest) is beside it in
 * clear. Written once, never changed: a new file for the same item is a new row.
 */
@Entity
@Table(name = "mer_document_file")
public class MerchantDocumentFile {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "merchant_id", nullable = false, updatable = false, length = 32)
    private String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, updatable = false, length = 100)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 30)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    /** SHA-256 of the file as uploaded, lower-case hex. */
    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "key_id", nullable = false, length = 20)
    private String keyId;

    @Column(nullable = false, length = 12)
    private byte[] iv;

    /** The file sealed with AES-GCM (its 16-byte tag appended); MEDIUMBLOB in the schema. */
    @Column(nullable = false, length = 16_777_215)
    private byte[] ciphertext;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected MerchantDocumentFile() {
        // for JPA
    }

    public MerchantDocumentFile(String id, String merchantId, DocumentKind kind, String fileName, String contentType,
                                int sizeBytes, String sha256, Sealed sealed, String uploadedBy, Instant uploadedAt) {
        this.id = id;
        this.merchantId = merchantId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        resealed(sealed);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String id() { return id; }
    public String merchantId() { return merchantId; }
    public DocumentKind kind() { return kind; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public int sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public String keyId() { return keyId; }
    public byte[] ciphertext() { return ciphertext.clone(); }
    public Sealed sealed() { return new Sealed(keyId, iv, ciphertext); }

    /** The same content sealed again (key rotation): only the key id, IV and ciphertext change. */
    public void resealed(Sealed sealed) {
        this.keyId = sealed.keyId();
        this.iv = sealed.iv();
        this.ciphertext = sealed.ciphertext();
    }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
