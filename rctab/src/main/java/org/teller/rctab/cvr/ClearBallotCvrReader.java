package org.teller.rctab.cvr;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;
import org.teller.rctab.cvr.ClearBallotColumns.Choice;

/**
 * Reads Clear Ballot's CVR file (CSV, UTF-8) as RCTab 2.0.1 does, streamed with FastCSV, strictly: every
 * row has as many fields as the header.
 *
 * <ul>
 *   <li>Every row is a record, whether or not the ballot holds the contest: a ballot with no mark in the
 *       contest's columns is a record with no rankings (an undervote in RCTab's count).
 *   <li>A row is ranked at each column of the contest ({@code contestId}, a contest's name as the header
 *       writes it) whose cell is 1 (0 where unmarked): the choice's name at the column's rank. Several at
 *       one rank are an overvote, given as they are; the choice named {@code undeclaredWriteInLabel} is an
 *       undeclared write-in.
 *   <li>The record's id is its {@code BallotID}; its precinct, its {@code PrecinctID}; it has no batch
 *       (RCTab takes none from Clear Ballot's file: not {@code BoxID}).
 * </ul>
 */
public final class ClearBallotCvrReader implements CvrReader {

    private final OptionalInt maxRanks;

    /** A reader that leaves ranks beyond {@code maxRankingsAllowed} to the count. */
    public ClearBallotCvrReader() {
        this.maxRanks = OptionalInt.empty();
    }

    /**
     * A reader that refuses, as RCTab does, a file whose contest has a column at a rank beyond
     * {@code maxRankingsAllowed}, marked or not.
     */
    public ClearBallotCvrReader(int maxRankingsAllowed) {
        this.maxRanks = OptionalInt.of(maxRankingsAllowed);
    }

    @Override
    public void read(CvrSource source, Consumer<CastVoteRecord> records) {
        SourceSettings.requireContestAndNoCellSettings(source, "Clear Ballot");
        Path path = source.file();
        String file = path.toString();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(false).allowExtraFields(true)
                .allowMissingFields(true).allowExtraCharsAfterClosingQuote(false).ofCsvRecord(utf8(path))) {
            Iterator<CsvRecord> rows = csv.iterator();
            if (!rows.hasNext()) {
                throw new InvalidInputException(file, 0, "", "is empty: a Clear Ballot CVR file opens with its header");
            }
            ClearBallotColumns columns = ClearBallotColumns.of(rows.next().getFields(), file, source.contestId(),
                    source.undeclaredWriteInLabel(), maxRanks);
            while (rows.hasNext()) {
                records.accept(record(rows.next(), columns, file));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, 0, "", "no such file");
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (CsvParseException e) {
            throw invalid(file, e);
        }
    }

    private static CastVoteRecord record(CsvRecord row, ClearBallotColumns columns, String file) {
        long line = row.getStartingLineNumber();
        if (row.getFieldCount() != columns.count()) {
            throw new InvalidInputException(file, line, "", "has " + row.getFieldCount() + " fields, but the header has "
                    + columns.count());
        }
        String id = row.getField(ClearBallotColumns.BALLOT_ID);
        if (id.isEmpty()) {
            throw new InvalidInputException(file, line, "", "has no BallotID");
        }
        List<Ranking> rankings = new ArrayList<>();
        for (Choice choice : columns.choices()) {
            String cell = row.getField(choice.column());
            if (cell.equals("1")) {
                rankings.add(choice.writeIn() ? Ranking.undeclaredWriteIn(choice.rank()) : Ranking.of(choice.rank(), choice.choice()));
            } else if (!cell.equals("0")) {
                String what = "the cell of " + choice.choice() + " at rank " + choice.rank() + " (column " + (choice.column() + 1) + ")";
                throw new InvalidInputException(file, line, cell, (cell.isEmpty() ? what + " is empty" : "is " + what)
                        + ", but a cell is 1 (marked) or 0");
            }
        }
        return new CastVoteRecord(id, row.getField(ClearBallotColumns.PRECINCT_ID), "", rankings);
    }

    /** The file as UTF-8 text, refusing bytes that are not UTF-8, without its byte order mark. */
    private static Reader utf8(Path path) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /** FastCSV's refusal, at the line it names, in the words of its cause. */
    private static InvalidInputException invalid(String file, CsvParseException e) {
        Matcher line = Pattern.compile("started in line (\\d+)").matcher(String.valueOf(e.getMessage()));
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        return new InvalidInputException(file, line.find() ? Long.parseLong(line.group(1)) : 0, "", "is not valid CSV: " + reason);
    }

    private static InvalidInputException unreadable(String file, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new InvalidInputException(file, 0, "", "is not UTF-8 text");
        }
        return new InvalidInputException(file, 0, "", "cannot be read: " + e.getMessage());
    }

}
