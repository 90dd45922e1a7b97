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

    public LlmException(ErrorKind kind, String problem, String fix, ExitStatus status, Throwable cause) {
        super(problem, fix, status, cause);
        this.kind = kind;
    }

    public LlmException(ErrorKind kind, String problem, String fix, ExitStatus status) {
        this(kind, problem, fix, status, null);
    }

    public ErrorKind kind() {
        return kind;
    }
}
