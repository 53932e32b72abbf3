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

    @Override
    public PartitionPlan mapPartitions() {
        int count = Integer.parseInt(partitions);
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        // A restart after a crash plans the partitions again instead of restarting the old ones: Payara's batch
        // runtime records a step's partition count only when the step ends, and a normal restart of a step killed
        // mid-way fails on the missing count (NullPointerException in validateNumberOfPartitions). The new
        // partitions' readers skip every transaction a chunk committed before the crash (its line exists).
        plan.setPartitionsOverride(true);
        Properties[] properties = new Properties[count];
        for (int part = 0; part < count; part++) {
            properties[part] = new Properties();
            properties[part].setProperty("part", String.valueOf(part));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
