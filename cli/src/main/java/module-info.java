/** Teller's command line: {@code teller count}, {@code compare} and {@code generate}. An application, not an API. */
module org.teller.cli {
    requires org.teller.formats;
    requires org.teller.rctab;
}
