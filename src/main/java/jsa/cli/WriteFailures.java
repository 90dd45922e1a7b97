package jsa.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

import jsa.ExitStatus;

/**
 * An output stream that remembers its first write failure. {@link java.io.PrintWriter} swallows
 * I/O errors, so without this a full disk would end a command with exit 0 and lost output.
 */
final class WriteFailures extends FilterOutputStream {
    private IOException failure;

    WriteFailures(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    /**
     * The exit code once the command returned {@code code}: unchanged when every write worked or
     * the reader closed the pipe (it chose to stop, as {@code jsa ... | head} does), else a
     * failure, after saying so through {@code report}.
     */
    int exitCode(int code, Consumer<String> report) {
        if (failure == null || String.valueOf(failure.getMessage()).contains("Broken pipe")) {
            return code;
        }
        report.accept("jsa: error: cannot write the output (" + failure.getMessage()
                + "); check the disk space or where the output goes");
        return code == 0 ? ExitStatus.FAILURE.code() : code;
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
