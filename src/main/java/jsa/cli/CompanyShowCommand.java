package jsa.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.jobs.CompanySpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Print a company as an entry of a companies file (YAML).")
final class CompanyShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The company's name, ignoring case.")
    String name;

    @Override
    public Integer call() {
        CompanySpec company = AppContext.of(spec).companies().show(name);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", company.name());
        entry.put("platform", company.platform().id());
        entry.put("public_site_url", company.publicSiteUrl());
        entry.put("active", company.active());
        if (company.workday() != null) {
            entry.put("workday", company.workday());
        } else if (company.board() != null) {
            entry.put("board", company.board().board());
            entry.put("api_base", company.board().apiBase());
        }
        entry.values().removeIf(value -> value == null);
        StructuredOutput.yaml(spec.commandLine().getOut(), entry);
        return ExitStatus.OK.code();
    }
}
