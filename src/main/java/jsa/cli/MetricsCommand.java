package jsa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.config.ConfigKey;
import jsa.metrics.Dimension;
import jsa.metrics.MetricsFilter;
import jsa.metrics.MetricsHtml;
import jsa.metrics.MetricsReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "metrics",
        mixinStandardHelpOptions = true,
        description = {
            "Funnel metrics: callbacks, rejections, trends, HTML report.",
            "Over the applications the filters keep: the summary by state, the funnel (applied, callback,"
                    + " interview, offer) and median days to first response, callback rates by role,"
                    + " specialization, level, location, work setting, minimum experience, salary band (by the"
                    + " range's midpoint), resume template and edited bullets, the daily timeline (days without"
                    + " applications included), the top 3 rejections by role, location and work setting,"
                    + " and a detailed table of one dimension.",
            "Locations in a listed city count as their area (Greater Seattle, Chicago area); areas are"
                    + " changed or added in location-groups.txt next to config.yaml, one 'Area: City, City'"
                    + " a line. The JSON schema is in docs/metrics-json.md."
        })
final class MetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only those applied on or after this date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only those applied on or before this date.")
    LocalDate to;

    @Option(names = "--role", description = "Only this role (any case).")
    String role;

    @Option(names = "--specialization", description = "Only this specialization (any case).")
    String specialization;

    @Option(names = "--level", description = "Only this level (any case).")
    String level;

    @Option(names = "--location", description = "Only this area (e.g. 'Greater Seattle') or location (any case).")
    String location;

    @Option(names = "--work-setting", paramLabel = "SETTING", description = "Only remote, hybrid or onsite.")
    String workSetting;

    @Option(
            names = "--dimension",
            defaultValue = "role",
            description = "The detailed table's dimension: ${COMPLETION-CANDIDATES}. Default: role.")
    Dimension dimension;

    @Option(names = "--format", defaultValue = "table", description = "table (default), md, json or html.")
    MetricsFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE and print its path. Default for html: metrics.html in the"
                    + " output directory (config output.dir).")
    Path output;

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        AppContext context = AppContext.of(spec);
        MetricsReport report = context.metrics()
                .report(new MetricsFilter(from, to, role, specialization, level, location, workSetting), dimension);
        Path file = output != null || format != MetricsFormat.html
                ? output
                : context.settings()
                        .path(ConfigKey.OUTPUT_DIR)
                        .orElse(Path.of("."))
                        .resolve("metrics.html");
        if (file == null) {
            print(spec.commandLine().getOut(), report, context.terminal());
            return ExitStatus.OK.code();
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            PrintWriter out = new PrintWriter(writer);
            print(out, report, false);
            out.flush();
        } catch (IOException e) {
            throw JsaException.failure("cannot write " + file + ": " + e.getMessage(), "check the path");
        }
        spec.commandLine().getOut().println(file);
        return ExitStatus.OK.code();
    }

    private void print(PrintWriter out, MetricsReport report, boolean bars) {
        switch (format) {
            case json -> StructuredOutput.json(out, report);
            case html -> out.print(MetricsHtml.render(report));
            case md -> MetricsTables.print(out, report, true, false);
            case table -> MetricsTables.print(out, report, false, bars);
        }
    }
}
