package jsa;

/** Process exit codes of {@code jsa}; listed in {@code jsa --help} and the README. */
public enum ExitStatus {
    /** The command did what was asked. */
    OK(0),
    /** The command could not do what was asked: not found, a precondition not met. */
    FAILURE(1),
    /** Invalid options or arguments, or invalid content in an input file or stdin. */
    USAGE(2),
    /** A remote service failed after retries, or a batch partly failed (the rest was saved). */
    UNAVAILABLE(3),
    /** A bug: any unexpected exception. */
    INTERNAL(4);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    /** The numeric process exit code. */
    public int code() {
        return code;
    }
}
