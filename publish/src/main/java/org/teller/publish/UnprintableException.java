package org.teller.publish;

import java.util.List;

/** A PDF would need a character its fonts cannot show: it is refused, never printed as something else. */
public final class UnprintableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> characters;

    /** @param characters each character the fonts cannot show, once, as {@code U+4E2D '中'} */
    public UnprintableException(List<String> characters) {
        super("the PDF's font cannot show " + String.join(", ", characters));
        this.characters = List.copyOf(characters);
    }

    /** Each character the fonts cannot show, as {@code U+4E2D '中'}. */
    public List<String> characters() {
        return characters;
    }
}
