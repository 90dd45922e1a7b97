package jsa;

import java.util.List;
import java.util.Locale;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Checks a record's Jakarta Validation constraints and describes each problem the way a user
 * wrote the data: the field as JSON or YAML spells it ({@code metadata.work_setting},
 * {@code requirements[1].text}) and the offending value.
 */
public final class RecordValidator {
    /**
     * The message for a 0-to-1 range. The built-in ones of {@code @DecimalMin}/{@code @DecimalMax}
     * hold an EL expression, which the EL-free interpolator logs a warning about and prints as is.
     */
    public static final String BETWEEN_0_AND_1 = "must be between 0 and 1";

    static {
        // Hibernate Validator logs its version through jboss-logging, by default to stderr
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }

    /** Built on first use and shared: building one costs tens of milliseconds, and it is thread-safe. */
    private static final class Shared {
        static final Validator VALIDATOR = build();

        private static Validator build() {
            // no Jakarta EL: plain parameter interpolation covers the standard constraints' messages;
            // the factory stays open for the process, as its validator is used until then
            ValidatorFactory factory = Validation.byDefaultProvider()
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
            return factory.getValidator();
        }
    }

    /** What is wrong with {@code value}, sorted; empty when it is valid. */
    public List<String> problems(Object value) {
        return Shared.VALIDATOR.validate(value).stream()
                .map(RecordValidator::describe)
                .sorted()
                .toList();
    }

    private static String describe(ConstraintViolation<?> violation) {
        Object value = violation.getInvalidValue();
        // a failed cross-field check (a boolean) names its fields in its message
        if (value instanceof Boolean) {
            return violation.getMessage();
        }
        return field(violation.getPropertyPath()) + " " + violation.getMessage() + " (was "
                + (value == null ? "null" : "'" + value + "'") + ")";
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
            field.append(node.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
        }
        return field.toString();
    }
}
