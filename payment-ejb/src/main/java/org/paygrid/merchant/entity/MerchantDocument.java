package org.paygrid.merchant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One item of a merchant's review checklist; an item without a row is {@link DocumentStatus#MISSING}. */
@Entity
@Table(name = "mer_document")
@NamedQuery(name = MerchantDocument.OF_MERCHANT,
        query = "select d from MerchantDocument d where d.merchantId = :merchantId order by d.kind")
public class MerchantDocument {

    public static final String OF_MERCHANT = "MerchantDocument.ofMerchant";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "merchant_id", nullable = false, length = 32)
    private String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DocumentStatus status;

    @Column(length = 1000)
    private String note;

    /** For a site item: the page on the merchant's site, as the merchant gave it. */
    @Column(length = 500)
    private String link;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MerchantDocument() {
        // for JPA
    }

    public MerchantDocument(String merchantId, DocumentKind kind, DocumentStatus status, String note, String by,
                            Instant now) {
        this.merchantId = merchantId;
        this.kind = kind;
        update(status, note, by, now);
    }

    public void update(DocumentStatus status, String note, String by, Instant now) {
        this.status = status;
        this.note = note;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** The merchant points at the page for a site item; it waits for a reviewer again unless it is unchanged. */
    public void link(String newLink, String by, Instant now) {
        boolean unchanged = newLink.equals(link) && status == DocumentStatus.VERIFIED;
        this.link = newLink;
        update(unchanged ? status : DocumentStatus.SUBMITTED, note, by, now);
    }

    public String link() {
        return link;
    }

    public DocumentKind kind() {
        return kind;
    }

    public DocumentStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
