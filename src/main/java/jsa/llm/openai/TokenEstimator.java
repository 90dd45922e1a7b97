package jsa.llm.openai;

import java.util.Locale;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Counts input tokens locally, since Chat Completions has no counting endpoint: o200k for the
 * models that use it, cl100k otherwise. For models that are not OpenAI's (Llama, Qwen, ...) the
 * tokenizer differs and the count is an estimate.
 */
final class TokenEstimator {
    /** Loads an encoding on first use (about 250 ms) rather than all of them up front. */
    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    /** Role and separator tokens around each message, and the reply's priming, as OpenAI counts them. */
    private static final int PER_MESSAGE = 4;

    private static final int REPLY_PRIMING = 3;

    private TokenEstimator() {}

    /** Tokens of the system and user messages and the schema text, plus message overhead. */
    static int count(String model, String system, String user, String schema) {
        Encoding encoding = REGISTRY.getEncoding(encodingFor(model));
        return encoding.countTokensOrdinary(system)
                + encoding.countTokensOrdinary(user)
                + encoding.countTokensOrdinary(schema)
                + 2 * PER_MESSAGE
                + REPLY_PRIMING;
    }

    static EncodingType encodingFor(String model) {
        String id = model.toLowerCase(Locale.ROOT);
        boolean o200k = id.startsWith("gpt-4o")
                || id.startsWith("chatgpt-4o")
                || id.startsWith("gpt-4.1")
                || id.startsWith("gpt-4.5")
                || id.startsWith("gpt-5")
                || id.startsWith("gpt-oss")
                || id.matches("o\\d.*");
        return o200k ? EncodingType.O200K_BASE : EncodingType.CL100K_BASE;
    }
}
