package jsa.jobs.source.workday;

import static jsa.jobs.source.workday.FakeWorkdayBoard.fixture;
import static jsa.jobs.source.workday.FakeWorkdayBoard.ok;
import static jsa.jobs.source.workday.FakeWorkdayBoard.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import jsa.http.HttpClients;
import jsa.http.HttpFailure;
import jsa.http.JsonFetcher;
import jsa.http.RetryPolicy;
import jsa.jobs.source.BoardQuery;
import jsa.jobs.source.Posting;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

class WorkdayClientTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-03T15:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 8, 3);

    private MockWebServer server;
    private WorkdayClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(50), d -> {});
        JsonFetcher fetcher = new JsonFetcher(HttpClients.create("jsa-test", policy), JsonFetcher.DEFAULT_MAX_BYTES);
        WorkdayConfig config =
                new WorkdayConfig(server.url("/").toString(), "nordstrom", "nordstrom_careers", Map.of());
        client = new WorkdayClient(fetcher, config, "Nordstrom", CLOCK);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void mapsTheRecordedArrowstreetListing() {
        server.enqueue(ok(fixture("workday-2.json")));

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings).hasSize(4);
        assertThat(postings.get(0))
                .isEqualTo(new Posting(
                        "/job/Boston/Quantitative-Researcher-Intern--Summer-2027_R1505",
                        "Quantitative Researcher Intern, Summer 2027",
                        "Boston",
                        "/job/Boston/Quantitative-Researcher-Intern--Summer-2027_R1505",
                        null,
                        "Posted 18 Days Ago",
                        TODAY.minusDays(18),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(postings.get(3).postedOn()).isEqualTo("Posted 30+ Days Ago");
        assertThat(postings.get(3).postedDate()).isNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void mapsTheRecordedWorkdayListingAndPagesByItsFirstTotal() {
        List<Integer> offsets = Collections.synchronizedList(new ArrayList<>());
        server.setDispatcher(FakeWorkdayBoard.fixtureThenEmpty(fixture("workday-4.json"), offsets));

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings)
                .extracting(Posting::title)
                .containsExactly(
                        "Sr Site Reliability Engineer (US Federal)",
                        "Sr. Site Reliability Engineer (US Federal)",
                        "Site Reliability Engineer (US Federal)",
                        "Analytics Sr Software Engineer (US Federal)");
        assertThat(postings.get(0).location()).isEqualTo("USA.VA.Reston");
        assertThat(postings.get(0).postedDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(postings.get(3).postedDate()).isEqualTo(TODAY.minusDays(2));
        // total 347: pages 0, 20 … 340
        assertThat(offsets.stream().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(0, 17).map(i -> i * 20).boxed().toList());
    }

    @Test
    void sendsTheSearchTextInEveryPageOfTheRecordedGditSearch() {
        List<Integer> offsets = Collections.synchronizedList(new ArrayList<>());
        server.setDispatcher(FakeWorkdayBoard.fixtureThenEmpty(fixture("workday-6.json"), offsets));

        List<Posting> postings = client.fetch(new BoardQuery("data engineer", null));

        assertThat(postings).hasSize(4);
        assertThat(postings.get(1).externalId())
                .isEqualTo("/job/DEU-Wiesbaden---Wiesbaden-Army-Airfield-APC180/Cloud-Data-Engineer_RQ221571-1");
        assertThat(postings.get(1).location()).isEqualTo("DEU Wiesbaden - Wiesbaden Army Airfield (APC180)");
        assertThat(postings.get(1).postedDate()).isEqualTo(TODAY.minusDays(8));
        assertThat(offsets).hasSize(33); // total 644
    }

    @Test
    void postsAllFourKeysWithALimitOf20AsJson() throws InterruptedException {
        server.enqueue(ok(page(1, List.of(FakeWorkdayBoard.row(1)))));

        client.fetch(BoardQuery.ALL);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/wday/cxs/nordstrom/nordstrom_careers/jobs");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        JsonNode body = FakeWorkdayBoard.read(request.getBody().utf8());
        assertThat(body.properties())
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("appliedFacets", "limit", "offset", "searchText");
        assertThat(body.get("appliedFacets").isObject()).isTrue();
        assertThat(body.get("appliedFacets").isEmpty()).isTrue();
        assertThat(body.get("limit").asInt()).isEqualTo(20);
        assertThat(body.get("offset").asInt()).isZero();
        assertThat(body.get("searchText").asText()).isEmpty();
    }

    @Test
    void aBoardOf45TakesThreePagesThoughLaterPagesSayTotal0() {
        FakeWorkdayBoard board = new FakeWorkdayBoard(45);
        server.setDispatcher(board);

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(board.offsets()).containsExactly(0, 20, 40);
        assertThat(postings).hasSize(45);
        assertThat(postings).extracting(Posting::externalId).doesNotHaveDuplicates();
        assertThat(postings.get(44).title()).isEqualTo("Engineer 44");
    }

    @Test
    void fetchesTheLaterPagesFourAtATime() {
        FakeWorkdayBoard board = new FakeWorkdayBoard(200).slowLaterPages(100);
        server.setDispatcher(board);

        assertThat(client.fetch(BoardQuery.ALL)).hasSize(200);

        assertThat(board.maxInFlight()).isEqualTo(4);
    }

    @Test
    void aFailingMiddlePageFailsTheWholeFetch() {
        FakeWorkdayBoard board = new FakeWorkdayBoard(45).failingAt(20);
        server.setDispatcher(board);

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("Nordstrom's Workday site 'nordstrom/nordstrom_careers' answered HTTP 500");
        assertThat(board.offsets()).filteredOn(offset -> offset == 20).hasSize(3);
    }

    @Test
    void aTotalCappedAt2000PagesOnPastTheCapUntilAShortPage() {
        FakeWorkdayBoard board = new FakeWorkdayBoard(2013).reportingTotal(2000);
        server.setDispatcher(board);

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings).hasSize(2013);
        assertThat(postings).extracting(Posting::externalId).doesNotHaveDuplicates();
        assertThat(board.offsets()).hasSize(101).endsWith(1980, 2000);
    }

    @Test
    void aCappedSiteThatRepeatsRowsPastTheCapFailsRatherThanGiveAPartialList() {
        server.setDispatcher(new FakeWorkdayBoard(2500).reportingTotal(2000).repeatingPastTheCap());

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("repeats postings past offset 2000");
    }

    @Test
    void datesPostedTextAgainstTheClock() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String text : List.of(
                "Posted Today",
                "Posted Yesterday",
                "Posted 3 Days Ago",
                "Posted 30+ Days Ago",
                "Publié il y a 3 jours")) {
            Map<String, Object> row = FakeWorkdayBoard.row(rows.size());
            row.put("postedOn", text);
            rows.add(row);
        }
        Map<String, Object> undated = FakeWorkdayBoard.row(rows.size());
        undated.remove("postedOn");
        rows.add(undated);
        server.enqueue(ok(page(rows.size(), rows)));

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings)
                .extracting(Posting::postedDate)
                .containsExactly(TODAY, TODAY.minusDays(1), TODAY.minusDays(3), null, null, null);
        assertThat(postings.get(4).postedOn()).isEqualTo("Publié il y a 3 jours");
    }

    @Test
    void skipsBareRowsWithoutAPath() {
        server.enqueue(ok(page(2, List.of(FakeWorkdayBoard.row(1), Map.of("bulletFields", List.of("RQ222505"))))));

        assertThat(client.fetch(BoardQuery.ALL)).extracting(Posting::title).containsExactly("Engineer 1");
    }

    @Test
    void anAnswerWithoutJobPostingsIsAFailureNotAnEmptyBoard() {
        server.enqueue(ok("{\"errorCode\":\"HTTP_400\",\"httpStatus\":400,\"message\":\"\"}"));

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("sent no 'jobPostings' list at offset 0");
    }
}
