package jsa.llm;

import java.time.LocalDate;

/**
 * Which LLM calls {@link LlmUsageService#report} sums up, and how it groups them.
 *
 * @param since the first UTC day counted, or {@code null} for the whole ledger
 * @param by how calls are grouped into rows
 */
public record UsageQuery(LocalDate since, Grouping by) {
    /** What one row of a usage report stands for. */
    public enum Grouping {
        /** The task the call was for: parse-jd, bullets, ... */
        TASK,
        /** The provider and model, as {@code provider/model}. */
        MODEL,
        /** The UTC day the call was made. */
        DAY
    }
}
