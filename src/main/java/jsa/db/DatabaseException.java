package jsa.db;

import jsa.ExitStatus;
import jsa.JsaException;

/** The database file cannot be opened, migrated, checked or copied. */
public class DatabaseException extends JsaException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String problem, String fix, ExitStatus status, Throwable cause) {
        super(problem, fix, status, cause);
    }

    public DatabaseException(String problem, String fix) {
        super(problem, fix, ExitStatus.FAILURE);
    }
}
