package jsa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jsa.render.ResumeRenderer;

import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code render-pdf} prints as it goes: the paths written on stdout, everything else on
 * stderr, with a progress bar for a batch on a terminal.
 */
final class RenderProgress {
    private final PrintWriter out;
    private final ProgressBar bar;
    private final List<Path> files = new ArrayList<>();

    RenderProgress(CommandSpec spec, boolean progress) {
        this.out = spec.commandLine().getOut();
        this.bar = new ProgressBar(spec.commandLine().getErr(), progress);
    }

    void note(String note) {
        bar.println("jsa: " + note);
    }

    void outcome(ResumeRenderer.Outcome outcome) {
        if (outcome.failure() != null) {
            bar.println("jsa: resume " + outcome.resumeId() + ": error: "
                    + outcome.failure().getMessage());
        } else {
            out.println(outcome.file());
            out.flush();
            files.add(outcome.file());
        }
        bar.show(outcome.index(), outcome.total(), "rendered");
    }

    List<Path> files() {
        return files;
    }

    void finish() {
        bar.clear();
    }
}
