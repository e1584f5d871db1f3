package newsbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import newsbot.core.store.pg.TestDatabases;
import newsbot.core.store.pg.ThrowawayPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL role that cannot write is said so as a read-only SQLite file is (issue 14): granted reads only, or
 * with {@code default_transaction_read_only}. A role granted reads and writes on the tables, and nothing else, runs.
 * PostgreSQL only (the {@code postgresql} execution of surefire).
 */
class ReadOnlyRoleTest {
    private String url;
    private String suffix;

    @BeforeEach
    void setUp() throws Exception {
        Assumptions.assumeTrue(TestDatabases.onPostgres(), "a PostgreSQL role: the postgresql execution only");
        url = TestDatabases.server().newDatabase();
        try (Database owner = Database.open(DatabaseLocation.parse(url, Path.of("")))) {
            owner.requireWritable(); // migrated by its owner, who can write
        }
        suffix = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
    }

    /** A login role granted {@code grants} on every table of the database; {@code then}: more statements for it. */
    private Database as(String role, String grants, String... then) throws SQLException, StoreException {
        String name = role + "_" + suffix;
        try (Connection c = DriverManager.getConnection(url, ThrowawayPostgres.USER, "");
             Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + name + " LOGIN");
            st.execute("GRANT USAGE ON SCHEMA public TO " + name);
            st.execute("GRANT " + grants + " ON ALL TABLES IN SCHEMA public TO " + name);
            st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + name);
            for (String sql : then) {
                st.execute(sql.replace("{role}", name));
            }
        }
        return Database.open(DatabaseLocation.parse(url.replace("user=" + ThrowawayPostgres.USER, "user=" + name),
                Path.of("")));
    }

    @Test
    void aRoleGrantedReadsOnlyIsSaidToBeUnableToWrite() throws Exception {
        try (Database db = as("reader", "SELECT")) {
            StoreException e = catchThrowableOfType(db::requireWritable, StoreException.class);

            assertThat(e).isNotNull();
            assertThat(e.unwritable()).isTrue();
            assertThat(StoreException.whyUnwritable(e)).get().asString()
                    .startsWith("role reader_" + suffix + " may not write table ").contains(" more");
        }
    }

    @Test
    void aRoleWhoseTransactionsAreReadOnlyIsSaidToBeUnableToWrite() throws Exception {
        try (Database db = as("ro", "SELECT, INSERT, UPDATE, DELETE",
                "ALTER ROLE {role} SET default_transaction_read_only = on")) {
            StoreException e = catchThrowableOfType(db::requireWritable, StoreException.class);

            assertThat(e).isNotNull();
            assertThat(e.unwritable()).isTrue();
            assertThat(StoreException.whyUnwritable(e)).get().asString()
                    .isEqualTo("cannot execute UPDATE in a read-only transaction");
        }
    }

    @Test
    void aWriteRefusedWhileRunningIsRecognisedAsUnwritable() throws Exception {
        try (Database db = as("reader", "SELECT"); Connection c = db.connect(); Statement st = c.createStatement()) {
            SQLException refused = catchThrowableOfType(
                    () -> st.executeUpdate("UPDATE meta SET value = value"), SQLException.class);

            assertThat(StoreException.whyUnwritable(new StoreException("a job failed", refused))).get().asString()
                    .isEqualTo("permission denied for table meta");
        }
    }

    @Test
    void aRoleGrantedReadsAndWritesOnTheTablesButNotCreateRuns() throws Exception {
        try (Database db = as("writer", "SELECT, INSERT, UPDATE, DELETE",
                "REVOKE CREATE ON SCHEMA public FROM PUBLIC")) {
            db.requireWritable();
        }
        assertThatThrownBy(() -> {
            throw new StoreException("other", new SQLException("deadlock detected", "40P01"));
        }).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.unwritable()).isFalse());
    }
}
