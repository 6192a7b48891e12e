package vn.mohinh.cycle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the yearly cycle ({@code mohinh.cycle}).
 *
 * @param autoOpen whether the timer start event of Process_AnnualCycle (StartEvent_AutoOpen, early
 *     January) opens the year by itself; off by default: the reviewing office opens it from Tasklist
 */
@ConfigurationProperties("mohinh.cycle")
public record CycleProperties(boolean autoOpen) {}
