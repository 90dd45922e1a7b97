package jsa.llm;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import jsa.ExitStatus;
import jsa.JsonProblems;
import jsa.RecordValidator;

/**
 * Reads an answer's JSON into its record and validates it ({@link RecordValidator}), failing with
 * a message that names the field (as the JSON spells it) and the offending value.
 */
final class AnswerReader {
    // Extra fields are ignored (some local models add them), but each field must have its
    // schema's type: Jackson would read 7 as "7" and 5.5 as 5 and so pass answers that are wrong.
    private static final ObjectMapper JSON = strict(JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build());

    private final RecordValidator validator = new RecordValidator();

    /**
     * {@code json} as a valid {@code type} that {@code check} finds no problem with.
     *
     * @throws LlmException of kind VALIDATION naming the first field at fault
     */
    <T> T read(JsonNode json, Class<T> type, String task, Function<T, List<String>> check) {
        T value;
        try {
            value = JSON.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw invalid(task, JsonProblems.describe(e));
        }
        if (value == null) {
            throw invalid(task, "the answer is empty");
        }
        List<String> problems = validator.problems(value);
        if (problems.isEmpty()) {
            problems = check.apply(value);
        }
        if (!problems.isEmpty()) {
            throw invalid(task, String.join("; ", problems));
        }
        return value;
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static LlmException invalid(String task, String detail) {
        return new LlmException(
                ErrorKind.VALIDATION,
                "the " + task + " answer is invalid: " + detail,
                "nothing was saved; run it again, or choose another model with llm.model." + task,
                ExitStatus.FAILURE);
    }
}
