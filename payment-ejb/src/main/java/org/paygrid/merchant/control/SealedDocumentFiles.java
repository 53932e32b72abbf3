package org.paygrid.merchant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paygrid.keys.control.EntitySealedValues;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.merchant.entity.MerchantDocumentFile;

/** Merchants' document files, as the key rotation sees them. */
@ApplicationScoped
public class SealedDocumentFiles extends EntitySealedValues<MerchantDocumentFile> {

    @Inject
    DocumentVault vault;

    public SealedDocumentFiles() {
        super(KeyPurpose.MERCHANT_DOCUMENT, MerchantDocumentFile.class, "id", "keyId");
    }

    @Override
    protected void reseal(MerchantDocumentFile file) {
        file.resealed(vault.reseal(file));
    }
}
