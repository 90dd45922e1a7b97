package jsa.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jsa.interview.PrepInputs.Project;
import jsa.llm.offline.OfflineTask;
import jsa.resume.Keywords;
import jsa.resume.RequirementOverlap;

/**
 * The offline engine's {@code interview-prep-base}: the base preparation by rule, not by a model.
 * The JD is tidied into Markdown with the line that best states each driver in bold; the drivers
 * are the most relevant requirements, each justified by the best-matching project; the narrative is
 * a skeleton from the profile's roles and projects; the company context says only what the posting
 * does. Stateless.
 */
public final class OfflineBasePrep implements OfflineTask {
    // "Location: Seattle, WA": facts a posting lists one per line, which Markdown would join
    private static final Pattern LABELLED = Pattern.compile("^[A-Z][A-Za-z /&-]{1,30}:\\s+\\S.*");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·]|\\d+[.)])\\s+");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");

    @Override
    public JsonNode answer(Map<String, String> inputs) {
        OfflineMaterial material = new OfflineMaterial(inputs);
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        String jd = PrepInputs.text(inputs, PrepInputs.JD);
        answer.put("formatted_jd", formattedJd(jd, material));
        answer.put("company_context", companyContext(jd, material));
        ArrayNode drivers = answer.putArray("primary_drivers");
        for (int i = 0; i < material.drivers.size(); i++) {
            Project project = material.best(material.drivers.get(i));
            drivers.addObject()
                    .put("driver", material.drivers.get(i))
                    .put("justification", justification(i, project, material));
        }
        ObjectNode narrative = answer.putObject("background_narrative");
        List<Project> ranked = material.ranked();
        narrative.put("opening_line", opening(material, ranked));
        narrative.put("core_narrative", core(ranked));
        narrative.put(
                "forward_hook",
                "That is why the " + material.title + " role at " + material.company + " is the next step: it"
                        + " centres on " + material.term(0)
                        + (material.drivers.size() > 1 ? " and " + material.term(1) : "")
                        + ", which is the work above. (Skeleton from the offline rules: put it in your own words.)");
        return answer;
    }

    /**
     * The JD as Markdown: list markers normalised, short lines ending in ':' as headings, "Label:
     * value" lines as paragraphs of their own, each driver's line bold.
     */
    private static String formattedJd(String jd, OfflineMaterial material) {
        List<String> lines =
                new ArrayList<>(jd.replace("*", "").lines().map(String::strip).toList());
        int bolded = 0;
        for (String driver : material.drivers) {
            int line = bestLine(lines, driver);
            if (line >= 0) {
                String text = lines.get(line);
                var bullet = BULLET.matcher(text);
                String marker = bullet.find() ? "- " : "";
                String body =
                        text.substring(marker.isEmpty() ? 0 : bullet.end()).strip();
                lines.set(line, marker + "**" + body + "**");
                bolded++;
            }
        }
        StringBuilder md = new StringBuilder();
        if (bolded == 0) {
            md.append("Callback drivers: **")
                    .append(material.drivers.get(0).replace("*", ""))
                    .append("**\n\n");
        }
        for (String line : lines) {
            if (line.startsWith("#")) {
                // the view puts the JD under a second-level heading
                md.append("### ").append(line.replaceFirst("^#+\\s*", ""));
            } else if (line.startsWith("**") || line.startsWith("- **")) {
                md.append(line);
            } else if (BULLET.matcher(line).find()) {
                md.append(BULLET.matcher(line).replaceFirst("- "));
            } else if (line.endsWith(":") && line.length() <= 60 && !line.startsWith("#")) {
                md.append("### ").append(line, 0, line.length() - 1);
            } else if (LABELLED.matcher(line).matches()) {
                md.append(line).append('\n');
            } else {
                md.append(line);
            }
            md.append('\n');
        }
        return md.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The not yet bold JD line that shares most with {@code driver}, or -1. */
    private static int bestLine(List<String> lines, String driver) {
        RequirementOverlap overlap = RequirementOverlap.of(driver, "- " + driver);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("**") || line.length() < 3) {
                continue;
            }
            double score = overlap.score(Keywords.of(line));
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static String companyContext(String jd, OfflineMaterial material) {
        String company = material.company;
        String prose = jd.replace("*", "")
                .lines()
                .map(String::strip)
                .filter(line -> !line.startsWith("#") && !BULLET.matcher(line).find() && !line.matches("[^ ]+: .*"))
                .collect(Collectors.joining(" "))
                .strip();
        List<String> about = SENTENCE.splitAsStream(prose.replaceAll("\\s+", " "))
                .filter(s -> s.contains(company) || s.matches("(?i).*\\b(we|our)\\b.*"))
                .filter(s -> s.length() <= 300)
                .limit(2)
                .toList();
        String said = about.isEmpty()
                ? "The posting says little about the company itself."
                : "The posting says: " + String.join(" ", about);
        return "**" + company + "** is hiring a " + material.title + ". " + said
                + "\n\nThe offline rules only read the posting: look up the product, its customers and recent news"
                + " before the interview.";
    }

    private static String justification(int i, Project project, OfflineMaterial material) {
        String rank = material.drivers.get(i).equals(material.title)
                ? "The posting lists no requirements, so the role itself is the driver."
                : "Requirement " + (material.requirements.indexOf(material.drivers.get(i)) + 1) + " of the posting.";
        if (project == null) {
            return rank + " Your profile has no projects to back it: prepare an honest account of related work.";
        }
        return rank + " Your evidence: *" + OfflineMaterial.name(project) + "* at " + project.company()
                + (project.tools().isEmpty() ? "" : " (" + OfflineMaterial.tools(project) + ")")
                + (project.outcomes().isEmpty()
                        ? "."
                        : ": " + project.outcomes().get(0) + ".");
    }

    private static String opening(OfflineMaterial material, List<Project> ranked) {
        if (ranked.isEmpty()) {
            return "I am applying for the " + material.title + " role at " + material.company + ".";
        }
        Project latest = material.projects.get(0);
        return "Most recently " + latest.title() + " at " + latest.company() + "; lead with your work on "
                + material.term(0) + ", the first need of the " + material.title + " role.";
    }

    private static String core(List<Project> ranked) {
        if (ranked.isEmpty()) {
            return "Your profile has no projects yet: add them with 'jsa profile import' to get a narrative.";
        }
        StringBuilder core = new StringBuilder();
        for (Project project : ranked.subList(0, Math.min(3, ranked.size()))) {
            core.append("At ").append(project.company()).append(", on ").append(OfflineMaterial.name(project));
            if (!project.actions().isEmpty()) {
                core.append(", I ").append(project.actions().get(0));
            }
            if (!project.outcomes().isEmpty()) {
                core.append(", which ").append(project.outcomes().get(0));
            }
            core.append(". ");
        }
        return core.toString().strip();
    }
}
