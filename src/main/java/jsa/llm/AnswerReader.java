package jsa.llm;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.ExitStatus;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Reads an answer's JSON into its record and validates it with Hibernate Validator, failing with
 * a message that names the field (as the JSON spells it) and the offending value.
 */
final class AnswerReader {
    static {
        // Hibernate Validator logs its version through jboss-logging, by default to stderr
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Validator validator;

    AnswerReader() {
        // no Jakarta EL: plain parameter interpolation covers the standard constraints' messages
        try (ValidatorFactory factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            this.validator = factory.getValidator();
        }
    }

    /**
     * {@code json} as a valid {@code type}.
     *
     * @throws LlmException of kind VALIDATION naming the first field at fault
     */
    <T> T read(JsonNode json, Class<T> type, String task) {
        T value;
        try {
            value = JSON.treeToValue(json, type);
        } catch (JsonMappingException e) {
            throw invalid(task, path(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw invalid(task, e.getOriginalMessage());
        }
        if (value == null) {
            throw invalid(task, "the answer is empty");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw invalid(
                    task,
                    violations.stream()
                            .map(AnswerReader::describe)
                            .sorted(Comparator.naturalOrder())
                            .collect(Collectors.joining("; ")));
        }
        return value;
    }

    private static LlmException invalid(String task, String detail) {
        return new LlmException(
                ErrorKind.VALIDATION,
                "the " + task + " answer is invalid: " + detail,
                "nothing was saved; run it again, or choose another model with llm.model." + task,
                ExitStatus.FAILURE);
    }

    private static String describe(ConstraintViolation<?> violation) {
        Object value = violation.getInvalidValue();
        String field = field(violation.getPropertyPath());
        // a failed cross-field check (a boolean) names its fields in its message
        if (value instanceof Boolean) {
            return violation.getMessage();
        }
        return field + " " + violation.getMessage() + " (was " + (value == null ? "null" : "'" + value + "'") + ")";
    }

    // metadata.workSetting -> metadata.work_setting; requirements[1].keywords[0].<list element> ->
    // requirements[1].keywords[0]: a node's index is its place in the container before it
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(snake(node.getName()));
        }
        return field.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the answer" : path.toString();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
