-- A database made by jsa at schema version 1 (commit 705aa2e), the first released schema, with
-- every feature used once: profile and templates, companies, parsed JDs, 42 applications (40
-- imported), interviews with a note and a preparation, a resume with an override and an
-- exclusion, a contract. Written by 'sqlite3 jsa.db .dump'; SchemaUpgradeTest upgrades it.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "flyway_schema_history" (
    "installed_rank" INT NOT NULL PRIMARY KEY,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INT,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
    "execution_time" INT NOT NULL,
    "success" BOOLEAN NOT NULL
);
INSERT INTO flyway_schema_history VALUES(1,'1','schema','SQL','V1__schema.sql',-319200094,'','2026-11-24 14:50:29.727',11,1);
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
INSERT INTO company VALUES(1,'Nordstrom','workday','https://nordstrom.wd501.myworkdayjobs.com/en-US/nordstrom_careers/',1,'2026-11-24T14:50:32.481Z','2026-11-24T14:50:32.481Z');
INSERT INTO company VALUES(2,'Workday','workday','https://workday.wd5.myworkdayjobs.com/en-US/Workday/',1,'2026-11-24T14:50:32.559Z','2026-11-24T14:50:32.559Z');
INSERT INTO company VALUES(3,'General Dynamics IT','workday','https://gdit.wd5.myworkdayjobs.com/en-US/External_Career_Site/',1,'2026-11-24T14:50:32.568Z','2026-11-24T14:50:32.568Z');
INSERT INTO company VALUES(4,'Stripe','greenhouse','https://stripe.com/jobs',1,'2026-11-24T14:50:32.580Z','2026-11-24T14:50:32.580Z');
INSERT INTO company VALUES(5,'Anthropic','greenhouse','https://www.anthropic.com/careers',1,'2026-11-24T14:50:32.590Z','2026-11-24T14:50:32.590Z');
INSERT INTO company VALUES(6,'Palantir','lever','https://jobs.lever.co/palantir',1,'2026-11-24T14:50:32.592Z','2026-11-24T14:50:32.592Z');
INSERT INTO company VALUES(7,'Outreach','lever',NULL,1,'2026-11-24T14:50:32.600Z','2026-11-24T14:50:32.600Z');
INSERT INTO company VALUES(8,'Ramp','ashby','https://jobs.ashbyhq.com/ramp',1,'2026-11-24T14:50:32.606Z','2026-11-24T14:50:32.606Z');
INSERT INTO company VALUES(9,'Western Digital','smartrecruiters','https://jobs.smartrecruiters.com/WesternDigital',1,'2026-11-24T14:50:32.608Z','2026-11-24T14:50:32.608Z');
INSERT INTO company VALUES(10,'HireVue','smartrecruiters',NULL,0,'2026-11-24T14:50:32.616Z','2026-11-24T14:50:32.616Z');
CREATE TABLE workday_config (
    company_id        INTEGER PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
    base_url          TEXT    NOT NULL CHECK (base_url LIKE 'http%://%'),
    tenant            TEXT    NOT NULL CHECK (length(tenant) > 0),
    site              TEXT    NOT NULL CHECK (length(site) > 0),
    -- location name -> Workday facet id (or facet name, resolved at sync time)
    location_filters  TEXT    NOT NULL DEFAULT '{}'
                      CHECK (json_valid(location_filters) AND json_type(location_filters) = 'object')
);
INSERT INTO workday_config VALUES(1,'https://nordstrom.wd501.myworkdayjobs.com','nordstrom','nordstrom_careers','{"Seattle":"Seattle"}');
INSERT INTO workday_config VALUES(2,'https://workday.wd5.myworkdayjobs.com','workday','Workday','{}');
INSERT INTO workday_config VALUES(3,'https://gdit.wd5.myworkdayjobs.com','gdit','External_Career_Site','{}');
CREATE TABLE board_config (
    company_id  INTEGER PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
    board       TEXT    NOT NULL CHECK (length(trim(board)) > 0),
    -- overrides the platform's public API host (tests, proxies, benchmarks, Lever EU)
    api_base    TEXT    CHECK (api_base IS NULL OR api_base LIKE 'http%://%')
);
INSERT INTO board_config VALUES(4,'stripe',NULL);
INSERT INTO board_config VALUES(5,'anthropic',NULL);
INSERT INTO board_config VALUES(6,'palantir',NULL);
INSERT INTO board_config VALUES(7,'outreach',NULL);
INSERT INTO board_config VALUES(8,'ramp',NULL);
INSERT INTO board_config VALUES(9,'WesternDigital',NULL);
INSERT INTO board_config VALUES(10,'HireVue',NULL);
CREATE TABLE search_config (
    id             INTEGER PRIMARY KEY,
    search_term    TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(search_term)) > 0),
    exclude_terms  TEXT    NOT NULL DEFAULT '[]'
                   CHECK (json_valid(exclude_terms) AND json_type(exclude_terms) = 'array'),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                   CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at))
);
INSERT INTO search_config VALUES(1,'Software Engineer','["Staff","Principal","Director","Manager"]',1,'2026-11-24T14:50:32.651Z');
INSERT INTO search_config VALUES(2,'Data Engineer','["Staff","Principal"]',1,'2026-11-24T14:50:32.655Z');
INSERT INTO search_config VALUES(3,'Backend Engineer','[]',0,'2026-11-24T14:50:32.657Z');
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
INSERT INTO job VALUES(1,'Northwind Analytics','Senior Backend Engineer, Payments','Backend Engineer','Payments','senior','Seattle, WA','hybrid',5,165000,205000,'USD','year',NULL,'northwind-senior-backend-engineer.md',NULL,replace('# Senior Backend Engineer, Payments\n\n**Company:** Northwind Analytics\n**Location:** Seattle, WA (Hybrid, 3 days a week in office)\n\n## About Northwind\n\nNorthwind Analytics builds the forecasting platform that 2,000 retailers use to plan their\ninventory. We raised a $40M Series C in 2025 and are growing the payments team.\n\n## What you''ll do\n\n- Design and run the services that move $3B in merchant payouts a year\n- Own the reliability of our ledger and reconciliation pipelines\n- Mentor engineers and review designs across the payments group\n\n## Requirements\n\n- 5+ years of professional software engineering experience\n- Strong Java or Kotlin skills and experience with Spring Boot\n- Experience designing distributed systems on AWS\n- Solid SQL and PostgreSQL knowledge\n- Experience with Kafka or another event streaming platform\n\n## Nice to have\n\n- Experience with payments, ledgers or reconciliation\n- Familiarity with Kubernetes and Terraform\n\n## Compensation\n\nThe base salary range for this role is $165,000 - $205,000 per year, plus equity and a $1,500\nhome-office stipend.','\n',char(10)),'29354b76a6e5a8f13f6f0cad3670c2364df818f0a0114e7190a3c8d44e8d0aad',NULL,'2026-11-24T14:50:34.820Z','2026-11-24T14:50:34.820Z');
INSERT INTO job VALUES(2,'Harbor Health','Data Engineer','Data Engineer',NULL,NULL,NULL,'remote',3,110000,135000,'CAD','year',NULL,'harbor-data-engineer.html',NULL,replace('Data Engineer\n\nHarbor Health is looking for a Data Engineer to join our clinical data team. This is a fully remote role open to candidates anywhere in Canada.\n\nWhat you’ll work on\n\n- Build batch and streaming pipelines that feed our care-quality dashboards\n- Model data in dbt and Snowflake for analysts and data scientists\n\nQualifications\n\n- At least three years of experience in data engineering\n- Proficiency in Python and SQL\n- Experience with Airflow or a similar orchestrator\n- Knowledge of data privacy rules for health data\n\nPreferred qualifications\n\n- Experience with Spark\n\nSalary: CA$110K–CA$135K annually, depending on experience.','\n',char(10)),'8106d2c2a9286db29b3e806c1dd953f59d8911a184a7444cb052e8d5c206a59f',NULL,'2026-11-24T14:50:37.255Z','2026-11-24T14:50:37.255Z');
INSERT INTO job VALUES(3,'Brightmoss Payments','Senior Data Engineer','Data Engineer',NULL,'senior','Deerfield, IL','hybrid',5,NULL,NULL,NULL,NULL,'R37376','company_site',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.356Z','2026-11-24T14:50:49.356Z');
INSERT INTO job VALUES(4,'Orchardly','Platform Engineer II','Platform Engineer',NULL,'mid','Redmond, WA','onsite',5,140000,175000,'USD','year',NULL,'indeed',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.392Z','2026-11-24T14:50:49.392Z');
INSERT INTO job VALUES(5,'Ironwoodstack','Senior Software Engineer','Software Engineer','Infrastructure','senior','Evanston, IL','onsite',5,185000,220000,'USD','year','R44147','linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.418Z','2026-11-24T14:50:49.418Z');
INSERT INTO job VALUES(6,'Tidewater Systems','Software Engineer, Infrastructure','Software Engineer','Infrastructure','mid','Austin, TX','onsite',5,135000,155000,'USD','year','R78364','linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.434Z','2026-11-24T14:50:49.434Z');
INSERT INTO job VALUES(7,'Ashfordstack','Senior Platform Engineer','Platform Engineer',NULL,'senior','Seattle, WA','onsite',6,165000,205000,'USD','year',NULL,'indeed',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.464Z','2026-11-24T14:50:49.464Z');
INSERT INTO job VALUES(8,'Cedar Freight','Software Engineer, Backend','Software Engineer','Backend','mid','Austin, TX','remote',NULL,NULL,NULL,NULL,NULL,NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.472Z','2026-11-24T14:50:49.472Z');
INSERT INTO job VALUES(9,'Meridian Bank','Senior Machine Learning Engineer, MLOps','Machine Learning Engineer','MLOps','senior','Oak Brook, IL','remote',6,165000,210000,'USD','year',NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.487Z','2026-11-24T14:50:49.487Z');
INSERT INTO job VALUES(10,'Orchardly','Junior Data Engineer','Data Engineer',NULL,'junior','Tacoma, WA','hybrid',1,85000,115000,'USD','year',NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.496Z','2026-11-24T14:50:49.496Z');
INSERT INTO job VALUES(11,'Riverbendify','Senior Backend Engineer','Backend Engineer',NULL,'senior','New York, NY','hybrid',6,155000,175000,'USD','year','R56343','company_site',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.502Z','2026-11-24T14:50:49.502Z');
INSERT INTO job VALUES(12,'Juniper Systems','Analytics Engineer','Analytics Engineer',NULL,'mid','Chicago, IL','onsite',4,145000,170000,'USD','year','R48589','company_site',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.515Z','2026-11-24T14:50:49.515Z');
INSERT INTO job VALUES(13,'Juniper Systems','Senior Backend Engineer','Backend Engineer','Platform','senior','Deerfield, IL','onsite',6,185000,215000,'USD','year',NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.527Z','2026-11-24T14:50:49.527Z');
INSERT INTO job VALUES(14,'Pinecrest Data','Data Engineer, Warehouse','Data Engineer','Warehouse','mid','Remote (US)','remote',NULL,135000,165000,'USD','year',NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.542Z','2026-11-24T14:50:49.542Z');
INSERT INTO job VALUES(15,'Quarry Analytics','Senior Backend Engineer','Backend Engineer','Platform','senior','New York, NY','hybrid',7,170000,195000,'USD','year','R45350','indeed',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.547Z','2026-11-24T14:50:49.547Z');
INSERT INTO job VALUES(16,'Pinecrest Data','Senior Data Engineer','Data Engineer',NULL,'senior','Austin, TX','hybrid',6,160000,175000,'USD','year',NULL,'company_site',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.586Z','2026-11-24T14:50:49.586Z');
INSERT INTO job VALUES(17,'Granite Software','Software Engineer','Software Engineer','Infrastructure','mid','Chicago, IL','remote',3,140000,175000,'USD','year',NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.589Z','2026-11-24T14:50:49.589Z');
INSERT INTO job VALUES(18,'Larkspur Health','Senior Data Engineer','Data Engineer','Pipelines','senior','Portland, OR','onsite',7,170000,185000,'USD','year',NULL,'company_site',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.597Z','2026-11-24T14:50:49.597Z');
INSERT INTO job VALUES(19,'Driftwood Robotics','Data Engineer, Warehouse','Data Engineer','Warehouse','mid','Redmond, WA','hybrid',5,120000,145000,'USD','year',NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.622Z','2026-11-24T14:50:49.622Z');
INSERT INTO job VALUES(20,'Orchard Software','Software Engineer, Backend','Software Engineer','Backend','mid','Naperville, IL','onsite',4,120000,160000,'USD','year',NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.625Z','2026-11-24T14:50:49.625Z');
INSERT INTO job VALUES(21,'Orchardly','Data Engineer','Data Engineer','Pipelines','mid','Everett, WA','remote',NULL,150000,175000,'USD','year',NULL,'indeed',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.628Z','2026-11-24T14:50:49.628Z');
INSERT INTO job VALUES(22,'Riverbendify','Data Engineer, Pipelines','Data Engineer','Pipelines','mid','Deerfield, IL','hybrid',3,150000,175000,'USD','year','R90698','linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.631Z','2026-11-24T14:50:49.631Z');
INSERT INTO job VALUES(23,'Willowmere Insurance','Senior Backend Engineer','Backend Engineer',NULL,'senior','Naperville, IL','hybrid',6,NULL,NULL,NULL,NULL,'R96135','recruiter',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.646Z','2026-11-24T14:50:49.646Z');
INSERT INTO job VALUES(24,'Ironwoodstack','Senior Data Engineer','Data Engineer','Pipelines','senior','Naperville, IL','hybrid',5,155000,195000,'USD','year','R25313','linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.651Z','2026-11-24T14:50:49.651Z');
INSERT INTO job VALUES(25,'Tidewaterstack','Machine Learning Engineer','Machine Learning Engineer','MLOps','mid','Schaumburg, IL','hybrid',3,150000,175000,'USD','year','R66861','recruiter',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.655Z','2026-11-24T14:50:49.655Z');
INSERT INTO job VALUES(26,'Driftwood Robotics','Backend Engineer, Payments','Backend Engineer','Payments','mid','Tacoma, WA','remote',NULL,NULL,NULL,NULL,NULL,'R10261','company_site',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.674Z','2026-11-24T14:50:49.674Z');
INSERT INTO job VALUES(27,'Cobaltify','Senior Backend Engineer, Payments','Backend Engineer','Payments','senior','Evanston, IL','hybrid',6,NULL,NULL,NULL,NULL,NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.682Z','2026-11-24T14:50:49.682Z');
INSERT INTO job VALUES(28,'Saltmarsh Systems','Analytics Engineer','Analytics Engineer',NULL,'mid','Austin, TX','hybrid',5,NULL,NULL,NULL,NULL,NULL,'indeed',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.688Z','2026-11-24T14:50:49.688Z');
INSERT INTO job VALUES(29,'Lumenio','Senior Backend Engineer','Backend Engineer',NULL,'senior','Redmond, WA','remote',5,170000,210000,'USD','year','R12308','linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.691Z','2026-11-24T14:50:49.691Z');
INSERT INTO job VALUES(30,'Riverbend Insurance','Junior Data Engineer','Data Engineer',NULL,'junior','Kirkland, WA','onsite',1,115000,145000,'USD','year',NULL,'company_site',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.709Z','2026-11-24T14:50:49.709Z');
INSERT INTO job VALUES(31,'Lumen Analytics','Senior Data Engineer, Warehouse','Data Engineer','Warehouse','senior','Austin, TX','hybrid',7,155000,175000,'USD','year','R18182','linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.714Z','2026-11-24T14:50:49.714Z');
INSERT INTO job VALUES(32,'Redwing Systems','Junior Software Engineer','Software Engineer',NULL,'junior','Deerfield, IL','hybrid',1,95000,140000,'USD','year',NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.722Z','2026-11-24T14:50:49.722Z');
INSERT INTO job VALUES(33,'Pinecrest Data','Data Engineer','Data Engineer','Streaming','mid','Bothell, WA','hybrid',5,125000,170000,'USD','year','R88443','linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.733Z','2026-11-24T14:50:49.733Z');
INSERT INTO job VALUES(34,'Redwing Systems','Senior Analytics Engineer','Analytics Engineer','dbt','senior','Kirkland, WA','hybrid',5,NULL,NULL,NULL,NULL,'R42208','referral',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.740Z','2026-11-24T14:50:49.740Z');
INSERT INTO job VALUES(35,'Granitestack','Senior Backend Engineer','Backend Engineer','Payments','senior','Naperville, IL','onsite',5,160000,185000,'USD','year','R75144','linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.750Z','2026-11-24T14:50:49.750Z');
INSERT INTO job VALUES(36,'Summitly','Senior Analytics Engineer, dbt','Analytics Engineer','dbt','senior','Portland, OR','hybrid',7,160000,185000,'USD','year',NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.754Z','2026-11-24T14:50:49.754Z');
INSERT INTO job VALUES(37,'Stonebridge Freight','Senior Software Engineer','Software Engineer','Infrastructure','senior','Redmond, WA','hybrid',5,NULL,NULL,NULL,NULL,NULL,'recruiter',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.757Z','2026-11-24T14:50:49.757Z');
INSERT INTO job VALUES(38,'Lumen Analytics','Staff Data Engineer','Data Engineer','Warehouse','staff','Remote (US)','remote',10,NULL,NULL,NULL,NULL,NULL,'indeed',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.774Z','2026-11-24T14:50:49.774Z');
INSERT INTO job VALUES(39,'Foxglove Robotics','Senior Data Engineer','Data Engineer','Pipelines','senior','Denver, CO','onsite',7,165000,190000,'USD','year','R86958','linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.789Z','2026-11-24T14:50:49.789Z');
INSERT INTO job VALUES(40,'Meridian Bank','Senior Machine Learning Engineer, MLOps','Machine Learning Engineer','MLOps','senior','Naperville, IL','hybrid',5,NULL,NULL,NULL,NULL,'R40337','linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.792Z','2026-11-24T14:50:49.792Z');
INSERT INTO job VALUES(41,'Cobaltstack','Senior Software Engineer, Infrastructure','Software Engineer','Infrastructure','senior','Remote (US)','remote',6,155000,180000,'USD','year','R32943','linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.794Z','2026-11-24T14:50:49.794Z');
INSERT INTO job VALUES(42,'Ironwood Energy','Senior Machine Learning Engineer','Machine Learning Engineer',NULL,'senior','Deerfield, IL','hybrid',5,185000,225000,'USD','year',NULL,'linkedin',NULL,NULL,NULL,NULL,'2026-11-24T14:50:49.796Z','2026-11-24T14:50:49.796Z');
CREATE TABLE contract_job (
    id                      INTEGER PRIMARY KEY,
    job_id                  INTEGER NOT NULL UNIQUE REFERENCES job (id) ON DELETE CASCADE,
    consulting_company      TEXT,
    contract_length_months  INTEGER CHECK (contract_length_months IS NULL OR contract_length_months > 0),
    hourly_rate             REAL    CHECK (hourly_rate IS NULL OR hourly_rate >= 0),
    provides_benefits       INTEGER NOT NULL DEFAULT 0 CHECK (provides_benefits IN (0, 1)),
    provides_pto            INTEGER NOT NULL DEFAULT 0 CHECK (provides_pto IN (0, 1))
);
INSERT INTO contract_job VALUES(1,1,NULL,6,95.0,0,0);
CREATE TABLE requirement (
    id         INTEGER PRIMARY KEY,
    job_id     INTEGER NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    text       TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    keywords   TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(keywords) AND json_type(keywords) = 'array'),
    relevance  REAL    NOT NULL CHECK (relevance BETWEEN 0 AND 1),
    UNIQUE (job_id, position)
);
INSERT INTO requirement VALUES(1,1,0,'5+ years of professional software engineering experience','["Software engineering"]',0.9000000000000000222);
INSERT INTO requirement VALUES(2,1,1,'Strong Java or Kotlin skills and experience with Spring Boot','["Java","Kotlin","Spring Boot"]',0.82999999999999996003);
INSERT INTO requirement VALUES(3,1,2,'Experience designing distributed systems on AWS','["AWS","Distributed systems"]',0.75);
INSERT INTO requirement VALUES(4,1,3,'Solid SQL and PostgreSQL knowledge','["SQL","PostgreSQL"]',0.68000000000000004884);
INSERT INTO requirement VALUES(5,1,4,'Experience with Kafka or another event streaming platform','["Kafka"]',0.59999999999999997779);
INSERT INTO requirement VALUES(6,1,5,'Experience with payments, ledgers or reconciliation','["Payments"]',0.5);
INSERT INTO requirement VALUES(7,1,6,'Familiarity with Kubernetes and Terraform','["Terraform","Kubernetes"]',0.29999999999999998889);
INSERT INTO requirement VALUES(8,2,0,'At least three years of experience in data engineering','["Data engineering"]',0.9000000000000000222);
INSERT INTO requirement VALUES(9,2,1,'Proficiency in Python and SQL','["Python","SQL"]',0.8000000000000000444);
INSERT INTO requirement VALUES(10,2,2,'Experience with Airflow or a similar orchestrator','["Airflow"]',0.69999999999999995559);
INSERT INTO requirement VALUES(11,2,3,'Knowledge of data privacy rules for health data','["Data privacy"]',0.59999999999999997779);
INSERT INTO requirement VALUES(12,2,4,'Experience with Spark','["Spark"]',0.5);
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
INSERT INTO profile VALUES(1,'Tessa Lindqvist','tessa.lindqvist@example.com','(206) 555-0147','Seattle, WA','Backend & data engineer – 8 years building reliable APIs and data pipelines on AWS','[{"label":"GitHub","url":"https://github.com/tessa-lindqvist-example"},{"label":"LinkedIn","url":"https://www.linkedin.com/in/tessa-lindqvist-example"},{"label":"Portfolio","url":"https://tessa.example.com"}]','[{"school":"Cascadia State University","degree":"B.S.","field":"Computer Science","start":"2014-09","end":"2018-06","details":["Minor in Statistics","Capstone: real-time bus arrival predictions for the regional transit agency","Teaching assistant, Data Structures (two semesters)"]}]','2026-11-24T14:50:31.025Z');
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
INSERT INTO experience_role VALUES(1,'lumenfield_swe','Lumenfield Health','Software Engineer II','2023-04-03',NULL,'Seattle, WA');
INSERT INTO experience_role VALUES(2,'harborline_swe','Harborline Logistics','Software Engineer','2020-08-17','2023-03-24','Seattle, WA');
INSERT INTO experience_role VALUES(3,'brightmoss_ase','Brightmoss Analytics','Associate Software Engineer','2018-07-16','2020-07-31','Portland, OR');
INSERT INTO experience_role VALUES(4,'quillstone_intern','Quillstone Games','Software Engineering Intern','2017-05-15','2017-08-25','Montréal, QC');
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
INSERT INTO experience_project VALUES(1,1,0,'eligibility-api','Insurance eligibility checks called three partner APIs one after another, so the patient intake screen often hung for seconds and timed out under load.','["rewrote the eligibility service as an async fan-out with per-partner timeouts","added a Redis read-through cache keyed by member and plan","introduced circuit breakers and a degraded-mode response"]','["Java 17","Spring Boot","Redis","Resilience4j","AWS ECS"]','["cut p95 latency from 4.2 s to 650 ms","dropped intake timeouts from 3.1% to 0.2% of requests"]');
INSERT INTO experience_project VALUES(2,1,1,'claims-cdc-pipeline','Finance reconciled claims from a nightly export of the production database that ran for 6 hours and left every report a day stale.','["built a change-data-capture pipeline from PostgreSQL to Snowflake","modeled claims facts and dimensions in dbt","added data quality tests that block bad loads before they reach reports"]','["Kafka","Debezium","PostgreSQL","dbt","Snowflake"]','["made claims data available within 15 minutes instead of next day","retired the 6-hour nightly export job","cut warehouse compute spend 28%"]');
INSERT INTO experience_project VALUES(3,1,2,'provider-search','Members searched for in-network providers with SQL LIKE queries that were slow and ignored misspellings and distance.','["indexed 1.2M provider records in OpenSearch","added geo-distance and fuzzy-match ranking","led the rollout behind a feature flag with A/B metrics"]','["OpenSearch","Java 17","PostgreSQL","LaunchDarkly"]','["cut search p95 from 2.8 s to 180 ms","raised search-to-booking conversion 11%"]');
INSERT INTO experience_project VALUES(4,1,3,'on-call-observability','On-call engineers were paged for noisy, non-actionable alerts, and incidents were hard to trace across 14 services.','["added OpenTelemetry tracing to the core services","replaced threshold alerts with SLO burn-rate alerts","wrote runbooks for the 10 most frequent alerts"]','["OpenTelemetry","Prometheus","Grafana","PagerDuty"]','["reduced pages per on-call week from 38 to 9","lowered mean time to resolve from 95 to 40 minutes"]');
INSERT INTO experience_project VALUES(5,2,0,'shipment-tracking-events','Carrier tracking updates arrived through a mix of polling jobs and webhooks, so customers saw late or out-of-order shipment statuses.','["designed an event-driven tracking pipeline on Kafka","normalized 12 carrier formats into one Avro event schema","deduplicated and ordered events per shipment"]','["Kafka","Java 11","Spring Boot","PostgreSQL","Avro"]','["cut status lag from 30 minutes to under 2 minutes","handled 3M tracking events per day"]');
INSERT INTO experience_project VALUES(6,2,1,'rate-quote-service','Freight rate quotes were computed inside a PHP monolith that could not keep up with peak-season traffic.','["extracted rate quoting into a standalone Java service","added contract tests against the legacy endpoint","migrated traffic gradually using shadow reads"]','["Java 11","gRPC","Docker","Kubernetes"]','["served 4x peak-season quote volume with no outages","reduced quote p99 latency from 1.8 s to 240 ms"]');
INSERT INTO experience_project VALUES(7,2,2,'ops-warehouse-etl','Operations dashboards queried the production database directly and slowed order processing during business hours.','["built Airflow DAGs loading orders and shipments into Redshift","wrote incremental loads that handle late-arriving records","moved 20 dashboards onto the warehouse"]','["Apache Airflow","Python","Amazon Redshift","Looker"]','["removed 35% of read load from the primary database","refreshed dashboards hourly instead of daily"]');
INSERT INTO experience_project VALUES(8,2,3,'ci-speedup','Builds took 40 minutes and flaky tests blocked merges several times a week.','["split the test suite into parallel jobs","quarantined flaky tests with an owner and a tracking ticket","cached dependencies and Docker layers between builds"]','["GitHub Actions","Gradle","Docker","Testcontainers"]','["cut build time from 40 to 12 minutes","reduced flaky-test reruns 80%"]');
INSERT INTO experience_project VALUES(9,3,0,'retail-feed-ingestion','Retail clients sent daily point-of-sale files in inconsistent formats, and each new client needed a week of custom parsing code.','["built a config-driven ingestion framework with schema validation","replaced per-client parsing code with mapping files","emailed clients a report of rejected rows"]','["Python","pandas","AWS Lambda","Amazon S3","JSON Schema"]','["onboarded new clients in 1 day instead of 5","processed 40 GB of sales files daily"]');
INSERT INTO experience_project VALUES(10,3,1,'forecast-reporting','Account managers assembled weekly demand-forecast reports by hand in spreadsheets, which took a full day each week.','["automated report generation from the forecasting database","built a Tableau dashboard with store and SKU drill-downs","documented metric definitions with the analytics team"]','["SQL","PostgreSQL","Tableau","Python"]','["saved 8 analyst hours per week","adopted by 15 client accounts"]');
INSERT INTO experience_project VALUES(11,3,2,'spark-migration','The nightly aggregation job ran on a single large server and regularly missed its 6 a.m. deadline as data grew.','["ported the aggregation scripts from pandas to PySpark on EMR","partitioned the data by client and date in Parquet"]','["Apache Spark","PySpark","Amazon EMR","Parquet"]','["shortened the nightly run from 5.5 hours to 50 minutes","lowered compute cost 40% with spot instances"]');
INSERT INTO experience_project VALUES(12,4,0,'matchmaking-metrics','The live-ops team had no visibility into matchmaking wait times by region.','["instrumented the matchmaking service with StatsD metrics","built a Grafana dashboard by region and skill tier"]','["C#","StatsD","Graphite","Grafana"]','["found a misconfigured region causing 3-minute waits; the fix cut its median wait to 40 s"]');
INSERT INTO experience_project VALUES(13,4,1,'crash-report-triage','Crash reports from playtests landed in a shared inbox and were sorted by hand.','["wrote a service that groups crash reports by stack signature","posted a daily summary of new crash groups to Slack"]','["Python","Flask","SQLite","Slack API"]','["cut daily triage time from 2 hours to 15 minutes"]');
INSERT INTO experience_project VALUES(14,4,2,'localization-checks','Translators edited game strings in spreadsheets, and broken placeholders crashed the French and German builds.','["built a validator for placeholder and length rules","added it as a pre-merge check"]','["Python","GitLab CI"]','["caught 120+ string errors before release","shipped the fall update with zero localization crashes"]');
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
INSERT INTO resume_template VALUES(1,'engineer-ii','Software Engineer','II',NULL,'html/engineer.ftlh','css/standard.css');
INSERT INTO resume_template VALUES(2,'senior-backend','Software Engineer','Senior','Backend','html/engineer.ftlh','css/standard.css');
INSERT INTO resume_template VALUES(3,'data-engineer','Data Engineer',NULL,NULL,'html/engineer.ftlh','css/standard.css');
INSERT INTO resume_template VALUES(4,'data-analyst','Data Analyst',NULL,NULL,'html/analyst.ftlh','css/standard.css');
CREATE TABLE template_role_config (
    id                  INTEGER PRIMARY KEY,
    template_id         INTEGER NOT NULL REFERENCES resume_template (id) ON DELETE CASCADE,
    experience_role_id  INTEGER NOT NULL REFERENCES experience_role (id) ON DELETE CASCADE,
    title_override      TEXT,
    position            INTEGER NOT NULL CHECK (position >= 0),
    max_bullet_count    INTEGER NOT NULL CHECK (max_bullet_count BETWEEN 1 AND 20),
    UNIQUE (template_id, experience_role_id)
);
INSERT INTO template_role_config VALUES(1,1,1,NULL,0,5);
INSERT INTO template_role_config VALUES(2,1,2,NULL,1,4);
INSERT INTO template_role_config VALUES(3,1,3,NULL,2,3);
INSERT INTO template_role_config VALUES(4,1,4,NULL,3,2);
INSERT INTO template_role_config VALUES(5,2,1,NULL,0,6);
INSERT INTO template_role_config VALUES(6,2,2,NULL,1,5);
INSERT INTO template_role_config VALUES(7,2,3,NULL,2,2);
INSERT INTO template_role_config VALUES(8,3,1,'Software Engineer II, Data Platform',0,5);
INSERT INTO template_role_config VALUES(9,3,2,NULL,1,4);
INSERT INTO template_role_config VALUES(10,3,3,'Associate Software Engineer, Data',2,4);
INSERT INTO template_role_config VALUES(11,4,1,'Software Engineer II, Data Platform',0,4);
INSERT INTO template_role_config VALUES(12,4,2,NULL,1,3);
INSERT INTO template_role_config VALUES(13,4,3,'Associate Software Engineer, Data',2,4);
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
INSERT INTO resume VALUES(1,1,2,1,'Backend Engineer','senior','offline','offline-rules-v1','2026-11-24T14:50:47.037Z');
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
INSERT INTO resume_role VALUES(1,1,1,'Software Engineer II',0);
INSERT INTO resume_role VALUES(2,1,2,'Software Engineer',1);
INSERT INTO resume_role VALUES(3,1,3,'Associate Software Engineer',2);
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
INSERT INTO resume_role_bullet VALUES(1,1,0,'Built a change-data-capture pipeline from PostgreSQL to Snowflake; made claims data available within 15 minutes instead of next day',NULL,0,0.34999999999999997779,'[]');
INSERT INTO resume_role_bullet VALUES(2,1,1,'Rewrote the eligibility service as an async fan-out with per-partner timeouts using Java 17, Spring Boot and AWS ECS; cut p95 latency from 4.2 s to 650 ms','Rewrote the eligibility service as an async fan-out; cut p95 latency from 4.2 s to 650 ms',0,0.34000000000000002442,'[]');
INSERT INTO resume_role_bullet VALUES(3,1,2,'Added a Redis read-through cache keyed by member and plan; dropped intake timeouts from 3.1% to 0.2% of requests',NULL,1,0.34000000000000002442,'[]');
INSERT INTO resume_role_bullet VALUES(4,1,3,'Indexed 1.2M provider records in OpenSearch; cut search p95 from 2.8 s to 180 ms',NULL,0,0.28999999999999998001,'[]');
INSERT INTO resume_role_bullet VALUES(5,1,4,'Added geo-distance and fuzzy-match ranking; raised search-to-booking conversion 11%',NULL,0,0.28999999999999998001,'[]');
INSERT INTO resume_role_bullet VALUES(6,1,5,'Modeled claims facts and dimensions in dbt; retired the 6-hour nightly export job',NULL,0,0.23000000000000000999,'[]');
INSERT INTO resume_role_bullet VALUES(7,2,0,'Designed an event-driven tracking pipeline on Kafka; handled 3M tracking events per day',NULL,0,0.59999999999999997779,'[]');
INSERT INTO resume_role_bullet VALUES(8,2,1,'Normalized 12 carrier formats into one Avro event schema; cut status lag from 30 minutes to under 2 minutes',NULL,0,0.47999999999999998223,'[]');
INSERT INTO resume_role_bullet VALUES(9,2,2,'Deduplicated and ordered events per shipment',NULL,0,0.47999999999999998223,'[]');
INSERT INTO resume_role_bullet VALUES(10,2,3,'Extracted rate quoting into a standalone Java service; served 4x peak-season quote volume with no outages',NULL,0,0.41999999999999998445,'[]');
INSERT INTO resume_role_bullet VALUES(11,2,4,'Added contract tests against the legacy endpoint; reduced quote p99 latency from 1.8 s to 240 ms',NULL,0,0.25,'[]');
INSERT INTO resume_role_bullet VALUES(12,3,0,'Built a config-driven ingestion framework with schema validation using Python, pandas and AWS Lambda; onboarded new clients in 1 day instead of 5',NULL,0,0.14000000000000001332,'[]');
INSERT INTO resume_role_bullet VALUES(13,3,1,'Automated report generation from the forecasting database using SQL, PostgreSQL and Tableau; saved 8 analyst hours per week',NULL,0,0.11999999999999999555,'[]');
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
INSERT INTO resume_skills_category VALUES(1,1,0,'Languages','Java, SQL, Python',NULL,0);
INSERT INTO resume_skills_category VALUES(2,1,1,'Cloud & DevOps','AWS ECS, AWS Lambda, Kubernetes, OpenTelemetry, Prometheus, Grafana, gRPC, Docker, GitHub Actions, Amazon S3',NULL,0);
INSERT INTO resume_skills_category VALUES(3,1,2,'Frameworks','Spring Boot',NULL,0);
INSERT INTO resume_skills_category VALUES(4,1,3,'Databases','PostgreSQL, Redis, OpenSearch',NULL,0);
INSERT INTO resume_skills_category VALUES(5,1,4,'Data & ML','Kafka, dbt, Snowflake, Apache Airflow, Amazon Redshift, Looker, pandas, Tableau, Spark',NULL,0);
INSERT INTO resume_skills_category VALUES(6,1,5,'Tools','Resilience4j, Debezium, LaunchDarkly, PagerDuty, Avro, Gradle, Testcontainers, JSON Schema, Amazon EMR, Parquet',NULL,0);
CREATE TABLE application (
    id            INTEGER PRIMARY KEY,
    job_id        INTEGER NOT NULL UNIQUE REFERENCES job (id) ON DELETE CASCADE,
    -- the resume as sent; kept NULL when it was made outside jsa
    resume_id     INTEGER REFERENCES resume (id) ON DELETE SET NULL,
    applied_date  TEXT    NOT NULL CHECK (applied_date IS date(applied_date)),
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                  CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at))
);
INSERT INTO application VALUES(1,2,NULL,'2026-11-24','2026-11-24T14:50:37.393Z');
INSERT INTO application VALUES(2,1,NULL,'2026-11-10','2026-11-24T14:50:38.735Z');
INSERT INTO application VALUES(3,3,NULL,'2026-05-28','2026-11-24T14:50:49.370Z');
INSERT INTO application VALUES(4,4,NULL,'2026-05-28','2026-11-24T14:50:49.397Z');
INSERT INTO application VALUES(5,5,NULL,'2026-05-30','2026-11-24T14:50:49.421Z');
INSERT INTO application VALUES(6,6,NULL,'2026-05-30','2026-11-24T14:50:49.435Z');
INSERT INTO application VALUES(7,7,NULL,'2026-05-31','2026-11-24T14:50:49.467Z');
INSERT INTO application VALUES(8,8,NULL,'2026-06-01','2026-11-24T14:50:49.473Z');
INSERT INTO application VALUES(9,9,NULL,'2026-06-01','2026-11-24T14:50:49.489Z');
INSERT INTO application VALUES(10,10,NULL,'2026-06-01','2026-11-24T14:50:49.497Z');
INSERT INTO application VALUES(11,11,NULL,'2026-06-01','2026-11-24T14:50:49.503Z');
INSERT INTO application VALUES(12,12,NULL,'2026-06-02','2026-11-24T14:50:49.516Z');
INSERT INTO application VALUES(13,13,NULL,'2026-06-03','2026-11-24T14:50:49.528Z');
INSERT INTO application VALUES(14,14,NULL,'2026-06-03','2026-11-24T14:50:49.543Z');
INSERT INTO application VALUES(15,15,NULL,'2026-06-03','2026-11-24T14:50:49.548Z');
INSERT INTO application VALUES(16,16,NULL,'2026-06-04','2026-11-24T14:50:49.587Z');
INSERT INTO application VALUES(17,17,NULL,'2026-06-05','2026-11-24T14:50:49.590Z');
INSERT INTO application VALUES(18,18,NULL,'2026-06-07','2026-11-24T14:50:49.615Z');
INSERT INTO application VALUES(19,19,NULL,'2026-06-09','2026-11-24T14:50:49.623Z');
INSERT INTO application VALUES(20,20,NULL,'2026-06-09','2026-11-24T14:50:49.626Z');
INSERT INTO application VALUES(21,21,NULL,'2026-06-13','2026-11-24T14:50:49.628Z');
INSERT INTO application VALUES(22,22,NULL,'2026-06-15','2026-11-24T14:50:49.632Z');
INSERT INTO application VALUES(23,23,NULL,'2026-06-16','2026-11-24T14:50:49.646Z');
INSERT INTO application VALUES(24,24,NULL,'2026-06-18','2026-11-24T14:50:49.651Z');
INSERT INTO application VALUES(25,25,NULL,'2026-06-18','2026-11-24T14:50:49.662Z');
INSERT INTO application VALUES(26,26,NULL,'2026-06-20','2026-11-24T14:50:49.675Z');
INSERT INTO application VALUES(27,27,NULL,'2026-06-21','2026-11-24T14:50:49.683Z');
INSERT INTO application VALUES(28,28,NULL,'2026-06-22','2026-11-24T14:50:49.688Z');
INSERT INTO application VALUES(29,29,NULL,'2026-06-28','2026-11-24T14:50:49.692Z');
INSERT INTO application VALUES(30,30,NULL,'2026-06-28','2026-11-24T14:50:49.711Z');
INSERT INTO application VALUES(31,31,NULL,'2026-06-29','2026-11-24T14:50:49.715Z');
INSERT INTO application VALUES(32,32,NULL,'2026-06-30','2026-11-24T14:50:49.723Z');
INSERT INTO application VALUES(33,33,NULL,'2026-07-01','2026-11-24T14:50:49.734Z');
INSERT INTO application VALUES(34,34,NULL,'2026-07-01','2026-11-24T14:50:49.740Z');
INSERT INTO application VALUES(35,35,NULL,'2026-07-03','2026-11-24T14:50:49.751Z');
INSERT INTO application VALUES(36,36,NULL,'2026-07-05','2026-11-24T14:50:49.755Z');
INSERT INTO application VALUES(37,37,NULL,'2026-07-06','2026-11-24T14:50:49.758Z');
INSERT INTO application VALUES(38,38,NULL,'2026-07-07','2026-11-24T14:50:49.776Z');
INSERT INTO application VALUES(39,39,NULL,'2026-07-08','2026-11-24T14:50:49.790Z');
INSERT INTO application VALUES(40,40,NULL,'2026-07-10','2026-11-24T14:50:49.792Z');
INSERT INTO application VALUES(41,41,NULL,'2026-07-11','2026-11-24T14:50:49.795Z');
INSERT INTO application VALUES(42,42,NULL,'2026-07-11','2026-11-24T14:50:49.797Z');
CREATE TABLE application_status (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL UNIQUE REFERENCES application (id) ON DELETE CASCADE,
    state           TEXT    NOT NULL CHECK (state IN ('callback', 'rejected', 'closed')),
    status_date     TEXT    NOT NULL CHECK (status_date IS date(status_date)),
    updated_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                    CHECK (updated_at IS strftime('%Y-%m-%dT%H:%M:%fZ', updated_at))
);
INSERT INTO application_status VALUES(1,2,'callback','2026-11-15','2026-11-24T14:50:40.173Z');
INSERT INTO application_status VALUES(2,3,'rejected','2026-06-18','2026-11-24T14:50:49.376Z');
INSERT INTO application_status VALUES(3,4,'rejected','2026-06-23','2026-11-24T14:50:49.399Z');
INSERT INTO application_status VALUES(4,6,'callback','2026-06-08','2026-11-24T14:50:49.438Z');
INSERT INTO application_status VALUES(5,8,'closed','2026-07-06','2026-11-24T14:50:49.479Z');
INSERT INTO application_status VALUES(6,9,'closed','2026-07-06','2026-11-24T14:50:49.491Z');
INSERT INTO application_status VALUES(7,10,'rejected','2026-06-13','2026-11-24T14:50:49.498Z');
INSERT INTO application_status VALUES(8,11,'callback','2026-06-15','2026-11-24T14:50:49.503Z');
INSERT INTO application_status VALUES(9,12,'callback','2026-06-05','2026-11-24T14:50:49.518Z');
INSERT INTO application_status VALUES(10,17,'closed','2026-07-18','2026-11-24T14:50:49.594Z');
INSERT INTO application_status VALUES(11,18,'closed','2026-06-20','2026-11-24T14:50:49.618Z');
INSERT INTO application_status VALUES(12,21,'callback','2026-06-20','2026-11-24T14:50:49.629Z');
INSERT INTO application_status VALUES(13,22,'callback','2026-06-22','2026-11-24T14:50:49.633Z');
INSERT INTO application_status VALUES(14,23,'rejected','2026-06-23','2026-11-24T14:50:49.648Z');
INSERT INTO application_status VALUES(15,27,'rejected','2026-07-06','2026-11-24T14:50:49.685Z');
INSERT INTO application_status VALUES(16,31,'closed','2026-08-05','2026-11-24T14:50:49.716Z');
INSERT INTO application_status VALUES(17,35,'rejected','2026-07-18','2026-11-24T14:50:49.752Z');
INSERT INTO application_status VALUES(18,36,'rejected','2026-07-07','2026-11-24T14:50:49.755Z');
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
INSERT INTO application_event VALUES(1,1,'applied',NULL,'2026-11-24',NULL,'2026-11-24T14:50:37.395Z');
INSERT INTO application_event VALUES(2,2,'applied',NULL,'2026-11-10',NULL,'2026-11-24T14:50:38.741Z');
INSERT INTO application_event VALUES(3,2,'status','callback','2026-11-15',NULL,'2026-11-24T14:50:40.175Z');
INSERT INTO application_event VALUES(4,2,'interview_scheduled','technical_screen','2026-11-24','2026-11-20 10:00, system_design, with Dana Ruiz','2026-11-24T14:50:41.518Z');
INSERT INTO application_event VALUES(5,2,'interview_scheduled','final_loop','2026-11-24','2026-12-02 15:00','2026-11-24T14:50:42.750Z');
INSERT INTO application_event VALUES(6,3,'applied',NULL,'2026-05-28',NULL,'2026-11-24T14:50:49.371Z');
INSERT INTO application_event VALUES(7,3,'status','rejected','2026-06-18',NULL,'2026-11-24T14:50:49.376Z');
INSERT INTO application_event VALUES(8,4,'applied',NULL,'2026-05-28',NULL,'2026-11-24T14:50:49.398Z');
INSERT INTO application_event VALUES(9,4,'status','rejected','2026-06-23',NULL,'2026-11-24T14:50:49.399Z');
INSERT INTO application_event VALUES(10,5,'applied',NULL,'2026-05-30',NULL,'2026-11-24T14:50:49.422Z');
INSERT INTO application_event VALUES(11,6,'applied',NULL,'2026-05-30',NULL,'2026-11-24T14:50:49.436Z');
INSERT INTO application_event VALUES(12,6,'status','callback','2026-06-08',NULL,'2026-11-24T14:50:49.438Z');
INSERT INTO application_event VALUES(13,6,'outcome','rejected','2026-06-17',NULL,'2026-11-24T14:50:49.459Z');
INSERT INTO application_event VALUES(14,7,'applied',NULL,'2026-05-31',NULL,'2026-11-24T14:50:49.467Z');
INSERT INTO application_event VALUES(15,8,'applied',NULL,'2026-06-01',NULL,'2026-11-24T14:50:49.477Z');
INSERT INTO application_event VALUES(16,8,'status','closed','2026-07-06',NULL,'2026-11-24T14:50:49.479Z');
INSERT INTO application_event VALUES(17,9,'applied',NULL,'2026-06-01',NULL,'2026-11-24T14:50:49.490Z');
INSERT INTO application_event VALUES(18,9,'status','closed','2026-07-06',NULL,'2026-11-24T14:50:49.491Z');
INSERT INTO application_event VALUES(19,10,'applied',NULL,'2026-06-01',NULL,'2026-11-24T14:50:49.497Z');
INSERT INTO application_event VALUES(20,10,'status','rejected','2026-06-13',NULL,'2026-11-24T14:50:49.498Z');
INSERT INTO application_event VALUES(21,11,'applied',NULL,'2026-06-01',NULL,'2026-11-24T14:50:49.503Z');
INSERT INTO application_event VALUES(22,11,'status','callback','2026-06-15',NULL,'2026-11-24T14:50:49.504Z');
INSERT INTO application_event VALUES(23,11,'outcome','rejected','2026-07-09',NULL,'2026-11-24T14:50:49.505Z');
INSERT INTO application_event VALUES(24,12,'applied',NULL,'2026-06-02',NULL,'2026-11-24T14:50:49.517Z');
INSERT INTO application_event VALUES(25,12,'status','callback','2026-06-05',NULL,'2026-11-24T14:50:49.519Z');
INSERT INTO application_event VALUES(26,12,'outcome','rejected','2026-06-21',NULL,'2026-11-24T14:50:49.520Z');
INSERT INTO application_event VALUES(27,13,'applied',NULL,'2026-06-03',NULL,'2026-11-24T14:50:49.538Z');
INSERT INTO application_event VALUES(28,14,'applied',NULL,'2026-06-03',NULL,'2026-11-24T14:50:49.543Z');
INSERT INTO application_event VALUES(29,15,'applied',NULL,'2026-06-03',NULL,'2026-11-24T14:50:49.548Z');
INSERT INTO application_event VALUES(30,16,'applied',NULL,'2026-06-04',NULL,'2026-11-24T14:50:49.587Z');
INSERT INTO application_event VALUES(31,17,'applied',NULL,'2026-06-05',NULL,'2026-11-24T14:50:49.590Z');
INSERT INTO application_event VALUES(32,17,'status','closed','2026-07-18',NULL,'2026-11-24T14:50:49.594Z');
INSERT INTO application_event VALUES(33,18,'applied',NULL,'2026-06-07',NULL,'2026-11-24T14:50:49.616Z');
INSERT INTO application_event VALUES(34,18,'status','closed','2026-06-20',NULL,'2026-11-24T14:50:49.619Z');
INSERT INTO application_event VALUES(35,19,'applied',NULL,'2026-06-09',NULL,'2026-11-24T14:50:49.623Z');
INSERT INTO application_event VALUES(36,20,'applied',NULL,'2026-06-09',NULL,'2026-11-24T14:50:49.626Z');
INSERT INTO application_event VALUES(37,21,'applied',NULL,'2026-06-13',NULL,'2026-11-24T14:50:49.628Z');
INSERT INTO application_event VALUES(38,21,'status','callback','2026-06-20',NULL,'2026-11-24T14:50:49.629Z');
INSERT INTO application_event VALUES(39,22,'applied',NULL,'2026-06-15',NULL,'2026-11-24T14:50:49.632Z');
INSERT INTO application_event VALUES(40,22,'status','callback','2026-06-22',NULL,'2026-11-24T14:50:49.633Z');
INSERT INTO application_event VALUES(41,22,'outcome','rejected','2026-07-04',NULL,'2026-11-24T14:50:49.634Z');
INSERT INTO application_event VALUES(42,23,'applied',NULL,'2026-06-16',NULL,'2026-11-24T14:50:49.647Z');
INSERT INTO application_event VALUES(43,23,'status','rejected','2026-06-23',NULL,'2026-11-24T14:50:49.648Z');
INSERT INTO application_event VALUES(44,24,'applied',NULL,'2026-06-18',NULL,'2026-11-24T14:50:49.652Z');
INSERT INTO application_event VALUES(45,25,'applied',NULL,'2026-06-18',NULL,'2026-11-24T14:50:49.662Z');
INSERT INTO application_event VALUES(46,26,'applied',NULL,'2026-06-20',NULL,'2026-11-24T14:50:49.675Z');
INSERT INTO application_event VALUES(47,27,'applied',NULL,'2026-06-21',NULL,'2026-11-24T14:50:49.684Z');
INSERT INTO application_event VALUES(48,27,'status','rejected','2026-07-06',NULL,'2026-11-24T14:50:49.685Z');
INSERT INTO application_event VALUES(49,28,'applied',NULL,'2026-06-22',NULL,'2026-11-24T14:50:49.689Z');
INSERT INTO application_event VALUES(50,29,'applied',NULL,'2026-06-28',NULL,'2026-11-24T14:50:49.692Z');
INSERT INTO application_event VALUES(51,30,'applied',NULL,'2026-06-28',NULL,'2026-11-24T14:50:49.711Z');
INSERT INTO application_event VALUES(52,31,'applied',NULL,'2026-06-29',NULL,'2026-11-24T14:50:49.716Z');
INSERT INTO application_event VALUES(53,31,'status','closed','2026-08-05',NULL,'2026-11-24T14:50:49.716Z');
INSERT INTO application_event VALUES(54,32,'applied',NULL,'2026-06-30',NULL,'2026-11-24T14:50:49.723Z');
INSERT INTO application_event VALUES(55,33,'applied',NULL,'2026-07-01',NULL,'2026-11-24T14:50:49.734Z');
INSERT INTO application_event VALUES(56,34,'applied',NULL,'2026-07-01',NULL,'2026-11-24T14:50:49.740Z');
INSERT INTO application_event VALUES(57,35,'applied',NULL,'2026-07-03',NULL,'2026-11-24T14:50:49.751Z');
INSERT INTO application_event VALUES(58,35,'status','rejected','2026-07-18',NULL,'2026-11-24T14:50:49.752Z');
INSERT INTO application_event VALUES(59,36,'applied',NULL,'2026-07-05',NULL,'2026-11-24T14:50:49.755Z');
INSERT INTO application_event VALUES(60,36,'status','rejected','2026-07-07',NULL,'2026-11-24T14:50:49.756Z');
INSERT INTO application_event VALUES(61,37,'applied',NULL,'2026-07-06',NULL,'2026-11-24T14:50:49.758Z');
INSERT INTO application_event VALUES(62,38,'applied',NULL,'2026-07-07',NULL,'2026-11-24T14:50:49.776Z');
INSERT INTO application_event VALUES(63,39,'applied',NULL,'2026-07-08',NULL,'2026-11-24T14:50:49.790Z');
INSERT INTO application_event VALUES(64,40,'applied',NULL,'2026-07-10',NULL,'2026-11-24T14:50:49.793Z');
INSERT INTO application_event VALUES(65,41,'applied',NULL,'2026-07-11',NULL,'2026-11-24T14:50:49.795Z');
INSERT INTO application_event VALUES(66,42,'applied',NULL,'2026-07-11',NULL,'2026-11-24T14:50:49.797Z');
INSERT INTO application_event VALUES(67,2,'interview_note','technical_screen','2026-11-24','asked about idempotency keys','2026-11-24T14:51:04.184Z');
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
INSERT INTO interview VALUES(1,2,'technical_screen',NULL,'system_design','Dana Ruiz',NULL,'2026-11-20T10:00:00.000Z','2026-11-24T14:50:41.513Z');
INSERT INTO interview VALUES(2,2,'final_loop',NULL,NULL,NULL,NULL,'2026-12-02T15:00:00.000Z','2026-11-24T14:50:42.746Z');
CREATE TABLE interview_note (
    id            INTEGER PRIMARY KEY,
    interview_id  INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    text          TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                  CHECK (created_at IS strftime('%Y-%m-%dT%H:%M:%fZ', created_at))
);
INSERT INTO interview_note VALUES(1,1,'asked about idempotency keys','2026-11-24T14:51:04.167Z');
CREATE TABLE interview_process_status (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL UNIQUE REFERENCES application (id) ON DELETE CASCADE,
    outcome         TEXT    NOT NULL CHECK (outcome IN ('offer', 'rejected', 'failed', 'ghosted', 'withdrew')),
    outcome_date    TEXT    NOT NULL CHECK (outcome_date IS date(outcome_date)),
    notes           TEXT
);
INSERT INTO interview_process_status VALUES(1,6,'rejected','2026-06-17',NULL);
INSERT INTO interview_process_status VALUES(2,11,'rejected','2026-07-09',NULL);
INSERT INTO interview_process_status VALUES(3,12,'rejected','2026-06-21',NULL);
INSERT INTO interview_process_status VALUES(4,22,'rejected','2026-07-04',NULL);
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
INSERT INTO interview_preparation_base VALUES(1,2,replace('### Senior Backend Engineer, Payments\n\nCompany: Northwind Analytics\nLocation: Seattle, WA (Hybrid, 3 days a week in office)\n\n### About Northwind\n\nNorthwind Analytics builds the forecasting platform that 2,000 retailers use to plan their\ninventory. We raised a $40M Series C in 2025 and are growing the payments team.\n\n### What you''ll do\n\n- Design and run the services that move $3B in merchant payouts a year\n- Own the reliability of our ledger and reconciliation pipelines\n- Mentor engineers and review designs across the payments group\n\n### Requirements\n\n- 5+ years of professional software engineering experience\n- **Strong Java or Kotlin skills and experience with Spring Boot**\n- **Experience designing distributed systems on AWS**\n- **Solid SQL and PostgreSQL knowledge**\n- Experience with Kafka or another event streaming platform\n\n### Nice to have\n\n- Experience with payments, ledgers or reconciliation\n- Familiarity with Kubernetes and Terraform\n\n### Compensation\n\nThe base salary range for this role is $165,000 - $205,000 per year, plus equity and a $1,500\nhome-office stipend.','\n',char(10)),replace('**Northwind Analytics** is hiring a Senior Backend Engineer, Payments. The posting says: Northwind Analytics builds the forecasting platform that 2,000 retailers use to plan their inventory. We raised a $40M Series C in 2025 and are growing the payments team.\n\nThe offline rules only read the posting: look up the product, its customers and recent news before the interview.','\n',char(10)),replace('- **Strong Java or Kotlin skills and experience with Spring Boot**: Requirement 2 of the posting. Your evidence: *shipment tracking events* at Harborline Logistics (Kafka, Java 11, Spring Boot): cut status lag from 30 minutes to under 2 minutes.\n- **Experience designing distributed systems on AWS**: Requirement 3 of the posting. Your evidence: *eligibility api* at Lumenfield Health (Java 17, Spring Boot, Redis): cut p95 latency from 4.2 s to 650 ms.\n- **Solid SQL and PostgreSQL knowledge**: Requirement 4 of the posting. Your evidence: *provider search* at Lumenfield Health (OpenSearch, Java 17, PostgreSQL): cut search p95 from 2.8 s to 180 ms.','\n',char(10)),replace('**Opening line.** Most recently Software Engineer II at Lumenfield Health; lead with your work on Java, the first need of the Senior Backend Engineer, Payments role.\n\n**Core narrative.** At Harborline Logistics, on shipment tracking events, I designed an event-driven tracking pipeline on Kafka, which cut status lag from 30 minutes to under 2 minutes. At Lumenfield Health, on eligibility api, I rewrote the eligibility service as an async fan-out with per-partner timeouts, which cut p95 latency from 4.2 s to 650 ms. At Lumenfield Health, on provider search, I indexed 1.2M provider records in OpenSearch, which cut search p95 from 2.8 s to 180 ms.\n\n**Forward hook.** That is why the Senior Backend Engineer, Payments role at Northwind Analytics is the next step: it centres on Java and Distributed systems, which is the work above. (Skeleton from the offline rules: put it in your own words.)','\n',char(10)),'offline','offline-rules-v1','2026-11-24T14:50:54.418Z','2026-11-24T14:50:54.418Z');
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
INSERT INTO interview_preparation VALUES(1,1,replace('#### 1. Design a system for Java at scale: where would you start?\n\n- **Situation:** Carrier tracking updates arrived through a mix of polling jobs and webhooks, so customers saw late or out-of-order shipment statuses. (shipment tracking events (Software Engineer, Harborline Logistics))\n- **Task:** Your part in shipment tracking events, as Software Engineer: tie it to the question.\n- **Action:** designed an event-driven tracking pipeline on Kafka; normalized 12 carrier formats into one Avro event schema; deduplicated and ordered events per shipment (Kafka, Java 11, Spring Boot, PostgreSQL, Avro)\n- **Result:** cut status lag from 30 minutes to under 2 minutes; handled 3M tracking events per day\n\n#### 2. What trade-offs did you make in the architecture of the largest system you worked on?\n\n- **Situation:** Insurance eligibility checks called three partner APIs one after another, so the patient intake screen often hung for seconds and timed out under load. (eligibility api (Software Engineer II, Lumenfield Health))\n- **Task:** Your part in eligibility api, as Software Engineer II: tie it to the question.\n- **Action:** rewrote the eligibility service as an async fan-out with per-partner timeouts; added a Redis read-through cache keyed by member and plan; introduced circuit breakers and a degraded-mode response (Java 17, Spring Boot, Redis, Resilience4j, AWS ECS)\n- **Result:** cut p95 latency from 4.2 s to 650 ms; dropped intake timeouts from 3.1% to 0.2% of requests\n\n#### 3. Walk me through something you built that relied on Java.\n\n- **Situation:** Members searched for in-network providers with SQL LIKE queries that were slow and ignored misspellings and distance. (provider search (Software Engineer II, Lumenfield Health))\n- **Task:** Your part in provider search, as Software Engineer II: tie it to the question.\n- **Action:** indexed 1.2M provider records in OpenSearch; added geo-distance and fuzzy-match ranking; led the rollout behind a feature flag with A/B metrics (OpenSearch, Java 17, PostgreSQL, LaunchDarkly)\n- **Result:** cut search p95 from 2.8 s to 180 ms; raised search-to-booking conversion 11%\n\n#### 4. How have you used Distributed systems in practice, and what went wrong?\n\n- **Situation:** Freight rate quotes were computed inside a PHP monolith that could not keep up with peak-season traffic. (rate quote service (Software Engineer, Harborline Logistics))\n- **Task:** Your part in rate quote service, as Software Engineer: tie it to the question.\n- **Action:** extracted rate quoting into a standalone Java service; added contract tests against the legacy endpoint; migrated traffic gradually using shadow reads (Java 11, gRPC, Docker, Kubernetes)\n- **Result:** served 4x peak-season quote volume with no outages; reduced quote p99 latency from 1.8 s to 240 ms\n\n#### 5. Tell me about a hard technical problem: how did you find the cause?\n\n- **Situation:** On-call engineers were paged for noisy, non-actionable alerts, and incidents were hard to trace across 14 services. (on call observability (Software Engineer II, Lumenfield Health))\n- **Task:** Your part in on call observability, as Software Engineer II: tie it to the question.\n- **Action:** added OpenTelemetry tracing to the core services; replaced threshold alerts with SLO burn-rate alerts; wrote runbooks for the 10 most frequent alerts (OpenTelemetry, Prometheus, Grafana, PagerDuty)\n- **Result:** reduced pages per on-call week from 38 to 9; lowered mean time to resolve from 95 to 40 minutes','\n',char(10)),replace('1. **What does the stack around Java look like, and what is changing?**  \n   Shows whether your experience with Java meets their current work.\n2. **How does a change get from a branch to production?**  \n   Shows the engineering practices: review, tests, deployment.\n3. **What is the hardest technical problem the team faces now?**  \n   Tells you what you would work on, and invites you to show how you would approach it.\n4. **Which part of the architecture would you redesign if you could?**  \n   Shows the known weak spots and how candidly they are discussed.\n5. **How is technical debt weighed against new features?**  \n   Shows how much room there is to do things well.','\n',char(10)),'offline','offline-rules-v1','2026-11-24T14:50:54.727Z','2026-11-24T14:50:54.727Z');
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
INSERT INTO llm_call VALUES(1,'parse-jd','offline','offline-rules-v1','parse-jd',1,'a11d9c3bca71cdd1c6409b063e3e24469e3d38f85f3d176ed79de9c3fa4f824f',0,0,0,0,0,0.0,282,1,NULL,1,'2026-11-24T14:50:34.684Z');
INSERT INTO llm_call VALUES(2,'parse-jd','offline','offline-rules-v1','parse-jd',1,'a11d9c3bca71cdd1c6409b063e3e24469e3d38f85f3d176ed79de9c3fa4f824f',0,0,0,0,0,0.0,244,1,NULL,2,'2026-11-24T14:50:37.156Z');
INSERT INTO llm_call VALUES(3,'bullets','offline','offline-rules-v1','bullets',1,'f23bf8c4137dfd6562814e77b85ee5315513204193b2478654fd665911cddebe',0,0,0,0,0,0.0,152,1,NULL,1,'2026-11-24T14:50:46.723Z');
INSERT INTO llm_call VALUES(4,'bullets','offline','offline-rules-v1','bullets',1,'f23bf8c4137dfd6562814e77b85ee5315513204193b2478654fd665911cddebe',0,0,0,0,0,0.0,68,1,NULL,1,'2026-11-24T14:50:46.854Z');
INSERT INTO llm_call VALUES(5,'bullets','offline','offline-rules-v1','bullets',1,'f23bf8c4137dfd6562814e77b85ee5315513204193b2478654fd665911cddebe',0,0,0,0,0,0.0,22,1,NULL,1,'2026-11-24T14:50:46.917Z');
INSERT INTO llm_call VALUES(6,'skills','offline','offline-rules-v1','skills',1,'10b5f6a7e910fb1b5d10fe46cc293de3c1c8a947a235ee5a24e3c60fa38dc349',0,0,0,0,0,0.0,11,1,NULL,1,'2026-11-24T14:50:46.984Z');
INSERT INTO llm_call VALUES(7,'interview-prep','offline','offline-rules-v1','interview-prep-base',1,'c7c88c721b6602828b2d1fee6ea6785a5df502436d70dc8a45dfc41502e9a3e8',0,0,0,0,0,0.0,195,1,NULL,NULL,'2026-11-24T14:50:54.397Z');
INSERT INTO llm_call VALUES(8,'interview-prep','offline','offline-rules-v1','interview-prep',1,'64d88519d69b24a9b956a2beb57aba5020a15715f771326c4746b31d942db6ea',0,0,0,0,0,0.0,49,1,NULL,NULL,'2026-11-24T14:50:54.509Z');
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
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
CREATE TRIGGER company_platform_keeps_its_config
BEFORE UPDATE OF platform ON company
WHEN (NEW.platform IS NOT 'workday' AND EXISTS (SELECT 1 FROM workday_config WHERE company_id = NEW.id))
  OR (NEW.platform NOT IN ('greenhouse', 'lever', 'ashby', 'smartrecruiters')
      AND EXISTS (SELECT 1 FROM board_config WHERE company_id = NEW.id))
BEGIN
    SELECT RAISE(ABORT, 'delete the company''s platform config before changing its platform');
END;
CREATE INDEX job_listing_status ON job_listing (status, is_stale, company_id);
CREATE INDEX job_listing_company_fetched ON job_listing (company_id, last_fetched);
CREATE INDEX job_listing_stale_fetched ON job_listing (last_fetched) WHERE is_stale = 1;
CREATE TRIGGER job_listing_applied_is_final
BEFORE UPDATE OF status ON job_listing
WHEN OLD.status = 'applied' AND NEW.status <> 'applied'
BEGIN
    SELECT RAISE(ABORT, 'job_listing status applied is final');
END;
CREATE UNIQUE INDEX job_company_external_id
    ON job (company COLLATE NOCASE, external_job_id) WHERE external_job_id IS NOT NULL;
CREATE UNIQUE INDEX job_jd_hash ON job (jd_hash) WHERE jd_hash IS NOT NULL;
CREATE INDEX job_listing_ref ON job (listing_id) WHERE listing_id IS NOT NULL;
CREATE INDEX job_role_level ON job (role, level);
CREATE UNIQUE INDEX resume_template_target ON resume_template (
    target_role COLLATE NOCASE,
    coalesce(target_level, '') COLLATE NOCASE,
    coalesce(target_specialization, '') COLLATE NOCASE
);
CREATE UNIQUE INDEX resume_job_version ON resume (job_id, version) WHERE job_id IS NOT NULL;
CREATE UNIQUE INDEX resume_role_version
    ON resume (target_role COLLATE NOCASE, version) WHERE job_id IS NULL;
CREATE INDEX resume_template_ref ON resume (template_id);
CREATE INDEX resume_role_experience_role ON resume_role (experience_role_id);
CREATE INDEX application_applied_date ON application (applied_date);
CREATE INDEX application_resume ON application (resume_id) WHERE resume_id IS NOT NULL;
CREATE INDEX application_status_state ON application_status (state);
CREATE INDEX application_event_timeline ON application_event (application_id, event_date, id);
CREATE TRIGGER application_event_no_update
BEFORE UPDATE ON application_event
BEGIN
    SELECT RAISE(ABORT, 'application_event is append-only');
END;
CREATE TRIGGER application_event_no_delete
BEFORE DELETE ON application_event
WHEN EXISTS (SELECT 1 FROM application WHERE id = OLD.application_id)
BEGIN
    SELECT RAISE(ABORT, 'application_event is append-only');
END;
CREATE INDEX interview_application ON interview (application_id, scheduled_at);
CREATE INDEX interview_scheduled ON interview (scheduled_at, stage);
CREATE INDEX interview_note_interview ON interview_note (interview_id, created_at);
CREATE INDEX llm_call_created ON llm_call (created_at);
CREATE INDEX llm_call_task_model ON llm_call (task, model, created_at);
COMMIT;
