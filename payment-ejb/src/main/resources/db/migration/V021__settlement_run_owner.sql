-- Which server, in which life (start), runs a settlement run: a server that starts again after a crash resumes
-- the runs its earlier life left unfinished from their last checkpoints; peers' runs are theirs to resume.
-- owner_life is cleared once a start has seen the run finished. restarts counts the resumptions.
ALTER TABLE stl_run ADD COLUMN owner_server VARCHAR(100) NULL, ADD COLUMN owner_life CHAR(36) NULL,
    ADD COLUMN restarts INT NOT NULL DEFAULT 0,
    ADD KEY ix_stl_run_owner (owner_server, owner_life);
