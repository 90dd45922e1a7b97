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
        String report = verbose ? "" : "; this is a bug: run again with --verbose and report the output";
        if (ex instanceof JsaException user) {
            status = user.status().code();
            err.println(
                    errorLine(commandLine, user.getMessage() + (user.status() == ExitStatus.INTERNAL ? report : "")));
        } else {
            status = ExitStatus.INTERNAL.code();
            // only the type: a bug's message may quote SQL with the user's data; --verbose shows all
            err.println(errorLine(
                    commandLine,
                    "internal error: " + (verbose ? ex : ex.getClass().getName()) + report));
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
