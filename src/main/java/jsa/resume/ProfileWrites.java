package jsa.resume;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import jsa.JsaException;
import jsa.db.JsonColumns;

/**
 * Writes one checked profile file inside the caller's transaction: the profile row, the roles by
 * key (projects replaced), then the templates by name (role configs replaced). A problem found
 * here throws, which rolls the whole import back.
 */
final class ProfileWrites {
    private final Path file;
    private final ProfileDao profiles;
    private final TemplateDao templates;
    private final Map<String, Long> roleIds = new HashMap<>();

    ProfileWrites(Handle handle, Path file) {
        this.file = file;
        this.profiles = handle.attach(ProfileDao.class);
        this.templates = handle.attach(TemplateDao.class);
    }

    ProfileImportReport apply(ProfileDocument document) {
        Profile profile = document.profile();
        profiles.saveProfile(
                profile.name(),
                profile.email(),
                profile.phone(),
                profile.location(),
                profile.headline(),
                JsonColumns.write(profile.links()),
                JsonColumns.write(profile.education()));
        Map<String, ProfileDao.RoleRow> missing = new LinkedHashMap<>();
        profiles.roles().forEach(row -> missing.put(row.key(), row));
        int rolesAdded = 0;
        int projects = 0;
        for (ExperienceRole role : document.experience()) {
            ProfileDao.RoleRow stored = missing.remove(role.key());
            long id = stored == null ? insert(role) : update(stored.id(), role);
            rolesAdded += stored == null ? 1 : 0;
            roleIds.put(role.key(), id);
            projects += replaceProjects(id, role.projects());
        }
        List<String> kept = new ArrayList<>();
        for (ProfileDao.RoleRow role : missing.values()) {
            // resume_role refers to the role: a stored resume keeps the role it was written from
            if (profiles.usedByResume(role.id())) {
                kept.add(role.key());
                roleIds.put(role.key(), role.id());
            } else {
                profiles.deleteRole(role.id());
            }
        }
        int storedTemplates = templates.templates().size();
        for (int i = 0; i < document.templates().size(); i++) {
            saveTemplate(document.templates().get(i), "templates[" + i + "]");
        }
        int templatesAdded = templates.templates().size() - storedTemplates;
        int templatesUpdated = document.templates().size() - templatesAdded;
        return new ProfileImportReport(
                rolesAdded,
                document.experience().size() - rolesAdded,
                missing.size() - kept.size(),
                List.copyOf(kept),
                projects,
                templatesAdded,
                templatesUpdated,
                storedTemplates - templatesUpdated);
    }

    private long insert(ExperienceRole role) {
        return profiles.insertRole(
                role.key(), role.company(), role.title(), role.startDate(), role.endDate(), role.location());
    }

    private long update(long id, ExperienceRole role) {
        profiles.updateRole(id, role.company(), role.title(), role.startDate(), role.endDate(), role.location());
        return id;
    }

    private int replaceProjects(long roleId, List<ExperienceProject> projects) {
        profiles.deleteProjects(roleId);
        for (int position = 0; position < projects.size(); position++) {
            ExperienceProject project = projects.get(position);
            profiles.insertProject(
                    roleId,
                    position,
                    project.shortName(),
                    project.problemContext(),
                    JsonColumns.write(project.actions()),
                    JsonColumns.write(project.tools()),
                    JsonColumns.write(project.outcomes()));
        }
        return projects.size();
    }

    // by name; a stored template of another name with the same target is the same template renamed
    private void saveTemplate(ResumeTemplate template, String where) {
        Optional<Long> sameTarget =
                templates.idByTarget(template.targetRole(), template.targetLevel(), template.targetSpecialization());
        Optional<Long> sameName = templates.idByName(template.name());
        if (sameName.isPresent() && sameTarget.isPresent() && !sameName.equals(sameTarget)) {
            throw invalid(where + ": another stored template has target_role '" + template.targetRole()
                    + "', target_level and target_specialization; change the target or use that template's name");
        }
        long id;
        if (sameName.or(() -> sameTarget).isPresent()) {
            id = sameName.or(() -> sameTarget).orElseThrow();
            templates.update(
                    id,
                    template.name(),
                    template.targetRole(),
                    template.targetLevel(),
                    template.targetSpecialization(),
                    template.templatePath(),
                    template.stylePath());
        } else {
            id = templates.insert(
                    template.name(),
                    template.targetRole(),
                    template.targetLevel(),
                    template.targetSpecialization(),
                    template.templatePath(),
                    template.stylePath());
        }
        templates.deleteRoleConfigs(id);
        for (int position = 0; position < template.roles().size(); position++) {
            TemplateRoleConfig config = template.roles().get(position);
            Long roleId = roleIds.get(config.experience());
            if (roleId == null) {
                throw invalid(where + ".roles[" + position + "].experience: no role '" + config.experience()
                        + "' in the file or in use by a stored resume; add it under experience or correct the key");
            }
            templates.insertRoleConfig(id, roleId, config.titleOverride(), position, config.maxBulletCount());
        }
    }

    private JsaException invalid(String problem) {
        return JsaException.usage(file + ": " + problem, "fix the file and import it again; nothing was imported");
    }
}
