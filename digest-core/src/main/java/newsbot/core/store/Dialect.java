package newsbot.core.store;

/** The SQL engine behind a {@link Database}: the few places where the stores' SQL differs ask it. */
public enum Dialect {
    SQLITE("sqlite", "classpath:db/migration"),
    POSTGRESQL("postgresql", "classpath:db/postgresql");

    private final String label;
    private final String migrations;

    Dialect(String label, String migrations) {
        this.label = label;
        this.migrations = migrations;
    }

    /** Flyway's location of this engine's migrations (SQLite's stay where they always were: their history is kept). */
    String migrations() {
        return migrations;
    }

    @Override
    public String toString() {
        return label;
    }
}
