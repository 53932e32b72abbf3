package org.paygrid.merchant.entity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The state of every checklist item, missing ones included, in the order of {@link DocumentKind}. */
public record ReviewChecklist(Map<DocumentKind, DocumentStatus> items) {

    public static ReviewChecklist of(Collection<MerchantDocument> documents) {
        Map<DocumentKind, DocumentStatus> items = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            items.put(kind, DocumentStatus.MISSING);
        }
        documents.forEach(document -> items.put(document.kind(), document.status()));
        return new ReviewChecklist(items);
    }

    /** Every item handed in and none sent back without a new answer: the merchant may submit for review. */
    public boolean readyToSubmit() {
        return items.values().stream()
                .allMatch(status -> status == DocumentStatus.SUBMITTED || status == DocumentStatus.VERIFIED);
    }

    public boolean allVerified() {
        return items.values().stream().allMatch(status -> status == DocumentStatus.VERIFIED);
    }

    /** e.g. {@code BUSINESS_REGISTRATION=VERIFIED, MAIL_ORDER_REPORT=MISSING, ...}: stored with a decision. */
    public String summary() {
        return items.entrySet().stream().map(item -> item.getKey() + "=" + item.getValue())
                .collect(Collectors.joining(", "));
    }
}
