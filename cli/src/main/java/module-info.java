/** Teller's command line: {@code teller count}, {@code compare}, {@code generate}, {@code serve} and {@code audit}. An application, not an API. */
module org.teller.cli {
    requires org.teller.formats;
    requires org.teller.rctab;
    requires org.teller.server;
    requires org.teller.publish; // the declaration of result as a PDF
}
