package jsa.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/** A yes/no question on the terminal; without a terminal the answer is no. */
final class Confirmation {
    private Confirmation() {}

    static boolean ask(PrintWriter err, String question) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        err.print(question + " [y/N] ");
        err.flush();
        String answer = console.readLine();
        return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
