package jsa.jobs;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Generated Greenhouse boards on loopback, for tests that need many postings. */
public final class GreenhouseBoard {
    private GreenhouseBoard() {}

    /**
     * Board {@code name} with {@code postings} postings titled {@code prefix} and their number,
     * with ids that differ from board to board.
     */
    public static String json(String name, int postings, String prefix) {
        StringBuilder json = new StringBuilder("{\"jobs\": [");
        for (int i = 0; i < postings; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\": ")
                    .append(name.hashCode() & 0xffff)
                    .append(i)
                    .append(", \"title\": \"")
                    .append(prefix)
                    .append(i)
                    .append("\", \"location\": {\"name\": \"Remote\"}}");
        }
        return json.append("]}").toString();
    }

    /**
     * A started server that answers every board after {@code delayMs} with {@code postings}
     * postings titled as {@code prefix} says at the time of the request.
     */
    public static MockWebServer serve(int postings, long delayMs, Supplier<String> prefix) throws IOException {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .addHeader("Content-Type", "application/json")
                        .headersDelay(delayMs, TimeUnit.MILLISECONDS)
                        .body(json(request.getUrl().pathSegments().get(2), postings, prefix.get()))
                        .build();
            }
        });
        server.start();
        return server;
    }

    /** A companies file: {@code companies} boards on {@code server}, "Company 0" on, searched for "Engineer". */
    public static String companies(MockWebServer server, int companies) {
        String base = server.url("/").toString().replaceAll("/$", "");
        StringBuilder yaml = new StringBuilder("companies:\n");
        for (int c = 0; c < companies; c++) {
            yaml.append("  - {name: Company ")
                    .append(c)
                    .append(", platform: greenhouse, board: b")
                    .append(c)
                    .append(", api_base: '")
                    .append(base)
                    .append("'}\n");
        }
        return yaml.append("search_configs:\n  - {search_term: Engineer}\n").toString();
    }
}
