package jsa.jobs.source.workday;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A Workday site of {@code size} generated postings that answers each search by the offset in its
 * body, as Workday does: the real total on the first page only, {@code total: 0} after it.
 */
final class FakeWorkdayBoard extends Dispatcher {
    static final ObjectMapper JSON = new ObjectMapper();

    private final int size;
    private int reportedTotal;
    private int failingOffset = -1;
    private boolean repeatsPastCap;
    private long laterPageMillis;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final List<JsonNode> bodies = Collections.synchronizedList(new ArrayList<>());

    FakeWorkdayBoard(int size) {
        this.size = size;
        this.reportedTotal = size;
    }

    /** The first page says {@code total} (e.g. a capped 2000) instead of the real size. */
    FakeWorkdayBoard reportingTotal(int total) {
        this.reportedTotal = total;
        return this;
    }

    /** The page at {@code offset} answers 500 every time. */
    FakeWorkdayBoard failingAt(int offset) {
        this.failingOffset = offset;
        return this;
    }

    /** Past 2000 rows every page repeats the first one, as some capped tenants do. */
    FakeWorkdayBoard repeatingPastTheCap() {
        this.repeatsPastCap = true;
        return this;
    }

    /** Pages after the first take {@code millis} to answer, so concurrent ones overlap. */
    FakeWorkdayBoard slowLaterPages(long millis) {
        this.laterPageMillis = millis;
        return this;
    }

    /** The most searches that were being answered at one time. */
    int maxInFlight() {
        return maxInFlight.get();
    }

    /** The bodies of the searches received, in arrival order. */
    List<JsonNode> bodies() {
        synchronized (bodies) {
            return List.copyOf(bodies);
        }
    }

    /** The offsets asked for, sorted. */
    List<Integer> offsets() {
        return bodies().stream()
                .map(body -> body.get("offset").asInt())
                .sorted()
                .toList();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            return answer(read(request.getBody().utf8()));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private MockResponse answer(JsonNode body) throws InterruptedException {
        bodies.add(body);
        int offset = body.get("offset").asInt();
        if (offset > 0 && laterPageMillis > 0) {
            Thread.sleep(laterPageMillis);
        }
        if (offset == failingOffset) {
            return new MockResponse.Builder().code(500).build();
        }
        int from = repeatsPastCap && offset >= WorkdayClient.TOTAL_CAP ? 0 : offset;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = from; i < Math.min(from + body.get("limit").asInt(), size); i++) {
            rows.add(row(i));
        }
        return ok(page(offset == 0 ? reportedTotal : 0, rows));
    }

    /** The list row of generated posting {@code i}. */
    static Map<String, Object> row(int i) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", "Engineer " + i);
        row.put("externalPath", "/job/Seattle/Engineer-" + i + "_R" + i);
        row.put("locationsText", "US, WA, Seattle");
        row.put("postedOn", "Posted " + (i % 30) + " Days Ago");
        row.put("bulletFields", List.of("R" + i));
        return row;
    }

    /** A search answer of {@code rows} that says {@code total}. */
    static String page(int total, List<? extends Map<String, ?>> rows) {
        try {
            return JSON.writeValueAsString(Map.of("total", total, "jobPostings", rows, "facets", List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MockResponse ok(String json) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(json)
                .build();
    }

    /** A recorded answer from {@code src/test/resources/fixtures/ats}. */
    static String fixture(String name) {
        try (InputStream in = FakeWorkdayBoard.class.getResourceAsStream("/fixtures/ats/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code first} for offset 0 and empty pages after it (the fixtures are trimmed). */
    static Dispatcher fixtureThenEmpty(String first, List<Integer> offsets) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int offset = read(request.getBody().utf8()).get("offset").asInt();
                offsets.add(offset);
                return ok(offset == 0 ? first : page(0, List.of()));
            }
        };
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
