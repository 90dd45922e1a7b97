package jsa.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON text stored in list and map columns ({@code exclude_terms}, {@code location_filters}). */
public final class JsonColumns {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {};

    private JsonColumns() {}

    /** {@code value} as JSON text. */
    public static String write(Object value) {
        try {
            return Mapper.INSTANCE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable as JSON: " + value, e);
        }
    }

    /** A JSON array of strings; the schema's CHECKs guarantee the shape. */
    public static List<String> strings(String json) {
        return List.copyOf(read(json, STRINGS));
    }

    /** A JSON object of string values, in stored order. */
    public static Map<String, String> stringMap(String json) {
        return read(json, STRING_MAP);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Mapper.INSTANCE.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed JSON column: " + json, e);
        }
    }

    // Built on first use: commands without JSON columns do not pay Jackson's start-up.
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }
}
