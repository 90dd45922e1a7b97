package jsa.config;

import jsa.ExitStatus;
import jsa.JsaException;

/** A configuration key, value or file that jsa cannot use. */
public class ConfigException extends JsaException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String problem, String fix) {
        super(problem, fix, ExitStatus.USAGE);
    }

    public ConfigException(String problem, String fix, ExitStatus status) {
        super(problem, fix, status);
    }
}
