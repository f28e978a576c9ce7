package org.teller.server.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The ballot-paper files uploaded for count areas, every version kept: a file stands for its area until the
 * returning officer reopens the area's papers, and a corrected file is uploaded as the next version.
 */
public final class PapersStore {

    /** One uploaded file: what it was named, its SHA-256, how many papers it holds, their first preferences (JSON). */
    public record Papers(int version, String fileName, String sha256, long papers, String figures, String uploadedBy,
            OffsetDateTime uploadedAt, String format, String cdfContest) {}

    /**
     * Where an area's papers stand: the version now open or held (from 1), the file that version holds if
     * one was uploaded, and why that version was opened, if the returning officer reopened it.
     */
    public record State(int version, Optional<Papers> current, Optional<String> reopenedBecause) {}

    private final Clock clock;

    public PapersStore(Clock clock) {
        this.clock = clock;
    }

    public State state(Handle handle, long area) {
        int uploaded = handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM area_papers WHERE area_id = :area")
                .bind("area", area).mapTo(Integer.class).one();
        int reopened = handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM papers_reopening WHERE area_id = :area")
                .bind("area", area).mapTo(Integer.class).one();
        int version = Math.max(1, Math.max(uploaded, reopened));
        Optional<Papers> current = handle.createQuery("SELECT p.version, p.file_name, p.sha256, p.papers, p.figures, u.username,"
                        + " p.uploaded_at, p.format, p.cdf_contest FROM area_papers p JOIN app_user u ON u.id = p.uploaded_by"
                        + " WHERE p.area_id = :area AND p.version = :version")
                .bind("area", area).bind("version", version)
                .map((rs, ctx) -> new Papers(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8), rs.getString(9)))
                .findFirst();
        Optional<String> reason = handle.createQuery("SELECT reason FROM papers_reopening WHERE area_id = :area AND version = :version")
                .bind("area", area).bind("version", version).mapTo(String.class).findFirst();
        return new State(version, current, reason);
    }

    /** The bytes of a file uploaded. */
    public byte[] content(Handle handle, long area, int version) {
        return handle.createQuery("SELECT content FROM area_papers WHERE area_id = :area AND version = :version")
                .bind("area", area).bind("version", version).mapTo(byte[].class).one();
    }

    public void add(Handle handle, long area, int version, String fileName, String format, String cdfContest, String sha256,
            byte[] content, long papers, String figures, long user) {
        handle.createUpdate("INSERT INTO area_papers (area_id, version, file_name, format, cdf_contest, sha256, content, papers, figures,"
                        + " uploaded_by, uploaded_at) VALUES (:area, :version, :name, :format, :cdf, :sha256, :content, :papers, :figures,"
                        + " :user, :now)")
                .bind("area", area).bind("version", version).bind("name", fileName).bind("format", format).bind("cdf", cdfContest)
                .bind("sha256", sha256)
                .bind("content", content)
                .bind("papers", papers).bind("figures", figures).bind("user", user).bind("now", now()).execute();
    }

    public void reopen(Handle handle, long area, int version, String reason, long user) {
        handle.createUpdate("INSERT INTO papers_reopening (area_id, version, reason, opened_by, opened_at)"
                        + " VALUES (:area, :version, :reason, :user, :now)")
                .bind("area", area).bind("version", version).bind("reason", reason).bind("user", user).bind("now", now()).execute();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
