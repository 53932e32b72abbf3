package org.paygrid.merchant.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.paygrid.mail.boundary.ComposedMail;
import org.paygrid.mail.boundary.MailComposer;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.merchant.entity.MerchantReview;
import org.paygrid.merchant.entity.ReviewDecision;

/** Staff decided the merchant's application: the decision and its note, and where to go next. */
@Stateless
public class ReviewDecisionMail implements MailComposer {

    public static final String KIND = "MERCHANT_REVIEW_DECISION";

    @PersistenceContext
    EntityManager em;

    @Inject
    DashboardAddress dashboard;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<ComposedMail> compose(String reference, String recipient) {
        MerchantReview review = em.find(MerchantReview.class, Long.valueOf(reference));
        if (review == null) {
            return Optional.empty();
        }
        String merchant = em.find(Merchant.class, review.merchantId()).name();
        boolean approved = review.decision() == ReviewDecision.APPROVE;
        String note = review.note() == null || review.note().isBlank() ? "-" : review.note();
        String subject = approved
                ? "[Paygrid] " + merchant + " 심사 승인 / Your application is approved"
                : "[Paygrid] " + merchant + " 심사 결과: 보완 필요 / Your application needs changes";
        String korean = approved
                ? "심사가 승인되었습니다. 상점관리자에서 라이브 키를 한 번 확인할 수 있습니다."
                : "심사에서 보완이 필요합니다. 메모에 적힌 항목을 고친 뒤 상점관리자에서 다시 제출해 주세요.";
        String english = approved
                ? "Your application is approved. The live keys are waiting for the owner in the dashboard, shown once."
                : "Your application needs changes. Fix what the note names and submit again from the dashboard.";
        return Optional.of(new ComposedMail(subject, """
                %s

                %s

                메모 / Note: %s

                %s
                """.formatted(korean, english, note, dashboard.of("/"))));
    }
}
