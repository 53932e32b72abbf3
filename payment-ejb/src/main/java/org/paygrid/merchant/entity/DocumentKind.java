package org.paygrid.merchant.entity;

/** What a Korean PG asks of a merchant before live payments (contract section 9). */
public enum DocumentKind {
    /** 사업자등록증 */
    BUSINESS_REGISTRATION,
    /** 통신판매업 신고증 */
    MAIL_ORDER_REPORT,
    /** 대표자 신분증 */
    REPRESENTATIVE_ID,
    /** Published on the merchant's site, checked by the reviewer: */
    TERMS_OF_SERVICE,
    PRIVACY_POLICY,
    REFUND_POLICY,
    SUPPORT_CONTACT
}
