package jsa.jobs;

import jsa.jobs.source.workday.WorkdayConfig;

/**
 * A company as the user describes it: in {@code companies.yaml}, with {@code jsa company add},
 * and as {@code jsa company show} prints it. Exactly one of {@code workday} and {@code board}
 * is set, the one its platform uses.
 */
public record CompanySpec(
        String name,
        Platform platform,
        String publicSiteUrl,
        boolean active,
        WorkdayConfig workday,
        BoardConfig board) {}
