package jsa;

import java.util.Objects;

/**
 * A failure the user can act on: what went wrong, how to fix it, and the exit status. The CLI
 * prints it as one line, {@code jsa: error: <problem>; <fix>}, without a stack trace. Feature
 * packages subclass it; services throw it and never print or exit.
 */
public class JsaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitStatus status;

    /**
     * @param problem what went wrong, naming the input at fault
     * @param fix how to fix it, or {@code null} when there is nothing the user can do
     * @param status the exit status the process ends with
     */
    public JsaException(String problem, String fix, ExitStatus status) {
        this(problem, fix, status, null);
    }

    public JsaException(String problem, String fix, ExitStatus status, Throwable cause) {
        super(fix == null ? Objects.requireNonNull(problem) : problem + "; " + fix, cause);
        this.status = Objects.requireNonNull(status);
    }

    /** A user error in options or input content (exit 2). */
    public static JsaException usage(String problem, String fix) {
        return new JsaException(problem, fix, ExitStatus.USAGE);
    }

    /** The command could not do what was asked (exit 1). */
    public static JsaException failure(String problem, String fix) {
        return new JsaException(problem, fix, ExitStatus.FAILURE);
    }

    public ExitStatus status() {
        return status;
    }
}
