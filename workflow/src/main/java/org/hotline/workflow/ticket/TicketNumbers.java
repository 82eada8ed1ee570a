package org.hotline.workflow.ticket;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.hotline.workflow.TicketNo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out ticket numbers from a per-day counter row ({@code workflow_ticket_sequence}): unique across nodes, and
 * without gaps in a day's numbers.
 *
 * <p>A number is taken by a statement that commits at once, on a connection of its own, so registrations never
 * wait for one another: holding the counter's row lock until the registration committed made them run one at a
 * time. In exchange, a registration that does not commit gives its number back. {@link #next} registers that with
 * the caller's transaction: on rollback the number goes to the day's free list ({@code workflow_ticket_number_free}),
 * and the next registration, on any node, takes the lowest freed number before it advances the counter. A number
 * whose registration dies with its node never comes back; {@link TicketNumberReconciliation} records such numbers,
 * and freed numbers nobody took before the day ended, as voided.
 */
@Component
class TicketNumbers {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(TicketNumbers.class);
    /** How often a node looks for numbers freed by other nodes even when it freed none itself. */
    private static final long LOOK_FOR_FREED_EVERY_MILLIS = 30_000;
    private static final int CLAIM_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final AtomicBoolean freedHere = new AtomicBoolean(true);
    private final AtomicLong lastLookForFreed = new AtomicLong();
    private volatile Boolean mysql;

    TicketNumbers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes the next number of the day of {@code at} (China time). Inside a transaction the number is given back
     * unless that transaction commits; without one the caller must {@link #giveBack} a number it does not use.
     */
    TicketNo next(Instant at) {
        LocalDate day = at.atZone(ZONE).toLocalDate();
        TicketNo no;
        // A connection of its own in auto-commit mode, never the caller's: the statement commits at once.
        try (Connection connection = dataSource.getConnection()) {
            if (DataSourceUtils.isConnectionTransactional(connection, dataSource)) {
                // A transaction-aware proxy would hand out the caller's connection, which auto-commit would commit.
                throw new IllegalStateException("ticket numbers need a connection outside the caller's transaction");
            }
            connection.setAutoCommit(true);
            Integer freed = shouldLookForFreed() ? claimFreed(connection, day) : null;
            no = new TicketNo(day, freed != null ? freed : advance(connection, day));
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not take a ticket number for " + day, e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new GiveBackUnlessCommitted(no));
        }
        return no;
    }

    /** Puts a taken but unused number on its day's free list. Failures are logged: reconciliation voids it then. */
    void giveBack(TicketNo no) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO workflow_ticket_number_free"
                        + " (seq_date, seq_value, freed_at) VALUES (?, ?, ?)")) {
            connection.setAutoCommit(true);
            insert.setObject(1, no.day());
            insert.setInt(2, no.sequence());
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            freedHere.set(true);
            log.info("ticket number {} given back for reuse", no);
        } catch (SQLException e) {
            log.error("could not give back ticket number {}; it will be recorded as voided", no, e);
        }
    }

    private boolean shouldLookForFreed() {
        long now = System.currentTimeMillis();
        long last = lastLookForFreed.get();
        return freedHere.get() || now - last >= LOOK_FOR_FREED_EVERY_MILLIS;
    }

    /** @return the lowest freed number of the day this call removed from the free list, or null when none */
    private Integer claimFreed(Connection connection, LocalDate day) throws SQLException {
        // Cleared before looking: a number freed while we look sets it again and is found next time.
        freedHere.set(false);
        lastLookForFreed.set(System.currentTimeMillis());
        try (PreparedStatement lowest = connection.prepareStatement("SELECT seq_value FROM"
                + " workflow_ticket_number_free WHERE seq_date = ? ORDER BY seq_value LIMIT 1");
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM workflow_ticket_number_free WHERE seq_date = ? AND seq_value = ?")) {
            for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
                lowest.setObject(1, day);
                Integer candidate;
                try (ResultSet rows = lowest.executeQuery()) {
                    candidate = rows.next() ? rows.getInt(1) : null;
                }
                if (candidate == null) {
                    return null;
                }
                delete.setObject(1, day);
                delete.setInt(2, candidate);
                // Whoever deletes the row owns the number; a racing node deleted nothing and looks again.
                if (delete.executeUpdate() == 1) {
                    freedHere.set(true);
                    return candidate;
                }
            }
        }
        freedHere.set(true);
        return null;
    }

    /** Advances the day's counter by one and returns the new value, creating the day's row at 0 first. */
    private int advance(Connection connection, LocalDate day) throws SQLException {
        for (int attempt = 0; attempt < 2; attempt++) {
            Integer value = isMysql(connection) ? advanceMysql(connection, day) : advanceGeneric(connection, day);
            if (value != null) {
                return value;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO workflow_ticket_sequence (seq_date, last_value) VALUES (?, 0)")) {
                insert.setObject(1, day);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                // Created by another node meanwhile: the row exists now, which is all we need.
            }
        }
        throw new SQLException("the ticket number counter of " + day + " could not be created");
    }

    /** One round trip: the new value comes back as the statement's LAST_INSERT_ID. */
    private static Integer advanceMysql(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE workflow_ticket_sequence"
                + " SET last_value = LAST_INSERT_ID(last_value + 1) WHERE seq_date = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            update.setObject(1, day);
            if (update.executeUpdate() == 0) {
                return null;
            }
            try (ResultSet keys = update.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the counter update returned no value");
                }
                return keys.getInt(1);
            }
        }
    }

    /** Databases without LAST_INSERT_ID(expr), such as the embedded H2: update and read in one short transaction. */
    private static Integer advanceGeneric(Connection connection, LocalDate day) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE workflow_ticket_sequence SET last_value = last_value + 1 WHERE seq_date = ?");
                PreparedStatement read = connection.prepareStatement(
                        "SELECT last_value FROM workflow_ticket_sequence WHERE seq_date = ?")) {
            update.setObject(1, day);
            if (update.executeUpdate() == 0) {
                connection.rollback();
                return null;
            }
            read.setObject(1, day);
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                int value = rows.getInt(1);
                connection.commit();
                return value;
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private boolean isMysql(Connection connection) throws SQLException {
        Boolean known = mysql;
        if (known == null) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            known = product.contains("mysql") || product.contains("mariadb");
            mysql = known;
        }
        return known;
    }

    private static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /** Gives the number back when the registering transaction rolls back; an unknown outcome keeps it taken. */
    private final class GiveBackUnlessCommitted implements TransactionSynchronization {
        private final TicketNo no;

        GiveBackUnlessCommitted(TicketNo no) {
            this.no = no;
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_ROLLED_BACK) {
                giveBack(no);
            }
        }
    }
}
