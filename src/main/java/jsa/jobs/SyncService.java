package jsa.jobs;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jdbi.v3.core.Jdbi;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.jobs.source.BoardQuery;
import jsa.jobs.source.JobSource;
import jsa.jobs.source.Posting;

/**
 * Syncs the active companies' boards for the active search terms: fetches each board
 * (concurrently, at most {@link #PER_HOST} at once per API host: Workday throttles per pod),
 * keeps the titles that match a term and are not excluded, filters by location, and saves each
 * company in its own transaction. A board that fails is reported and left untouched.
 */
public final class SyncService {
    /** Boards fetched at once from one host. */
    static final int PER_HOST = 2;

    private final Jdbi jdbi;
    private final SourceFactory sources;
    private final ListingStore store;

    public SyncService(Jdbi jdbi, SourceFactory sources, ListingStore store) {
        this.jdbi = jdbi;
        this.sources = sources;
        this.store = store;
    }

    /**
     * Runs one sync and reports each company; {@code progress} hears of each company as it ends.
     *
     * @throws JsaException when there is nothing to sync: no active term (or none matching the
     *     keywords), no active company, or an unknown company name
     */
    public SyncReport sync(SyncRequest request, Consumer<CompanySync> progress) {
        List<SearchConfig> searches = searches(request);
        List<CompanySpec> companies = companies(request);
        int threads = Math.max(1, Math.min(request.concurrency(), companies.size()));
        ExecutorService fetchers = Executors.newFixedThreadPool(threads);
        // One thread and one connection write every company, in the order their fetches end,
        // while the fetchers go on to the next boards.
        ExecutorService writes = Executors.newSingleThreadExecutor();
        ListingStore.Writer writer = request.dryRun() ? null : store.writer();
        try {
            Run run = new Run(request, searches, companies, writes, writer, progress);
            for (int i = 0; i < threads; i++) {
                fetchers.submit(run::fetchAll);
            }
            List<CompanySync> report = new ArrayList<>();
            for (CompletableFuture<CompanySync> result : run.results) {
                report.add(result.get());
            }
            return new SyncReport(report);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JsaException("the sync was interrupted", "run it again", ExitStatus.UNAVAILABLE, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            fetchers.shutdownNow();
            writes.shutdownNow();
            awaitWrites(writes);
            if (writer != null) {
                writer.close();
            }
        }
    }

    /** One sync under way: its boards, shared by the fetcher threads, and a future result per company. */
    private final class Run {
        private final SyncRequest request;
        private final List<SearchConfig> searches;
        private final BoardSchedule schedule;
        private final ExecutorService writes;
        private final ListingStore.Writer writer;
        private final Consumer<CompanySync> progress;
        /** By the companies' order. */
        private final List<CompletableFuture<CompanySync>> results;

        Run(
                SyncRequest request,
                List<SearchConfig> searches,
                List<CompanySpec> companies,
                ExecutorService writes,
                ListingStore.Writer writer,
                Consumer<CompanySync> progress) {
            this.request = request;
            this.searches = searches;
            this.schedule = new BoardSchedule(companies, SyncService::hostKey, PER_HOST);
            this.writes = writes;
            this.writer = writer;
            this.progress = progress;
            this.results = companies.stream()
                    .map(c -> new CompletableFuture<CompanySync>())
                    .toList();
        }

        /** One fetcher thread's work: boards until none is left, each completing its company's result. */
        Void fetchAll() throws InterruptedException {
            for (BoardSchedule.Board board; (board = schedule.take()) != null; ) {
                CompletableFuture<CompanySync> result = results.get(board.index());
                CompanySpec company = board.company();
                try {
                    Fetched fetched = fetchOne(company, searches, request);
                    if (fetched.result() != null) {
                        report(result, () -> fetched.result());
                    } else {
                        writes.submit(
                                () -> report(result, () -> save(writer, company, fetched.kept(), request.complete())));
                    }
                } catch (Throwable e) { // even an Error: sync() waits on every result
                    result.completeExceptionally(e);
                } finally {
                    schedule.done(board);
                }
            }
            return null;
        }

        private void report(CompletableFuture<CompanySync> result, Supplier<CompanySync> sync) {
            try {
                CompanySync done = sync.get();
                progress.accept(done);
                result.complete(done);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }
    }

    /** What fetching one board gave: the postings to save, or the result to report as it is (a failure, a dry run). */
    private record Fetched(List<Posting> kept, CompanySync result) {}

    private Fetched fetchOne(CompanySpec spec, List<SearchConfig> searches, SyncRequest request) {
        try {
            List<Posting> kept = fetch(sources.create(spec), spec.platform(), searches, request.location());
            return request.dryRun()
                    ? new Fetched(
                            null, new CompanySync(spec.name(), spec.platform().id(), kept.size(), null, null))
                    : new Fetched(kept, null);
        } catch (RuntimeException e) {
            return new Fetched(null, failed(spec, e));
        }
    }

    private static CompanySync save(
            ListingStore.Writer writer, CompanySpec spec, List<Posting> kept, boolean complete) {
        try {
            Company company = writer.company(spec.name()).orElseThrow();
            SyncCounts counts = writer.save(company, kept, complete);
            return new CompanySync(spec.name(), spec.platform().id(), kept.size(), counts, null);
        } catch (RuntimeException e) {
            return failed(spec, e);
        }
    }

    // The writer's connection is closed only once no write is running on it.
    private static void awaitWrites(ExecutorService writes) {
        try {
            writes.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // One company's failure, even a bug, must not cost the others their sync.
    private static CompanySync failed(CompanySpec spec, RuntimeException e) {
        String reason = e instanceof JsaException ? e.getMessage() : "internal error: " + e;
        return new CompanySync(spec.name(), spec.platform().id(), 0, null, reason);
    }

    // Platforms with server-side search are asked once per term; the others return the whole
    // board once and the terms are matched here.
    private static List<Posting> fetch(
            JobSource source, Platform platform, List<SearchConfig> searches, String location) {
        boolean serverSearch = platform == Platform.WORKDAY || platform == Platform.SMARTRECRUITERS;
        Map<String, Posting> kept = new LinkedHashMap<>();
        List<Posting> board = serverSearch ? null : source.fetch(new BoardQuery(null, location));
        for (SearchConfig search : searches) {
            TitleFilter filter = new TitleFilter(search);
            List<Posting> found = serverSearch ? source.fetch(new BoardQuery(search.searchTerm(), location)) : board;
            for (Posting posting : found) {
                boolean matches = serverSearch || filter.matches(posting.title());
                if (matches && !filter.excludes(posting.title()) && inLocation(posting, platform, location)) {
                    kept.putIfAbsent(posting.externalId(), posting);
                }
            }
        }
        return List.copyOf(kept.values());
    }

    // Workday filters by facet on the server; the others by their location text here.
    private static boolean inLocation(Posting posting, Platform platform, String location) {
        if (location == null || platform == Platform.WORKDAY) {
            return true;
        }
        return posting.location() != null
                && posting.location().toLowerCase(Locale.ROOT).contains(location.toLowerCase(Locale.ROOT));
    }

    private List<SearchConfig> searches(SyncRequest request) {
        List<SearchConfig> active = jdbi.withExtension(SearchConfigDao.class, SearchConfigDao::list).stream()
                .filter(SearchConfig::active)
                .toList();
        if (active.isEmpty()) {
            throw JsaException.failure(
                    "there is no active search term", "add one with 'jsa search add \"Software Engineer\"'");
        }
        if (request.keywords() == null) {
            return active;
        }
        String keywords = request.keywords().toLowerCase(Locale.ROOT);
        List<SearchConfig> matching = active.stream()
                .filter(s -> s.searchTerm().toLowerCase(Locale.ROOT).contains(keywords))
                .toList();
        if (matching.isEmpty()) {
            throw JsaException.usage(
                    "no active search term contains '" + request.keywords() + "'",
                    "'jsa search list' shows them; 'jsa search add' adds one");
        }
        return matching;
    }

    private List<CompanySpec> companies(SyncRequest request) {
        CompanyService service = new CompanyService(jdbi);
        List<CompanySpec> chosen = new ArrayList<>();
        if (request.companies().isEmpty()) {
            service.specs(true).stream().filter(c -> c.platform().hasBoard()).forEach(chosen::add);
        } else {
            for (String name : request.companies()) {
                CompanySpec company = service.show(name);
                if (!company.platform().hasBoard()) {
                    throw JsaException.usage(
                            company.name() + " has no job board to sync (platform other)",
                            "its listings come from 'jsa jobs add URL'");
                }
                chosen.add(company);
            }
        }
        if (chosen.isEmpty()) {
            throw JsaException.failure("there is no active company", "import some with 'jsa company import FILE'");
        }
        return chosen;
    }

    // Workday pods are shared by tenants: wd5.myworkdayjobs.com for acme.wd5.myworkdayjobs.com.
    static String hostKey(CompanySpec company) {
        String base = company.workday() != null
                ? company.workday().baseUrl()
                : company.board().apiBase();
        if (base == null) {
            return company.platform().id();
        }
        String host = URI.create(base).getHost();
        if (host == null) {
            return base;
        }
        return host.endsWith(".myworkdayjobs.com") ? host.substring(host.indexOf('.') + 1) : host;
    }
}
