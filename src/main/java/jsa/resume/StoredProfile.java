package jsa.resume;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.db.JsonColumns;

/** Reads the stored profile, roles and templates back into the records of a profile file. */
final class StoredProfile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredProfile() {}

    /** The whole stored profile; empty before the first import. */
    static Optional<ProfileDocument> document(Handle handle) {
        return profile(handle).map(profile -> new ProfileDocument(profile, roles(handle), templates(handle)));
    }

    static Optional<Profile> profile(Handle handle) {
        return handle.attach(ProfileDao.class)
                .profile()
                .map(row -> new Profile(
                        row.name(),
                        row.email(),
                        row.phone(),
                        row.location(),
                        row.headline(),
                        read(row.links(), new TypeReference<List<ProfileLink>>() {}),
                        read(row.education(), new TypeReference<List<Education>>() {})));
    }

    /** The roles, most recent first, with their projects. */
    static List<ExperienceRole> roles(Handle handle) {
        ProfileDao dao = handle.attach(ProfileDao.class);
        Map<Long, List<ExperienceProject>> projects = dao.projects().stream()
                .collect(Collectors.groupingBy(
                        ProfileDao.ProjectRow::experienceRoleId,
                        Collectors.mapping(
                                row -> new ExperienceProject(
                                        row.shortName(),
                                        row.problemContext(),
                                        JsonColumns.strings(row.actions()),
                                        JsonColumns.strings(row.tools()),
                                        JsonColumns.strings(row.outcomes())),
                                Collectors.toList())));
        return dao.roles().stream()
                .map(row -> new ExperienceRole(
                        row.key(),
                        row.company(),
                        row.title(),
                        row.startDate(),
                        row.endDate(),
                        row.location(),
                        projects.getOrDefault(row.id(), List.of())))
                .toList();
    }

    /** The templates in the order they were first imported. */
    static List<ResumeTemplate> templates(Handle handle) {
        TemplateDao dao = handle.attach(TemplateDao.class);
        Map<Long, List<TemplateRoleConfig>> configs = configs(dao);
        return dao.templates().stream().map(row -> template(row, configs)).toList();
    }

    static Map<Long, List<TemplateRoleConfig>> configs(TemplateDao dao) {
        return dao.roleConfigs().stream()
                .collect(Collectors.groupingBy(
                        TemplateDao.RoleConfigRow::templateId,
                        Collectors.mapping(
                                row -> new TemplateRoleConfig(row.roleKey(), row.maxBulletCount(), row.titleOverride()),
                                Collectors.toList())));
    }

    static ResumeTemplate template(TemplateDao.TemplateRow row, Map<Long, List<TemplateRoleConfig>> configs) {
        return new ResumeTemplate(
                row.name(),
                row.targetRole(),
                row.targetLevel(),
                row.targetSpecialization(),
                row.templatePath(),
                row.stylePath(),
                configs.getOrDefault(row.id(), List.of()));
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed JSON column: " + json, e);
        }
    }
}
