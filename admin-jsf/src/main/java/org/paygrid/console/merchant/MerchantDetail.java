package org.paygrid.console.merchant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.console.audit.AuditRow;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.merchant.boundary.DocumentFileInfo;
import org.paygrid.merchant.boundary.Merchants;
import org.paygrid.merchant.boundary.OnboardedMerchant;
import org.paygrid.merchant.boundary.RolledKey;
import org.paygrid.merchant.entity.DocumentKind;
import org.paygrid.merchant.entity.DocumentStatus;
import org.paygrid.merchant.entity.MerchantDocument;
import org.paygrid.merchant.entity.MerchantStatus;
import org.paygrid.merchant.entity.ReviewDecision;
import org.paygrid.webhook.boundary.WebhookDeliveries;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The merchant review screen (admin): profile, document checklist with the papers' files, decision, suspend /
 * reinstate / terminate, keys, and the merchant's history. Every change goes through {@link Merchants}, which checks
 * the lifecycle and writes the audit entry under the signed-in staff member's name; this bean only collects input
 * and re-reads.
 */
@Named
@ViewScoped
public class MerchantDetail implements Serializable {

    /** The status changes staff can ask for after the review; each needs a reason for the audit log. */
    public enum StatusAction { SUSPEND, REINSTATE, TERMINATE }

    @EJB
    Merchants merchants;

    @EJB
    AuditLog auditLog;

    @EJB
    WebhookDeliveries webhooks;

    @Inject
    StaffSession staff;

    @Inject
    RevealedKeys revealedKeys;

    private String id;
    private MerchantProfileRow profile;
    private List<DocumentItem> checklist = List.of();
    private List<ApiKeyRow> keys = List.of();
    private List<WebhookEndpointRow> endpoints = List.of();
    private List<ReviewRow> reviews = List.of();
    private List<AuditRow> history = List.of();

    private ReviewDecision decision;
    private String reviewNote;
    private StatusAction statusAction;
    private String statusReason;

    /** The page's view action: reads the merchant named by {@code ?id=}. */
    public void load() {
        staff.actorOn(ConsoleScreen.MERCHANTS);
        if (id == null || id.isBlank()) {
            ConsoleMessages.error(ConsoleMessages.text("merchant.notFound"));
            return;
        }
        refresh();
    }

    private void refresh() {
        profile = ConsoleMessages.attempt(() -> MerchantProfileRow.of(merchants.find(id)));
        if (profile == null) {
            return;
        }
        Map<DocumentKind, MerchantDocument> recorded = merchants.documentsOf(id).stream()
                .collect(Collectors.toMap(MerchantDocument::kind, Function.identity()));
        Map<DocumentKind, List<DocumentFileRow>> files = merchants.documentFiles(id).stream()
                .collect(Collectors.groupingBy(DocumentFileInfo::kind,
                        Collectors.mapping(DocumentFileRow::of, Collectors.toList())));
        checklist = Arrays.stream(DocumentKind.values())
                .map(kind -> new DocumentItem(kind, recorded.get(kind), files.getOrDefault(kind, List.of())))
                .toList();
        keys = merchants.keysOf(id).stream().map(ApiKeyRow::of).toList();
        endpoints = webhooks.endpointsOf(id).stream().map(WebhookEndpointRow::of).toList();
        reviews = merchants.reviewsOf(id).stream().map(ReviewRow::of).toList();
        history = auditLog.of("MERCHANT", id).stream().map(AuditRow::of)
                .sorted(Comparator.comparingLong(AuditRow::id).reversed()).toList();
    }

    public void recordDocument(DocumentItem item) {
        String actor = staff.actorOn(ConsoleScreen.MERCHANTS);
        if (ConsoleMessages.attempt(() -> merchants.recordDocument(id, item.getKind(), item.getStatus(),
                item.getNote(), actor)) != null) {
            ConsoleMessages.info("document.recorded", ConsoleMessages.text("document." + item.getKind()),
                    item.getStatus());
        }
        refresh();
    }

    /**
     * A file for one checklist row ({@code kind} is the upload component's attribute): the boundary checks its size
     * and type by content, stores it encrypted and audits it; this bean only hands the bytes over.
     */
    public void uploadDocument(FileUploadEvent event) {
        String actor = staff.actorOn(ConsoleScreen.MERCHANTS);
        DocumentKind kind = DocumentKind.valueOf(String.valueOf(event.getComponent().getAttributes().get("kind")));
        UploadedFile file = event.getFile();
        byte[] content = file.getContent();
        if (content.length != file.getSize()) {
            // the upload component reads at most its size limit: a cut file is refused, never stored
            ConsoleMessages.error(ConsoleMessages.text("document.file.incomplete"));
        } else {
            DocumentFileInfo stored = ConsoleMessages.attempt(() -> merchants.uploadDocument(id, kind,
                    file.getFileName(), content, actor));
            if (stored != null) {
                ConsoleMessages.info("document.uploaded", ConsoleMessages.text("document." + kind),
                        stored.fileName(), String.valueOf(stored.sizeBytes()));
            }
        }
        refresh();
    }

    /** On APPROVE the live keys come back in clear this once: they go to the one-time dialog, nowhere else. */
    public void review() {
        String actor = staff.actorOn(ConsoleScreen.MERCHANTS);
        OnboardedMerchant decided = ConsoleMessages.attempt(() -> merchants.review(id, decision, reviewNote, actor));
        if (decided != null) {
            revealedKeys.show(decided.issuedKeys().stream()
                    .map(key -> new RevealedKeys.Revealed(key.mode(), key.kind(), key.plaintext())).toList());
            ConsoleMessages.info("review.decided", decision);
            decision = null;
            reviewNote = null;
        }
        refresh();
    }

    public void changeStatus() {
        String actor = staff.actorOn(ConsoleScreen.MERCHANTS);
        Object changed = ConsoleMessages.attempt(() -> switch (statusAction) {
            case SUSPEND -> merchants.suspend(id, statusReason, actor);
            case REINSTATE -> merchants.reinstate(id, statusReason, actor);
            case TERMINATE -> merchants.terminate(id, statusReason, actor);
        });
        if (changed != null) {
            ConsoleMessages.info("status.changed", statusAction);
            statusAction = null;
            statusReason = null;
        }
        refresh();
    }

    /** A new key of the same mode and kind replaces this one at once; the new one is shown once. */
    public void rollKey(ApiKeyRow key) {
        String actor = staff.actorOn(ConsoleScreen.MERCHANTS);
        RolledKey rolled = ConsoleMessages.attempt(() -> merchants.rollKey(id, key.mode(), key.kind(), actor));
        if (rolled != null) {
            revealedKeys.show(List.of(new RevealedKeys.Revealed(key.mode(), key.kind(), rolled.plaintext())));
        }
        refresh();
    }

    public void revokeKey(ApiKeyRow key) {
        String actor = staff.actorOn(ConsoleScreen.MERCHANTS);
        if (ConsoleMessages.attempt(() -> merchants.revokeKey(id, key.id(), actor)) != null) {
            ConsoleMessages.info("key.revoked", key.display());
        }
        refresh();
    }

    /** The status changes the lifecycle allows from here (the boundary checks again when one is asked for). */
    public List<StatusAction> getStatusActions() {
        if (profile == null) {
            return List.of();
        }
        MerchantStatus status = profile.status();
        return Arrays.stream(StatusAction.values()).filter(action -> switch (action) {
            case SUSPEND -> status.canMoveTo(MerchantStatus.SUSPENDED);
            case REINSTATE -> status == MerchantStatus.SUSPENDED;
            case TERMINATE -> status.canMoveTo(MerchantStatus.TERMINATED);
        }).toList();
    }

    public List<DocumentStatus> getDocumentStatuses() {
        return List.of(DocumentStatus.values());
    }

    public List<ReviewDecision> getDecisions() {
        return List.of(ReviewDecision.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MerchantProfileRow getProfile() {
        return profile;
    }

    public List<DocumentItem> getChecklist() {
        return checklist;
    }

    public List<WebhookEndpointRow> getEndpoints() {
        return endpoints;
    }

    public List<ApiKeyRow> getKeys() {
        return keys;
    }

    public List<ReviewRow> getReviews() {
        return reviews;
    }

    public List<AuditRow> getHistory() {
        return history;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public void setDecision(ReviewDecision decision) {
        this.decision = decision;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    public StatusAction getStatusAction() {
        return statusAction;
    }

    public void setStatusAction(StatusAction statusAction) {
        this.statusAction = statusAction;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }
}
