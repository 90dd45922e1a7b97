package jsa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import jsa.FileProblems;
import jsa.JsaException;

/**
 * The {@code $EDITOR} round trip of the edit commands: the text goes into a draft in jsa's cache
 * directory, the user edits it, and the edited draft is applied. When applying fails, the draft is
 * kept and the error says how to apply it again with {@code --file}.
 */
final class DraftEditor {
    private DraftEditor() {}

    /**
     * Opens {@code text} in the editor and applies the edited text.
     *
     * @param name how the draft's file name starts, such as {@code job-3}
     * @param suffix its extension, such as {@code .yaml}
     * @param command the command that made the draft, such as {@code jsa job edit 3}, which applies
     *     a fixed draft with {@code --file}
     * @return what {@code apply} returned; empty when the edit left the text as it was or emptied
     *     it, and nothing was applied
     */
    static <T> Optional<T> edit(
            AppContext context, String text, String name, String suffix, String command, Function<String, T> apply)
            throws IOException {
        // in jsa's cache directory, not /tmp: a kept draft belongs to this user and this jsa
        Path drafts = Files.createDirectories(context.paths().cacheDir().resolve("edits"));
        Path draft = Files.createTempFile(drafts, name + "-", suffix);
        Files.writeString(draft, text, StandardCharsets.UTF_8);
        Editor.edit(draft, context.env());
        String edited = read(draft, "file");
        if (edited.equals(text) || edited.isBlank()) {
            Files.delete(draft);
            return Optional.empty();
        }
        T applied;
        try {
            applied = apply.apply(edited);
        } catch (JsaException e) {
            throw new JsaException(
                    e.getMessage(),
                    "your edit is kept in " + draft + "; fix it and run '" + command + " --file " + draft + "'",
                    e.status(),
                    e);
        }
        Files.delete(draft);
        return Optional.of(applied);
    }

    /**
     * The text of {@code file}.
     *
     * @param kind what the file should be, for the error: "YAML file"
     * @throws JsaException when it cannot be read
     */
    static String read(Path file, String kind) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw JsaException.usage(
                    "cannot read " + file + " (" + FileProblems.describe(e) + ")", "pass a readable " + kind);
        }
    }
}
