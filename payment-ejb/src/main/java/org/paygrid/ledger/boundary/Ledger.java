package org.paygrid.ledger.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.paygrid.ledger.entity.JournalEntry;

/**
 * The books. Entries are posted only inside the caller's transaction (MANDATORY), so a payment's state change
 * and its journal entry commit together or not at all.
 */
@Stateless
public class Ledger {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void post(JournalEntry entry) {
        em.persist(entry);
    }

    public List<JournalEntry> entriesOf(String paymentKey) {
        return em.createQuery("select e from JournalEntry e where e.paymentKey = :key order by e.id", JournalEntry.class)
                .setParameter("key", paymentKey)
                .getResultList();
    }

    /**
     * The trial balance: total debits minus total credits per currency over all postings (zero when the books
     * balance), and whether what acquirers owe us equals the balances of the approved card payments.
     */
    public TrialBalance trialBalance() {
        List<Object[]> net = em.createNativeQuery("""
                select p.currency, sum(case when p.side = 'DEBIT' then p.amount_minor else -p.amount_minor end)
                from ldg_posting p group by p.currency""").getResultList();
        List<TrialBalance.CurrencyNet> currencies = net.stream()
                .map(row -> new TrialBalance.CurrencyNet((String) row[0], ((Number) row[1]).longValue()))
                .toList();
        long receivable = ((Number) em.createNativeQuery("""
                select coalesce(sum(case when p.side = 'DEBIT' then p.amount_minor else -p.amount_minor end), 0)
                from ldg_posting p where p.account in ('ACQUIRER_RECEIVABLE', 'BANK_RECEIVABLE', 'PROVIDER_RECEIVABLE')""").getSingleResult()).longValue();
        long approvedBalances = ((Number) em.createNativeQuery("""
                select coalesce(sum(balance_amount), 0) from pay_payment
                where status in ('DONE', 'PARTIAL_CANCELED')""").getSingleResult()).longValue();
        return new TrialBalance(currencies, receivable, approvedBalances);
    }
}
