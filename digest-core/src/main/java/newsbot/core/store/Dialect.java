package newsbot.core.store;

/** The SQL engine behind a {@link Database}: the few places where the stores' SQL differs ask it. */
public enum Dialect {
    // the newest migration of each: raise it with every new one (DialectTest reads the folders and says so)
    SQLITE("sqlite", "classpath:db/migration", 11),
    POSTGRESQL("postgresql", "classpath:db/postgresql", 3);

    private final String label;
    private final String migrations;
    private final int newestMigration;

    Dialect(String label, String migrations, int newestMigration) {
        this.label = label;
        this.migrations = migrations;
        this.newestMigration = newestMigration;
    }

    /** Flyway's location of this engine's migrations (SQLite's stay where they always were: their history is kept). */
    String migrations() {
        return migrations;
    }

    /** The version of this engine's newest migration: a database whose history ends there needs no migrating. */
    int newestMigration() {
        return newestMigration;
    }

    @Override
    public String toString() {
        return label;
    }
}
