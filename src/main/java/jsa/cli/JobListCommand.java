package jsa.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.tracker.Job;
import jsa.tracker.JobService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List tracked jobs, newest first.")
final class JobListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or md.")
    OutputFormat format;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "At most N jobs, newest first; 0 for all. Default: " + ListingListOptions.SCREENFUL
                    + " for a table or md, all otherwise.")
    Integer limit;

    /**
     * A job as {@code --format json} prints it: the table's columns, not the stored JD text.
     *
     * @param added when the job was tracked (UTC)
     */
    record Row(
            long id,
            String company,
            String listingJobTitle,
            String level,
            String workSetting,
            Integer minExperienceYears,
            BigDecimal minSalary,
            BigDecimal maxSalary,
            String salaryCurrency,
            String salaryPeriod,
            Instant added) {
        static Row of(Job job) {
            return new Row(
                    job.id(),
                    job.company(),
                    job.listingJobTitle(),
                    job.level(),
                    job.workSetting(),
                    job.minExperienceYears(),
                    job.minSalary(),
                    job.maxSalary(),
                    job.salaryCurrency(),
                    job.salaryPeriod(),
                    job.createdAt());
        }
    }

    @Override
    public Integer call() {
        JobService.Page page = AppContext.of(spec).jobs().page(limit());
        List<Job> jobs = page.rows();
        RowPrinter.print(
                spec.commandLine().getOut(),
                format,
                List.of("ID", "COMPANY", "TITLE", "LEVEL", "SETTING", "YEARS", "PAY", "ADDED"),
                jobs.stream()
                        .map(j -> List.of(
                                Long.toString(j.id()),
                                j.company(),
                                j.listingJobTitle(),
                                text(j.level()),
                                text(j.workSetting()),
                                j.minExperienceYears() == null ? "" : j.minExperienceYears() + "+",
                                pay(j),
                                j.createdAt().toString().substring(0, 10)))
                        .toList(),
                jobs.stream().map(Row::of).toList());
        if (page.truncated()) {
            spec.commandLine()
                    .getErr()
                    .println("jsa: showing the newest " + jobs.size() + " of " + page.total()
                            + " jobs; --limit 0 shows them all");
        }
        return ExitStatus.OK.code();
    }

    /** How many jobs to show: {@code --limit}, else a screenful for people and all for programs (0). */
    private int limit() {
        if (limit != null) {
            if (limit < 0) {
                throw JsaException.usage("--limit " + limit + " is negative", "give a count, or 0 for all jobs");
            }
            return limit;
        }
        return format == OutputFormat.table || format == OutputFormat.md ? ListingListOptions.SCREENFUL : 0;
    }

    static String pay(Job job) {
        if (job.minSalary() == null && job.maxSalary() == null) {
            return "";
        }
        String range = plain(job.minSalary())
                + (job.maxSalary() != null && !job.maxSalary().equals(job.minSalary())
                        ? "-" + plain(job.maxSalary())
                        : "");
        return range
                + (job.salaryCurrency() == null ? "" : " " + job.salaryCurrency())
                + (job.salaryPeriod() == null ? "" : "/" + job.salaryPeriod());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "?" : amount.stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
