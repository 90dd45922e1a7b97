package jsa.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code completions/jsa.bash} and {@code completions/_jsa} from the command tree; run by
 * {@code mvn -Pcompletions process-classes}. A test fails when the committed files are stale.
 */
public final class CompletionFiles {
    private CompletionFiles() {}

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "completions");
        Files.createDirectories(directory);
        for (CompletionScripts.Shell shell : CompletionScripts.Shell.values()) {
            Path file = directory.resolve(CompletionScripts.fileName(shell));
            Files.writeString(file, CompletionScripts.generate(shell));
            System.err.println("wrote " + file);
        }
    }
}
