/**
 * Elastic reallocation (rule R6; Art. 15–18, 23) as pure rules: a platform's redundancy ratio over time
 * ({@link io.govcloud.core.reallocation.RedundancyPolicies}), the recording of utilization data ({@link
 * io.govcloud.core.reallocation.Measurements}), the exact assessment of idle capacity and the least
 * reduction ({@link io.govcloud.core.reallocation.Assessment}), the capacity declared for a recurring
 * period ({@link io.govcloud.core.reallocation.PeriodicCapacity}), what a configuration provides in a
 * dimension ({@link io.govcloud.core.reallocation.Capacity}), and the reduction case from the reminder to
 * the authority's reduction ({@link io.govcloud.core.reallocation.ReductionCases}). Refusals are {@link
 * io.govcloud.core.reallocation.ReallocationViolations}.
 */
package io.govcloud.core.reallocation;
