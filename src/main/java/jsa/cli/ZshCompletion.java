package jsa.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A native zsh completion function ({@code _jsa}) generated from the command tree: commands with
 * their descriptions, options with their values (enums, files), and positional parameters.
 */
final class ZshCompletion {
    private ZshCompletion() {}

    static String script(CommandLine root) {
        String name = root.getCommandName();
        StringBuilder script = new StringBuilder();
        script.append("#compdef ").append(name).append('\n');
        script.append("# zsh completion for ")
                .append(name)
                .append(", generated from its command tree by '")
                .append(name)
                .append(" completion zsh'.\n");
        script.append("# Install: save as _")
                .append(name)
                .append(" in a directory of $fpath before compinit runs, or source it after compinit.\n\n");
        function(script, root, "_" + name);
        script.append("if [ \"$funcstack[1]\" = \"_")
                .append(name)
                .append("\" ]; then\n  _")
                .append(name)
                .append(" \"$@\"\nelse\n  compdef _")
                .append(name)
                .append(' ')
                .append(name)
                .append("\nfi\n");
        return script.toString();
    }

    private static void function(StringBuilder script, CommandLine command, String functionName) {
        Map<String, CommandLine> subcommands = visibleSubcommands(command);
        List<String> specs = new ArrayList<>();
        CommandSpec spec = command.getCommandSpec();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                specs.add(optionSpec(option));
            }
        }
        if (subcommands.isEmpty()) {
            for (PositionalParamSpec positional : spec.positionalParameters()) {
                if (!positional.hidden()) {
                    specs.addAll(positionalSpecs(positional));
                }
            }
        } else {
            specs.add("'1: :->command'");
            specs.add("'*:: :->argument'");
        }
        script.append(functionName).append("() {\n");
        if (subcommands.isEmpty()) {
            script.append("  _arguments -s -S");
            specs.forEach(s -> script.append(" \\\n    ").append(s));
            script.append("\n}\n\n");
            return;
        }
        script.append("  local curcontext=\"$curcontext\" state state_descr line\n");
        script.append("  typeset -A opt_args\n");
        script.append("  _arguments -C -s -S");
        specs.forEach(s -> script.append(" \\\n    ").append(s));
        script.append(" && return\n");
        script.append("  case $state in\n    command)\n      local -a commands\n      commands=(\n");
        subcommands.forEach((name, sub) -> script.append("        ")
                .append(quote(name.replace(":", "\\:") + ":"
                        + withoutPeriod(
                                GroupedCommandList.summary(sub.getCommandSpec().usageMessage()))))
                .append('\n'));
        script.append("      )\n      _describe -t commands '")
                .append(spec.qualifiedName())
                .append(" command' commands\n");
        script.append("      ;;\n    argument)\n      case $words[1] in\n");
        subcommands.forEach((name, sub) -> script.append("        ")
                .append(name)
                .append(") ")
                .append(functionName(functionName, name))
                .append(" ;;\n"));
        script.append("      esac\n      ;;\n  esac\n}\n\n");
        subcommands.forEach((name, sub) -> function(script, sub, functionName(functionName, name)));
    }

    private static Map<String, CommandLine> visibleSubcommands(CommandLine command) {
        Map<String, CommandLine> visible = new LinkedHashMap<>();
        command.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden() && name.equals(sub.getCommandName())) {
                visible.put(name, sub);
            }
        });
        return visible;
    }

    private static String functionName(String parent, String command) {
        return parent + "_" + command.replaceAll("[^A-Za-z0-9]", "_");
    }

    private static String optionSpec(OptionSpec option) {
        String[] names = option.names();
        boolean takesValue = option.arity().max() > 0;
        String description =
                "[" + escapeDescription(withoutPeriod(option.description().length == 0 ? "" : option.description()[0]))
                        + "]";
        String value = takesValue ? ":" + option.paramLabel().replace(":", "") + ":" + action(option) : "";
        boolean repeatable = option.isMultiValue();
        StringBuilder spec = new StringBuilder();
        if (option.usageHelp() || option.versionHelp()) {
            spec.append("'(- *)'");
        } else if (repeatable) {
            spec.append("'*'");
        } else if (names.length > 1) {
            spec.append("'(").append(String.join(" ", names)).append(")'");
        }
        List<String> forms = new ArrayList<>();
        for (String name : names) {
            forms.add(takesValue ? name + (name.startsWith("--") ? "=" : "+") : name);
        }
        spec.append(forms.size() == 1 ? forms.get(0) : "{" + String.join(",", forms) + "}");
        spec.append(quote(description + value));
        return spec.toString();
    }

    private static List<String> positionalSpecs(PositionalParamSpec positional) {
        String label = positional.paramLabel().replace(":", "");
        String action = action(positional);
        List<String> specs = new ArrayList<>();
        CommandLine.Range index = positional.index();
        if (positional.isMultiValue() || index.isUnspecified() || index.max() == Integer.MAX_VALUE) {
            specs.add(quote("*:" + label + ":" + action));
        } else {
            for (int i = index.min(); i <= index.max(); i++) {
                specs.add(quote((i + 1) + ":" + label + ":" + action));
            }
        }
        return specs;
    }

    private static String action(ArgSpec arg) {
        List<String> candidates = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(candidates::add);
        }
        if (!candidates.isEmpty()) {
            return "(" + String.join(" ", candidates) + ")";
        }
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        return type == Path.class || type == File.class ? "_files" : " ";
    }

    private static String withoutPeriod(String line) {
        String text = line.replace("%n", " ").trim();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String escapeDescription(String text) {
        return text.replace("\\", "\\\\")
                .replace("[", "\\[")
                .replace("]", "\\]")
                .replace(":", "\\:");
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
