package jsa.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jsa.FileProblems;
import jsa.JsaException;

/**
 * Real job boards' recorded responses, served on loopback in place of the live boards, for
 * {@code jsa demo}. The built-in {@code examples/recorded-boards/companies.yaml} names the
 * companies; each one's API path answers with its recording, {@code {platform}-{board}.json}
 * ({@code workday-{tenant}.json}), whatever the search or page asked for. Anything else gets 404.
 */
public final class RecordedBoards implements AutoCloseable {
    private static final String DIRECTORY = "/jsa/examples/recorded-boards/";
    /** What the packaged companies file says in place of the server's address. */
    private static final String PLACEHOLDER = "http://127.0.0.1:PORT";

    private final HttpServer server;
    private final Map<String, byte[]> recordings;

    private RecordedBoards(HttpServer server, Map<String, byte[]> recordings) {
        this.server = server;
        this.recordings = recordings;
    }

    /**
     * Writes the companies file to {@code companiesFile}, every board at a free port of 127.0.0.1,
     * and serves their recordings there until {@link #close()}.
     *
     * @throws JsaException when the file cannot be written or no port can be bound
     */
    public static RecordedBoards start(Path companiesFile) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw JsaException.failure(
                    "cannot serve the recorded boards on loopback (" + FileProblems.describe(e) + ")",
                    "check that this machine allows listening on 127.0.0.1");
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            Files.writeString(companiesFile, text("companies.yaml").replace(PLACEHOLDER, base));
        } catch (IOException e) {
            server.stop(0);
            throw JsaException.failure(
                    "cannot write " + companiesFile + " (" + FileProblems.describe(e) + ")", "check the directory");
        }
        Map<String, byte[]> recordings = new HashMap<>();
        for (CompanySpec company : CompanyFile.read(companiesFile).companies()) {
            recordings.put(path(company, base), bytes(recording(company)));
        }
        RecordedBoards boards = new RecordedBoards(server, Map.copyOf(recordings));
        server.createContext("/", boards::answer);
        server.start();
        return boards;
    }

    /** Stops serving at once. */
    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            // Workday searches are POSTs: read the body so the connection can be reused
            exchange.getRequestBody().readAllBytes();
            byte[] body = recordings.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The path of the company's board API, as its client asks for it; its host must be {@code base}. */
    private static String path(CompanySpec company, String base) {
        String host = company.platform() == Platform.WORKDAY
                ? company.workday().baseUrl()
                : company.board().apiBase();
        // the demo's promise: no real host is ever asked
        if (!base.equals(host)) {
            throw new IllegalStateException(company.name() + "'s recorded board is at " + host + ", not " + base);
        }
        String board =
                company.platform() == Platform.WORKDAY ? null : company.board().board();
        return switch (company.platform()) {
            case WORKDAY ->
                "/wday/cxs/" + company.workday().tenant() + "/"
                        + company.workday().site() + "/jobs";
            case GREENHOUSE -> "/v1/boards/" + board + "/jobs";
            case LEVER -> "/v0/postings/" + board;
            case ASHBY -> "/posting-api/job-board/" + board;
            case SMARTRECRUITERS -> "/v1/companies/" + board + "/postings";
            case OTHER -> throw new IllegalStateException(company.name() + " has no board to record");
        };
    }

    private static String recording(CompanySpec company) {
        String board = company.platform() == Platform.WORKDAY
                ? company.workday().tenant()
                : company.board().board();
        return company.platform().id() + "-" + board + ".json";
    }

    private static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = RecordedBoards.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("the recording " + DIRECTORY + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
