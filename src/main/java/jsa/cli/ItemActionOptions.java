package jsa.cli;

import jsa.resume.ItemChange;
import jsa.resume.ItemChange.Action;
import jsa.resume.ItemUpdate;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The one change {@code jsa resume bullet} and {@code skills} make; picocli enforces exactly one. */
final class ItemActionOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    /** --override TEXT, --exclude, --include or --reset. */
    static final class Choice {
        @Option(
                names = "--override",
                paramLabel = "TEXT",
                description =
                        "Show TEXT instead of the generated text; the generated text itself removes the override.")
        String override;

        @Option(names = "--exclude", description = "Leave it out of the resume.")
        boolean exclude;

        @Option(names = "--include", description = "Put it back into the resume.")
        boolean include;

        @Option(names = "--reset", description = "Back to the generated text, and included.")
        boolean reset;
    }

    ItemChange change() {
        if (choice.override != null) {
            return ItemChange.override(choice.override);
        }
        return ItemChange.of(choice.exclude ? Action.EXCLUDE : choice.include ? Action.INCLUDE : Action.RESET);
    }

    /** What {@code change} did, to follow "bullet 41 of resume 12": "excluded", "unchanged: already excluded". */
    static String outcome(ItemChange change, ItemUpdate update) {
        String done =
                switch (change.action()) {
                    case OVERRIDE -> update.overridden() ? "shows your text" : "shows its generated text";
                    case EXCLUDE -> "excluded";
                    case INCLUDE -> "included";
                    case RESET -> "reset to its generated text, included";
                };
        return update.changed() ? done : "unchanged: already " + done;
    }
}
