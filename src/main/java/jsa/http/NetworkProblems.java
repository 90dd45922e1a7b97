package jsa.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;

import javax.net.ssl.SSLException;

/** Plain words for a failed HTTP exchange, for error lines that name no Java exception. */
public final class NetworkProblems {
    private NetworkProblems() {}

    /** What went wrong, e.g. "connection refused" or "unknown host api.example.com". */
    public static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof UnknownHostException) {
            return "unknown host " + message;
        }
        if (e instanceof ConnectException) {
            // OkHttp says "Failed to connect to host:port" and keeps the reason in the cause
            Throwable reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
            String why = reason.getMessage() == null ? "" : reason.getMessage().toLowerCase(Locale.ROOT);
            return why.isEmpty() || why.startsWith("failed to connect") ? "cannot connect" : why;
        }
        if (e instanceof InterruptedIOException) {
            return "timed out";
        }
        if (e instanceof SSLException) {
            return "the TLS handshake failed" + (message.isEmpty() ? "" : ": " + message);
        }
        if (e instanceof EOFException || message.toLowerCase(Locale.ROOT).startsWith("unexpected end of stream")) {
            return "the connection closed before a whole answer came";
        }
        return message.isEmpty() ? "the connection failed" : message;
    }
}
