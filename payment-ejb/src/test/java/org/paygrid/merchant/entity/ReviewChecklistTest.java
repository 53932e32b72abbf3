package org.paygrid.merchant.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a merchant may submit its papers for review, and what a new link does to a checked item. */
class ReviewChecklistTest {

    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    @Test
    void aMerchantMaySubmitOnlyWithEveryItemHandedInAndNoneLeftSentBack() {
        List<MerchantDocument> items = new ArrayList<>(Arrays.stream(DocumentKind.values())
                .map(kind -> new MerchantDocument("mer_1", kind, DocumentStatus.SUBMITTED, null, "member:o@x", NOW))
                .toList());
        assertThat(ReviewChecklist.of(items).readyToSubmit()).isTrue();

        items.get(0).update(DocumentStatus.REJECTED, "blurred", "admin", NOW);
        assertThat(ReviewChecklist.of(items).readyToSubmit()).isFalse();
        items.get(0).update(DocumentStatus.VERIFIED, null, "admin", NOW);
        assertThat(ReviewChecklist.of(items).readyToSubmit()).isTrue();

        items.remove(items.size() - 1);
        assertThat(ReviewChecklist.of(items).readyToSubmit()).as("one item missing").isFalse();
    }

    @Test
    void aNewLinkWaitsForAReviewerAgainButTheSameLinkKeepsItsCheck() {
        MerchantDocument terms = new MerchantDocument("mer_1", DocumentKind.TERMS_OF_SERVICE,
                DocumentStatus.SUBMITTED, null, "member:o@x", NOW);
        terms.link("https://shop.example/terms", "member:o@x", NOW);
        terms.update(DocumentStatus.VERIFIED, "ok", "admin", NOW);

        terms.link("https://shop.example/terms", "member:o@x", NOW);
        assertThat(terms.status()).isEqualTo(DocumentStatus.VERIFIED);
        terms.link("https://shop.example/terms-2027", "member:o@x", NOW);
        assertThat(terms.status()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(terms.link()).isEqualTo("https://shop.example/terms-2027");
    }
}
