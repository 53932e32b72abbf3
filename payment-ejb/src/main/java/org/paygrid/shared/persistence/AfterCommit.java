package org.paygrid.shared.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Work that must see a change only once it is committed: run when the current transaction commits (at once, outside one). */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable work) {
        TransactionSynchronizationRegistry transactions;
        try {
            transactions = (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException noTransactions) {
            work.run();
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            work.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    work.run();
                }
            }
        });
    }
}
