package org.paygrid.settlement.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.paygrid.shared.retention.OldestFirst;
import org.paygrid.shared.retention.TableRetention;

/**
 * The batch runtime's job repository (its {@code bat_} tables: job instances, executions, steps, checkpoints) is
 * kept 90 days: long past any restart of a settlement or reconciliation run. A settlement run first copies how its
 * job ended into {@code stl_run}, so the run still reads the same afterwards. The runtime creates these tables at
 * its first job; until then there is nothing to purge.
 */
@ApplicationScoped
public class JobRepositoryRetention extends TableRetention {

    private static final OldestFirst EXECUTIONS = OldestFirst.of("bat_EXECUTIONINSTANCEDATA", "jobexecid", "createtime");

    @Override
    protected OldestFirst records() {
        return EXECUTIONS;
    }

    @Override
    public String name() {
        return "batch-job-repository";
    }

    @Override
    public Period keptFor() {
        return Period.ofDays(90);
    }

    /**
     * A batch of the oldest executions: how each settlement run's job ended is kept in the run, then their steps
     * (a step's status row cascades), the executions, and the job instances left without one (with their
     * checkpoints; a job status row cascades).
     */
    @Override
    public Purged purgeOldest(Instant from, Instant cutoff, int limit) {
        if (!repositoryExists()) {
            return new Purged(0, 0, cutoff, true);
        }
        OldestFirst.Batch batch = EXECUTIONS.lock(em, EXECUTIONS.oldest(em, from, cutoff, limit));
        List<Long> executions = batch.keys().stream().map(key -> ((Number) key[0]).longValue()).toList();
        if (executions.isEmpty()) {
            return new Purged(0, 0, batch.reached(), batch.last());
        }
        em.createNativeQuery("""
                        update stl_run r join bat_EXECUTIONINSTANCEDATA e on e.jobexecid = r.execution_id
                        set r.job_status = e.batchstatus, r.exit_status = e.exitstatus, r.started_at = e.starttime,
                            r.ended_at = e.endtime
                        where e.jobexecid in (?1)""").setParameter(1, executions).executeUpdate();
        List<Long> instances = ((List<?>) em.createNativeQuery("""
                        select distinct e.jobinstanceid from bat_EXECUTIONINSTANCEDATA e where e.jobexecid in (?1)
                        and not exists (select 1 from bat_EXECUTIONINSTANCEDATA other
                                        where other.jobinstanceid = e.jobinstanceid and other.jobexecid not in (?1))""")
                .setParameter(1, executions).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        int rows = em.createNativeQuery("delete from bat_STEPEXECUTIONINSTANCEDATA where jobexecid in (?1)")
                .setParameter(1, executions).executeUpdate();
        rows += EXECUTIONS.delete(em, batch);
        for (long instance : instances) {
            rows += em.createNativeQuery("delete from bat_CHECKPOINTDATA where id like ?1")
                    .setParameter(1, instance + ",%").executeUpdate();
        }
        if (!instances.isEmpty()) {
            rows += em.createNativeQuery("delete from bat_JOBINSTANCEDATA where jobinstanceid in (?1)")
                    .setParameter(1, instances).executeUpdate();
        }
        return new Purged(executions.size(), rows, batch.reached(), batch.last());
    }

    private boolean repositoryExists() {
        return ((Number) em.createNativeQuery("""
                select count(*) from information_schema.tables
                where table_schema = database() and table_name = 'bat_EXECUTIONINSTANCEDATA'""").getSingleResult())
                .intValue() == 1;
    }
}
