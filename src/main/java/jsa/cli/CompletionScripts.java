package jsa.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import picocli.AutoComplete;
import picocli.CommandLine;

/** The bash and zsh completion scripts of the real command tree. */
final class CompletionScripts {
    /** A shell jsa writes a completion script for. */
    enum Shell {
        bash,
        zsh
    }

    private CompletionScripts() {}

    /** The script for {@code shell}, generated from {@code root}. */
    static String generate(CommandLine root, Shell shell) {
        return switch (shell) {
            case bash -> AutoComplete.bash(root.getCommandName(), root);
            case zsh -> ZshCompletion.script(root);
        };
    }

    /** The script for {@code shell} of a freshly built tree: the same for every user and machine. */
    static String generate(Shell shell) {
        StringWriter sink = new StringWriter();
        PrintWriter writer = new PrintWriter(sink);
        AppContext context = new AppContext(Map.of(), Path.of("/"));
        return generate(JsaCli.create(context, writer, writer), shell);
    }

    /** The file name under {@code completions/} for {@code shell}. */
    static String fileName(Shell shell) {
        return switch (shell) {
            case bash -> "jsa.bash";
            case zsh -> "_jsa";
        };
    }
}
