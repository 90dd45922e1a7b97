package jsa.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.JsaException;
import jsa.db.Database;
import jsa.http.HttpFailure;
import jsa.jobs.source.BoardQuery;
import jsa.jobs.source.JobSource;
import jsa.jobs.source.Posting;
import jsa.jobs.source.workday.WorkdayConfig;

class SyncServiceTest {
    @TempDir
    Path dir;

    private final Map<String, JobSource> boards = new HashMap<>();
    private final List<BoardQuery> queries = new CopyOnWriteArrayList<>();
    private Jdbi jdbi;
    private SyncService sync;
    private CompanyService companies;

    @BeforeEach
    void open() {
        jdbi = Database.open(dir.resolve("jsa.db")).jdbi();
        companies = new CompanyService(jdbi);
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
        sync = new SyncService(jdbi, company -> boards.get(company.name()), new ListingStore(jdbi, clock));
    }

    @Test
    void keepsMatchingTitlesAndDropsExcludedOnes() {
        companies.saveSearch(new SearchConfig("Software Engineer", List.of("Staff", "Principal"), true));
        board(
                "Acme",
                Platform.GREENHOUSE,
                "Software Engineer II",
                "Staff Software Engineer",
                "Data Analyst",
                "Engineer, Software (Backend)");

        SyncReport report = sync.sync(request(null, null), c -> {});

        assertThat(report.companies()).singleElement().satisfies(c -> {
            assertThat(c.ok()).isTrue();
            assertThat(c.fetched()).isEqualTo(2);
            assertThat(c.counts().added()).isEqualTo(2);
        });
        assertThat(titles("Acme")).containsExactlyInAnyOrder("Software Engineer II", "Engineer, Software (Backend)");
    }

    @Test
    void keywordsChooseTheSearchTermsThatContainThem() {
        companies.saveSearch(new SearchConfig("Software Engineer", List.of(), true));
        companies.saveSearch(new SearchConfig("Data Analyst", List.of(), true));
        companies.saveSearch(new SearchConfig("Data Engineer", List.of(), false));
        board("Acme", Platform.SMARTRECRUITERS, "Whatever the server found");

        sync.sync(request("data", null), c -> {});

        assertThat(queries).extracting(BoardQuery::searchText).containsExactly("Data Analyst");
        assertThatThrownBy(() -> sync.sync(request("nurse", null), c -> {}))
                .isInstanceOf(JsaException.class)
                .hasMessageContaining("no active search term contains 'nurse'");
    }

    @Test
    void aFailedBoardIsReportedAndLeftAsItWasWhileTheOthersAreSaved() {
        companies.saveSearch(new SearchConfig("Engineer", List.of(), true));
        board("Acme", Platform.LEVER, "Engineer I", "Engineer II");
        board("Globex", Platform.ASHBY, "Engineer III");
        sync.sync(request(null, null), c -> {});
        boards.put("Acme", query -> {
            throw new HttpFailure("Acme's Lever board 'acme' answered HTTP 503", "retry later", null);
        });
        board("Globex", Platform.ASHBY, "Engineer IV");

        List<CompanySync> heard = new CopyOnWriteArrayList<>();
        SyncReport report = sync.sync(request(null, null), heard::add);

        assertThat(report.failures()).isEqualTo(1);
        assertThat(heard).hasSize(2);
        assertThat(report.companies().get(0).error()).contains("HTTP 503");
        assertThat(listings("Acme")).extracting(JobListing::isStale).containsOnly(false);
        assertThat(titles("Acme")).containsExactlyInAnyOrder("Engineer I", "Engineer II");
        assertThat(listings("Globex"))
                .filteredOn(JobListing::isStale)
                .extracting(JobListing::title)
                .containsExactly("Engineer III");
    }

    @Test
    void aBugInOneClientCostsOnlyThatCompany() {
        companies.saveSearch(new SearchConfig("Engineer", List.of(), true));
        board("Acme", Platform.LEVER, "Engineer I");
        board("Globex", Platform.ASHBY, "Engineer II");
        boards.put("Acme", query -> {
            throw new IllegalStateException("bug");
        });

        SyncReport report = sync.sync(request(null, null), c -> {});

        assertThat(report.companies().get(0).error()).isEqualTo("internal error: java.lang.IllegalStateException: bug");
        assertThat(titles("Globex")).containsExactly("Engineer II");
    }

    @Test
    void aFilteredSyncNeverMarksListingsStale() {
        companies.saveSearch(new SearchConfig("Engineer", List.of(), true));
        board("Acme", Platform.GREENHOUSE, "Engineer I", "Engineer II");
        sync.sync(request(null, null), c -> {});
        board("Acme", Platform.GREENHOUSE, "Engineer I");

        sync.sync(request("engineer", null), c -> {});
        sync.sync(request(null, "Seattle"), c -> {});

        assertThat(listings("Acme")).extracting(JobListing::isStale).containsOnly(false);
    }

    @Test
    void locationFiltersByTheListingsLocationText() {
        companies.saveSearch(new SearchConfig("Engineer", List.of(), true));
        boards.put(
                "Acme",
                query -> List.of(posting("1", "Engineer", "Seattle, WA"), posting("2", "Engineer", "Austin, TX")));
        companies.add(spec("Acme", Platform.GREENHOUSE));

        sync.sync(request(null, "seattle"), c -> {});

        assertThat(listings("Acme")).extracting(JobListing::location).containsExactly("Seattle, WA");
    }

    @Test
    void aDryRunWritesNothing() {
        companies.saveSearch(new SearchConfig("Engineer", List.of(), true));
        board("Acme", Platform.GREENHOUSE, "Engineer I");

        SyncReport report = sync.sync(new SyncRequest(null, null, List.of(), 2, true), c -> {});

        assertThat(report.companies().get(0).fetched()).isEqualTo(1);
        assertThat(listings("Acme")).isEmpty();
    }

    @Test
    void nothingToSyncIsAClearError() {
        assertThatThrownBy(() -> sync.sync(request(null, null), c -> {})).hasMessageContaining("no active search term");
        companies.saveSearch(new SearchConfig("Engineer", List.of(), true));
        assertThatThrownBy(() -> sync.sync(request(null, null), c -> {})).hasMessageContaining("no active company");
    }

    @Test
    void workdayPodsShareOneHostLimit() {
        CompanySpec a = new CompanySpec(
                "A",
                Platform.WORKDAY,
                null,
                true,
                new WorkdayConfig("https://a.wd5.myworkdayjobs.com", "a", "A", Map.of()),
                null);
        CompanySpec b = new CompanySpec(
                "B",
                Platform.WORKDAY,
                null,
                true,
                new WorkdayConfig("https://b.wd5.myworkdayjobs.com", "b", "B", Map.of()),
                null);

        assertThat(SyncService.hostKey(a)).isEqualTo(SyncService.hostKey(b)).isEqualTo("wd5.myworkdayjobs.com");
        assertThat(SyncService.hostKey(spec("C", Platform.GREENHOUSE))).isEqualTo("greenhouse");
    }

    private void board(String company, Platform platform, String... titles) {
        if (jdbi.withExtension(CompanyDao.class, dao -> dao.findByName(company)).isEmpty()) {
            companies.add(spec(company, platform));
        }
        List<Posting> postings = new ArrayList<>();
        for (String title : titles) {
            postings.add(posting(company + "-" + title, title, "Remote"));
        }
        boards.put(company, query -> {
            queries.add(query);
            return postings;
        });
    }

    private static CompanySpec spec(String name, Platform platform) {
        return new CompanySpec(name, platform, null, true, null, new BoardConfig(name.toLowerCase(), null));
    }

    private static SyncRequest request(String keywords, String location) {
        return new SyncRequest(keywords, location, List.of(), 4, false);
    }

    private static Posting posting(String id, String title, String location) {
        return new Posting(id, title, location, null, null, null, null, null, null, null, null, null, null, null);
    }

    private List<JobListing> listings(String company) {
        long id = jdbi.withExtension(CompanyDao.class, dao -> dao.findByName(company))
                .orElseThrow()
                .id();
        return jdbi.onDemand(JobListingDao.class).forCompany(id);
    }

    private List<String> titles(String company) {
        return listings(company).stream().map(JobListing::title).toList();
    }
}
