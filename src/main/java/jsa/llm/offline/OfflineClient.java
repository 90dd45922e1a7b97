package jsa.llm.offline;

import java.util.Map;

import jsa.ExitStatus;
import jsa.llm.ErrorKind;
import jsa.llm.LlmClient;
import jsa.llm.LlmException;
import jsa.llm.LlmReply;
import jsa.llm.LlmRequest;
import jsa.llm.TokenUsage;

/**
 * The {@code offline} provider: deterministic rules per task, no model and no network. It is the
 * default on a machine without an API key, so every command works there and in tests; what it
 * answers is labelled rule-based ({@link #RULES}), never passed off as a model's.
 */
public final class OfflineClient implements LlmClient {
    /** The model name the ledger records for offline answers. */
    public static final String RULES = "offline-rules-v1";

    private final Map<String, OfflineTask> tasks;

    /** @param tasks the rules, by prompt name; the features that own the prompts supply them */
    public OfflineClient(Map<String, OfflineTask> tasks) {
        this.tasks = Map.copyOf(tasks);
    }

    @Override
    public String provider() {
        return "offline";
    }

    @Override
    public int countInputTokens(LlmRequest request) {
        return 0;
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        // rules implement a prompt's contract, whichever task's model the call would use
        OfflineTask task = tasks.get(request.prompt().name());
        if (task == null) {
            throw new LlmException(
                    ErrorKind.UNSUPPORTED,
                    "the offline engine has no rules for " + request.prompt().name(),
                    "set ANTHROPIC_API_KEY, or OPENAI_BASE_URL for a local server, or choose one with --provider",
                    ExitStatus.FAILURE);
        }
        return new LlmReply(task.answer(request.inputs()), RULES, TokenUsage.NONE, null);
    }
}
