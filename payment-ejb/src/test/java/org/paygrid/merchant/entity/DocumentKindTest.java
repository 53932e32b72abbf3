package org.paygrid.merchant.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

    @Test
    void theThreePapersTakeAFileAndTheSiteChecksDoNot() {
        assertThat(Arrays.stream(DocumentKind.values()).filter(DocumentKind::takesFile)).containsExactly(
                DocumentKind.BUSINESS_REGISTRATION, DocumentKind.MAIL_ORDER_REPORT, DocumentKind.REPRESENTATIVE_ID);
        assertThat(Arrays.stream(DocumentKind.values()).filter(kind -> !kind.takesFile())).containsExactly(
                DocumentKind.TERMS_OF_SERVICE, DocumentKind.PRIVACY_POLICY, DocumentKind.REFUND_POLICY,
                DocumentKind.SUPPORT_CONTACT);
    }

    @Test
    void aFileHandsInAMissingOrSentBackItemAndLeavesTheOthersAsTheyAre() {
        assertThat(DocumentStatus.MISSING.afterFileReceived()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(DocumentStatus.REJECTED.afterFileReceived()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(DocumentStatus.SUBMITTED.afterFileReceived()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(DocumentStatus.VERIFIED.afterFileReceived()).isEqualTo(DocumentStatus.VERIFIED);
    }
}
