package org.hotline.workflow.analytics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sums of rollup rows per dimension value over days (or months), in the caller's transaction. Read in JDBC rather
 * than through a MyBatis result map: MyBatis set the seventeen counters of every row through nested property paths
 * ({@code counts.closed}), which profiled as most of a tier report's time in the application.
 */
@Component
class RollupSums {

    private static final String SUMS = "SELECT dim_key,"
            + " SUM(CAST(registered AS DOUBLE)), SUM(CAST(direct_answered AS DOUBLE)), SUM(CAST(dispatched AS DOUBLE)),"
            + " SUM(CAST(signed_on_time AS DOUBLE)), SUM(CAST(returned AS DOUBLE)), SUM(CAST(extended AS DOUBLE)),"
            + " SUM(CAST(escalated AS DOUBLE)), SUM(CAST(replied AS DOUBLE)), SUM(CAST(closed AS DOUBLE)),"
            + " SUM(CAST(closed_on_time AS DOUBLE)), SUM(CAST(followed_up AS DOUBLE)), SUM(CAST(satisfied AS DOUBLE)),"
            + " SUM(CAST(resolved AS DOUBLE)), SUM(CAST(reopened AS DOUBLE)), SUM(CAST(merged AS DOUBLE)),"
            + " SUM(CAST(first_contact AS DOUBLE)), SUM(CAST(repeat_request AS DOUBLE))"
            // Summed as doubles: MariaDB sums integers in decimal arithmetic, several times slower over the
            // thousands of rows of a year's groups; a double holds every count exactly (below 2^53).
            + " FROM workflow_analytics_daily WHERE dimension = ? AND reg_day BETWEEN ? AND ?";

    private final JdbcTemplate jdbc;

    RollupSums(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * @param code the rollup's dimension code (daily or monthly rows)
     * @param key  only this dimension value, or null for all
     * @return the counters of each dimension value summed over the rows from {@code from} to {@code to} inclusive
     */
    List<RollupRow> sum(String code, LocalDate from, LocalDate to, String key) {
        if (key == null) {
            return jdbc.query(SUMS + " GROUP BY dim_key", RollupSums::row, code, Date.valueOf(from), Date.valueOf(to));
        }
        return jdbc.query(SUMS + " AND dim_key = ? GROUP BY dim_key", RollupSums::row, code, Date.valueOf(from),
                Date.valueOf(to), key);
    }

    private static RollupRow row(ResultSet rs, int n) throws SQLException {
        RollupRow row = new RollupRow();
        row.key = rs.getString(1);
        Counts c = row.counts;
        c.registered = rs.getLong(2);
        c.directAnswered = rs.getLong(3);
        c.dispatched = rs.getLong(4);
        c.signedOnTime = rs.getLong(5);
        c.returned = rs.getLong(6);
        c.extended = rs.getLong(7);
        c.escalated = rs.getLong(8);
        c.replied = rs.getLong(9);
        c.closed = rs.getLong(10);
        c.closedOnTime = rs.getLong(11);
        c.followedUp = rs.getLong(12);
        c.satisfied = rs.getLong(13);
        c.resolved = rs.getLong(14);
        c.reopened = rs.getLong(15);
        c.merged = rs.getLong(16);
        c.firstContact = rs.getLong(17);
        c.repeatRequest = rs.getLong(18);
        return row;
    }
}
