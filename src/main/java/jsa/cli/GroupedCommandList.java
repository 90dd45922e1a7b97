package jsa.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine;
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
        Map<String, CommandLine> commands = help.commandSpec().commandLine().getSubcommands();
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (CommandGroup group : CommandGroup.values()) {
            List<String> names = catalog.entries().stream()
                    .filter(entry -> entry.group() == group)
                    .map(CommandCatalog.Entry::name)
                    .toList();
            if (names.isEmpty()) {
                continue;
            }
            text.append(System.lineSeparator())
                    .append(capitalized(group.heading()))
                    .append(':');
            text.append(System.lineSeparator());
            for (String name : names) {
                CommandLine command = commands.get(name);
                if (command == null) {
                    continue;
                }
                String summary = summary(command.getCommandSpec().usageMessage());
                text.append("  ")
                        .append(help.colorScheme().commandText(name))
                        .append(" ".repeat(width - name.length() + 3))
                        .append(summary)
                        .append(System.lineSeparator());
            }
        }
        return text.toString();
    }

    /** The first line of a command's header or description: its one-line summary. */
    static String summary(UsageMessageSpec usage) {
        String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
        return lines.length == 0 ? "" : lines[0].replace("%n", " ").trim();
    }

    private static String capitalized(String heading) {
        return Character.toUpperCase(heading.charAt(0)) + heading.substring(1);
    }
}
