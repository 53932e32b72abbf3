package org.paygrid.settlement.batch;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.paygrid.shared.logging.Log;

/**
 * Lets the restart of a partitioned step killed mid-way resume its partitions from their own checkpoints.
 * Payara's batch runtime (the Jakarta Batch reference implementation) stores a partitioned step's partition count
 * only when the step ends, and a normal restart of a step that never ended fails on the missing count
 * (a NullPointerException in {@code PartitionedStepControllerImpl.validateNumberOfPartitions}). This writes the
 * count the step was planned with into the step's stored status: a serialized object in the runtime's repository,
 * the {@code bat_} tables in the platform's schema (the prefix {@code ./paygrid} and the Docker image configure).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PartitionCountRepair {

    private static final Log LOG = Log.of(PartitionCountRepair.class);
    private static final String STEP_STATUS = """
            select s.id, s.obj from bat_STEPSTATUS s
            join bat_STEPEXECUTIONINSTANCEDATA e on e.stepexecid = s.id
            join bat_EXECUTIONINSTANCEDATA x on x.jobexecid = e.jobexecid
            where x.jobinstanceid = ? and e.stepname = ?""";

    @Resource(lookup = "jdbc/paygrid")
    DataSource dataSource;

    /**
     * Answers whether the step's partitions can restart from their checkpoints: its stored status has (now) the
     * partition count, or the step never started. False when the status cannot be read or written, and then the
     * restart has to plan the partitions again.
     */
    public boolean repair(long jobInstanceId, String step, int partitions) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement(STEP_STATUS)) {
            select.setLong(1, jobInstanceId);
            select.setString(2, step);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return true;
                }
                long id = row.getLong(1);
                Object status = read(row.getBinaryStream(2));
                if (status.getClass().getMethod("getNumPartitions").invoke(status) != null) {
                    return true;
                }
                status.getClass().getMethod("setNumPartitions", Integer.class).invoke(status, partitions);
                try (PreparedStatement update = db.prepareStatement("update bat_STEPSTATUS set obj = ? where id = ?")) {
                    update.setBytes(1, write(status));
                    update.setLong(2, id);
                    return update.executeUpdate() == 1;
                }
            }
        } catch (Exception | LinkageError notRepaired) {
            LOG.warning(() -> "partition count of step " + step + " of job instance " + jobInstanceId
                    + " not repaired: " + notRepaired);
            return false;
        }
    }

    /** Its classes are the batch runtime's, which this application's class loader does not see. */
    private static Object read(InputStream blob) throws IOException, ClassNotFoundException {
        ClassLoader runtime = BatchRuntime.getJobOperator().getClass().getClassLoader();
        try (ObjectInputStream in = new ObjectInputStream(blob) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass type) throws IOException, ClassNotFoundException {
                return Class.forName(type.getName(), false, runtime);
            }
        }) {
            return in.readObject();
        }
    }

    private static byte[] write(Object status) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(status);
        }
        return bytes.toByteArray();
    }
}
