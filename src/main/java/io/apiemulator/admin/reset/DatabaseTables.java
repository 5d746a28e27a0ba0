package io.apiemulator.admin.reset;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.apiemulator.kernel.state.StateLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Empties every application table (all but Flyway's history) in the caller's transaction. The table list is
 * read from JDBC metadata once: the schema only changes through migrations, which run before this exists.
 */
@Component
class DatabaseTables {

    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private volatile List<String> tables;

    DatabaseTables(DataSource dataSource, StateLock lock) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.postgres = lock.postgres();
    }

    /** Empties the tables and returns their names. */
    List<String> empty() {
        List<String> names = tables();
        if (names.isEmpty()) {
            return names;
        }
        if (postgres) {
            // one statement, so foreign keys between the tables are satisfied at every point
            jdbc.execute("TRUNCATE TABLE " + String.join(", ", names) + " CASCADE");
        }
        else {
            jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
            try {
                // one JDBC batch, not a statement of its own per table
                jdbc.batchUpdate(names.stream().map(table -> "TRUNCATE TABLE " + table).toArray(String[]::new));
            }
            finally {
                jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
        return names;
    }

    private List<String> tables() {
        List<String> known = tables;
        if (known == null) {
            known = discover();
            tables = known;
        }
        return known;
    }

    private List<String> discover() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData metadata = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!FLYWAY_HISTORY.equalsIgnoreCase(name)) {
                        names.add(metadata.getIdentifierQuoteString().strip().isEmpty() ? name
                                : quote(name, metadata.getIdentifierQuoteString()));
                    }
                }
            }
            names.sort(null);
            return List.copyOf(names);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot list the database tables", e);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String quote(String name, String quote) {
        return quote + name.replace(quote, quote + quote) + quote;
    }
}
