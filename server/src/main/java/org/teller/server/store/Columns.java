package org.teller.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/** How the stores read a column that may be null. */
public final class Columns {

    private Columns() {}

    /**
     * A whole number that may be null: read and tested for null together, as JDBC's {@code wasNull} speaks of
     * the column read last (reading another one between them read the wrong column's null, three times).
     */
    public static OptionalLong optionalLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
