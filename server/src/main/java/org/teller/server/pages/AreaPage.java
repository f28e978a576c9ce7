package org.teller.server.pages;

import java.util.List;

/**
 * A count area's page, where its count staff (or the returning officer) enter its ballot paper account, its
 * verification and its returns. A return awaiting its second entry shows who entered it, never its
 * figures: the second person types from the paper, not from the screen.
 *
 * @param account the papers issued, as entered ("" for none yet)
 * @param verification the papers found and any discrepancy, as a sentence ("" for none yet)
 * @param frozen why the account, the verification and the first stage can no longer change ("" while they can)
 * @param firstFields the first-stage return's fields: each candidate, then each head of rejected papers
 * @param secondFields the second-stage return's fields (each candidate who went forward); empty until the first
 *     stage is declared and sends candidates forward
 * @param fromPapers whether the contest is counted from a file of each area's ballot papers, uploaded (then
 *     {@code first} is where the area's file stands), rather than from returns typed twice
 */
public record AreaPage(String username, boolean returningOfficer, long area, String name, String kind, String contest,
        String election, boolean rehearsal, String account, String verification, String frozen, List<Field> firstFields,
        ReturnView first, List<Field> secondFields, ReturnView second, String secondFrozen, boolean fromPapers) {

    /**
     * A figure to enter: {@code group} is the JSON object it goes in ({@code votes} or {@code rejected}),
     * {@code key} its key there, {@code label} what the form calls it.
     */
    public record Field(String group, String key, String label) {}

    public boolean hasSecondStage() {
        return !secondFields.isEmpty();
    }
}
