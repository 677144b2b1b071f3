package dev.dynamorepo.benchmarks;

import dev.dynamorepo.annotations.Projection;

/**
 * A 3-attribute projection of the 12-attribute {@link Order12}, for the projection benchmarks
 * (bytes on the wire in {@link ProductionHarness}, decode time in {@link ProjectionDecodeBenchmark}).
 *
 * @param sk the order's sort key
 * @param totalCents the total
 * @param status the status
 */
@Projection(Order12.class)
public record Order12Summary(String sk, long totalCents, Status status) {}
