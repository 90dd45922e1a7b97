package jsa.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jsa.jobs.BoardConfig;
import jsa.jobs.CompanySpec;
import jsa.jobs.Platform;
import jsa.jobs.source.workday.WorkdayConfig;

/**
 * Loopback job boards for {@link SyncBench}: board {@code i} is on platform {@code i % 5} and
 * served from 127.0.0.{2 + i % hosts}, so that boards differ in host key as real companies do.
 * Each answers in its platform's request and response shape (pages of 20 for Workday, of 100 for
 * Lever and SmartRecruiters) after sleeping the latency on its own handler thread. Postings are
 * generated from a seed of (board, index), so the same board always answers the same; each
 * answer is generated once and then replayed, so that from the second sync on the boards cost
 * the machine almost no CPU, as remote boards would not. Every title contains "Engineer", so
 * server-side search has nothing to filter out. The JDK server, not MockWebServer: its handlers run on a pool of
 * ours, one thread per request in flight, and it records nothing per request.
 */
public final class FakeBoardServer implements AutoCloseable {
    /** What a faulty board does instead of answering (see {@link #fault}). */
    public enum Fault {
        /** HTTP 500 to every request. */
        SERVER_ERROR,
        /** HTTP 429 with Retry-After: 1 to every request. */
        RATE_LIMITED,
        /** The connection closed without an answer. */
        RESET,
        /** The answer two seconds late: longer than a test client waits. */
        TIMEOUT,
        /** Half of the JSON, with status 200. */
        TRUNCATED,
        /** An HTML error page with status 200. */
        HTML_PAGE,
        /** 404 for every page after the first; for the one-page platforms, for the board. */
        MISSING_PAGE
    }

    /** The platforms with a board API, in a fixed order: board i is served as platform i mod 5. */
    private static final List<Platform> BOARD_PLATFORMS =
            Arrays.stream(Platform.values()).filter(Platform::hasBoard).toList();

    private static final String[] TITLES = {
        "Software Engineer", "Senior Software Engineer", "Data Engineer", "Site Reliability Engineer", "Staff Engineer"
    };
    private static final String[] CITIES = {"Berlin", "London", "New York, NY", "Remote", "Toronto", "Austin, TX"};
    private static final String[] WORDS = ("build operate scale services team customers data platform reliable "
                    + "systems design review code ship features own roadmap mentor engineers distributed storage "
                    + "latency throughput observability security payments search ranking mobile web api")
            .split(" ");
    private static final byte[] NOT_FOUND = new byte[0];
    private static final LocalDate EPOCH = LocalDate.of(2025, 1, 1);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        // The JDK server writes headers and body apart; with Nagle on, each answer would wait
        // for the client's delayed ACK (40 ms on Linux), which no real board adds.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final JsonFactory JSON = MAPPER.getFactory();

    private final int boards;
    private volatile int postings;
    private final Map<Integer, Fault> faults = new ConcurrentHashMap<>();
    private final long latencyMs;
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-board");
        thread.setDaemon(true);
        return thread;
    });
    /** Every answer given, by request: URI and body. */
    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    public FakeBoardServer(int boards, int postings, long latencyMs, int hosts) throws IOException {
        this.boards = boards;
        this.postings = postings;
        this.latencyMs = latencyMs;
        for (int host = 0; host < hosts; host++) {
            InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + host)});
            HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 128);
            server.setExecutor(handlers);
            server.createContext("/", this::handle);
            server.start();
            servers.add(server);
        }
    }

    /** The companies to import: board {@code i} is "Company i", zero-padded so names sort in board order. */
    public List<CompanySpec> companies() {
        List<CompanySpec> companies = new ArrayList<>();
        for (int board = 0; board < boards; board++) {
            HttpServer server = servers.get(board % servers.size());
            String base = "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                    + server.getAddress().getPort();
            Platform platform = platform(board);
            String token = "board-" + board;
            companies.add(new CompanySpec(
                    String.format("Company %04d", board),
                    platform,
                    "https://careers.example.com/" + token,
                    true,
                    platform == Platform.WORKDAY ? new WorkdayConfig(base, token, "External", Map.of()) : null,
                    platform == Platform.WORKDAY ? null : new BoardConfig(token, base + "/")));
        }
        return companies;
    }

    public static Platform platform(int board) {
        return BOARD_PLATFORMS.get(board % BOARD_PLATFORMS.size());
    }

    /** From now on every board has {@code count} postings (the first ones stay the same). */
    public void postings(int count) {
        postings = count;
        answers.clear();
    }

    /** From now on board {@code board} fails with {@code fault}, or answers again when it is null. */
    public void fault(int board, Fault fault) {
        if (fault == null) {
            faults.remove(board);
        } else {
            faults.put(board, fault);
        }
    }

    /** Requests answered so far. */
    public int requests() {
        return requests.get();
    }

    /** The most requests in flight at once since the last call. */
    int takeMaxInFlight() {
        return maxInFlight.getAndSet(inFlight.get());
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readAllBytes();
            }
            Thread.sleep(latencyMs);
            Fault fault = faults.get(board(exchange.getRequestURI()));
            if (fault != null && fail(exchange, fault, request)) {
                return;
            }
            String key = exchange.getRequestURI() + " " + new String(request, StandardCharsets.UTF_8);
            byte[] body = answers.get(key);
            if (body == null) {
                body = answer(exchange.getRequestURI(), request);
                answers.put(key, body == null ? NOT_FOUND : body);
            } else if (body == NOT_FOUND) {
                body = null;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            requests.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    // true when the fault took the place of the answer
    private boolean fail(HttpExchange exchange, Fault fault, byte[] request) throws IOException, InterruptedException {
        switch (fault) {
            case SERVER_ERROR -> send(exchange, 500, "application/json", "{\"error\": \"internal\"}");
            case RATE_LIMITED -> {
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 429, "application/json", "{\"error\": \"slow down\"}");
            }
            case RESET -> {
                // closing an exchange that sent no headers closes its connection
            }
            case TIMEOUT -> Thread.sleep(2_000);
            case TRUNCATED -> {
                byte[] whole = answer(exchange.getRequestURI(), request);
                String half = whole == null ? "{" : new String(whole, 0, whole.length / 2, StandardCharsets.UTF_8);
                send(exchange, 200, "application/json", half);
            }
            case HTML_PAGE ->
                send(
                        exchange,
                        200,
                        "text/html",
                        "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");
            case MISSING_PAGE -> {
                if (!laterPage(exchange.getRequestURI(), request)) {
                    return false;
                }
                send(exchange, 404, "application/json", "{\"error\": \"not found\"}");
            }
        }
        // a reset closes the exchange unanswered, as does a timeout the client gave up on
        return true;
    }

    private static boolean laterPage(URI uri, byte[] request) throws IOException {
        Map<String, String> query = query(uri);
        String offset = query.getOrDefault("skip", query.get("offset"));
        if (offset != null) {
            return Integer.parseInt(offset) > 0;
        }
        if (uri.getPath().contains("/wday/cxs/")) {
            return MAPPER.readTree(request).path("offset").asInt() > 0;
        }
        // Greenhouse and Ashby answer in one page: the board itself is missing
        return true;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static int board(URI uri) {
        for (String segment : uri.getPath().split("/")) {
            if (segment.startsWith("board-")) {
                return Integer.parseInt(segment.substring("board-".length()));
            }
        }
        return -1;
    }

    // Paths: /v1/boards/{b}/jobs, /v0/postings/{b}, /posting-api/job-board/{b},
    // /v1/companies/{b}/postings, /wday/cxs/{b}/External/jobs; null for anything else.
    private byte[] answer(URI uri, byte[] request) throws IOException {
        int board = board(uri);
        if (board < 0 || board >= boards) {
            return null;
        }
        Map<String, String> query = query(uri);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            switch (platform(board)) {
                case GREENHOUSE, ASHBY -> writeList(json, "jobs", board, 0, postings, null);
                case LEVER -> {
                    int skip = Integer.parseInt(query.get("skip"));
                    int end = Math.min(postings, skip + Integer.parseInt(query.get("limit")));
                    json.writeStartArray();
                    for (int i = skip; i < end; i++) {
                        writePosting(json, Platform.LEVER, board, i);
                    }
                    json.writeEndArray();
                }
                case SMARTRECRUITERS -> {
                    int offset = Integer.parseInt(query.get("offset"));
                    int end = Math.min(postings, offset + Integer.parseInt(query.get("limit")));
                    writeList(json, "content", board, offset, end, postings);
                }
                case WORKDAY -> {
                    JsonNode search = MAPPER.readTree(request);
                    int offset = search.path("offset").asInt();
                    int end = Math.min(postings, offset + search.path("limit").asInt());
                    // as the real API: only the first page's total is real
                    writeList(json, "jobPostings", board, offset, end, offset == 0 ? postings : 0);
                }
            }
        }
        return out.toByteArray();
    }

    private void writeList(JsonGenerator json, String field, int board, int from, int to, Integer total)
            throws IOException {
        json.writeStartObject();
        if (total != null) {
            json.writeNumberField(platform(board) == Platform.WORKDAY ? "total" : "totalFound", total);
        }
        json.writeArrayFieldStart(field);
        for (int i = from; i < to; i++) {
            writePosting(json, platform(board), board, i);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writePosting(JsonGenerator json, Platform platform, int board, int index) throws IOException {
        Random random = new Random(board * 1_000_003L + index);
        String id = board + "-" + index;
        String title = TITLES[random.nextInt(TITLES.length)] + " " + index;
        String city = CITIES[random.nextInt(CITIES.length)];
        LocalDate posted = EPOCH.plusDays(random.nextInt(300));
        int salary = 80_000 + 1_000 * random.nextInt(120);
        String html = platform == Platform.WORKDAY || platform == Platform.SMARTRECRUITERS ? null : html(random);
        json.writeStartObject();
        switch (platform) {
            case GREENHOUSE -> {
                json.writeNumberField("id", board * 1_000_000L + index);
                json.writeStringField("title", title);
                json.writeStringField("absolute_url", "https://boards.example.com/" + id);
                json.writeObjectFieldStart("location");
                json.writeStringField("name", city);
                json.writeEndObject();
                json.writeStringField("first_published", posted + "T09:00:00-04:00");
                // Greenhouse escapes the HTML once more
                json.writeStringField(
                        "content",
                        html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            }
            case LEVER -> {
                json.writeStringField("id", id);
                json.writeStringField("text", title);
                json.writeObjectFieldStart("categories");
                json.writeStringField("location", city);
                json.writeStringField("team", "Engineering");
                json.writeStringField("commitment", "Full-time");
                json.writeEndObject();
                json.writeNumberField("createdAt", posted.toEpochDay() * 86_400_000L);
                json.writeStringField("hostedUrl", "https://jobs.example.com/" + id);
                json.writeStringField("description", html);
                json.writeObjectFieldStart("salaryRange");
                json.writeNumberField("min", salary);
                json.writeNumberField("max", salary + 30_000);
                json.writeStringField("currency", "USD");
                json.writeStringField("interval", "per-year-salary");
                json.writeEndObject();
            }
            case ASHBY -> {
                json.writeStringField("id", id);
                json.writeStringField("title", title);
                json.writeStringField("location", city);
                json.writeStringField("department", "Engineering");
                json.writeStringField("employmentType", "FullTime");
                json.writeStringField("publishedAt", posted + "T09:00:00.000+00:00");
                json.writeBooleanField("isListed", true);
                json.writeStringField("jobUrl", "https://jobs.example.com/" + id);
                json.writeStringField("descriptionHtml", html);
            }
            case SMARTRECRUITERS -> {
                json.writeStringField("id", id);
                json.writeStringField("name", title);
                json.writeStringField("releasedDate", posted + "T09:00:00.000Z");
                json.writeObjectFieldStart("location");
                json.writeStringField("city", city);
                json.writeStringField("country", "us");
                json.writeBooleanField("remote", false);
                json.writeEndObject();
                json.writeObjectFieldStart("typeOfEmployment");
                json.writeStringField("label", "Full-time");
                json.writeEndObject();
            }
            case WORKDAY -> {
                json.writeStringField("title", title);
                json.writeStringField("externalPath", "/job/" + id);
                json.writeStringField("locationsText", city);
                json.writeStringField("postedOn", "Posted " + (2 + random.nextInt(28)) + " Days Ago");
            }
        }
        json.writeEndObject();
    }

    // About 1 KB: a few paragraphs and a list, as a typical job description.
    private static String html(Random random) {
        StringBuilder html = new StringBuilder(1200);
        for (int paragraph = 0; paragraph < 4; paragraph++) {
            html.append(paragraph == 3 ? "<ul>" : "<p>");
            for (int word = 0; word < 30; word++) {
                html.append(paragraph == 3 && word % 10 == 0 ? (word == 0 ? "<li>" : "</li><li>") : " ")
                        .append(WORDS[random.nextInt(WORDS.length)]);
            }
            html.append(paragraph == 3 ? "</li></ul>" : ".</p>");
        }
        return html.toString();
    }

    private static Map<String, String> query(URI uri) {
        return uri.getRawQuery() == null
                ? Map.of()
                : Arrays.stream(uri.getRawQuery().split("&"))
                        .map(pair -> pair.split("=", 2))
                        .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : ""));
    }
}
