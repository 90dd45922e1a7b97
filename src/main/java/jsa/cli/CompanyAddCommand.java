package jsa.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.jobs.BoardConfig;
import jsa.jobs.CompanySpec;
import jsa.jobs.Platform;
import jsa.jobs.source.workday.WorkdayConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Add one company: --board for Greenhouse, Lever, Ashby and SmartRecruiters;"
                + " --workday-url, --tenant and --site for Workday; nothing more for other.")
final class CompanyAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The company's name.")
    String name;

    @Option(names = "--platform", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    Platform platform;

    @Option(names = "--board", description = "Board token, Lever site, Ashby board or SmartRecruiters company id.")
    String board;

    @Option(names = "--api-base", paramLabel = "URL", description = "Use this API host instead of the platform's.")
    String apiBase;

    @Option(names = "--public-url", paramLabel = "URL", description = "The public careers page.")
    String publicUrl;

    @Option(
            names = "--workday-url",
            paramLabel = "URL",
            description = "Workday site host, e.g. https://x.wd5.myworkdayjobs.com.")
    String workdayUrl;

    @Option(names = "--tenant", description = "Workday tenant.")
    String tenant;

    @Option(names = "--site", description = "Workday site.")
    String site;

    @Option(names = "--location", paramLabel = "NAME=FACET", description = "A Workday location filter (repeatable).")
    Map<String, String> locations = Map.of();

    @Option(names = "--inactive", description = "Add it without syncing it.")
    boolean inactive;

    @Override
    public Integer call() {
        boolean workday = platform == Platform.WORKDAY;
        boolean needsBoard = platform.hasBoard() && !workday;
        if (workday && (workdayUrl == null || tenant == null || site == null)) {
            throw new ParameterException(
                    spec.commandLine(), "a workday company needs --workday-url, --tenant and --site");
        }
        if (needsBoard && board == null) {
            throw new ParameterException(spec.commandLine(), "a " + platform.id() + " company needs --board");
        }
        AppContext.of(spec)
                .companies()
                .add(new CompanySpec(
                        name,
                        platform,
                        publicUrl,
                        !inactive,
                        workday ? new WorkdayConfig(workdayUrl, tenant, site, locations) : null,
                        needsBoard ? new BoardConfig(board, apiBase) : null));
        spec.commandLine().getErr().println("jsa: added " + name);
        return ExitStatus.OK.code();
    }
}
