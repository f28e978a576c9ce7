package org.teller.rctab.cvr;

import java.util.concurrent.CompletableFuture;
import org.teller.core.InvalidInputException;
import org.teller.formats.internal.Sha256;

/** The reader of each provider's files. */
public final class CvrReaders {

    private CvrReaders() {}

    /** The reader of {@code provider}'s files. */
    public static CvrReader of(CvrProvider provider) {
        return switch (provider) {
            case GENERIC_CSV -> new GenericCsvCvrReader();
            case CDF -> new CdfCvrReader();
            default -> (source, records) -> {
                throw new InvalidInputException(source.file().toString(), 0, provider.key(),
                        "is a CVR provider Teller does not read yet");
            };
        };
    }

    /** The SHA-256 of a source's file, computed beside the reading. */
    public static CompletableFuture<String> hashOf(CvrSource source) {
        return Sha256.inBackground(source.file(), source.file().toString());
    }
}
