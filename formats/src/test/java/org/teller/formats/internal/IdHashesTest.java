package org.teller.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Repeats are found wherever they fall: in one worker or across workers, in one chunk or many. */
class IdHashesTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void findsExactlyTheHashesAddedMoreThanOnce(long seed) {
        Random random = new Random(seed);
        int workers = 1 + random.nextInt(3);
        List<IdHashes> all = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            all.add(new IdHashes());
        }
        Set<Long> seen = new HashSet<>();
        Set<Long> expected = new HashSet<>();
        List<Long> added = new ArrayList<>();
        int papers = 1 + random.nextInt(seed % 2 == 0 ? 50 : 300_000);
        for (int i = 0; i < papers; i++) {
            // Mostly new hashes; now and then one added before, by any worker; a few small values too.
            long hash = !added.isEmpty() && random.nextInt(100_000) == 0
                    ? added.get(random.nextInt(added.size()))
                    : random.nextInt(20) == 0 ? random.nextInt(1000) : random.nextLong();
            if (added.size() < 10_000) {
                added.add(hash);
            }
            if (!seen.add(hash)) {
                expected.add(hash);
            }
            all.get(random.nextInt(workers)).add(hash);
        }
        assertThat(IdHashes.repeated(all)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "id \"{0}\"")
    @ValueSource(strings = {"N1", "", "a longer id, with spaces and ünïcödé"})
    void hashesTheBytesOfAnId(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[bytes.length + 4];
        System.arraycopy(bytes, 0, padded, 2, bytes.length);
        assertThat(IdHashes.hash(padded, 2, 2 + bytes.length)).isEqualTo(IdHashes.hash(bytes, 0, bytes.length));
        assertThat(IdHashes.hash(bytes, 0, bytes.length)).isNotEqualTo(IdHashes.hash(padded, 0, bytes.length + 2));
    }
}
