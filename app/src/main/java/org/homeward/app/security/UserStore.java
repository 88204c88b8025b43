package org.homeward.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The accounts' rows. Every update that people make concurrently checks and bumps {@code version}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UserStore {

    record StoredUser(long id, String username, String displayName, String passwordHash, Set<Role> roles,
            boolean enabled, Instant createdAt, int version) {

        UserAccount account() {
            return new UserAccount(id, username, displayName, roles, enabled, passwordHash != null, createdAt, version);
        }
    }

    private static final String SELECT = """
            SELECT u.*, coalesce((SELECT string_agg(r.role, ' ') FROM app_user_role r WHERE r.user_id = u.id), '') AS roles
            FROM app_user u""";

    private final JdbcClient jdbc;

    Optional<StoredUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = ?").param(username).query(UserStore::user).optional();
    }

    Optional<StoredUser> findById(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = ?").param(id).query(UserStore::user).optional();
    }

    List<StoredUser> all() {
        return jdbc.sql(SELECT + " ORDER BY u.username").query(UserStore::user).list();
    }

    boolean administratorExists() {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                               WHERE r.role = 'ADMINISTRATOR' AND u.enabled AND u.password_hash IS NOT NULL)""")
                .query(Boolean.class).single();
    }

    /** {@code createdBy}: the administrator who created the account, null for the console. */
    long insert(String username, String displayName, String passwordHash, Set<Role> roles, Instant now, Long createdBy) {
        long id = jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(username, displayName, passwordHash, utc(now), createdBy)
                .query(Long.class).single();
        insertRoles(id, roles);
        return id;
    }

    /** Whether one of the two accounts was created by the other after {@code since}, as "creator created created". */
    Optional<String> createdOneAnother(String first, String second, Instant since) {
        return jdbc.sql("""
                SELECT creator.username || ' created ' || created.username AS pair FROM app_user created
                JOIN app_user creator ON creator.id = created.created_by
                WHERE ((created.username = ? AND creator.username = ?) OR (created.username = ? AND creator.username = ?))
                  AND created.created_at > ?""")
                .params(first, second, second, first, utc(since)).query(String.class).optional();
    }

    boolean updateRoles(long id, int version, Set<Role> roles) {
        if (!bump(id, version)) {
            return false;
        }
        jdbc.sql("DELETE FROM app_user_role WHERE user_id = ?").param(id).update();
        insertRoles(id, roles);
        return true;
    }

    boolean updateEnabled(long id, int version, boolean enabled) {
        return jdbc.sql("UPDATE app_user SET enabled = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(enabled, id, version).update() == 1;
    }

    /** A new password ends the person's other sessions: their version changes. */
    void updatePasswordHash(long id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, version = version + 1 WHERE id = ?").params(passwordHash, id).update();
    }

    /** (enabled, version) of the account, to tell whether a session is still current. */
    Optional<int[]> state(long id) {
        return jdbc.sql("SELECT enabled, version FROM app_user WHERE id = ?").param(id)
                .query((row, n) -> new int[] {row.getBoolean("enabled") ? 1 : 0, row.getInt("version")})
                .optional();
    }

    private boolean bump(long id, int version) {
        return jdbc.sql("UPDATE app_user SET version = version + 1 WHERE id = ? AND version = ?").params(id, version).update() == 1;
    }

    private void insertRoles(long id, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
    }

    private static StoredUser user(ResultSet row, int rowNumber) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(row.getString("roles").split(" ")).filter(name -> !name.isEmpty()).map(Role::valueOf).forEach(roles::add);
        return new StoredUser(row.getLong("id"), row.getString("username"), row.getString("display_name"),
                row.getString("password_hash"), roles, row.getBoolean("enabled"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getInt("version"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
