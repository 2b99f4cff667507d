package dev.csimodel.cli.report;

/**
 * One indicator of a driver construct on the importance-performance map (Ringle and Sarstedt
 * 2016): its importance is the construct's importance times the indicator's rescaled index
 * weight.
 *
 * @param name        the indicator
 * @param construct   its driver construct
 * @param weight      its rescaled index weight in the construct (the block's weights sum to 1)
 * @param importance  {@code weight × } the construct's importance
 * @param impact      {@code 5 × importance}: the change in the target's index for a 5-point
 *                    increase in the indicator's 0-100 mean
 * @param performance the indicator's mean on 0-100
 */
public record IpmaIndicatorEntry(String name, String construct, double weight, double importance, double impact,
                                 double performance) {
}
