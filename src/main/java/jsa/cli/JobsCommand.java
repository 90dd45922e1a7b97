package jsa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.jline.terminal.Terminal;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.Page;
import jsa.jobs.ListingRow;
import jsa.jobs.ListingService;
import jsa.jobs.ListingStatus;
import jsa.jobs.PostingImport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "jobs",
        mixinStandardHelpOptions = true,
        description = {
            "List and review fetched listings: filter, mark, open.",
            "Without a subcommand: the new listings, as 'jobs list' shows them."
        })
final class JobsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ListingListOptions options;

    @Override
    public Integer call() {
        return list(options);
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List listings (stale ones and inactive companies hidden).")
    int list(@Mixin ListingListOptions listOptions) {
        ListingService listings = service();
        Page<ListingRow> page = listings.page(listOptions.filter(), listOptions.page.limit());
        List<ListingRow> rows = page.rows();
        PrintWriter out = spec.commandLine().getOut();
        RowPrinter.print(
                out,
                listOptions.page.format,
                List.of("ID", "STATUS", "COMPANY", "TITLE", "LOCATION", "POSTED", "URL"),
                rows.stream()
                        .map(r -> List.of(
                                Long.toString(r.id()),
                                r.status(),
                                r.company(),
                                r.title(),
                                text(r.location()),
                                r.postedDate() != null ? r.postedDate().toString() : text(r.postedOn()),
                                text(r.url())))
                        .toList(),
                rows);
        PrintWriter err = spec.commandLine().getErr();
        PageOptions.noteLeftOut(err, page, "listings");
        if (listOptions.page.format == OutputFormat.table) {
            err.println("jsa: " + listings.newCount() + " new listings to review");
        }
        return ExitStatus.OK.code();
    }

    @Command(
            name = "mark",
            mixinStandardHelpOptions = true,
            description = "Set the status of listings (APPLIED is final).")
    int mark(
            @Parameters(paramLabel = "ID", arity = "1..*", description = "Listing ids.") List<Long> ids,
            @Option(names = "--status", required = true, description = "interested, dismissed or applied.")
                    ListingStatus status) {
        int changed = service().mark(ids, status);
        spec.commandLine().getErr().println("jsa: " + changed + " marked " + status.id());
        return ExitStatus.OK.code();
    }

    @Command(name = "dismiss-all", mixinStandardHelpOptions = true, description = "Dismiss every new listing.")
    int dismissAll(
            @Option(
                            names = {"-y", "--yes"},
                            description = "Do not ask.")
                    boolean yes) {
        return bulk(ListingStatus.NEW, ListingStatus.DISMISSED, yes);
    }

    @Command(
            name = "apply-all",
            mixinStandardHelpOptions = true,
            description = "Mark every interested listing applied.")
    int applyAll(
            @Option(
                            names = {"-y", "--yes"},
                            description = "Do not ask.")
                    boolean yes) {
        return bulk(ListingStatus.INTERESTED, ListingStatus.APPLIED, yes);
    }

    @Command(
            name = "open",
            mixinStandardHelpOptions = true,
            description = "Open a posting in the browser (or print its URL).")
    int open(@Parameters(paramLabel = "ID") long id) {
        ListingRow listing = service().find(id);
        if (listing.url() == null) {
            throw JsaException.failure(
                    "listing " + id + " has no URL", "search the company's careers site for its title");
        }
        if (!Browser.open(listing.url(), AppContext.of(spec).env())) {
            spec.commandLine().getOut().println(listing.url());
        }
        return ExitStatus.OK.code();
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = {
                "Add the posting of a web page or a saved page file (schema.org JobPosting JSON-LD).",
                "How postings come in from sites without an API: Indeed, LinkedIn, any careers page."
            })
    int add(
            @Parameters(paramLabel = "URL|FILE", description = "A posting's page, or the page saved as a file.")
                    String source,
            @Option(names = "--company", paramLabel = "NAME", description = "File it under this company.")
                    String company) {
        List<PostingImport.Added> added = AppContext.of(spec).postingImport().add(source, company);
        PrintWriter out = spec.commandLine().getOut();
        added.forEach(a -> out.println(
                a.listingId() + "\t" + a.company() + "\t" + a.title() + (a.isNew() ? "" : "\t(already listed)")));
        return ExitStatus.OK.code();
    }

    @Command(
            name = "review",
            mixinStandardHelpOptions = true,
            description = {
                "Walk the new listings one at a time on the terminal; one key per decision.",
                "i interested, d dismiss, a applied, o open, s skip, u undo, q quit."
            })
    int review(@Mixin ListingListOptions listOptions) {
        AppContext context = AppContext.of(spec);
        List<ListingRow> queue = service()
                .page(listOptions.filter(), listOptions.page.limit == null ? 0 : listOptions.page.limit())
                .rows();
        if (queue.isEmpty()) {
            spec.commandLine().getErr().println("jsa: nothing to review");
            return ExitStatus.OK.code();
        }
        try (Terminal terminal = context.terminalForReview()) {
            new ReviewScreen(terminal, service(), url -> {
                        if (!Browser.open(url, context.env())) {
                            terminal.writer().println("  " + url);
                        }
                    })
                    .run(queue);
        } catch (IOException e) {
            throw new JsaException(
                    "the terminal failed: " + e.getMessage(), "use 'jsa jobs mark' instead", ExitStatus.FAILURE, e);
        }
        return ExitStatus.OK.code();
    }

    private int bulk(ListingStatus from, ListingStatus to, boolean yes) {
        List<Long> ids = service().bulkCandidates(from);
        if (ids.isEmpty()) {
            spec.commandLine().getErr().println("jsa: no " + from.id() + " listings");
            return ExitStatus.OK.code();
        }
        if (!yes
                && !Confirmation.ask(
                        spec.commandLine().getErr(),
                        "Mark " + ids.size() + " " + from.id() + " listings " + to.id() + "?")) {
            throw JsaException.failure(
                    ids.size() + " " + from.id() + " listings would become " + to.id() + " and nobody confirmed",
                    "pass --yes to go ahead");
        }
        int changed = service().mark(ids, to);
        spec.commandLine().getErr().println("jsa: " + changed + " marked " + to.id());
        return ExitStatus.OK.code();
    }

    private ListingService service() {
        return AppContext.of(spec).listings();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
