package org.paygrid.settlement.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** One partition per merchant bucket (crc32 of the merchant id), each on its own thread. */
@Named("settlementPartitions")
@Dependent
public class SettlementPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    String partitions;

    /** "true" on a restart that cannot resume the earlier partitions. */
    @Inject
    @BatchProperty
    String replanPartitions;

    @Override
    public PartitionPlan mapPartitions() {
        int count = Integer.parseInt(partitions);
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        // a restart resumes the partitions from their checkpoints, unless their step's stored status could not be
        // repaired (PartitionCountRepair): then new partitions, whose readers skip what committed chunks settled
        plan.setPartitionsOverride(Boolean.parseBoolean(replanPartitions));
        Properties[] properties = new Properties[count];
        for (int part = 0; part < count; part++) {
            properties[part] = new Properties();
            properties[part].setProperty("part", String.valueOf(part));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
