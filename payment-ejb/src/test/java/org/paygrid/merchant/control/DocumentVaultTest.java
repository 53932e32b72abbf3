package org.paygrid.merchant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paygrid.merchant.control.DocumentFileCheck.CheckedFile;
import org.paygrid.merchant.entity.DocumentKind;
import org.paygrid.merchant.entity.MerchantDocumentFile;
import org.paygrid.keys.control.KeyRingTest;
import org.paygrid.shared.crypto.Sha256;

class DocumentVaultTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void opensWhatItSealedAndKeepsNoContentInClear() {
        DocumentVault vault = vault("k1");
        CheckedFile checked = DocumentFileCheck.check("registration.pdf", PDF);
        MerchantDocumentFile file = vault.seal("doc_1", "mer_1", DocumentKind.BUSINESS_REGISTRATION, checked, "admin",
                NOW);
        assertThat(file.keyId()).isEqualTo("k1");
        assertThat(file.sealed().iv()).hasSize(12);
        assertThat(file.ciphertext()).hasSize(PDF.length + 16).isNotEqualTo(PDF);
        assertThat(new String(file.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.sizeBytes()).isEqualTo(PDF.length);
        assertThat(file.sha256()).isEqualTo(Sha256.hex(PDF));
        assertThat(vault.open(file)).isEqualTo(PDF);
    }

    @Test
    void refusesACiphertextMovedToAnotherMerchantOrKind() {
        DocumentVault vault = vault("k1");
        MerchantDocumentFile file = vault.seal("doc_1", "mer_1", DocumentKind.BUSINESS_REGISTRATION,
                DocumentFileCheck.check("registration.pdf", PDF), "admin", NOW);
        MerchantDocumentFile moved = new MerchantDocumentFile("doc_1", "mer_2", DocumentKind.BUSINESS_REGISTRATION,
                file.fileName(), file.contentType(), file.sizeBytes(), file.sha256(), file.sealed(), "admin", NOW);
        assertThatThrownBy(() -> vault.open(moved)).isInstanceOf(IllegalStateException.class);
        MerchantDocumentFile relabelled = new MerchantDocumentFile("doc_1", "mer_1", DocumentKind.REPRESENTATIVE_ID,
                file.fileName(), file.contentType(), file.sizeBytes(), file.sha256(), file.sealed(), "admin", NOW);
        assertThatThrownBy(() -> vault.open(relabelled)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aServerWithAnotherKeyRefusesToOpen() {
        MerchantDocumentFile file = vault("k1").seal("doc_1", "mer_1", DocumentKind.MAIL_ORDER_REPORT,
                DocumentFileCheck.check("report.pdf", PDF), "admin", NOW);
        assertThatThrownBy(() -> vault("k2").open(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k1").hasMessageContaining("k2");
    }

    @Test
    void aRotatedKeyStillOpensAndResealingMovesTheFileToTheNewKey() {
        MerchantDocumentFile file = vault("k1").seal("doc_1", "mer_1", DocumentKind.MAIL_ORDER_REPORT,
                DocumentFileCheck.check("report.pdf", PDF), "admin", NOW);
        DocumentVault rotated = vault("k2", "k1");
        assertThat(rotated.open(file)).isEqualTo(PDF);
        file.resealed(rotated.reseal(file));
        assertThat(file.keyId()).isEqualTo("k2");
        assertThat(rotated.open(file)).isEqualTo(PDF);
        assertThatThrownBy(() -> vault("k1").open(file)).isInstanceOf(IllegalStateException.class);
    }

    /** A vault whose ring lists these key ids (the first seals), each with a key of its own. */
    static DocumentVault vault(String... keyIds) {
        DocumentVault vault = new DocumentVault();
        vault.keyRing = KeyRingTest.ring(keyIds);
        return vault;
    }
}
