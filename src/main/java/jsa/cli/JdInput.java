package jsa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import jsa.FileProblems;
import jsa.JsaException;
import jsa.jd.JdRequest;
import jsa.jd.JdText;

/** Reads a job description from a file or stdin ({@code -}) for the commands that parse one. */
final class JdInput {
    // UTF-8 takes at most four bytes a character
    private static final int LIMIT_BYTES = JdText.MAX_CHARS * 4 + 4;

    private JdInput() {}

    /** Where {@code file} came from, as a stored job records it: its file name, or {@code stdin}. */
    static String source(String file) {
        if (file.equals("-")) {
            return "stdin";
        }
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }

    /**
     * The job description in {@code file} as a request to parse and store, with nothing the text
     * lacks supplied: what {@code apply FILE} and {@code gen-resume FILE} send.
     *
     * @throws JsaException when the file cannot be read or is not text
     */
    static JdRequest request(String file, AppContext context, PrintWriter err) {
        return new JdRequest(read(file, context, err), null, null, null, null, source(file), null, true);
    }

    /**
     * The text of {@code file} ({@code -} for stdin), decoded; warnings about the decoding go to
     * {@code err}. Reads past the length limit, so that an over-long text is refused rather than cut.
     *
     * @throws JsaException when the file cannot be read or is not text
     */
    static String read(String file, AppContext context, PrintWriter err) {
        try {
            byte[] bytes;
            if (file.equals("-")) {
                if (System.console() != null) {
                    err.println("jsa: reading the job description from stdin; end it with Ctrl-D");
                }
                bytes = context.stdin().readNBytes(LIMIT_BYTES);
            } else {
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    bytes = in.readNBytes(LIMIT_BYTES);
                }
            }
            return InputText.decode(bytes, file.equals("-") ? "stdin" : file, w -> err.println("jsa: warning: " + w));
        } catch (IOException e) {
            throw JsaException.usage(
                    "cannot read " + file + " (" + FileProblems.describe(e) + ")",
                    "pass a readable file, or - for stdin");
        }
    }
}
