package jsa.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** The stderr line that says who answered: a model and its cost, or the offline rules. */
final class ProviderNotes {
    private ProviderNotes() {}

    /** @param automatic whether the provider was left to the environment: then say how to get a model */
    static void print(PrintWriter err, String provider, String model, double costUsd, boolean automatic) {
        if ("offline".equals(provider)) {
            err.println("jsa: answered by the offline rule-based engine, not a language model"
                    + (automatic ? " (set ANTHROPIC_API_KEY, or OPENAI_BASE_URL for a local server, to use one)" : ""));
        } else {
            err.println(String.format(Locale.ROOT, "jsa: answered by %s via %s for $%.4f", model, provider, costUsd));
        }
    }
}
