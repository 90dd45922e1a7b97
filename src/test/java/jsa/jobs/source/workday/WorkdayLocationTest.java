package jsa.jobs.source.workday;

import static jsa.jobs.source.workday.FakeWorkdayBoard.fixture;
import static jsa.jobs.source.workday.FakeWorkdayBoard.ok;
import static jsa.jobs.source.workday.FakeWorkdayBoard.page;
import static jsa.jobs.source.workday.FakeWorkdayBoard.read;
import static jsa.jobs.source.workday.FakeWorkdayBoard.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.http.HttpClients;
import jsa.http.HttpFailure;
import jsa.http.JsonFetcher;
import jsa.http.RetryPolicy;
import jsa.jobs.source.BoardQuery;
import jsa.jobs.source.Posting;

import mockwebserver3.MockWebServer;

/** {@code BoardQuery.location} as Workday {@code appliedFacets}. */
class WorkdayLocationTest {
    private MockWebServer server;
    private JsonFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(50), d -> {});
        fetcher = new JsonFetcher(HttpClients.create("jsa-test", policy), JsonFetcher.DEFAULT_MAX_BYTES);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WorkdayClient client(Map<String, String> locationFilters) {
        WorkdayConfig config = new WorkdayConfig(server.url("/").toString(), "gdit", "External", locationFilters);
        return new WorkdayClient(fetcher, config, "GDIT", WorkdayClientTest.CLOCK);
    }

    @ParameterizedTest
    @CsvSource({
        "workday-6.json, any location / REMOTE, locations, 797d10f431ca01a5bf9a549c06447d7a",
        "workday-6.json, Virginia, Location_Region_State_Province, e0889a76c58d4fff9b54b80dadc49000",
        "workday-6.json, BEL Mons - Rue Grande (APC300), locations, 791395baba07100155676f04a4810000",
        "workday-2.json, Boston, locations, 4ba3863bdfd901c2b16a21fd7beb211a"
    })
    void aFacetNameIsLookedUpInTheSitesFacetTree(String facets, String name, String parameter, String id)
            throws InterruptedException {
        server.enqueue(ok(fixture(facets)));
        server.enqueue(ok(page(2, List.of(row(1), row(2)))));

        List<Posting> postings = client(Map.of("Home", name)).fetch(new BoardQuery("data engineer", "home"));

        assertThat(postings).extracting(Posting::title).containsExactly("Engineer 1", "Engineer 2");
        assertThat(server.getRequestCount()).isEqualTo(2);
        JsonNode lookup = read(server.takeRequest().getBody().utf8());
        assertThat(lookup.get("appliedFacets").isEmpty()).isTrue();
        JsonNode search = read(server.takeRequest().getBody().utf8());
        assertThat(search.get("appliedFacets").toString()).isEqualTo("{\"" + parameter + "\":[\"" + id + "\"]}");
        assertThat(search.get("searchText").asText()).isEqualTo("data engineer");
        assertThat(search.get("limit").asInt()).isEqualTo(20);
    }

    @Test
    void aConfiguredFacetIdIsSentWithoutALookup() throws InterruptedException {
        server.enqueue(ok(page(1, List.of(row(1)))));

        client(Map.of("Seattle", "4ba3863bdfd901c2b16a21fd7beb211a")).fetch(new BoardQuery(null, "Seattle"));

        assertThat(server.getRequestCount()).isEqualTo(1);
        JsonNode search = read(server.takeRequest().getBody().utf8());
        assertThat(search.get("appliedFacets").toString())
                .isEqualTo("{\"locations\":[\"4ba3863bdfd901c2b16a21fd7beb211a\"]}");
    }

    @Test
    void aLocationWithoutAFilterIsAUsageErrorNamingTheKnownOnes() {
        WorkdayClient client = client(Map.of("Seattle", "Seattle", "Boston", "4ba3863bdfd901c2b16a21fd7beb211a"));

        assertThatThrownBy(() -> client.fetch(new BoardQuery(null, "Paris")))
                .isInstanceOf(JsaException.class)
                .isNotInstanceOf(HttpFailure.class)
                .hasMessageContaining("GDIT's Workday site 'gdit/External' has no location filter 'Paris'")
                .hasMessageContaining("(known: Boston, Seattle)")
                .extracting(e -> ((JsaException) e).status())
                .isEqualTo(ExitStatus.USAGE);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aFacetNameTheSiteDoesNotHaveIsAUsageErrorNamingItsLocations() {
        server.enqueue(ok(fixture("workday-6.json")));

        assertThatThrownBy(() -> client(Map.of("Paris", "FRA Paris")).fetch(new BoardQuery(null, "Paris")))
                .isInstanceOf(JsaException.class)
                .hasMessageContaining("GDIT's Workday site 'gdit/External' has no facet value 'FRA Paris'")
                .hasMessageContaining("for location 'Paris'")
                .hasMessageContaining("Virginia, Maryland")
                .extracting(e -> ((JsaException) e).status())
                .isEqualTo(ExitStatus.USAGE);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
