package jsa.llm.offline;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The offline engine's rules for one task: the answer from the task's raw inputs, by rule. */
@FunctionalInterface
public interface OfflineTask {
    /** The answer for {@code inputs} (the values the task's prompt would be rendered from). */
    JsonNode answer(Map<String, String> inputs);
}
