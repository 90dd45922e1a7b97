package jsa.llm;

/**
 * One way to get a structured answer for a task: a model behind the Anthropic Messages API, a
 * model behind an OpenAI-compatible server, or the offline rule engine (which is not a model and
 * says so). Implementations are thread-safe; they neither validate the answer against its record
 * type nor write the ledger: {@link LlmService} does both.
 */
public interface LlmClient {
    /** {@code anthropic}, {@code openai} or {@code offline}, as the {@code llm_call} ledger names it. */
    String provider();

    /**
     * The input tokens {@code request} will take, counted before it is sent (the seed's cost rule):
     * by the provider's counting endpoint where it has one, else estimated locally.
     *
     * @throws LlmException when counting needed the network and failed
     */
    int countInputTokens(LlmRequest request);

    /**
     * Sends {@code request} and returns the JSON answer, retrying what the provider says is
     * transient.
     *
     * @throws LlmException when there is no complete JSON answer: a transport failure, an HTTP
     *     error after retries, an answer cut by the token limit or refused, or text that is not JSON
     */
    LlmReply complete(LlmRequest request);

    /**
     * How answers are held to their schema, as far as the calls so far have shown: the server's
     * own schema enforcement, or the weaker mode a server that rejected it forced.
     */
    default String structuredOutput() {
        return "rules";
    }
}
