package jsa.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jsa.config.ConfigKey;
import jsa.db.Database;
import jsa.http.HttpClients;
import jsa.http.JsonFetcher;
import jsa.http.RetryPolicy;
import jsa.jobs.Company;
import jsa.jobs.CompanyDao;
import jsa.jobs.CompanyService;
import jsa.jobs.CompanySpec;
import jsa.jobs.CompanySync;
import jsa.jobs.JobSources;
import jsa.jobs.ListingStore;
import jsa.jobs.Platform;
import jsa.jobs.SearchConfig;
import jsa.jobs.SourceFactory;
import jsa.jobs.SyncReport;
import jsa.jobs.SyncRequest;
import jsa.jobs.SyncService;
import jsa.jobs.source.JobSource;
import jsa.jobs.source.Posting;

/**
 * Sync benchmark: the real {@link SyncService} wiring (OkHttp client, {@link JsonFetcher},
 * {@link JobSources}, {@link ListingStore}) against {@link FakeBoardServer} boards, each into a
 * fresh SQLite database. Prints the sync wall time at concurrency 1 and at the default, the
 * ideal schedule for the default, the time to upsert every listing, a second no-change sync
 * (which must leave {@code PRAGMA data_version} as it was), the heap, and {@code bin/jsa jobs
 * list} (default and every listing, {@link ListBench}) over the synced database against a Java
 * hello-world.
 *
 * <p>Arguments: boards (200), postings per board (250), latency in ms (50), loopback hosts (8);
 * {@code -Djsa.root} is the project directory (default: the working directory). Each host is
 * its own host key, so the per-host limit of {@value #PER_HOST} boards applies per host.
 */
public final class SyncBench {
    /** {@code SyncService.PER_HOST}. */
    private static final int PER_HOST = 2;
    /** Workday pages fetched at once after the first ({@code WorkdayClient.THREADS}). */
    private static final int WORKDAY_THREADS = 4;

    /** CPU time of the process during the last {@link #sync}. */
    private static long lastCpuMs;

    private SyncBench() {}

    public static void main(String[] args) throws Exception {
        int boards = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int postings = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        int latency = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int hosts = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        Path root = Path.of(System.getProperty("jsa.root", ".")).toAbsolutePath();
        Path dir = Files.createTempDirectory("jsa-sync-bench");
        System.out.printf(
                "%nSync: %d boards × %d postings, %d ms latency, %d loopback hosts, %s, %d cores%n",
                boards,
                postings,
                latency,
                hosts,
                System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors());

        try {
            syncBench(boards, postings, latency, hosts, dir);
            ListBench.run(root, dir, dir.resolve("jsa.db"));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static void syncBench(int boards, int postings, int latency, int hosts, Path dir) throws Exception {
        int concurrency =
                Integer.parseInt(ConfigKey.SYNC_CONCURRENCY.defaultValue().orElseThrow());
        try (FakeBoardServer server = new FakeBoardServer(boards, postings, latency, hosts)) {
            List<CompanySpec> companies = server.companies();
            long trips = 0;
            long slowest = 0;
            for (int board = 0; board < boards; board++) {
                long boardTrips = roundTrips(FakeBoardServer.platform(board), postings);
                trips += boardTrips;
                slowest = Math.max(slowest, boardTrips);
            }
            int slots = Math.min(concurrency, PER_HOST * hosts);
            double ideal = Math.max(slowest * latency, (double) trips * latency / slots);

            Map<String, List<Posting>> fetched = new ConcurrentHashMap<>();
            Database serial = database(dir.resolve("serial.db"), companies);
            int before = server.requests();
            long serialMs = sync(serial, 1, boards * postings, fetched);
            System.out.printf(
                    "requests per sync     %d, %d sequential round trips, slowest board %d%n",
                    server.requests() - before, trips, slowest);
            System.out.printf(
                    "sync, concurrency 1   %8d ms  (%d in flight at most; ideal %d ms; cpu %d ms)%n",
                    serialMs, server.takeMaxInFlight(), trips * latency, lastCpuMs);

            Database stored = database(dir.resolve("store.db"), companies);
            long storeMs = timeStore(stored, fetched);
            fetched.clear();

            Database main = database(dir.resolve("jsa.db"), companies);
            HeapWatch heap = new HeapWatch();
            long parallelMs = sync(main, concurrency, boards * postings, null);
            heap.stop();
            System.out.printf(
                    "sync, concurrency %-3d %8d ms  (%d in flight at most; %d board slots; cpu %d ms)%n",
                    concurrency, parallelMs, server.takeMaxInFlight(), slots, lastCpuMs);
            System.out.printf(
                    "  speed-up            %8.2f×  goal ≥ 15×; bound: %d slots, serial ideal / ideal = %.2f×%n",
                    (double) serialMs / parallelMs, slots, trips * latency / ideal);
            System.out.printf(
                    "  ideal schedule      %8.0f ms  = max(%d × %d, %d × %d ÷ %d); actual/ideal %.2f×  goal ≤ 1.5×%n",
                    ideal, slowest, latency, trips, latency, slots, parallelMs / ideal);
            System.out.printf("upsert %d listings %8d ms  goal ≤ 1000 ms%n", boards * postings, storeMs);

            try (Connection watcher = main.connection()) {
                long version = dataVersion(watcher);
                long againMs = sync(main, concurrency, boards * postings, null);
                boolean unchanged = dataVersion(watcher) == version;
                System.out.printf(
                        "no-change sync        %8d ms  data_version %s%n",
                        againMs, unchanged ? "unchanged: wrote nothing" : "CHANGED: it wrote");
            }
            System.out.printf(
                    "heap during sync      baseline %d MB live; max after GC %d MB (+%d MB); peak used %d MB"
                            + " (one JVM with the fake server)%n",
                    heap.baseline >> 20,
                    heap.maxAfterGc.get() >> 20,
                    Math.max(0, heap.maxAfterGc.get() - heap.baseline) >> 20,
                    heap.peakUsed >> 20);
        }
    }

    /** A board's sequential round trips for one search term, as its client pages. */
    private static long roundTrips(Platform platform, int postings) {
        return switch (platform) {
            case GREENHOUSE, ASHBY -> 1;
            // Lever stops at a short page: one more when the last page is full
            case LEVER -> postings / 100 + 1;
            case SMARTRECRUITERS -> Math.max(1, (postings + 99) / 100);
            // the first page, then the rest WORKDAY_THREADS at a time
            case WORKDAY -> 1 + (Math.max(1, (postings + 19) / 20) - 1 + WORKDAY_THREADS - 1) / WORKDAY_THREADS;
            case OTHER -> 0;
        };
    }

    private static Database database(Path file, List<CompanySpec> companies) {
        Database database = Database.open(file);
        CompanyService service = new CompanyService(database.jdbi());
        companies.forEach(service::add);
        service.saveSearch(new SearchConfig("Engineer", List.of(), true));
        return database;
    }

    /**
     * Runs one sync as {@code AppContext.sync()} wires it, checking that every posting was kept;
     * {@code record}, when not null, gets each company's fetched postings.
     */
    private static long sync(Database database, int concurrency, int expected, Map<String, List<Posting>> record) {
        Clock clock = Clock.systemDefaultZone();
        JsonFetcher fetcher =
                new JsonFetcher(HttpClients.create("jsa-bench", RetryPolicy.DEFAULT), JsonFetcher.DEFAULT_MAX_BYTES);
        JobSources real = new JobSources(fetcher, clock);
        SourceFactory sources = record == null
                ? real
                : spec -> {
                    JobSource source = real.create(spec);
                    return query -> {
                        List<Posting> postings = source.fetch(query);
                        record.put(spec.name(), postings);
                        return postings;
                    };
                };
        SyncService service = new SyncService(database.jdbi(), sources, new ListingStore(database.jdbi(), clock));
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        SyncReport report = service.sync(new SyncRequest(null, null, List.of(), concurrency, false), company -> {});
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        lastCpuMs = TimeUnit.NANOSECONDS.toMillis(processCpuNanos() - cpuStart);
        int kept = report.companies().stream().mapToInt(CompanySync::fetched).sum();
        if (report.failures() > 0 || kept != expected) {
            throw new IllegalStateException(
                    report.failures() + " boards failed, " + kept + " of " + expected + " postings kept: "
                            + report.companies().stream()
                                    .filter(c -> !c.ok())
                                    .map(c -> c.company() + " (" + c.platform() + "): " + c.fetched()
                                            + (c.ok() ? "" : ", " + c.error()))
                                    .limit(5)
                                    .toList());
        }
        return ms;
    }

    /** Every board's postings through one {@link ListingStore#writer}, one transaction per company as the sync does. */
    private static long timeStore(Database database, Map<String, List<Posting>> fetched) {
        ListingStore store = new ListingStore(database.jdbi(), Clock.systemDefaultZone());
        List<Company> companies = new ArrayList<>();
        fetched.keySet()
                .forEach(name -> companies.add(database.jdbi()
                        .withExtension(CompanyDao.class, dao -> dao.findByName(name))
                        .orElseThrow()));
        long start = System.nanoTime();
        try (ListingStore.Writer writer = store.writer()) {
            companies.forEach(company -> writer.save(company, fetched.get(company.name()), true));
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    // CPU of the whole process, the fake boards' included: on few cores it bounds the speed-up.
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long dataVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA data_version")) {
            return result.getLong(1);
        }
    }
}
