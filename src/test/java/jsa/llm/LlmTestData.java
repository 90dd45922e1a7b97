package jsa.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /**
     * A recorded Messages reply carrying {@code answer} as its text block, from
     * claude-haiku-5-5, with every usage counter set: 100 input, 50 output, 1000 read from the
     * cache, 200 written to the 5-minute cache.
     */
    public static String anthropicMessage(String answer) {
        ObjectNode reply = (ObjectNode) tree(fixture("anthropic-message-json-output.json"));
        ((ObjectNode) reply.get("content").get(0)).put("text", answer);
        reply.put("model", "claude-haiku-5-5");
        JsonNode usage = tree("""
                {"input_tokens": 100, "output_tokens": 50, "cache_read_input_tokens": 1000,
                 "cache_creation_input_tokens": 200,
                 "cache_creation": {"ephemeral_5m_input_tokens": 200, "ephemeral_1h_input_tokens": 0}}
                """);
        reply.set("usage", usage);
        return reply.toString();
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
        Prompt prompt = new Prompt("parse-jd", 1, "0".repeat(64), "You name the city a text is about.", "", "{{text}}");
        return new LlmRequest(
                "parse-jd",
                model,
                prompt,
                "",
                "Which city has the Eiffel Tower?",
                Map.of("text", "Eiffel Tower"),
                "city_answer",
                citySchema(),
                1024);
    }
}
