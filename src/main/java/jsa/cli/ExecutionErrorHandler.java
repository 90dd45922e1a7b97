package jsa.cli;

import java.io.PrintWriter;

import jsa.ExitStatus;
import jsa.JsaException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's error as one line, {@code jsa: error: <problem>; <fix>}, and maps it
 * to its exit status. Stack traces only with {@code --verbose}; a user error never shows one.
 */
final class ExecutionErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = ((JsaCommand) commandLine.getCommandSpec().root().userObject()).verbose;
        int status;
        if (ex instanceof JsaException user) {
            err.println(errorLine(commandLine, user.getMessage()));
            status = user.status().code();
        } else {
            err.println(errorLine(
                    commandLine,
                    "internal error: " + ex
                            + (verbose ? "" : "; this is a bug: run again with --verbose and report the output")));
            status = ExitStatus.INTERNAL.code();
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    static String errorLine(CommandLine commandLine, String message) {
        return commandLine.getColorScheme().errorText("jsa: error:") + " " + message;
    }
}
