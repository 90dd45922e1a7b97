package jsa.http;

import jsa.ExitStatus;
import jsa.JsaException;

/**
 * A remote service could not give a usable answer: unreachable, an error status after retries,
 * or a body that is not the JSON expected. Exit status 3 (unavailable).
 */
public class HttpFailure extends JsaException {
    private static final long serialVersionUID = 1L;

    public HttpFailure(String problem, String fix, Throwable cause) {
        super(problem, fix, ExitStatus.UNAVAILABLE, cause);
    }
}
