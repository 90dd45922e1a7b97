package jsa.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.Page;
import jsa.tracker.Job;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List tracked jobs, newest first.")
final class JobListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PageOptions options;

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
        Page<Job> page = AppContext.of(spec).jobs().page(options.limit());
        List<Job> jobs = page.rows();
        RowPrinter.print(
                spec.commandLine().getOut(),
                options.format,
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
        PageOptions.noteLeftOut(spec.commandLine().getErr(), page, "jobs");
        return ExitStatus.OK.code();
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
