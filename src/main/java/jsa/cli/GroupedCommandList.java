package jsa.cli;

import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/** The root help's command list, one section per {@link CommandGroup} as {@code git help} shows. */
final class GroupedCommandList implements IHelpSectionRenderer {
    private final CommandCatalog catalog;

    GroupedCommandList(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String render(Help help) {
        int width = catalog.entries().stream()
                .mapToInt(entry -> entry.name().length())
                .max()
                .orElse(0);
        StringBuilder text = new StringBuilder();
        for (CommandGroup group : CommandGroup.values()) {
            text.append(System.lineSeparator())
                    .append(capitalized(group.heading()))
                    .append(':');
            text.append(System.lineSeparator());
            for (CommandCatalog.Entry entry : catalog.entries()) {
                if (entry.group() == group) {
                    text.append("  ")
                            .append(help.colorScheme().commandText(entry.name()))
                            .append(" ".repeat(width - entry.name().length() + 3))
                            .append(entry.summary())
                            .append(System.lineSeparator());
                }
            }
        }
        return text.toString();
    }

    /** The one-line summary of a built command. */
    static String summary(UsageMessageSpec usage) {
        return summary(usage.header(), usage.description());
    }

    /** A command's one-line summary: the first line of its header, else of its description. */
    static String summary(String[] header, String[] description) {
        String[] lines = header.length > 0 ? header : description;
        return lines.length == 0 ? "" : lines[0].replace("%n", " ").trim();
    }

    private static String capitalized(String heading) {
        return Character.toUpperCase(heading.charAt(0)) + heading.substring(1);
    }
}
