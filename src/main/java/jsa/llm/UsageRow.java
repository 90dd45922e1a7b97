package jsa.llm;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * The LLM calls of one group of a {@link UsageReport}, or of all of them.
 *
 * @param group the task, {@code provider/model} or UTC day ({@code yyyy-mm-dd}); {@code total}
 *     for the report's total
 * @param failures calls that did not succeed, whatever the reason
 * @param validationFailures failures whose answer broke the record's constraints
 * @param costUsd the cost in US dollars, without trailing zeros
 * @param latencyP50Ms the median latency of the calls that reached a server, failed ones included
 *     (nearest rank); budget refusals were never sent and are left out; 0 when none was sent
 * @param latencyP95Ms the 95th percentile latency of those calls (nearest rank)
 */
public record UsageRow(
        String group,
        long calls,
        long failures,
        long validationFailures,
        long inputTokens,
        long outputTokens,
        long cacheReadTokens,
        long cacheWriteTokens,
        @JsonSerialize(using = PlainDecimal.class) BigDecimal costUsd,
        long latencyP50Ms,
        long latencyP95Ms) {

    /** Writes a JSON number as 0.0009 or 100, never 9E-4 or 1E+2: readers expect plain decimals. */
    static final class PlainDecimal extends StdSerializer<BigDecimal> {
        PlainDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeNumber(value.toPlainString());
        }
    }
}
