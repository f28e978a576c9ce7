package org.teller.core.contest;

/**
 * An input file of a count and its SHA-256, so that anyone can check a result was counted from the
 * files they hold.
 *
 * @param name the file's path as given, relative to the contest file where it was named there
 * @param sha256 the SHA-256 of the file's bytes, in lower-case hexadecimal
 */
public record InputFile(String name, String sha256) {}
