package org.paygrid.merchant.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.paygrid.mail.boundary.ComposedMail;
import org.paygrid.mail.boundary.MailComposer;
import org.paygrid.merchant.entity.MemberStatus;
import org.paygrid.merchant.entity.Merchant;
import org.paygrid.merchant.entity.MerchantMember;
import org.paygrid.shared.crypto.Sha256;
import org.paygrid.shared.id.RandomTokens;

/**
 * The invitation to join a merchant's dashboard. Its link is made now, as the mail goes out, and only its hash is
 * kept: a newer mail's link replaces an older one. An invitation withdrawn or taken up meanwhile sends nothing.
 */
@Stateless
public class InvitationMail implements MailComposer {

    public static final String KIND = "MEMBER_INVITATION";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DashboardAddress dashboard;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<ComposedMail> compose(String reference, String recipient) {
        MerchantMember member = em.find(MerchantMember.class, Long.valueOf(reference));
        if (member == null || member.status() != MemberStatus.INVITED || !member.email().equals(recipient)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String token = RandomTokens.prefixed("inv", 32);
        member.invitationMailed(Sha256.hex(token), now);
        String merchant = em.find(Merchant.class, member.merchantId()).name();
        String link = dashboard.of("/join.xhtml?invitation=" + token);
        long days = MerchantMember.INVITATION_VALIDITY.toDays();
        return Optional.of(new ComposedMail("[Paygrid] " + merchant + " 상점관리자 초대 / You are invited to " + merchant,
                """
                %s 님이 Paygrid 상점관리자의 %s 가맹점에 %s 역할로 초대했습니다.
                아래 링크에서 로그인하거나 가입하면 합류합니다 (%d일 동안 유효).

                %s invited you to the merchant %s on the Paygrid dashboard as %s.
                Sign in or sign up through this link to join (it works for %d days):

                %s

                초대를 기대하지 않았다면 이 메일을 무시하세요. / If you did not expect this, ignore this mail.
                """.formatted(member.invitedBy(), merchant, member.role(), days,
                        member.invitedBy(), merchant, member.role(), days, link)));
    }
}
