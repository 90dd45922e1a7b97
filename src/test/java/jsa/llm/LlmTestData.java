package jsa.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mockwebserver3.MockResponse;

/** Recorded LLM answers from {@code src/test/resources/fixtures/llm} and a request to send. */
public final class LlmTestData {
    /** A key that must never show in a message. */
    public static final String API_KEY = "sk-test-4f1c9a7e2b";

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/llm");

    private LlmTestData() {}

    /** A fixture's body, byte for byte. */
    public static String fixture(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strict schema of a city answer, as the structured-output fixtures asked for. */
    public static JsonNode citySchema() {
        return tree("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
                + "\"country\":{\"type\":\"string\"}},\"required\":[\"city\",\"country\"],"
                + "\"additionalProperties\":false}");
    }

    public static LlmRequest request(String model) {
        Prompt prompt = new Prompt("parse-jd", 1, "0".repeat(64), "You name the city a text is about.", "{{text}}");
        return new LlmRequest(
                "parse-jd",
                model,
                prompt,
                "Which city has the Eiffel Tower?",
                Map.of("text", "Eiffel Tower"),
                "city_answer",
                citySchema(),
                1024);
    }
}
