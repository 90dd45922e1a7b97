-- The whole data model of the design (SEED.md), one table per model plus the event history
-- and the LLM ledger. Conventions:
--   * timestamps are ISO-8601 UTC text with millisecond precision ('2026-11-24T09:30:00.000Z'),
--     the format strftime('%Y-%m-%dT%H:%M:%fZ') writes, so text order is time order;
--   * dates are 'YYYY-MM-DD' text, checked with "x IS date(x)";
--   * lists and maps are JSON text, checked with json_valid();
--   * the seed's "order" columns are called "position" (ORDER is an SQL keyword);
--   * names compared by users (companies, search terms) use COLLATE NOCASE.

------------------------------------------------------------------------------------------
-- jobs: discovery
------------------------------------------------------------------------------------------

CREATE TABLE company (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    platform         TEXT    NOT NULL
                     CHECK (platform IN ('workday', 'greenhouse', 'lever', 'ashby', 'smartrecruiters', 'other')),
    public_site_url  TEXT,
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                     CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at)),
    updated_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                     CHECK (updated_at IS strftime('%Y-%m-%dT%H:%M:%fZ', updated_at))
);

CREATE TABLE workday_config (
    company_id        INTEGER PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
    base_url          TEXT    NOT NULL CHECK (base_url LIKE 'http%://%'),
    tenant            TEXT    NOT NULL CHECK (length(tenant) > 0),
    site              TEXT    NOT NULL CHECK (length(site) > 0),
    -- location name -> Workday facet id (or facet name, resolved at sync time)
    location_filters  TEXT    NOT NULL DEFAULT '{}'
                      CHECK (json_valid(location_filters) AND json_type(location_filters) = 'object')
);

-- Greenhouse board token, Lever site, Ashby board name or SmartRecruiters company id.
CREATE TABLE board_config (
    company_id  INTEGER PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
    board       TEXT    NOT NULL CHECK (length(trim(board)) > 0),
    -- overrides the platform's public API host (tests, proxies, benchmarks, Lever EU)
    api_base    TEXT    CHECK (api_base IS NULL OR api_base LIKE 'http%://%')
);

CREATE TRIGGER workday_config_needs_workday_company
BEFORE INSERT ON workday_config
WHEN (SELECT platform FROM company WHERE id = NEW.company_id) IS NOT 'workday'
BEGIN
    SELECT RAISE(ABORT, 'workday_config belongs to a company whose platform is workday');
END;

CREATE TRIGGER board_config_needs_board_platform
BEFORE INSERT ON board_config
WHEN (SELECT platform FROM company WHERE id = NEW.company_id)
     NOT IN ('greenhouse', 'lever', 'ashby', 'smartrecruiters')
BEGIN
    SELECT RAISE(ABORT, 'board_config belongs to a greenhouse, lever, ashby or smartrecruiters company');
END;

CREATE TRIGGER workday_config_company_needs_workday
BEFORE UPDATE OF company_id ON workday_config
WHEN (SELECT platform FROM company WHERE id = NEW.company_id) IS NOT 'workday'
BEGIN
    SELECT RAISE(ABORT, 'workday_config belongs to a company whose platform is workday');
END;

CREATE TRIGGER board_config_company_needs_board_platform
BEFORE UPDATE OF company_id ON board_config
WHEN (SELECT platform FROM company WHERE id = NEW.company_id)
     NOT IN ('greenhouse', 'lever', 'ashby', 'smartrecruiters')
BEGIN
    SELECT RAISE(ABORT, 'board_config belongs to a greenhouse, lever, ashby or smartrecruiters company');
END;

-- A company's platform config must keep matching its platform.
CREATE TRIGGER company_platform_keeps_its_config
BEFORE UPDATE OF platform ON company
WHEN (NEW.platform IS NOT 'workday' AND EXISTS (SELECT 1 FROM workday_config WHERE company_id = NEW.id))
  OR (NEW.platform NOT IN ('greenhouse', 'lever', 'ashby', 'smartrecruiters')
      AND EXISTS (SELECT 1 FROM board_config WHERE company_id = NEW.id))
BEGIN
    SELECT RAISE(ABORT, 'delete the company''s platform config before changing its platform');
END;

CREATE TABLE search_config (
    id             INTEGER PRIMARY KEY,
    search_term    TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(search_term)) > 0),
    exclude_terms  TEXT    NOT NULL DEFAULT '[]'
                   CHECK (json_valid(exclude_terms) AND json_type(exclude_terms) = 'array'),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                   CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at))
);

CREATE TABLE job_listing (
    id               INTEGER PRIMARY KEY,
    company_id       INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    external_id      TEXT    NOT NULL CHECK (length(external_id) > 0),
    title            TEXT    NOT NULL,
    location         TEXT,
    -- relative path from the platform (joined with company.public_site_url) ...
    url_path         TEXT,
    -- ... or the absolute posting URL when the platform gives one
    url              TEXT,
    -- the platform's own text ("Posted 3 Days Ago") and, when derivable, the date
    posted_on        TEXT,
    posted_date      TEXT    CHECK (posted_date IS NULL OR posted_date IS date(posted_date)),
    status           TEXT    NOT NULL DEFAULT 'new'
                     CHECK (status IN ('new', 'interested', 'dismissed', 'applied')),
    department       TEXT,
    employment_type  TEXT,
    min_salary       INTEGER CHECK (min_salary IS NULL OR min_salary >= 0),
    max_salary       INTEGER CHECK (max_salary IS NULL OR max_salary >= 0),
    salary_currency  TEXT    CHECK (salary_currency IS NULL OR length(salary_currency) = 3),
    salary_period    TEXT    CHECK (salary_period IS NULL OR salary_period IN ('year', 'month', 'hour')),
    description      TEXT,
    first_seen       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                     CHECK (first_seen IS strftime('%Y-%m-%dT%H:%M:%fZ', first_seen)),
    last_fetched     TEXT    NOT NULL CHECK (last_fetched IS strftime('%Y-%m-%dT%H:%M:%fZ', last_fetched)),
    is_stale         INTEGER NOT NULL DEFAULT 0 CHECK (is_stale IN (0, 1)),
    status_changed_at TEXT   CHECK (status_changed_at IS NULL OR status_changed_at IS strftime('%Y-%m-%dT%H:%M:%fZ', status_changed_at)),
    UNIQUE (company_id, external_id),
    CHECK (min_salary IS NULL OR max_salary IS NULL OR min_salary <= max_salary)
);

-- the listings view: status filter, stale hidden, per company
CREATE INDEX job_listing_status ON job_listing (status, is_stale, company_id);
-- stale marking and the 30-day cleanup
CREATE INDEX job_listing_company_fetched ON job_listing (company_id, last_fetched);
CREATE INDEX job_listing_stale_fetched ON job_listing (last_fetched) WHERE is_stale = 1;

-- APPLIED is final (seed: "Immutable applied status").
CREATE TRIGGER job_listing_applied_is_final
BEFORE UPDATE OF status ON job_listing
WHEN OLD.status = 'applied' AND NEW.status <> 'applied'
BEGIN
    SELECT RAISE(ABORT, 'job_listing status applied is final');
END;

------------------------------------------------------------------------------------------
-- tracker: jobs, requirements, applications, interviews
------------------------------------------------------------------------------------------

CREATE TABLE job (
    id                    INTEGER PRIMARY KEY,
    company               TEXT    NOT NULL CHECK (length(trim(company)) > 0),
    listing_job_title     TEXT    NOT NULL CHECK (length(trim(listing_job_title)) > 0),
    role                  TEXT,
    specialization        TEXT,
    level                 TEXT,
    location              TEXT,
    work_setting          TEXT    CHECK (work_setting IS NULL OR work_setting IN ('remote', 'hybrid', 'onsite')),
    min_experience_years  INTEGER CHECK (min_experience_years IS NULL OR min_experience_years >= 0),
    min_salary            INTEGER CHECK (min_salary IS NULL OR min_salary >= 0),
    max_salary            INTEGER CHECK (max_salary IS NULL OR max_salary >= 0),
    salary_currency       TEXT    CHECK (salary_currency IS NULL OR length(salary_currency) = 3),
    salary_period         TEXT    CHECK (salary_period IS NULL OR salary_period IN ('year', 'month', 'hour')),
    external_job_id       TEXT,
    -- origin: linkedin, company_site, indeed, referral, recruiter, ... (free text)
    source                TEXT,
    url                   TEXT,
    raw_jd_text           TEXT,
    -- SHA-256 of the normalized JD text: re-parsing the same posting updates this job
    jd_hash               TEXT    CHECK (jd_hash IS NULL OR length(jd_hash) = 64),
    -- the discovery listing it came from, when it did
    listing_id            INTEGER REFERENCES job_listing (id) ON DELETE SET NULL,
    created_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                          CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at)),
    updated_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                          CHECK (updated_at IS strftime('%Y-%m-%dT%H:%M:%fZ', updated_at)),
    CHECK (min_salary IS NULL OR max_salary IS NULL OR min_salary <= max_salary)
);

-- one tracker job per posting of a company; applied detection during sync looks it up
CREATE UNIQUE INDEX job_company_external_id
    ON job (company COLLATE NOCASE, external_job_id) WHERE external_job_id IS NOT NULL;
CREATE UNIQUE INDEX job_jd_hash ON job (jd_hash) WHERE jd_hash IS NOT NULL;
CREATE INDEX job_listing_ref ON job (listing_id) WHERE listing_id IS NOT NULL;
-- metrics filters
CREATE INDEX job_role_level ON job (role, level);

CREATE TABLE contract_job (
    id                      INTEGER PRIMARY KEY,
    job_id                  INTEGER NOT NULL UNIQUE REFERENCES job (id) ON DELETE CASCADE,
    consulting_company      TEXT,
    contract_length_months  INTEGER CHECK (contract_length_months IS NULL OR contract_length_months > 0),
    hourly_rate             REAL    CHECK (hourly_rate IS NULL OR hourly_rate >= 0),
    provides_benefits       INTEGER NOT NULL DEFAULT 0 CHECK (provides_benefits IN (0, 1)),
    provides_pto            INTEGER NOT NULL DEFAULT 0 CHECK (provides_pto IN (0, 1))
);

CREATE TABLE requirement (
    id         INTEGER PRIMARY KEY,
    job_id     INTEGER NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    text       TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    keywords   TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(keywords) AND json_type(keywords) = 'array'),
    relevance  REAL    NOT NULL CHECK (relevance BETWEEN 0 AND 1),
    UNIQUE (job_id, position)
);

------------------------------------------------------------------------------------------
-- resume: the user's master data, templates and generated resumes
------------------------------------------------------------------------------------------

-- The user's static resume content: exactly one row.
CREATE TABLE profile (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT,
    phone       TEXT,
    location    TEXT,
    headline    TEXT,
    -- [{"label": "GitHub", "url": "https://github.com/..."}]
    links       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(links) AND json_type(links) = 'array'),
    -- [{"school": ..., "degree": ..., "field": ..., "start": ..., "end": ..., "details": [...]}]
    education   TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(education) AND json_type(education) = 'array'),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                CHECK (updated_at IS strftime('%Y-%m-%dT%H:%M:%fZ', updated_at))
);

CREATE TABLE experience_role (
    id          INTEGER PRIMARY KEY,
    key         TEXT    NOT NULL UNIQUE CHECK (length(trim(key)) > 0),
    company     TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    start_date  TEXT    NOT NULL CHECK (start_date IS date(start_date)),
    -- NULL while the role is current
    end_date    TEXT    CHECK (end_date IS NULL OR end_date IS date(end_date)),
    location    TEXT,
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE experience_project (
    id                  INTEGER PRIMARY KEY,
    experience_role_id  INTEGER NOT NULL REFERENCES experience_role (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    short_name          TEXT    NOT NULL CHECK (length(trim(short_name)) > 0),
    problem_context     TEXT,
    -- JSON arrays of short phrases (the seed's CSV strings)
    actions             TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(actions) AND json_type(actions) = 'array'),
    tools               TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(tools) AND json_type(tools) = 'array'),
    outcomes            TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(outcomes) AND json_type(outcomes) = 'array'),
    UNIQUE (experience_role_id, short_name)
);

CREATE TABLE resume_template (
    id                     INTEGER PRIMARY KEY,
    name                   TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    target_role            TEXT    NOT NULL CHECK (length(trim(target_role)) > 0),
    target_level           TEXT,
    target_specialization  TEXT,
    -- relative to the templates directory; resolved inside it only
    template_path          TEXT    NOT NULL CHECK (length(template_path) > 0),
    style_path             TEXT    NOT NULL CHECK (length(style_path) > 0)
);

-- template selection looks templates up by role + level + specialization
CREATE UNIQUE INDEX resume_template_target ON resume_template (
    target_role COLLATE NOCASE,
    coalesce(target_level, '') COLLATE NOCASE,
    coalesce(target_specialization, '') COLLATE NOCASE
);

CREATE TABLE template_role_config (
    id                  INTEGER PRIMARY KEY,
    template_id         INTEGER NOT NULL REFERENCES resume_template (id) ON DELETE CASCADE,
    experience_role_id  INTEGER NOT NULL REFERENCES experience_role (id) ON DELETE CASCADE,
    title_override      TEXT,
    position            INTEGER NOT NULL CHECK (position >= 0),
    max_bullet_count    INTEGER NOT NULL CHECK (max_bullet_count BETWEEN 1 AND 20),
    UNIQUE (template_id, experience_role_id)
);

CREATE TABLE resume (
    id            INTEGER PRIMARY KEY,
    -- NULL for a general resume framed for target_role (no JD)
    job_id        INTEGER REFERENCES job (id) ON DELETE CASCADE,
    template_id   INTEGER NOT NULL REFERENCES resume_template (id) ON DELETE RESTRICT,
    -- 1, 2, 3 ... per job (per target role for general resumes); older versions are kept
    version       INTEGER NOT NULL CHECK (version >= 1),
    target_role   TEXT,
    target_level  TEXT,
    provider      TEXT,
    model         TEXT,
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                  CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at)),
    CHECK (job_id IS NOT NULL OR target_role IS NOT NULL)
);

CREATE UNIQUE INDEX resume_job_version ON resume (job_id, version) WHERE job_id IS NOT NULL;
CREATE UNIQUE INDEX resume_role_version
    ON resume (target_role COLLATE NOCASE, version) WHERE job_id IS NULL;
CREATE INDEX resume_template_ref ON resume (template_id);

CREATE TABLE resume_role (
    id                  INTEGER PRIMARY KEY,
    resume_id           INTEGER NOT NULL REFERENCES resume (id) ON DELETE CASCADE,
    -- a stored resume keeps the experience role it was written from
    experience_role_id  INTEGER NOT NULL REFERENCES experience_role (id) ON DELETE RESTRICT,
    -- frozen title: title_override or the role's title at generation time
    title               TEXT    NOT NULL,
    position            INTEGER NOT NULL CHECK (position >= 0),
    UNIQUE (resume_id, experience_role_id),
    UNIQUE (resume_id, position)
);

CREATE INDEX resume_role_experience_role ON resume_role (experience_role_id);

CREATE TABLE resume_role_bullet (
    id              INTEGER PRIMARY KEY,
    resume_role_id  INTEGER NOT NULL REFERENCES resume_role (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    text            TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    override_text   TEXT    CHECK (override_text IS NULL OR length(trim(override_text)) > 0),
    exclude         INTEGER NOT NULL DEFAULT 0 CHECK (exclude IN (0, 1)),
    -- how well the bullet matches the JD (0..1); page fitting drops the lowest first
    relevance       REAL    CHECK (relevance IS NULL OR relevance BETWEEN 0 AND 1),
    -- facts in the bullet that the role's project data does not contain (numbers, tools)
    grounding_flags TEXT    NOT NULL DEFAULT '[]'
                    CHECK (json_valid(grounding_flags) AND json_type(grounding_flags) = 'array'),
    UNIQUE (resume_role_id, position)
);

CREATE TABLE resume_skills_category (
    id           INTEGER PRIMARY KEY,
    resume_id    INTEGER NOT NULL REFERENCES resume (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    category     TEXT    NOT NULL CHECK (length(trim(category)) > 0),
    -- comma-separated skills, as rendered ("Python, Java")
    skills_text  TEXT    NOT NULL CHECK (length(trim(skills_text)) > 0),
    override_text TEXT   CHECK (override_text IS NULL OR length(trim(override_text)) > 0),
    exclude      INTEGER NOT NULL DEFAULT 0 CHECK (exclude IN (0, 1)),
    UNIQUE (resume_id, position)
);

------------------------------------------------------------------------------------------
-- tracker: applications and their timeline
------------------------------------------------------------------------------------------

CREATE TABLE application (
    id            INTEGER PRIMARY KEY,
    job_id        INTEGER NOT NULL UNIQUE REFERENCES job (id) ON DELETE CASCADE,
    -- the resume as sent; kept NULL when it was made outside jsa
    resume_id     INTEGER REFERENCES resume (id) ON DELETE SET NULL,
    applied_date  TEXT    NOT NULL CHECK (applied_date IS date(applied_date)),
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                  CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at))
);

CREATE INDEX application_applied_date ON application (applied_date);
CREATE INDEX application_resume ON application (resume_id) WHERE resume_id IS NOT NULL;

-- Current state of an application (no row = no response yet).
CREATE TABLE application_status (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL UNIQUE REFERENCES application (id) ON DELETE CASCADE,
    state           TEXT    NOT NULL CHECK (state IN ('callback', 'rejected', 'closed')),
    status_date     TEXT    NOT NULL CHECK (status_date IS date(status_date)),
    updated_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                    CHECK (updated_at IS strftime('%Y-%m-%dT%H:%M:%fZ', updated_at))
);

CREATE INDEX application_status_state ON application_status (state);

-- Append-only timeline of everything that happened to an application.
CREATE TABLE application_event (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind IN (
                        'applied', 'status', 'outcome', 'interview_scheduled',
                        'interview_changed', 'interview_note', 'note')),
    -- the new state or outcome, the interview stage, ...
    value           TEXT,
    -- when it happened, as the user reports it
    event_date      TEXT    NOT NULL CHECK (event_date IS date(event_date)),
    detail          TEXT,
    -- when jsa recorded it
    recorded_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                    CHECK (recorded_at IS strftime('%Y-%m-%dT%H:%M:%fZ', recorded_at))
);

CREATE INDEX application_event_timeline ON application_event (application_id, event_date, id);

CREATE TRIGGER application_event_no_update
BEFORE UPDATE ON application_event
BEGIN
    SELECT RAISE(ABORT, 'application_event is append-only');
END;

-- Events go only with their application (the cascade runs after the parent row is gone).
CREATE TRIGGER application_event_no_delete
BEFORE DELETE ON application_event
WHEN EXISTS (SELECT 1 FROM application WHERE id = OLD.application_id)
BEGIN
    SELECT RAISE(ABORT, 'application_event is append-only');
END;

CREATE TABLE interview (
    id                 INTEGER PRIMARY KEY,
    application_id     INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    stage              TEXT    NOT NULL CHECK (stage IN ('recruiter_screen', 'technical_screen', 'final_loop')),
    format             TEXT    CHECK (format IS NULL OR format IN ('phone_call', 'virtual_meeting', 'onsite')),
    focus              TEXT    CHECK (focus IS NULL OR focus IN ('coding', 'system_design', 'behavioral', 'hiring_manager')),
    interviewer_name   TEXT,
    interviewer_title  TEXT,
    scheduled_at       TEXT    NOT NULL CHECK (scheduled_at IS strftime('%Y-%m-%dT%H:%M:%fZ', scheduled_at)),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                       CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at))
);

CREATE INDEX interview_application ON interview (application_id, scheduled_at);
-- the upcoming interviews view
CREATE INDEX interview_scheduled ON interview (scheduled_at, stage);

CREATE TABLE interview_note (
    id            INTEGER PRIMARY KEY,
    interview_id  INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    text          TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                  CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at))
);

CREATE INDEX interview_note_interview ON interview_note (interview_id, created_at);

-- Final outcome of the interview process (only when interviews happened).
CREATE TABLE interview_process_status (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL UNIQUE REFERENCES application (id) ON DELETE CASCADE,
    outcome         TEXT    NOT NULL CHECK (outcome IN ('offer', 'rejected', 'failed', 'ghosted', 'withdrew')),
    outcome_date    TEXT    NOT NULL CHECK (outcome_date IS date(outcome_date)),
    notes           TEXT
);

------------------------------------------------------------------------------------------
-- interview preparation (Markdown documents)
------------------------------------------------------------------------------------------

CREATE TABLE interview_preparation_base (
    id                    INTEGER PRIMARY KEY,
    application_id        INTEGER NOT NULL UNIQUE REFERENCES application (id) ON DELETE CASCADE,
    formatted_jd          TEXT    NOT NULL,
    company_context       TEXT    NOT NULL,
    primary_drivers       TEXT    NOT NULL,
    background_narrative  TEXT    NOT NULL,
    provider              TEXT,
    model                 TEXT,
    created_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                          CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at)),
    updated_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                          CHECK (updated_at IS strftime('%Y-%m-%dT%H:%M:%fZ', updated_at))
);

CREATE TABLE interview_preparation (
    id                     INTEGER PRIMARY KEY,
    interview_id           INTEGER NOT NULL UNIQUE REFERENCES interview (id) ON DELETE CASCADE,
    predicted_questions    TEXT    NOT NULL,
    interviewer_questions  TEXT    NOT NULL,
    provider               TEXT,
    model                  TEXT,
    created_at             TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                           CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at)),
    updated_at             TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                           CHECK (updated_at IS strftime('%Y-%m-%dT%H:%M:%fZ', updated_at))
);

------------------------------------------------------------------------------------------
-- llm: the ledger of every model call (cost, latency, quality)
------------------------------------------------------------------------------------------

CREATE TABLE llm_call (
    id                  INTEGER PRIMARY KEY,
    -- parse-jd, bullets, skills, interview-prep-base, interview-prep, check
    task                TEXT    NOT NULL CHECK (length(task) > 0),
    provider            TEXT    NOT NULL CHECK (provider IN ('anthropic', 'openai', 'offline')),
    model               TEXT    NOT NULL,
    prompt_name         TEXT    NOT NULL,
    prompt_version      INTEGER NOT NULL CHECK (prompt_version >= 1),
    prompt_hash         TEXT    NOT NULL,
    -- counted before the call, for budgets
    estimated_input_tokens INTEGER CHECK (estimated_input_tokens IS NULL OR estimated_input_tokens >= 0),
    input_tokens        INTEGER NOT NULL DEFAULT 0 CHECK (input_tokens >= 0),
    output_tokens       INTEGER NOT NULL DEFAULT 0 CHECK (output_tokens >= 0),
    cache_read_tokens   INTEGER NOT NULL DEFAULT 0 CHECK (cache_read_tokens >= 0),
    cache_write_tokens  INTEGER NOT NULL DEFAULT 0 CHECK (cache_write_tokens >= 0),
    cost_usd            REAL    NOT NULL DEFAULT 0 CHECK (cost_usd >= 0),
    latency_ms          INTEGER NOT NULL CHECK (latency_ms >= 0),
    ok                  INTEGER NOT NULL CHECK (ok IN (0, 1)),
    -- NULL when ok; else transport, http_4xx, http_5xx, rate_limited, truncated, refused,
    -- invalid_json, validation, budget
    error_kind          TEXT,
    -- what the call was for, when it was for a job (kept when the job is deleted)
    job_id              INTEGER REFERENCES job (id) ON DELETE SET NULL,
    created_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                        CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at)),
    CHECK ((ok = 1) = (error_kind IS NULL))
);

CREATE INDEX llm_call_created ON llm_call (created_at);
CREATE INDEX llm_call_task_model ON llm_call (task, model, created_at);
