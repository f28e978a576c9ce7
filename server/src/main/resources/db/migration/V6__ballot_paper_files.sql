-- A contest is counted from count returns typed twice, or from the ballot papers themselves: a file of them
-- uploaded for each count area (scanned papers, or a CVR), checked by its SHA-256 and counted by the core.
ALTER TABLE contest ADD COLUMN counted_from VARCHAR(20) DEFAULT 'returns' NOT NULL;

-- Each file uploaded for an area, every version kept: its name, its SHA-256, the bytes themselves (the
-- evidence the count is made from), and what it holds: its papers and first preferences (canonical JSON,
-- as a first-stage return's figures).
CREATE TABLE area_papers (
    area_id     BIGINT        NOT NULL REFERENCES count_area (id),
    version     INT           NOT NULL,
    file_name   VARCHAR(300)  NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    content     ${bytes}      NOT NULL,
    papers      BIGINT        NOT NULL,
    figures     VARCHAR(100000) NOT NULL,
    uploaded_by BIGINT        NOT NULL REFERENCES app_user (id),
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (area_id, version)
);

-- The returning officer's reopening of an area's papers, so that a corrected file can be uploaded.
CREATE TABLE papers_reopening (
    area_id     BIGINT        NOT NULL REFERENCES count_area (id),
    version     INT           NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    opened_by   BIGINT        NOT NULL REFERENCES app_user (id),
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (area_id, version)
);
