package org.paygrid.merchantdashboard.onboarding;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.paygrid.merchant.boundary.DocumentFileInfo;
import org.paygrid.merchant.boundary.MerchantOnboarding;
import org.paygrid.merchant.boundary.MerchantOnboarding.Progress;
import org.paygrid.merchant.entity.DocumentKind;
import org.paygrid.merchant.entity.DocumentStatus;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchant.entity.MerchantDocument;
import org.paygrid.merchant.entity.MerchantReview;
import org.paygrid.merchantdashboard.shared.Messages;
import org.paygrid.merchantdashboard.workspace.Workspace;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The owner's review checklist: the three papers (upload), the four pages of the site (links), and the submission.
 * Every change goes through {@link MerchantOnboarding}, which checks the person's role and the merchant's status.
 */
@Named
@ViewScoped
public class OnboardingChecklist implements Serializable {

    /** One checklist item as the owner sees it. */
    public record Item(DocumentKind kind, DocumentStatus status, String link, String reviewerNote,
                       List<String> fileNames) implements Serializable {

        public boolean takesFile() {
            return kind.takesFile();
        }
    }

    @Inject
    Workspace workspace;

    @EJB
    MerchantOnboarding onboarding;

    private String merchantId;
    /** Re-read after a restore: it holds entities, which do not travel with a passivated session. */
    private transient Progress progress;
    private final Map<DocumentKind, String> links = new EnumMap<>(DocumentKind.class);
    /** The live keys just taken: in this view only, gone with it. */
    private String liveClientKey;
    private String liveSecretKey;

    @PostConstruct
    void load() {
        merchantId = workspace.require(MemberPermission.ONBOARDING).merchantId();
        refresh();
    }

    private void refresh() {
        progress = onboarding.progress(workspace.person(), merchantId);
        links.clear();
        progress.items().forEach(item -> {
            if (item.link() != null) {
                links.put(item.kind(), item.link());
            }
        });
    }

    private Progress progress() {
        if (progress == null) {
            refresh();
        }
        return progress;
    }

    public List<Item> getItems() {
        Progress progress = progress();
        return Arrays.stream(DocumentKind.values()).map(kind -> {
            MerchantDocument document = progress.items().stream().filter(d -> d.kind() == kind).findFirst()
                    .orElse(null);
            List<String> files = progress.files().stream().filter(f -> f.kind() == kind)
                    .map(DocumentFileInfo::fileName).toList();
            return new Item(kind, progress.checklist().items().get(kind),
                    document == null ? null : document.link(), document == null ? null : document.note(), files);
        }).toList();
    }

    public Map<DocumentKind, String> getLinks() {
        return links;
    }

    public Progress getProgress() {
        return progress();
    }

    public MerchantReview getLastDecision() {
        return progress().lastDecision();
    }

    public void upload(FileUploadEvent event) {
        DocumentKind kind = DocumentKind.valueOf(String.valueOf(event.getComponent().getAttributes().get("kind")));
        UploadedFile file = event.getFile();
        byte[] content = file.getContent();
        if (content.length != file.getSize()) {
            // the upload component reads at most its size limit: a cut file is refused, never stored
            Messages.error(Messages.text("onboarding.fileIncomplete"));
        } else {
            DocumentFileInfo stored = Messages.attempt(() -> onboarding.handIn(workspace.person(), merchantId, kind,
                    file.getFileName(), content));
            if (stored != null) {
                Messages.info("onboarding.uploaded", stored.fileName());
            }
        }
        refresh();
    }

    public void saveLink(DocumentKind kind) {
        if (Messages.attempt(() -> {
            onboarding.pointAt(workspace.person(), merchantId, kind, links.get(kind));
            return kind;
        }) != null) {
            Messages.info("onboarding.linkSaved");
        }
        refresh();
    }

    /** After the approval, once: the owner's live keys, the secret one new and seen by nobody else. */
    public void takeLiveKeys() {
        MerchantOnboarding.LiveKeys keys = Messages.attempt(() -> onboarding.takeLiveKeys(workspace.person(),
                merchantId));
        if (keys != null) {
            liveClientKey = keys.clientKey();
            liveSecretKey = keys.secretKey();
        }
        refresh();
    }

    public String getLiveClientKey() {
        return liveClientKey;
    }

    public String getLiveSecretKey() {
        return liveSecretKey;
    }

    public void submit() {
        if (Messages.attempt(() -> {
            onboarding.submit(workspace.person(), merchantId);
            return merchantId;
        }) != null) {
            Messages.info("onboarding.submitted");
        }
        refresh();
    }
}
