package org.teller.formats.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.teller.core.Candidate;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;

/**
 * A made-up but realistic electorate: first preferences skewed towards a few candidates; second
 * preferences that favour candidates close to the first (each candidate has a place on one axis) and
 * popular ones; rejected papers and void second preferences at the rates of real counts (London 2016:
 * about 1.9% rejected, two thirds of them for voting for too many; about 15% of valid papers with no
 * second preference). Every paper is drawn independently from one distribution over tally cells.
 */
final class RandomElection {

    private static final String[] GIVEN = {"Ava", "Ben", "Chloe", "Dev", "Erin", "Femi", "Grace", "Hamza", "Isla",
        "Jon", "Kiran", "Lena", "Moses", "Nadia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Victor",
        "Wen", "Xavier", "Yasmin", "Zoe"};
    private static final String[] FAMILY = {"Adams", "Begum", "Clarke", "Dutta", "Evans", "Fraser", "Gill", "Hughes",
        "Iqbal", "Jones", "Khan", "Lewis", "Mensah", "Nowak", "Okafor", "Patel", "Quinlan", "Reid", "Singh", "Turner",
        "Umar", "Vaughan", "Walsh", "Xu", "Young", "Zielinski"};
    private static final String[] PARTIES = {"Labour Party", "Conservative Party", "Liberal Democrats", "Green Party",
        "Reform UK", "Independent", "Women's Equality Party", "Christian Peoples Alliance", "Independent",
        "Social Democratic Party", "Animal Welfare Party", "Independent"};

    private final List<Candidate> candidates;
    private final Cells cells;
    private final double[] cumulative;

    RandomElection(int count, SplitMix64 random) {
        this.candidates = candidates(count, random);
        this.cells = new Cells(count);
        double[] popularity = new double[count];
        double[] place = new double[count];
        for (int c = 0; c < count; c++) {
            popularity[c] = Math.pow(random.nextDouble(), 2.5) + 0.01;
            place[c] = random.nextDouble();
        }
        double[] weights = new double[cells.count()];
        double valid = 0.981;
        double popular = sum(popularity);
        for (int first = 0; first < count; first++) {
            double firstWeight = valid * popularity[first] / popular;
            double[] affinity = new double[count];
            for (int second = 0; second < count; second++) {
                affinity[second] = second == first ? 0
                        : Math.pow(popularity[second], 0.7) / (1 + 6 * Math.abs(place[first] - place[second]));
            }
            double close = sum(affinity);
            double counted = 1 - 0.150 - 0.0007 - 0.0004 - 0.006;
            for (int second = 0; second < count; second++) {
                weights[cells.valid(first, second)] = close == 0 ? 0 : firstWeight * counted * affinity[second] / close;
            }
            weights[cells.unused(first, UnusedSecondPreference.UNMARKED)] = firstWeight * (close == 0 ? 1 - 0.0071 : 0.150);
            weights[cells.unused(first, UnusedSecondPreference.VOTING_FOR_TOO_MANY)] = firstWeight * 0.0007;
            weights[cells.unused(first, UnusedSecondPreference.UNCERTAIN)] = firstWeight * 0.0004;
            weights[cells.unused(first, UnusedSecondPreference.SAME_AS_FIRST)] = firstWeight * 0.006;
        }
        double rejected = 1 - valid;
        weights[cells.rejected(RejectionHead.VOTING_FOR_TOO_MANY)] = rejected * 0.645;
        weights[cells.rejected(RejectionHead.UNMARKED)] = rejected * 0.245;
        weights[cells.rejected(RejectionHead.UNCERTAIN)] = rejected * 0.105;
        weights[cells.rejected(RejectionHead.IDENTIFYING_MARK)] = rejected * 0.004;
        weights[cells.rejected(RejectionHead.WANT_OF_OFFICIAL_MARK)] = rejected * 0.001;
        cumulative = new double[weights.length];
        double total = sum(weights);
        double running = 0;
        for (int cell = 0; cell < weights.length; cell++) {
            running += weights[cell] / total;
            cumulative[cell] = running;
        }
        cumulative[weights.length - 1] = 1.0;
    }

    List<Candidate> candidates() {
        return candidates;
    }

    Cells cells() {
        return cells;
    }

    /** One paper's cell. */
    int draw(SplitMix64 random) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > u) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Made-up candidates with names and labels of their own, in ballot order (by surname). */
    static List<Candidate> candidates(int count, SplitMix64 random) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> labels = new HashSet<>();
        while (candidates.size() < count) {
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String name = given + " " + family;
            // Past half the plain names, drawing again could go on for ever: a middle initial tells them apart.
            for (char initial = 'A'; names.contains(name) && initial <= 'Z'
                    && names.size() >= GIVEN.length * FAMILY.length / 2; initial++) {
                name = given + " " + initial + ". " + family;
            }
            if (!names.add(name)) {
                continue;
            }
            String label = family.substring(0, Math.min(3, family.length())).toUpperCase(Locale.ROOT);
            for (int suffix = 2; !labels.add(label); suffix++) {
                label = family.substring(0, Math.min(3, family.length())).toUpperCase(Locale.ROOT) + suffix;
            }
            candidates.add(new Candidate(name, PARTIES[candidates.size() % PARTIES.length], label));
        }
        // Ballot papers list candidates alphabetically by surname.
        candidates.sort(Comparator.comparing((Candidate c) -> c.name().substring(c.name().indexOf(' ') + 1))
                .thenComparing(Candidate::name));
        return candidates;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
