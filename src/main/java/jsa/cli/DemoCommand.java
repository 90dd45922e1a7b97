package jsa.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Run the whole pipeline on example data in a scratch database.",
            "Imports the example profile, companies and application history, syncs listings from"
                    + " recorded real job-board responses replayed on 127.0.0.1 (a real sync-jobs"
                    + " reaches the live boards), applies to a listing, parses a job description,"
                    + " tailors and renders a resume, schedules an interview, writes its preparation"
                    + " and the metrics report. Each step shows the command that does it.",
            "Everything goes to a new directory under the system's temp directory, named at the"
                    + " start: your own database, config and output directory are never touched."
                    + " With --db, the database is that file, which must be new or empty."
                    + " Language-model steps use the offline engine unless an API key is set."
        })
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AppContext context = AppContext.of(spec);
        return new Demo(context, spec.commandLine().getOut(), spec.commandLine().getErr()).run(context.databaseFlag());
    }
}
