package jsa.bench;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

import jsa.llm.LlmRequest;

/**
 * What a series of requests would bill as input on Anthropic, in input-token equivalents: a
 * cache write costs 1.25, a read 0.1, other input 1. jsa's requests carry a cache breakpoint
 * after the system block (with the answer's schema) and, when they have one, after the shared
 * context. Tokens are counted with OpenAI's cl100k encoding: an estimate for Claude. One instance
 * is one cache: it remembers the prefixes written by the requests billed so far.
 */
final class PromptCacheBilling {
    /** The smallest prefix each default model caches; a shorter one is sent uncached, silently. */
    static final Map<String, Integer> MIN_CACHEABLE = Map.of("claude-sonnet-5-5", 512, "claude-haiku-5-5", 4096);

    private static final Encoding TOKENS = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    /**
     * A call's tokens, split at the request's breakpoints.
     *
     * @param system the system block with the answer's schema: the first cached prefix
     * @param context the shared context after it: the second; 0 when the request has none
     * @param user the variable part, never cached
     * @param output the answer's
     */
    record Tokens(int system, int context, int user, int output) {
        int input() {
            return system + context + user;
        }
    }

    private final Set<String> cached = new HashSet<>();

    /** The tokens of {@code request} and of its {@code answer}. */
    static Tokens count(LlmRequest request, String answer) {
        return new Tokens(
                TOKENS.countTokens(request.prompt().system())
                        + TOKENS.countTokens(request.schema().toString()),
                TOKENS.countTokens(request.context()),
                TOKENS.countTokens(request.user()),
                TOKENS.countTokens(answer));
    }

    /** The smallest prefix {@code model} caches; a model not listed never caches. */
    static int minimumCacheable(String model) {
        return MIN_CACHEABLE.getOrDefault(model, Integer.MAX_VALUE);
    }

    /**
     * The billed input of {@code request}, whose tokens are {@code tokens}, after the requests
     * billed before it on this cache; the prefixes it writes are remembered.
     */
    // A breakpoint's prefix is read when an earlier call wrote it, written when it is long enough to
    // cache, else billed as plain input. The 5-minute lifetime is taken to outlast the series: each
    // read renews it.
    double billed(LlmRequest request, Tokens tokens) {
        int minimum = minimumCacheable(request.model());
        int system = tokens.system();
        int context = tokens.context();
        String systemKey = request.model() + "\u0000" + request.prompt().system();
        String contextKey = systemKey + "\u0000" + request.context();
        boolean hasContext = !request.context().isEmpty();
        if (hasContext && cached.contains(contextKey)) {
            return 0.1 * (system + context) + tokens.user();
        }
        boolean systemRead = cached.contains(systemKey);
        if (!systemRead && system >= minimum) {
            cached.add(systemKey);
        }
        if (hasContext && system + context >= minimum) {
            cached.add(contextKey);
            // the write covers the whole prefix up to the breakpoint but what was read: a system block
            // too short to be cached by itself is written with the context
            return (systemRead ? 0.1 * system : 1.25 * system) + 1.25 * context + tokens.user();
        }
        double billed = systemRead ? 0.1 * system : system >= minimum ? 1.25 * system : system;
        return billed + context + tokens.user();
    }
}
