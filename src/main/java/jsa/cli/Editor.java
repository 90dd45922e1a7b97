package jsa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import jsa.ExitStatus;
import jsa.JsaException;

/** Opens a file in the user's editor ({@code $VISUAL}, else {@code $EDITOR}, else vi) and waits. */
final class Editor {
    private Editor() {}

    /**
     * Edits {@code file} in place.
     *
     * @throws JsaException when the editor cannot start or exits with a failure
     */
    static void edit(Path file, Map<String, String> env) {
        String editor = firstSet(env.get("VISUAL"), env.get("EDITOR"), "vi");
        // through sh, so that an editor with arguments ("code --wait") works as in git
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "sh", file.toString()).inheritIO();
        builder.environment().clear();
        builder.environment().putAll(env);
        try {
            int status = builder.start().waitFor();
            if (status != 0) {
                throw new JsaException(
                        "the editor (" + editor + ") exited with status " + status,
                        "nothing was changed; the draft is in " + file,
                        ExitStatus.FAILURE);
            }
        } catch (IOException e) {
            throw new JsaException(
                    "cannot start the editor (" + editor + ")",
                    "set EDITOR or VISUAL to your editor",
                    ExitStatus.FAILURE,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JsaException("interrupted while editing", "your edit is in " + file, ExitStatus.FAILURE, e);
        }
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new IllegalArgumentException("no value");
    }
}
