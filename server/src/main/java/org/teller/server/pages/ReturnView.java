package org.teller.server.pages;

import java.util.List;

/**
 * Where an area's return at one stage stands, as a page shows it.
 *
 * @param status the API's status ({@code awaiting-first-entry}, {@code awaiting-second-entry}, {@code accepted},
 *     {@code disagreed})
 * @param text the status in words, with who entered it
 * @param figures the accepted figures (label and figure), empty until accepted
 * @param differences where the two entries differ, when they disagreed
 * @param reconcile for an accepted first-stage return, whether it reconciles with the verification ("" otherwise)
 * @param youEntered whether the person viewing entered the version awaiting its second entry
 * @param reopenable whether the returning officer may reopen it (entered, its stage not declared)
 * @param reopen the API's path that reopens it
 */
public record ReturnView(int version, String status, String text, List<Figure> figures, List<String> differences,
        String reconcile, boolean youEntered, boolean reopenable, String reopen) {

    public record Figure(String label, String value) {}

    /** Whether a person may enter it now: awaiting an entry, and not one they made already. */
    public boolean open() {
        return status.startsWith("awaiting") && !youEntered;
    }

    public boolean disagreed() {
        return status.equals("disagreed");
    }
}
