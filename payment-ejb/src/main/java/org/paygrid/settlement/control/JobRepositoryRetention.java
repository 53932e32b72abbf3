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

    private static final OldestFirst EXECUTIONS = OldestFirst.of("bat_EXECUTIONINSTANCEDATA", "createtime");

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

    @Override
    public TimeRange nextBatch(Instant from, Instant cutoff, int limit) {
        return repositoryExists() ? super.nextBatch(from, cutoff, limit) : new TimeRange(from, cutoff, true);
    }

    @Override
    public int purge(TimeRange batch) {
        if (!repositoryExists()) {
            return 0;
        }
        em.createNativeQuery("""
                        update stl_run r join bat_EXECUTIONINSTANCEDATA e on e.jobexecid = r.execution_id
                        set r.job_status = e.batchstatus, r.exit_status = e.exitstatus, r.started_at = e.starttime,
                            r.ended_at = e.endtime
                        where e.createtime >= ?1 and e.createtime < ?2""")
                .setParameter(1, batch.from()).setParameter(2, batch.until()).executeUpdate();
        // a job instance goes once none of its executions is younger than the batch
        List<Long> instances = ((List<?>) em.createNativeQuery("""
                        select distinct e.jobinstanceid from bat_EXECUTIONINSTANCEDATA e
                        where e.createtime >= ?1 and e.createtime < ?2 and not exists (
                            select 1 from bat_EXECUTIONINSTANCEDATA later
                            where later.jobinstanceid = e.jobinstanceid and later.createtime >= ?2)""")
                .setParameter(1, batch.from()).setParameter(2, batch.until()).getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        if (instances.isEmpty()) {
            return 0;
        }
        int removed = 0;
        for (long instance : instances) {
            removed += em.createNativeQuery("delete from bat_CHECKPOINTDATA where id like ?1")
                    .setParameter(1, instance + ",%").executeUpdate();
        }
        // step and job status rows go with their step execution and job instance (their foreign keys cascade)
        removed += em.createNativeQuery("""
                        delete s from bat_STEPEXECUTIONINSTANCEDATA s
                        join bat_EXECUTIONINSTANCEDATA e on e.jobexecid = s.jobexecid where e.jobinstanceid in (?1)""")
                .setParameter(1, instances).executeUpdate();
        removed += em.createNativeQuery("delete from bat_EXECUTIONINSTANCEDATA where jobinstanceid in (?1)")
                .setParameter(1, instances).executeUpdate();
        return removed + em.createNativeQuery("delete from bat_JOBINSTANCEDATA where jobinstanceid in (?1)")
                .setParameter(1, instances).executeUpdate();
    }

    private boolean repositoryExists() {
        return ((Number) em.createNativeQuery("""
                select count(*) from information_schema.tables
                where table_schema = database() and table_name = 'bat_EXECUTIONINSTANCEDATA'""").getSingleResult())
                .intValue() == 1;
    }
}
