package jsa.llm;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import jsa.ExitStatus;

/**
 * Makes structured calls the way every task needs them: counts the input before the call and
 * refuses one whose ceiling would exceed the budget, sends it, reads and validates the answer on
 * its record, and records every call, failed or not, in the {@code llm_call} ledger (its own
 * transaction: a failed call is kept even though nothing else is written).
 */
public final class LlmService {
    private final LlmClient client;
    private final UnaryOperator<String> modelForTask;
    private final Jdbi jdbi;
    private final Prices prices;
    private final Budget budget;
    private final Consumer<String> warnings;
    private final AnswerReader reader = new AnswerReader();

    /**
     * @param modelForTask the model id to ask for a task name
     * @param budget what calls may cost in all, or null for no limit
     * @param warnings hears of calls whose model has no price
     */
    public LlmService(
            LlmClient client,
            UnaryOperator<String> modelForTask,
            Jdbi jdbi,
            Prices prices,
            Budget budget,
            Consumer<String> warnings) {
        this.client = client;
        this.modelForTask = modelForTask;
        this.jdbi = jdbi;
        this.prices = prices;
        this.budget = budget;
        this.warnings = warnings;
    }

    /** How answers are held to their schema ({@link LlmClient#structuredOutput()}). */
    public String structuredOutput() {
        return client.structuredOutput();
    }

    /** The provider the calls go to. */
    public String provider() {
        return client.provider();
    }

    /**
     * Asks {@code task} with {@code inputs} (the values its prompt template names).
     *
     * @throws LlmException when the budget forbids the call, the call fails, or the answer is not
     *     valid; the ledger has the call either way
     */
    public <T> Answer<T> ask(StructuredTask<T> task, Map<String, String> inputs) {
        return ask(task, inputs, value -> List.of());
    }

    /**
     * Asks {@code task} with {@code inputs} and holds the answer also to what only this call's
     * inputs decide (at most as many bullets as this role may have): {@code check} gives the
     * problems of a valid answer, each naming the field at fault, and any problem fails the call
     * as invalid, in the ledger too.
     *
     * @throws LlmException when the budget forbids the call, the call fails, or the answer is not
     *     valid; the ledger has the call either way
     */
    public <T> Answer<T> ask(StructuredTask<T> task, Map<String, String> inputs, Function<T, List<String>> check) {
        String model = modelForTask.apply(task.name());
        LlmRequest request = new LlmRequest(
                task.name(),
                model,
                task.prompt(),
                Prompts.render(task.prompt(), task.prompt().contextTemplate(), inputs),
                Prompts.render(task.prompt(), task.prompt().userTemplate(), inputs),
                inputs,
                task.schemaName(),
                task.schema(),
                task.maxOutputTokens());
        Ledger ledger = new Ledger(request);
        try {
            ledger.estimate = count(request);
            checkBudget(request, ledger.estimate);
            long start = System.nanoTime();
            LlmReply reply;
            try {
                reply = client.complete(request);
            } catch (LlmException e) {
                if (e.billedUsage() != null) {
                    ledger.answered(e.billedModel(), e.billedUsage(), cost(e.billedModel(), e.billedUsage()));
                }
                throw e;
            } finally {
                ledger.latencyMs = (System.nanoTime() - start) / 1_000_000;
            }
            ledger.answered(reply.model(), reply.usage(), cost(reply.model(), reply.usage()));
            T value = reader.read(reply.json(), task.type(), task.name(), check);
            long id = ledger.record(null);
            spend(ledger.cost);
            return new Answer<>(value, id, client.provider(), ledger.model, ledger.usage, ledger.cost);
        } catch (LlmException e) {
            ledger.record(e.kind());
            spend(ledger.cost);
            throw e;
        }
    }

    // Without a budget the count is only for the ledger: a server that cannot count (a proxy
    // without count_tokens) must not stop the call. With one, an uncounted call cannot be bounded.
    private Integer count(LlmRequest request) {
        try {
            return client.countInputTokens(request);
        } catch (LlmException e) {
            if (budget != null) {
                throw e;
            }
            return null;
        }
    }

    private void spend(double usd) {
        if (budget != null) {
            budget.spend(usd);
        }
    }

    /** Links a call to the job its answer produced, on the caller's transaction's handle. */
    public static void linkJob(Handle handle, long callId, long jobId) {
        handle.attach(LlmCallDao.class).linkJob(callId, jobId);
    }

    private void checkBudget(LlmRequest request, Integer estimate) {
        if (budget == null || "offline".equals(client.provider())) {
            return;
        }
        double ceiling = prices.ceiling(request.model(), estimate, request.maxOutputTokens())
                .orElseThrow(() -> new LlmException(
                        ErrorKind.BUDGET,
                        "no price is known for model " + request.model() + ", so --budget cannot bound its cost",
                        "nothing was sent; add the model to prices.yaml in the config directory (0 for a local"
                                + " server), or leave out --budget",
                        ExitStatus.FAILURE));
        if (ceiling > budget.remainingUsd()) {
            throw new LlmException(
                    ErrorKind.BUDGET,
                    String.format(
                            "the %s call could cost up to $%.4f (%d input tokens, up to %d output), more than the"
                                    + " $%.4f left of --budget %.2f",
                            request.task(),
                            ceiling,
                            estimate,
                            request.maxOutputTokens(),
                            Math.max(0, budget.remainingUsd()),
                            budget.limitUsd()),
                    "nothing was sent; raise --budget or choose a cheaper model with llm.model." + request.task(),
                    ExitStatus.FAILURE);
        }
    }

    private double cost(String model, TokenUsage usage) {
        if ("offline".equals(client.provider())) {
            return 0;
        }
        return prices.cost(model, usage).orElseGet(() -> {
            warnings.accept("no price is known for model " + model
                    + "; its calls are costed at $0 (add it to prices.yaml in the config directory)");
            return 0.0;
        });
    }

    /** One call's ledger row, filled in as the call goes. */
    private final class Ledger {
        private final LlmRequest request;
        private Integer estimate;
        private long latencyMs;
        private String model;
        private TokenUsage usage = TokenUsage.NONE;
        private double cost;

        Ledger(LlmRequest request) {
            this.request = request;
            this.model = request.model();
        }

        void answered(String model, TokenUsage usage, double cost) {
            this.model = model == null ? request.model() : model;
            this.usage = usage;
            this.cost = cost;
        }

        long record(ErrorKind error) {
            Prompt prompt = request.prompt();
            NewLlmCall call = new NewLlmCall(
                    request.task(),
                    client.provider(),
                    model == null ? "unknown" : model,
                    prompt.name(),
                    prompt.version(),
                    prompt.hash(),
                    estimate,
                    usage.inputTokens(),
                    usage.outputTokens(),
                    usage.cacheReadTokens(),
                    usage.cacheWriteTokens(),
                    cost,
                    latencyMs,
                    error == null,
                    error == null ? null : error.id(),
                    null);
            return jdbi.withExtension(LlmCallDao.class, dao -> dao.insert(call));
        }
    }
}
