package jsa.llm;

import java.io.IOException;
import java.io.InterruptedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.ExitStatus;
import jsa.JsonProblems;
import jsa.http.ApiAnswer;
import jsa.http.NetworkProblems;

/** What the HTTP providers share in reading answers and describing failures. */
public final class ProviderReplies {
    /** Strict about what follows the JSON: a reply with trailing text is not the JSON asked for. */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ProviderReplies() {}

    /**
     * {@code text} as JSON.
     *
     * @throws LlmException of kind INVALID_JSON saying {@code problem}
     */
    public static JsonNode parse(String text, String problem) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new LlmException(
                    ErrorKind.INVALID_JSON,
                    problem + ": "
                            + (e instanceof JsonProcessingException json
                                    ? JsonProblems.describe(json)
                                    : e.getMessage()),
                    "retry; if it persists, try another model",
                    ExitStatus.FAILURE,
                    e);
        }
    }

    /** A 4xx that retrying cannot fix: a key, model, URL or request problem. */
    public static LlmException failure(String problem, String fix) {
        return new LlmException(ErrorKind.HTTP_4XX, problem, fix, ExitStatus.FAILURE);
    }

    /** The retries ran out, or the server named a wait longer than jsa waits: say which. */
    public static String afterRetries(ApiAnswer answer) {
        String wait = answer.header("retry-after");
        return wait == null
                ? " after retries"
                : " after retries; it asks to wait " + wait + (wait.matches("\\d+") ? " s" : "");
    }

    /** ": " and the server's error message, with a key it might echo blanked; "" when it has none. */
    public static String serverMessage(JsonNode error, String apiKey) {
        String message = error.path("message").asText("").strip();
        if (message.isEmpty()) {
            return "";
        }
        return ": " + (apiKey == null || apiKey.isEmpty() ? message : message.replace(apiKey, "***"));
    }

    /**
     * No HTTP answer from {@code service} ("Anthropic at URL"): a timeout, or no connection at all.
     *
     * @param reachFix what to check when it cannot be reached
     */
    public static LlmException transport(String service, String reachFix, IOException e) {
        String cause = NetworkProblems.describe(e);
        if (e instanceof ApiAnswer.TooLarge) {
            return new LlmException(
                    ErrorKind.TRANSPORT,
                    service + " sent an answer larger than " + ApiAnswer.MAX_BYTES / (1024 * 1024) + " MB",
                    "check that the base URL is the API's, not another server's",
                    ExitStatus.FAILURE,
                    e);
        }
        if (e instanceof InterruptedIOException) {
            return new LlmException(
                    ErrorKind.TRANSPORT,
                    service + " did not answer in time (" + cause + ")",
                    "retry later, or shorten the input",
                    ExitStatus.UNAVAILABLE,
                    e);
        }
        return new LlmException(
                ErrorKind.TRANSPORT,
                "cannot reach " + service + " (" + cause + ")",
                reachFix,
                ExitStatus.UNAVAILABLE,
                e);
    }
}
