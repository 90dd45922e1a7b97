package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.ContractChange;
import jsa.tracker.ContractJob;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "set",
        mixinStandardHelpOptions = true,
        description = {"Mark a tracked job as a contract role and set its terms; options left out keep their values."})
final class ContractSetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "JOB_ID", description = "The job's id ('jsa job list').")
    long jobId;

    @Option(names = "--consulting-company", paramLabel = "NAME", description = "The agency the contract goes through.")
    String consultingCompany;

    @Option(names = "--months", paramLabel = "N", description = "The contract's length in months.")
    Integer months;

    @Option(names = "--hourly-rate", paramLabel = "AMOUNT", description = "Pay per hour.")
    Double hourlyRate;

    @Option(names = "--benefits", negatable = true, description = "Whether it provides benefits.")
    Boolean benefits;

    @Option(names = "--pto", negatable = true, description = "Whether it provides paid time off.")
    Boolean pto;

    @Override
    public Integer call() {
        ContractJob terms = AppContext.of(spec)
                .contracts()
                .set(jobId, new ContractChange(consultingCompany, months, hourlyRate, benefits, pto));
        StructuredOutput.yaml(spec.commandLine().getOut(), terms);
        return ExitStatus.OK.code();
    }
}
