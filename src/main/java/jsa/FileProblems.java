package jsa;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** Plain words for file-system failures, for error lines that name no Java exception. */
public final class FileProblems {
    private FileProblems() {}

    /** What went wrong with the file, e.g. "permission denied" or "a file is in the way". */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file is in the way of a directory";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The text of an input file the user named.
     *
     * @throws JsaException (exit 1) saying the file does not exist or cannot be read
     */
    public static String readInput(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new JsaException(file + " does not exist", "check the path", ExitStatus.FAILURE);
        } catch (IOException e) {
            throw new JsaException(
                    "cannot read " + file + " (" + describe(e) + ")", "check the path", ExitStatus.FAILURE);
        }
    }
}
