package jsa;

import java.util.Collection;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A JSON or YAML document that does not fit its record, said the way its author wrote it: the
 * field's path as spelt in the document and what is wrong there, without Jackson's internals.
 */
public final class JsonProblems {
    private JsonProblems() {}

    /** "requirements[0].relevance is missing", "metadata.min_salary: 'lots' is not a number", ... */
    public static String describe(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return syntax(e);
        }
        String path = path(mapping);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field " + (path.isEmpty() ? "'" + unknown.getPropertyName() + "'" : path);
        }
        if (e instanceof InvalidFormatException format) {
            return where(path) + "'" + format.getValue() + "' is not " + kind(format.getTargetType());
        }
        if (e instanceof MismatchedInputException && e.getOriginalMessage().contains("`null`")) {
            return (path.isEmpty() ? "a field" : path) + " is missing";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return where(path) + "expected " + kind(mismatch.getTargetType());
        }
        return where(path) + firstLine(e.getOriginalMessage());
    }

    // "JsonEOFException" means nothing to a user: say where the text goes wrong
    private static String syntax(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where =
                at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (e instanceof JsonEOFException) {
            return "it ends early" + where + ", as if cut off";
        }
        return "not valid syntax" + where + " (" + firstLine(e.getOriginalMessage()) + ")";
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    private static String kind(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
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
        return path.toString();
    }

    // Jackson appends " (set DeserializationConfig...)" hints and source locations
    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        int hint = line.indexOf(" (set ");
        return hint < 0 ? line : line.substring(0, hint);
    }
}
