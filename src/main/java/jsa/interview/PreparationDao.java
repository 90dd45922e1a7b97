package jsa.interview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The stored interview preparations; a write replaces what was there. */
@RegisterConstructorMapper(BasePreparation.class)
@RegisterConstructorMapper(InterviewPreparation.class)
interface PreparationDao extends SqlObject {
    @SqlQuery("SELECT * FROM interview_preparation_base WHERE application_id = :applicationId")
    Optional<BasePreparation> base(long applicationId);

    @SqlQuery("SELECT * FROM interview_preparation WHERE interview_id = :interviewId")
    Optional<InterviewPreparation> forInterview(long interviewId);

    /** The ids of the application's interviews that have a preparation. */
    @SqlQuery("""
            SELECT p.interview_id FROM interview_preparation p JOIN interview i ON i.id = p.interview_id
            WHERE i.application_id = :applicationId
            """)
    List<Long> prepared(long applicationId);

    @SqlUpdate("""
            INSERT INTO interview_preparation_base
                (application_id, formatted_jd, company_context, primary_drivers, background_narrative, provider, model)
            VALUES (:applicationId, :formattedJd, :companyContext, :primaryDrivers, :backgroundNarrative,
                    :provider, :model)
            ON CONFLICT (application_id) DO UPDATE
            SET formatted_jd = excluded.formatted_jd,
                company_context = excluded.company_context,
                primary_drivers = excluded.primary_drivers,
                background_narrative = excluded.background_narrative,
                provider = excluded.provider,
                model = excluded.model,
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                edited_at = NULL
            """)
    void saveBase(@BindMethods BasePreparation base);

    @SqlUpdate("""
            INSERT INTO interview_preparation
                (interview_id, predicted_questions, interviewer_questions, provider, model)
            VALUES (:interviewId, :predictedQuestions, :interviewerQuestions, :provider, :model)
            ON CONFLICT (interview_id) DO UPDATE
            SET predicted_questions = excluded.predicted_questions,
                interviewer_questions = excluded.interviewer_questions,
                provider = excluded.provider,
                model = excluded.model,
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                edited_at = NULL
            """)
    void saveInterview(@BindMethods InterviewPreparation preparation);

    /**
     * Stores the user's edit of a base preparation, keeping who wrote it first, if it is still
     * the version saved at {@code seen}.
     *
     * @return 1, or 0 when it changed since
     */
    @SqlUpdate("""
            UPDATE interview_preparation_base
            SET formatted_jd = :formattedJd,
                company_context = :companyContext,
                primary_drivers = :primaryDrivers,
                background_narrative = :backgroundNarrative,
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                edited_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE application_id = :applicationId AND updated_at = :seen
            """)
    int editBase(@BindMethods BasePreparation base, Instant seen);

    /**
     * Stores the user's edit of an interview's preparation, keeping who wrote it first, if it is
     * still the version saved at {@code seen}.
     *
     * @return 1, or 0 when it changed since
     */
    @SqlUpdate("""
            UPDATE interview_preparation
            SET predicted_questions = :predictedQuestions,
                interviewer_questions = :interviewerQuestions,
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                edited_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE interview_id = :interviewId AND updated_at = :seen
            """)
    int editInterview(@BindMethods InterviewPreparation preparation, Instant seen);
}
