package org.hotline.telephony.channel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The multi-row statements of linking contacts to citizen profiles in bulk ({@link ContactLinker}), in the caller's
 * transaction. Written in JDBC rather than as MyBatis {@code <foreach>} statements: MyBatis rewrites every parameter
 * of a {@code <foreach>} with a regular expression and reflects on every item, which profiled as the largest cost
 * of intake once a batch held a hundred contacts. Each statement has a fixed shape per batch size.
 */
@Component
class BulkStatements {

    private final JdbcTemplate jdbc;

    BulkStatements(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** @return the stored links of these addresses (kind and value), with their citizens' names */
    List<IdentityLink> linksOf(List<IdentityLink> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(160 + addresses.size() * 40).append(
            "SELECT i.citizen_id, c.name, i.kind, i.identity_value FROM telephony_citizen_identity i"
                + " JOIN telephony_citizen c ON c.id = i.citizen_id WHERE ");
        repeat(sql, "(i.kind = ? AND i.identity_value = ?)", " OR ", addresses.size());
        return jdbc.query(sql.toString(), ps -> {
            int p = 1;
            for (IdentityLink address : addresses) {
                ps.setString(p++, address.kind);
                ps.setString(p++, address.identityValue);
            }
        }, (rs, n) -> {
            IdentityLink link = new IdentityLink();
            link.citizenId = rs.getLong(1);
            link.citizenName = rs.getString(2);
            link.kind = rs.getString(3);
            link.identityValue = rs.getString(4);
            return link;
        });
    }

    /** Inserts these new citizen profiles and sets their ids. */
    void insertCitizens(List<CitizenRow> citizens) {
        StringBuilder sql = new StringBuilder("INSERT INTO telephony_citizen (name, created_at) VALUES ");
        repeat(sql, "(?, ?)", ",", citizens.size());
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement ps = connection.prepareStatement(sql.toString(), new String[] {"id"})) {
                int p = 1;
                for (CitizenRow citizen : citizens) {
                    ps.setString(p++, citizen.name);
                    setInstant(ps, p++, citizen.createdAt);
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    for (CitizenRow citizen : citizens) {
                        if (!keys.next()) {
                            throw new SQLException("fewer generated ids than citizens inserted");
                        }
                        citizen.id = keys.getLong(1);
                    }
                }
            }
            return null;
        });
    }

    /** Inserts these links of addresses to citizens, and the audit row of each (linked by {@code linkedBy}). */
    void insertLinks(List<IdentityLink> links) {
        StringBuilder identities = new StringBuilder(
            "INSERT INTO telephony_citizen_identity (citizen_id, kind, identity_value, linked_by, linked_at) VALUES ");
        repeat(identities, "(?, ?, ?, ?, ?)", ",", links.size());
        long[] ids = new long[links.size()];
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement ps = connection.prepareStatement(identities.toString(), new String[] {"id"})) {
                setLinks(ps, links);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    for (int i = 0; i < ids.length; i++) {
                        if (!keys.next()) {
                            throw new SQLException("fewer generated ids than links inserted");
                        }
                        ids[i] = keys.getLong(1);
                    }
                }
            }
            return null;
        });
        // The audit rows copy the rows just written, by id: binding a few numbers instead of every value again
        // (strings and times, which the driver encodes one by one) halves what linking a burst costs the database
        // client.
        StringBuilder audits = new StringBuilder("INSERT INTO telephony_citizen_link_audit"
            + " (citizen_id, kind, identity_value, actor, linked_at, from_citizen_id)"
            + " SELECT citizen_id, kind, identity_value, linked_by, linked_at, NULL FROM telephony_citizen_identity"
            + " WHERE id IN (");
        repeat(audits, "?", ",", ids.length);
        audits.append(") ORDER BY id");
        jdbc.update(audits.toString(), ps -> {
            for (int i = 0; i < ids.length; i++) {
                ps.setLong(i + 1, ids[i]);
            }
        });
    }

    /**
     * Sets each row's contact's citizen, unless the contact is linked already.
     *
     * @return how many contacts were linked
     */
    int linkContacts(List<ContactRow> rows) {
        StringBuilder sql = new StringBuilder(80 + rows.size() * 30)
            .append("UPDATE telephony_contact SET citizen_id = CASE id");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(" WHEN ? THEN ?");
        }
        sql.append(" END WHERE citizen_id IS NULL AND id IN (");
        repeat(sql, "?", ",", rows.size());
        sql.append(')');
        return jdbc.update(sql.toString(), ps -> {
            int p = 1;
            for (ContactRow row : rows) {
                ps.setLong(p++, row.id);
                ps.setLong(p++, row.citizenId);
            }
            for (ContactRow row : rows) {
                ps.setLong(p++, row.id);
            }
        });
    }

    private static void setLinks(PreparedStatement ps, List<IdentityLink> links) throws SQLException {
        int p = 1;
        for (IdentityLink link : links) {
            ps.setLong(p++, link.citizenId);
            ps.setString(p++, link.kind);
            ps.setString(p++, link.identityValue);
            ps.setString(p++, link.linkedBy);
            setInstant(ps, p++, link.linkedAt);
        }
    }

    // As MyBatis binds an Instant (InstantTypeHandler), so that both write the same value.
    private static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        if (at == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(at));
        }
    }

    private static void repeat(StringBuilder sql, String part, String separator, int times) {
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                sql.append(separator);
            }
            sql.append(part);
        }
    }
}
