package jsa.resume;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;

/** The stored resume templates, which profile imports add and update. */
public final class TemplateService {
    private final Jdbi jdbi;

    public TemplateService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The templates in the order they were first imported. */
    public List<TemplateSummary> list() {
        return jdbi.withHandle(handle -> {
            TemplateDao dao = handle.attach(TemplateDao.class);
            Map<Long, List<TemplateRoleConfig>> configs = StoredProfile.configs(dao);
            return dao.templates().stream()
                    .map(row -> new TemplateSummary(
                            row.id(),
                            row.name(),
                            row.targetRole(),
                            row.targetLevel(),
                            row.targetSpecialization(),
                            configs.getOrDefault(row.id(), List.of())))
                    .toList();
        });
    }

    /**
     * The template with this id, or this name, as a profile file lists it.
     *
     * @throws JsaException when there is no such template
     */
    public ResumeTemplate show(String idOrName) {
        return jdbi.withHandle(handle -> {
            TemplateDao dao = handle.attach(TemplateDao.class);
            Optional<TemplateDao.TemplateRow> row = idOrName.matches("\\d{1,18}")
                    ? dao.template(Long.parseLong(idOrName))
                    : dao.idByName(idOrName).flatMap(dao::template);
            return row.map(found -> StoredProfile.template(found, StoredProfile.configs(dao)))
                    .orElseThrow(() -> JsaException.failure(
                            "no template '" + idOrName + "'", "'jsa template list' shows the templates"));
        });
    }
}
