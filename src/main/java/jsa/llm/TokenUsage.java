package jsa.llm;

/**
 * Tokens billed for one call, in Anthropic's buckets: {@code inputTokens} excludes cached ones.
 * An OpenAI-compatible {@code prompt_tokens} of which {@code cached_tokens} were cached becomes
 * {@code inputTokens = prompt_tokens - cached_tokens}, {@code cacheReadTokens = cached_tokens}.
 *
 * @param inputTokens input billed at the base rate
 * @param outputTokens output (including any reasoning tokens)
 * @param cacheReadTokens input read from the prompt cache
 * @param cacheWrite5mTokens input written to the 5-minute cache
 * @param cacheWrite1hTokens input written to the 1-hour cache
 */
public record TokenUsage(
        int inputTokens, int outputTokens, int cacheReadTokens, int cacheWrite5mTokens, int cacheWrite1hTokens) {
    /** No tokens: the offline engine, or a call that failed before an answer. */
    public static final TokenUsage NONE = new TokenUsage(0, 0, 0, 0, 0);

    /** The tokens of this call and {@code other} together. */
    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(
                inputTokens + other.inputTokens,
                outputTokens + other.outputTokens,
                cacheReadTokens + other.cacheReadTokens,
                cacheWrite5mTokens + other.cacheWrite5mTokens,
                cacheWrite1hTokens + other.cacheWrite1hTokens);
    }

    /** Every input token, however billed. */
    public int totalInputTokens() {
        return inputTokens + cacheReadTokens + cacheWriteTokens();
    }

    /** Input written to the cache, both lifetimes. */
    public int cacheWriteTokens() {
        return cacheWrite5mTokens + cacheWrite1hTokens;
    }
}
