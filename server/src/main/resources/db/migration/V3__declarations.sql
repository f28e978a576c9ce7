-- Version 3: the returning officer's declarations, one for each stage of a contest, never changed once made.
CREATE TABLE stage_declaration (
    contest_id  BIGINT        NOT NULL REFERENCES contest (id),
    stage       INT           NOT NULL,
    lot_seed    BIGINT        NOT NULL,
    result      VARCHAR(1000000) NOT NULL,
    declared_by BIGINT        NOT NULL REFERENCES app_user (id),
    declared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (contest_id, stage)
);
