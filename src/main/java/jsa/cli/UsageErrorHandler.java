package jsa.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jsa.EditDistance;
import jsa.ExitStatus;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line that does not parse in one line, with the closest command or option
 * when there is one, and exits with {@link ExitStatus#USAGE}.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    private static final Pattern ENUM_CHOICES = Pattern.compile("expected one of \\[([^\\]]*)] \\(case-insensitive\\)");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        String help = "'" + commandLine.getCommandSpec().qualifiedName() + " --help'";
        String message;
        if (ex instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            message = unmatchedMessage(commandLine, unmatched, help);
        } else {
            message = lowercaseChoices(lowerFirst(ex.getMessage())) + "; see " + help;
        }
        commandLine.getErr().println(ExecutionErrorHandler.errorLine(commandLine, message));
        commandLine.getErr().flush();
        return ExitStatus.USAGE.code();
    }

    private static String unmatchedMessage(CommandLine commandLine, UnmatchedArgumentException ex, String help) {
        String argument = ex.getUnmatched().get(0);
        boolean option = argument.startsWith("-");
        boolean command = !option && !commandLine.getSubcommands().isEmpty();
        String what = option ? "unknown option" : command ? "unknown command" : "unexpected argument";
        List<String> suggestions = ex.getSuggestions().stream()
                .sorted(Comparator.comparingInt(s -> EditDistance.between(s, argument)))
                .toList();
        if (suggestions.isEmpty()) {
            return what + " '" + argument + "'; see " + help;
        }
        String quoted = suggestions.stream().limit(3).map(s -> "'" + s + "'").collect(Collectors.joining(" or "));
        return what + " '" + argument + "'; did you mean " + quoted + "? See " + help;
    }

    // picocli lists an enum's constants (RECRUITER_SCREEN); help and README spell them as typed
    private static String lowercaseChoices(String message) {
        Matcher choices = ENUM_CHOICES.matcher(message);
        return choices.find()
                ? choices.replaceFirst(Matcher.quoteReplacement(
                        "expected one of " + choices.group(1).toLowerCase(Locale.ROOT)))
                : message;
    }

    // picocli's messages are sentences; ours go on after a ';'
    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "invalid command line";
        }
        // argument groups' messages start "Error: ", which the error line already says
        String message = text.startsWith("Error: ") ? text.substring("Error: ".length()) : text;
        String sentence = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
