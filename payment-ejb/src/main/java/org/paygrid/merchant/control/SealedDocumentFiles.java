package org.paygrid.merchant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.paygrid.keys.control.EntitySealedValues;
import org.paygrid.keys.entity.KeyPurpose;
import org.paygrid.merchant.entity.MerchantDocumentFile;

/** Merchants' document files, as the key rotation sees them. */
@ApplicationScoped
public class SealedDocumentFiles extends EntitySealedValues<MerchantDocumentFile> {

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentVault vault;

    public SealedDocumentFiles() {
        super(MerchantDocumentFile.class, "id", "keyId");
    }

    @Override
    public KeyPurpose purpose() {
        return KeyPurpose.MERCHANT_DOCUMENT;
    }

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected void reseal(MerchantDocumentFile file) {
        file.resealed(vault.reseal(file));
    }
}
