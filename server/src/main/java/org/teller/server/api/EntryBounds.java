package org.teller.server.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.teller.server.store.AreaStore;
import org.teller.server.store.AreaStore.Statement;
import org.teller.server.store.AreaStore.Stated;

/**
 * What a figure must keep to when it is entered, so that no accepted figure can make a total the server
 * cannot add up or a count that cannot have happened. Papers issued and found stay within the area's and the
 * contest's electorate (and within what Teller can count); a first-stage return counts no more papers than
 * its area's verification found in the boxes (fewer is possible, a bundle missed, and is shown until it
 * reconciles); a second-stage return adds no more papers than its area's first stage gave to candidates who
 * are out. Each refusal is a 409: the figure conflicts with what the area has stated.
 */
final class EntryBounds {

    private final AreaStore areas;

    EntryBounds(AreaStore areas) {
        this.areas = areas;
    }

    /**
     * @param field {@code issued} or {@code found}
     * @param contestElectorate the contest's electorate, where known
     */
    void statement(Handle handle, long contest, OptionalLong contestElectorate, long area, Statement statement, String field,
            long figure) {
        String papers = statement == Statement.ACCOUNT ? "papers issued" : "papers found";
        OptionalLong areaElectorate = areas.electorateOf(handle, area);
        if (areaElectorate.isPresent() && figure > areaElectorate.getAsLong()) {
            throw ApiException.conflict(field + ": " + figure + " " + papers + ", but area " + area + "'s electorate is "
                    + areaElectorate.getAsLong() + ": no more papers can be " + (statement == Statement.ACCOUNT ? "issued"
                            : "in its boxes") + " than there are electors");
        }
        long total = figure;
        for (Map.Entry<Long, Long> other : areas.latestOfContest(handle, contest, statement).entrySet()) {
            if (other.getKey() != area) {
                try {
                    total = Math.addExact(total, other.getValue());
                } catch (ArithmeticException e) {
                    throw ApiException.conflict(field + ": " + figure + " " + papers + " would make the contest's areas add up to"
                            + " more than Teller can count (" + Long.MAX_VALUE + ")");
                }
            }
        }
        if (contestElectorate.isPresent() && total > contestElectorate.getAsLong()) {
            throw ApiException.conflict(field + ": " + figure + " " + papers + " would make " + total + " in the contest's areas,"
                    + " more than its electorate of " + contestElectorate.getAsLong());
        }
    }

    /** A verification finds no fewer papers than its area's accepted first-stage return counts: the return is reopened first. */
    void verification(Handle handle, long area, long found) {
        Optional<String> accepted = areas.acceptedFigures(handle, area, 1);
        if (accepted.isPresent()) {
            long papers = ReturnFigures.papers(JsonBody.readObject(accepted.get()));
            boolean file = areas.papers().state(handle, area).current().isPresent();
            if (found < papers) {
                throw ApiException.conflict("found: " + found + " papers, but area " + area + (file ? "'s file holds " : "'s accepted"
                        + " return counts ") + papers + ": the returning officer reopens " + (file ? "its papers (POST /api/areas/"
                        + area + "/papers/reopen)" : "the return (POST /api/areas/" + area + "/returns/1/reopen)")
                        + " before the area is verified with fewer");
            }
        }
    }

    /** A first-stage return counts no more papers (votes and rejected) than its area's verification found. */
    void firstStage(Handle handle, long area, long papers) {
        firstStage(handle, area, papers, "the return counts");
    }

    /** As {@link #firstStage(Handle, long, long)}: {@code what} says what counts them ("the file holds"). */
    void firstStage(Handle handle, long area, long papers, String what) {
        Stated verification = areas.verification(handle, area).orElseThrow(() -> ApiException.conflict("area " + area
                + " is not verified yet: enter the papers found in its boxes (POST /api/areas/" + area + "/verification)"
                + " before its return"));
        if (papers > verification.figure()) {
            throw ApiException.conflict(what + " " + papers + " papers (votes and rejected), but area " + area
                    + "'s verification found " + verification.figure() + " in its boxes: count again, or, if the verification"
                    + " is wrong, enter it again first");
        }
    }

    /**
     * A second-stage return adds no more papers to the candidates who went forward than its area's accepted
     * first-stage return gave to the candidates who are out: only their papers have later preferences to count.
     */
    @SuppressWarnings("unchecked")
    void secondStage(Handle handle, long area, List<String> forward, long added) {
        String first = areas.acceptedFigures(handle, area, 1).orElseThrow(() -> ApiException.conflict("area " + area
                + "'s first-stage return is not accepted: its second-stage return comes after"));
        Map<String, Object> votes = (Map<String, Object>) JsonBody.readObject(first).get("votes");
        long out = 0;
        for (Map.Entry<String, Object> candidate : votes.entrySet()) {
            if (!forward.contains(candidate.getKey())) {
                out += ((Number) candidate.getValue()).longValue(); // an accepted return's total fits (ReturnFigures)
            }
        }
        if (added > out) {
            throw ApiException.conflict("the return adds " + added + " papers to the candidates who went forward, but area "
                    + area + "'s first stage gave only " + out + " to the candidates who are out: count again");
        }
    }
}
