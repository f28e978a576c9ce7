-- A final declaration published every way teller count publishes it, made once, when it is declared: the web
-- page, the news story, the declaration of result as a PDF, NIST's, RCVis's and Democracy Club's formats. Kept
-- as bytes with their SHA-256, which the audit log records, so that what is served is what was declared.
CREATE TABLE publication (
    contest_id  BIGINT        NOT NULL REFERENCES contest (id),
    stage       INT           NOT NULL,
    name        VARCHAR(60)   NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    content     ${bytes}      NOT NULL,
    PRIMARY KEY (contest_id, stage, name)
);
