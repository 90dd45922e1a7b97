package jsa.llm;

import java.util.List;

/**
 * The LLM calls a {@link UsageQuery} selects, one row per group and a total.
 *
 * @param groups the rows, by cost (highest first) then name; days oldest first; empty when no
 *     call matched
 * @param total every selected call
 */
public record UsageReport(List<UsageRow> groups, UsageRow total) {
    public UsageReport {
        groups = List.copyOf(groups);
    }
}
