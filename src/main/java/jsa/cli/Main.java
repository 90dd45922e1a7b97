package jsa.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code jsa} executable. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        WriteFailures stdout = new WriteFailures(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = writer(stdout);
        PrintWriter err = writer(new FileOutputStream(FileDescriptor.err));
        int code = JsaCli.run(AppContext.system(), out, err, args);
        out.flush();
        System.exit(stdout.exitCode(code, err::println));
    }

    // UTF-8 whatever the locale says: output is piped to files and other tools as often as shown.
    private static PrintWriter writer(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
