package jsa.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jsa.ExitStatus;
import jsa.resume.Education;
import jsa.resume.ExperienceRole;
import jsa.resume.Profile;
import jsa.resume.ProfileDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Show the stored profile: contact details, links, education and a table of the roles.",
            "'jsa profile export' prints everything, projects included."
        })
final class ProfileShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProfileDocument document = AppContext.of(spec).profiles().document();
        PrintWriter out = spec.commandLine().getOut();
        Profile profile = document.profile();
        out.println(profile.name());
        line(out, profile.headline());
        line(out, joined(", ", profile.email(), profile.phone(), profile.location()));
        profile.links().forEach(link -> out.println(link.label() + ": " + link.url()));
        profile.education().forEach(education -> out.println(education(education)));
        out.println();
        Columns roles = new Columns();
        roles.row("KEY", "COMPANY", "TITLE", "FROM", "TO", "PROJECTS");
        for (ExperienceRole role : document.experience()) {
            roles.row(
                    role.key(),
                    role.company(),
                    role.title(),
                    role.startDate().toString(),
                    role.endDate() == null ? "now" : role.endDate().toString(),
                    Integer.toString(role.projects().size()));
        }
        roles.print(out);
        out.println();
        out.println(document.templates().size() + " templates ('jsa template list' shows them)");
        return ExitStatus.OK.code();
    }

    private static String education(Education education) {
        String degree = joined(" ", education.degree(), education.field());
        String years = joined(" to ", education.start(), education.end());
        return joined(", ", degree, education.school()) + (years == null ? "" : " (" + years + ")");
    }

    private static void line(PrintWriter out, String text) {
        if (text != null) {
            out.println(text);
        }
    }

    // null when every part is missing, so that no empty line or "()" is printed
    private static String joined(String separator, String... parts) {
        String text = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(separator));
        return text.isEmpty() ? null : text;
    }
}
