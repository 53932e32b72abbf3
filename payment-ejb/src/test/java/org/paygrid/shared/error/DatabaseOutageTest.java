package org.paygrid.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInsideTheContainersWrappersIsAnOutage() {
        var refused = new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306", "08000",
                new ConnectException("Connection refused"));
        assertThat(DatabaseOutage.causes(new EJBException(new PersistenceException("could not prepare", refused))))
                .isTrue();
    }

    @Test
    void theConnectionStateClassAndThePoolsOwnWordsAreOutages() {
        assertThat(DatabaseOutage.causes(new PersistenceException(new SQLException("gone", "08S01")))).isTrue();
        assertThat(DatabaseOutage.causes(new RuntimeException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated")))).isTrue();
        var chained = new SQLException("batch failed", "HY000");
        chained.setNextException(new SQLException("Connection reset", "08006"));
        assertThat(DatabaseOutage.causes(chained)).isTrue();
    }

    @Test
    void bugsAndRuleBreachesAreNot() {
        assertThat(DatabaseOutage.causes(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.causes(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("syntax", "42000"))).isFalse();
    }

    @Test
    void aCauseCycleEnds() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(DatabaseOutage.causes(first)).isFalse();
    }
}
