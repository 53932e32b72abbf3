package org.paygrid.merchant.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.merchant.control.DocumentDesk;
import org.paygrid.merchant.control.DocumentFileCheck.CheckedFile;
import org.paygrid.merchant.entity.ApiKey;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.merchant.entity.DocumentKind;
import org.paygrid.merchant.entity.DocumentStatus;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.merchant.entity.MerchantDocument;
import org.paygrid.merchant.entity.MerchantReview;
import org.paygrid.merchant.entity.MerchantStatus;
import org.paygrid.merchant.entity.ReviewChecklist;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.error.RequestChecks;

/**
 * A merchant's owner prepares the review from the dashboard: hands in the three papers, points at the four pages of
 * its site, and submits (APPLIED or REJECTED -> UNDER_REVIEW, into the staff console's queue). Until then nothing
 * goes to a reviewer; while the review runs the papers stay as they were handed in. Every call checks the person's
 * membership and role here, whatever the screen did.
 */
@Stateless
public class MerchantOnboarding {

    private static final Pattern WEB_PAGE = Pattern.compile("https?://\\S+");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DocumentDesk documentDesk;

    @EJB
    MerchantMembers members;

    @EJB
    Merchants merchants;

    @EJB
    AuditLog auditLog;

    /** Where the merchant's review stands, for the dashboard's checklist. */
    public record Progress(MerchantStatus status, ReviewChecklist checklist, List<MerchantDocument> items,
                           List<DocumentFileInfo> files, MerchantReview lastDecision, boolean liveKeysAwait) {

        public boolean mayChangePapers() {
            return status.preparesPapers();
        }

        public boolean readyToSubmit() {
            return mayChangePapers() && checklist.readyToSubmit();
        }
    }

    public Progress progress(Person person, String merchantId) {
        members.require(person, merchantId, MemberPermission.ONBOARDING);
        List<MerchantReview> decisions = merchants.reviewsOf(merchantId);
        Merchant merchant = merchants.find(merchantId);
        return new Progress(merchant.status(), merchants.checklistOf(merchantId),
                merchants.documentsOf(merchantId), merchants.documentFiles(merchantId),
                decisions.isEmpty() ? null : decisions.get(decisions.size() - 1), merchant.liveKeysAwaitOwner());
    }

    /** One of the three papers, checked and sealed as when staff upload it; the item waits for the submission. */
    public DocumentFileInfo handIn(Person person, String merchantId, DocumentKind kind, String fileName,
                                   byte[] content) {
        members.require(person, merchantId, MemberPermission.ONBOARDING);
        CheckedFile checked = DocumentDesk.check(kind, fileName, content);
        Merchant merchant = preparing(merchantId);
        DocumentDesk.Received received = documentDesk.receive(merchantId, kind, checked, person.actor(),
                clock.instant());
        auditLog.record(person.actor(), "MERCHANT_DOCUMENT_UPLOADED", Merchants.AUDIT_TARGET, merchantId,
                kind + "=" + received.before() + ", status=" + merchant.status(),
                kind + "=" + received.after() + ", status=" + merchant.status() + ", " + received.describe());
        return DocumentFileInfo.of(received.file());
    }

    /** The page of the merchant's site where the reviewer finds a site item (terms, privacy, refunds, support). */
    public void pointAt(Person person, String merchantId, DocumentKind kind, String url) {
        members.require(person, merchantId, MemberPermission.ONBOARDING);
        if (kind == null || kind.takesFile()) {
            throw new PaygridException(ErrorCode.INVALID_DOCUMENT, kind + " is a paper: hand in its file");
        }
        String link = RequestChecks.requiredText(url, "url", 500);
        if (!WEB_PAGE.matcher(link).matches()) {
            throw new PaygridException(ErrorCode.INVALID_REQUEST, "url must be an http(s) address of a page");
        }
        preparing(merchantId);
        Instant now = clock.instant();
        MerchantDocument item = documentDesk.itemOf(merchantId, kind);
        String before = item == null ? "MISSING" : item.status() + " " + item.link();
        if (item == null) {
            item = new MerchantDocument(merchantId, kind, DocumentStatus.SUBMITTED, null,
                    person.actor(), now);
            item.link(link, person.actor(), now);
            em.persist(item);
        } else {
            item.link(link, person.actor(), now);
        }
        auditLog.record(person.actor(), "MERCHANT_SITE_LINK_ENTERED", Merchants.AUDIT_TARGET, merchantId,
                kind + "=" + before, kind + "=" + item.status() + " " + link);
    }

    /** Every item handed in and none left sent back: the merchant goes to the reviewers' queue. */
    public void submit(Person person, String merchantId) {
        members.require(person, merchantId, MemberPermission.ONBOARDING);
        Merchant merchant = preparing(merchantId);
        ReviewChecklist checklist = merchants.checklistOf(merchantId);
        if (!checklist.readyToSubmit()) {
            throw new PaygridException(ErrorCode.ONBOARDING_INCOMPLETE,
                    "Every paper and site page is needed first: " + checklist.summary());
        }
        MerchantStatus before = merchant.status();
        merchant.submitForReview(clock.instant());
        auditLog.record(person.actor(), "MERCHANT_SUBMITTED_FOR_REVIEW", Merchants.AUDIT_TARGET, merchantId,
                "status=" + before, "status=" + merchant.status() + ", checklist=[" + checklist.summary() + "]");
    }

    /** The live keys, for the owner's eyes only. */
    public record LiveKeys(String clientKey, String secretKey) {
    }

    /**
     * After the approval, once: the owner takes the live keys. The secret key issued at the approval (which staff
     * saw) is replaced by a new one that only the owner sees, now; the client key is public and shown whole.
     */
    public LiveKeys takeLiveKeys(Person person, String merchantId) {
        members.require(person, merchantId, MemberPermission.ONBOARDING);
        Merchant merchant = em.find(Merchant.class, merchantId, LockModeType.PESSIMISTIC_WRITE);
        if (merchant == null || !merchant.liveKeysAwaitOwner()) {
            throw new PaygridException(ErrorCode.INVALID_MERCHANT_STATUS,
                    "No live keys wait to be taken for this merchant");
        }
        RolledKey secret = merchants.rollKey(merchantId, Mode.LIVE, ApiKeyKind.SECRET, person.actor());
        String client = merchants.keysOf(merchantId).stream()
                .filter(key -> key.active() && key.mode() == Mode.LIVE && key.kind() == ApiKeyKind.CLIENT)
                .map(ApiKey::display).findFirst().orElseThrow();
        merchant.liveKeysDelivered(clock.instant());
        auditLog.record(person.actor(), "LIVE_KEYS_TAKEN", Merchants.AUDIT_TARGET, merchantId, null,
                "secret=" + secret.stored().display());
        return new LiveKeys(client, secret.plaintext());
    }

    /** The merchant, locked against a decision racing the change, while its papers may change. */
    private Merchant preparing(String merchantId) {
        Merchant merchant = em.find(Merchant.class, merchantId, LockModeType.PESSIMISTIC_WRITE);
        if (merchant == null) {
            throw new PaygridException(ErrorCode.NOT_FOUND_MERCHANT, "No merchant " + merchantId);
        }
        if (!merchant.status().preparesPapers()) {
            throw new PaygridException(ErrorCode.INVALID_MERCHANT_STATUS,
                    "The papers cannot change while the merchant is " + merchant.status());
        }
        return merchant;
    }
}
