package jsa.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.jd.JdModel;
import jsa.tracker.Job;
import jsa.tracker.JobDetail;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show a tracked job: its metadata and requirements (YAML), or its raw text.")
final class JobShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The job's id ('jsa job list').")
    long id;

    @Option(names = "--text", description = "Print the job description's text as stored instead.")
    boolean text;

    @Option(names = "--format", defaultValue = "yaml", description = "yaml (default) or json.")
    Format format;

    /** How the job is printed; an enum so that picocli rejects any other value. */
    enum Format {
        yaml,
        json
    }

    @Override
    public Integer call() {
        JobDetail detail = AppContext.of(spec).jobs().show(id);
        if (text) {
            spec.commandLine()
                    .getOut()
                    .println(
                            detail.job().rawJdText() == null ? "" : detail.job().rawJdText());
            return ExitStatus.OK.code();
        }
        Map<String, Object> shown = shown(detail);
        if (format == Format.json) {
            StructuredOutput.json(spec.commandLine().getOut(), shown);
        } else {
            StructuredOutput.yaml(spec.commandLine().getOut(), shown);
        }
        return ExitStatus.OK.code();
    }

    private static Map<String, Object> shown(JobDetail detail) {
        Job job = detail.job();
        JdModel model = JdModel.of(detail);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", job.id());
        shown.put("url", job.url());
        shown.put("external_job_id", job.externalJobId());
        shown.put("source", job.source());
        shown.put("added", job.createdAt().toString());
        shown.put("metadata", model.metadata());
        shown.put("requirements", model.requirements());
        return shown;
    }
}
