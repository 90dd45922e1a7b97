package jsa.cli;

import java.util.List;

import jsa.ExitStatus;
import jsa.jobs.CompanyService;
import jsa.jobs.SearchConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Manage search terms and their title exclusions.",
            "sync-jobs searches every active company for every active term, and drops titles that"
                    + " contain an excluded word."
        })
final class SearchCommand {
    @Spec
    CommandSpec spec;

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Add a search term, or replace its exclusions.")
    int add(
            @Parameters(paramLabel = "TERM", description = "e.g. \"Software Engineer\".") String term,
            @Option(
                            names = "--exclude",
                            paramLabel = "WORD",
                            description = "A title word that rules a posting out (repeatable).")
                    List<String> exclude,
            @Option(names = "--inactive", description = "Add it switched off.") boolean inactive) {
        boolean added = context().saveSearch(new SearchConfig(term, exclude == null ? List.of() : exclude, !inactive));
        spec.commandLine().getErr().println("jsa: " + (added ? "added " : "updated ") + term);
        return ExitStatus.OK.code();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the search terms.")
    int list(
            @Option(names = "--format", defaultValue = "table", description = "table, json, csv or md.")
                    OutputFormat format) {
        List<SearchConfig> searches = context().searches();
        RowPrinter.print(
                spec.commandLine().getOut(),
                format,
                List.of("TERM", "ACTIVE", "EXCLUDES"),
                searches.stream()
                        .map(s ->
                                List.of(s.searchTerm(), s.active() ? "yes" : "no", String.join(", ", s.excludeTerms())))
                        .toList(),
                searches);
        return ExitStatus.OK.code();
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a search term.")
    int remove(@Parameters(paramLabel = "TERM") String term) {
        context().removeSearch(term);
        return ExitStatus.OK.code();
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Sync a search term again.")
    int enable(@Parameters(paramLabel = "TERM") String term) {
        context().setSearchActive(term, true);
        return ExitStatus.OK.code();
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stop syncing a search term.")
    int disable(@Parameters(paramLabel = "TERM") String term) {
        context().setSearchActive(term, false);
        return ExitStatus.OK.code();
    }

    private CompanyService context() {
        return AppContext.of(spec).companies();
    }
}
