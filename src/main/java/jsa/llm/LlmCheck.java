package jsa.llm;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.validation.constraints.AssertTrue;

/**
 * {@code jsa llm check}: one tiny structured call that proves the provider, model and key work
 * end to end, schema-constrained output included. A failure carries the provider's diagnosis.
 */
public final class LlmCheck {
    /** The check's answer: the model must say yes. */
    public record Reply(@AssertTrue boolean ok) {}

    /** The prompt the offline engine answers for a check. */
    public static final Prompt PROMPT = Prompts.load("check", 1);

    /** What a successful check found. */
    public record Result(
            String task, String provider, String model, long latencyMs, double costUsd, String structuredOutput) {}

    private final LlmService llm;

    private final String task;

    /** @param task whose model to check: {@code parse-jd}, {@code bullets}, ... (the ledger files the call under it) */
    public LlmCheck(LlmService llm, String task) {
        this.llm = llm;
        this.task = task;
    }

    /**
     * Makes the call.
     *
     * @throws LlmException with the provider's diagnosis when it fails
     */
    public Result run() {
        long start = System.nanoTime();
        Answer<Reply> answer =
                llm.ask(new StructuredTask<>(task, PROMPT, "health_check", schema(), Reply.class, 64), Map.of());
        return new Result(
                task,
                answer.provider(),
                answer.model(),
                (System.nanoTime() - start) / 1_000_000,
                answer.costUsd(),
                llm.structuredOutput());
    }

    private static ObjectNode schema() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode schema = json.createObjectNode().put("type", "object").put("additionalProperties", false);
        schema.putArray("required").add("ok");
        schema.putObject("properties").putObject("ok").put("type", "boolean");
        return schema;
    }
}
