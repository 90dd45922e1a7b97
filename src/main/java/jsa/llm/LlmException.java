package jsa.llm;

import jsa.ExitStatus;
import jsa.JsaException;

/**
 * A call that gave no usable answer, with its {@link ErrorKind}. Messages never contain an API
 * key: providers build them from status codes and the server's error text only.
 */
public final class LlmException extends JsaException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String billedModel;
    private final transient TokenUsage billedUsage;

    public LlmException(ErrorKind kind, String problem, String fix, ExitStatus status, Throwable cause) {
        super(problem, fix, status, cause);
        this.kind = kind;
        this.billedModel = null;
        this.billedUsage = null;
    }

    private LlmException(LlmException failure, String model, TokenUsage usage) {
        super(failure.getMessage(), null, failure.status(), failure.getCause());
        this.kind = failure.kind;
        this.billedModel = model;
        this.billedUsage = usage;
    }

    public LlmException(ErrorKind kind, String problem, String fix, ExitStatus status) {
        this(kind, problem, fix, status, null);
    }

    public ErrorKind kind() {
        return kind;
    }

    /**
     * This failure of an answer the provider billed anyway (cut, refused, not JSON): the ledger
     * and the budget count its tokens.
     */
    public LlmException billed(String model, TokenUsage usage) {
        return new LlmException(this, model, usage);
    }

    /** The model that gave a billed answer, or null when nothing was billed. */
    public String billedModel() {
        return billedModel;
    }

    /** The tokens of a billed answer, or null when nothing was billed. */
    public TokenUsage billedUsage() {
        return billedUsage;
    }
}
