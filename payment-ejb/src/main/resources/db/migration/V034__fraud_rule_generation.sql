-- One number that every change of fraud detection's rules, merchants' versions or block lists raises, in the
-- change's own transaction: each server keeps the rules and lists in memory and reads only this number per charge,
-- reloading when it moved, so a change holds on every server from the next charge on.
CREATE TABLE fds_generation (
    id         TINYINT NOT NULL PRIMARY KEY,
    generation BIGINT  NOT NULL,
    CONSTRAINT ck_fds_generation_one_row CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO fds_generation (id, generation) VALUES (1, 1);
