package org.paygrid.merchant.entity;

/**
 * What a Korean PG asks of a merchant before live payments (contract section 9): three papers the merchant hands
 * in as files, and four things the reviewer checks on the merchant's site.
 */
public enum DocumentKind {
    /** 사업자등록증 */
    BUSINESS_REGISTRATION(true),
    /** 통신판매업 신고증 */
    MAIL_ORDER_REPORT(true),
    /** 대표자 신분증 */
    REPRESENTATIVE_ID(true),
    /** Published on the merchant's site, checked by the reviewer: */
    TERMS_OF_SERVICE(false),
    PRIVACY_POLICY(false),
    REFUND_POLICY(false),
    SUPPORT_CONTACT(false);

    private final boolean takesFile;

    DocumentKind(boolean takesFile) {
        this.takesFile = takesFile;
    }

    /** A paper handed in as a file (PDF, PNG, JPEG); the others are only checked off, with a note. */
    public boolean takesFile() {
        return takesFile;
    }
}
