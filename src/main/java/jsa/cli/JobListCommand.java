package jsa.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.Job;

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

    @Override
    public Integer call() {
        List<Job> jobs = AppContext.of(spec).jobs().list();
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
                jobs);
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
