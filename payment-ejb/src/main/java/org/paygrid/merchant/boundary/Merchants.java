package org.paygrid.merchant.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.mail.boundary.Outbox;
import org.paygrid.merchant.control.CredentialCache;
import org.paygrid.merchant.control.DocumentDesk;
import org.paygrid.merchant.control.DocumentFileCheck.CheckedFile;
import org.paygrid.merchant.control.DocumentVault;
import org.paygrid.merchant.control.KeyIssuer;
import org.paygrid.merchant.control.KeyIssuer.IssuedKey;
import org.paygrid.merchant.control.ReviewDecisionMail;
import org.paygrid.merchant.entity.ApiKey;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.DocumentKind;
import org.paygrid.merchant.entity.DocumentStatus;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.merchant.entity.MerchantDocument;
import org.paygrid.merchant.entity.MerchantDocumentFile;
import org.paygrid.merchant.entity.MerchantMember;
import org.paygrid.merchant.entity.MerchantProfile;
import org.paygrid.merchant.entity.MerchantReview;
import org.paygrid.merchant.entity.ReviewChecklist;
import org.paygrid.merchant.entity.ReviewDecision;
import org.paygrid.merchant.entity.MerchantStatus;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.id.RandomTokens;

/** Merchant onboarding and lookup: the transaction boundary for everything a merchant record goes through. */
@Stateless
public class Merchants {

    static final String AUDIT_TARGET = "MERCHANT";

    @Inject
    CredentialCache credentials;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    Outbox outbox;

    @EJB
    AuditLog auditLog;

    @Inject
    DocumentVault documentVault;

    @Inject
    DocumentDesk documentDesk;

    /**
     * Records an application: the merchant starts APPLIED with test keys that work at once;
     * live keys come only with an approved review. One merchant per business registration number.
     * {@code actor} is the authenticated staff member or automation client, for the audit log.
     */
    public OnboardedMerchant apply(MerchantProfile profile, String actor) {
        if (!em.createNamedQuery(Merchant.BY_BUSINESS_NUMBER, Merchant.class)
                .setParameter("businessNumber", profile.businessNumber().digits())
                .getResultList().isEmpty()) {
            throw duplicateBusinessNumber(profile);
        }
        Instant now = clock.instant();
        Merchant merchant = new Merchant(RandomTokens.prefixed("mer", 20), profile, now);
        em.persist(merchant);
        List<IssuedKey> keys = List.of(KeyIssuer.issue(ApiKeyKind.CLIENT, Mode.TEST),
                KeyIssuer.issue(ApiKeyKind.SECRET, Mode.TEST));
        keys.forEach(key -> em.persist(new ApiKey(merchant.id(), key.mode(), key.kind(), key.hash(), key.display(), now)));
        try {
            em.flush();
        } catch (PersistenceException raceWithAnotherApplication) {
            throw duplicateBusinessNumber(profile);
        }
        auditLog.record(actor, "MERCHANT_APPLIED", AUDIT_TARGET, merchant.id(), null,
                "status=" + merchant.status() + ", name=" + merchant.name()
                        + ", businessNumber=" + profile.businessNumber().formatted());
        return new OnboardedMerchant(merchant, keys);
    }

    /**
     * The merchant behind an API key; unknown and revoked keys are refused alike. Read from the credential cache
     * when it holds the key and its merchant (no transaction, no statement), else from the database and kept.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MerchantCredential authenticate(String key) {
        String hash = KeyIssuer.hash(key);
        Optional<CredentialCache.KeyOwner> kept = credentials.key(hash);
        if (kept.isPresent()) {
            CredentialCache.KeyOwner owner = kept.get();
            Optional<MerchantStatus> status = credentials.merchantStatus(owner.merchantId());
            if (status.isPresent()) {
                return new MerchantCredential(owner.merchantId(), owner.mode(), owner.kind(), status.get());
            }
        }
        CredentialCache.Stamp stamp = credentials.stamp();
        List<Object[]> found = em.createQuery("""
                        select k.merchantId, k.mode, k.kind, m.status from ApiKey k, Merchant m
                        where k.keyHash = :hash and k.status = org.paygrid.merchant.entity.ApiKeyStatus.ACTIVE
                        and m.id = k.merchantId""", Object[].class)
                .setParameter("hash", hash)
                .getResultList();
        if (found.isEmpty()) {
            throw new PaygridException(ErrorCode.UNAUTHORIZED_KEY, "Unknown or revoked API key");
        }
        Object[] row = found.get(0);
        MerchantCredential credential = new MerchantCredential((String) row[0], (Mode) row[1], (ApiKeyKind) row[2],
                (MerchantStatus) row[3]);
        credentials.keep(hash, new CredentialCache.KeyOwner(credential.merchantId(), credential.mode(),
                credential.kind()), credential.merchantStatus(), stamp);
        return credential;
    }

    public Merchant find(String merchantId) {
        Merchant merchant = em.find(Merchant.class, merchantId);
        if (merchant == null) {
            throw new PaygridException(ErrorCode.NOT_FOUND_MERCHANT, "No merchant " + merchantId);
        }
        return merchant;
    }

    /** The site the merchant registered (where payment windows may return to), or null; NOT_FOUND_MERCHANT if none. */
    public String websiteUrl(String merchantId) {
        return find(merchantId).websiteUrl();
    }

    /**
     * Holds these merchants (their rows, locked in id order so that two holders cannot deadlock) until the caller's
     * transaction ends: whoever books money for a merchant under this hold books alone.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdInOrder(java.util.Collection<String> merchantIds) {
        if (!merchantIds.isEmpty()) {
            em.createNativeQuery("select id from mer_merchant where id in (?1) order by id for update")
                    .setParameter(1, merchantIds).getResultList();
        }
    }

    /** The number of merchants whose papers wait for a staff decision (applied or under review). */
    public long awaitingReview() {
        return em.createQuery("select count(m) from Merchant m where m.status in :waiting", Long.class)
                .setParameter("waiting", MerchantStatus.AWAITING_REVIEW).getSingleResult();
    }

    public List<ApiKey> keysOf(String merchantId) {
        return em.createNamedQuery(ApiKey.OF_MERCHANT, ApiKey.class)
                .setParameter("merchantId", merchantId)
                .getResultList();
    }

    /**
     * Records one checklist item. The first item handed in turns an APPLIED merchant into UNDER_REVIEW.
     * The merchant row is locked so that a decision never races a checklist change.
     */
    public MerchantDocument recordDocument(String merchantId, DocumentKind kind, DocumentStatus status, String note,
                                           String actor) {
        Merchant merchant = locked(merchantId);
        if (merchant.status() == MerchantStatus.TERMINATED) {
            throw new PaygridException(ErrorCode.INVALID_MERCHANT_STATUS, "The merchant is TERMINATED");
        }
        MerchantDocument document = documentOf(merchantId, kind);
        DocumentStatus before = document == null ? DocumentStatus.MISSING : document.status();
        MerchantStatus statusBefore = merchant.status();
        Instant now = clock.instant();
        if (document == null) {
            document = new MerchantDocument(merchantId, kind, status, note, actor, now);
            em.persist(document);
        } else {
            document.update(status, note, actor, now);
        }
        if (status.handedIn()) {
            merchant.documentsReceived(now);
        }
        auditLog.record(actor, "MERCHANT_DOCUMENT_RECORDED", AUDIT_TARGET, merchantId,
                kind + "=" + before + ", status=" + statusBefore,
                kind + "=" + status + ", status=" + merchant.status() + (note == null ? "" : ", note=" + note));
        return document;
    }

    /**
     * Stores a file handed in for one checklist item (business registration, mail-order report, representative ID),
     * after {@link DocumentDesk#check} (size, PDF/PNG/JPEG by content, safe name), encrypted by {@link DocumentVault}.
     * A missing or sent-back item becomes SUBMITTED and an APPLIED merchant UNDER_REVIEW, as when staff record it.
     * The audit entry names the file, its type, size and SHA-256, never its content. Earlier files stay.
     */
    public DocumentFileInfo uploadDocument(String merchantId, DocumentKind kind, String fileName, byte[] content,
                                           String actor) {
        CheckedFile checked = DocumentDesk.check(kind, fileName, content);
        Merchant merchant = locked(merchantId);
        if (merchant.status() == MerchantStatus.TERMINATED) {
            throw new PaygridException(ErrorCode.INVALID_MERCHANT_STATUS, "The merchant is TERMINATED");
        }
        Instant now = clock.instant();
        MerchantStatus statusBefore = merchant.status();
        DocumentDesk.Received received = documentDesk.receive(merchantId, kind, checked, actor, now);
        merchant.documentsReceived(now);
        auditLog.record(actor, "MERCHANT_DOCUMENT_UPLOADED", AUDIT_TARGET, merchantId,
                kind + "=" + received.before() + ", status=" + statusBefore,
                kind + "=" + received.after() + ", status=" + merchant.status() + ", " + received.describe());
        return DocumentFileInfo.of(received.file());
    }

    /** The files handed in for a merchant's checklist, oldest first: what lists show, never the content. */
    public List<DocumentFileInfo> documentFiles(String merchantId) {
        return em.createQuery("""
                        select f.id, f.merchantId, f.kind, f.fileName, f.contentType, f.sizeBytes, f.sha256,
                        f.uploadedBy, f.uploadedAt from MerchantDocumentFile f
                        where f.merchantId = :merchantId order by f.uploadedAt, f.id""", Object[].class)
                .setParameter("merchantId", merchantId)
                .getResultList().stream()
                .map(row -> new DocumentFileInfo((String) row[0], (String) row[1], (DocumentKind) row[2],
                        (String) row[3], (String) row[4], ((Number) row[5]).intValue(), (String) row[6],
                        (String) row[7], (Instant) row[8]))
                .toList();
    }

    /**
     * One file decrypted for download by staff. A file of another merchant is not found, as an unknown one; each
     * opening is audited (the papers carry personal data: who looked at an ID card is on record).
     */
    public DocumentFileContent documentFile(String merchantId, String fileId, String actor) {
        MerchantDocumentFile file = fileId == null ? null : em.find(MerchantDocumentFile.class, fileId);
        if (file == null || !file.merchantId().equals(merchantId)) {
            throw new PaygridException(ErrorCode.NOT_FOUND,
                    "No document file " + fileId + " for merchant " + merchantId);
        }
        byte[] content = documentVault.open(file);
        auditLog.record(actor, "MERCHANT_DOCUMENT_DOWNLOADED", AUDIT_TARGET, merchantId, null,
                DocumentDesk.describe(file));
        return new DocumentFileContent(DocumentFileInfo.of(file), content);
    }

    private MerchantDocument documentOf(String merchantId, DocumentKind kind) {
        return documentsOf(merchantId).stream().filter(d -> d.kind() == kind).findFirst().orElse(null);
    }

    public List<MerchantDocument> documentsOf(String merchantId) {
        return em.createNamedQuery(MerchantDocument.OF_MERCHANT, MerchantDocument.class)
                .setParameter("merchantId", merchantId)
                .getResultList();
    }

    public ReviewChecklist checklistOf(String merchantId) {
        return ReviewChecklist.of(documentsOf(merchantId));
    }

    public List<MerchantReview> reviewsOf(String merchantId) {
        return em.createQuery("select r from MerchantReview r where r.merchantId = :id order by r.id",
                        MerchantReview.class)
                .setParameter("id", merchantId)
                .getResultList();
    }

    /**
     * Decides an application. The decision keeps the checklist as it stands; APPROVE issues the live keys
     * (returned in clear this once). The row lock makes two concurrent approvals issue one set of keys.
     */
    public OnboardedMerchant review(String merchantId, ReviewDecision decision, String note, String actor) {
        Merchant merchant = locked(merchantId);
        MerchantStatus before = merchant.status();
        Instant now = clock.instant();
        ReviewChecklist checklist = checklistOf(merchantId);
        List<IssuedKey> issued = List.of();
        if (decision == ReviewDecision.APPROVE) {
            merchant.approve(now);
            issued = List.of(KeyIssuer.issue(ApiKeyKind.CLIENT, Mode.LIVE), KeyIssuer.issue(ApiKeyKind.SECRET, Mode.LIVE));
            issued.forEach(key -> em.persist(new ApiKey(merchantId, key.mode(), key.kind(), key.hash(), key.display(), now)));
        } else {
            merchant.reject(now);
        }
        MerchantReview review = new MerchantReview(merchantId, decision, note, checklist, actor, now);
        em.persist(review);
        em.flush();
        tellOfDecision(merchant, review);
        auditLog.record(actor, "MERCHANT_REVIEWED", AUDIT_TARGET, merchantId, "status=" + before,
                "status=" + merchant.status() + ", decision=" + decision + (note == null ? "" : ", note=" + note)
                        + ", checklist=[" + checklist.summary() + "]");
        return new OnboardedMerchant(merchant, issued);
    }

    /** The decision goes by mail to the merchant's contact address and to each of its owners. */
    private void tellOfDecision(Merchant merchant, MerchantReview review) {
        java.util.Set<String> recipients = new java.util.LinkedHashSet<>();
        recipients.add(MerchantMember.normalized(merchant.email()));
        em.createNamedQuery(MerchantMember.OF_MERCHANT, MerchantMember.class)
                .setParameter("merchantId", merchant.id()).getResultList().stream()
                .filter(MerchantMember::activeOwner)
                .forEach(owner -> recipients.add(owner.email()));
        recipients.forEach(to -> outbox.queue(ReviewDecisionMail.KIND, String.valueOf(review.id()), to));
    }

    public Merchant suspend(String merchantId, String reason, String actor) {
        return changeStatus(merchantId, Merchant::suspend, "MERCHANT_SUSPENDED", reason, actor);
    }

    public Merchant reinstate(String merchantId, String reason, String actor) {
        return changeStatus(merchantId, Merchant::reinstate, "MERCHANT_REINSTATED", reason, actor);
    }

    /** Final: keys keep reading (for the merchant's own records) but never move money again. */
    public Merchant terminate(String merchantId, String reason, String actor) {
        return changeStatus(merchantId, Merchant::terminate, "MERCHANT_TERMINATED", reason, actor);
    }

    private Merchant changeStatus(String merchantId, BiConsumer<Merchant, Instant> step,
                                  String action, String reason, String actor) {
        Merchant merchant = locked(merchantId);
        MerchantStatus before = merchant.status();
        step.accept(merchant, clock.instant());
        auditLog.record(actor, action, AUDIT_TARGET, merchantId, "status=" + before,
                "status=" + merchant.status() + ", reason=" + reason);
        return merchant;
    }

    /**
     * Replaces the active key of one mode and kind with a new one (shown once); the old key stops working
     * at once. Live keys exist only for merchants that passed review.
     */
    public RolledKey rollKey(String merchantId, Mode mode, ApiKeyKind kind, String actor) {
        Merchant merchant = locked(merchantId);
        if (merchant.status() == MerchantStatus.TERMINATED
                || mode == Mode.LIVE && !merchant.status().holdsLiveKeys()) {
            throw new PaygridException(ErrorCode.INVALID_MERCHANT_STATUS,
                    "A merchant in status " + merchant.status() + " cannot get new " + mode.wireName() + " keys");
        }
        Instant now = clock.instant();
        List<String> revoked = keysOf(merchantId).stream()
                .filter(key -> key.active() && key.mode() == mode && key.kind() == kind)
                .peek(key -> key.revoke(now))
                .map(ApiKey::display)
                .toList();
        IssuedKey issued = KeyIssuer.issue(kind, mode);
        ApiKey stored = new ApiKey(merchantId, mode, kind, issued.hash(), issued.display(), now);
        em.persist(stored);
        em.flush();
        auditLog.record(actor, "API_KEY_ROLLED", AUDIT_TARGET, merchantId, "revoked=" + revoked,
                "issued=" + issued.display());
        return new RolledKey(stored, issued.plaintext());
    }

    /** Revokes one key without a replacement (a leaked key, a closed integration). */
    public ApiKey revokeKey(String merchantId, long keyId, String actor) {
        locked(merchantId);
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || !key.merchantId().equals(merchantId)) {
            throw new PaygridException(ErrorCode.NOT_FOUND_API_KEY, "No key " + keyId + " for merchant " + merchantId);
        }
        boolean wasActive = key.active();
        key.revoke(clock.instant());
        auditLog.record(actor, "API_KEY_REVOKED", AUDIT_TARGET, merchantId,
                key.display() + (wasActive ? " ACTIVE" : " REVOKED"), key.display() + " REVOKED");
        return key;
    }

    private Merchant locked(String merchantId) {
        Merchant merchant = em.find(Merchant.class, merchantId, LockModeType.PESSIMISTIC_WRITE);
        if (merchant == null) {
            throw new PaygridException(ErrorCode.NOT_FOUND_MERCHANT, "No merchant " + merchantId);
        }
        return merchant;
    }

    /** Newest first; {@code nameContains} blank means all merchants. */
    public MerchantPage search(String nameContains, int offset, int limit) {
        return search(nameContains, null, offset, limit);
    }

    /** Newest first; {@code nameContains} blank means all merchants, {@code status} null means any status. */
    public MerchantPage search(String nameContains, MerchantStatus status, int offset, int limit) {
        String pattern = "%" + escapeLike(nameContains == null ? "" : nameContains.trim().toLowerCase()) + "%";
        String where = " where lower(m.name) like :pattern escape '\\'"
                + (status == null ? "" : " and m.status = :status");
        TypedQuery<Merchant> page = em.createQuery("select m from Merchant m" + where
                        + " order by m.createdAt desc, m.id", Merchant.class)
                .setParameter("pattern", pattern)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, 100)));
        TypedQuery<Long> total = em.createQuery("select count(m) from Merchant m" + where, Long.class)
                .setParameter("pattern", pattern);
        if (status != null) {
            page.setParameter("status", status);
            total.setParameter("status", status);
        }
        return new MerchantPage(page.getResultList(), total.getSingleResult());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PaygridException duplicateBusinessNumber(MerchantProfile profile) {
        return new PaygridException(ErrorCode.DUPLICATED_BUSINESS_NUMBER,
                "A merchant with business number " + profile.businessNumber().formatted() + " already exists");
    }
}
