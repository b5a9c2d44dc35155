package com.orderdesk.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Templates and their versions (tables mail_templates, mail_template_versions). */
@Repository
class MailTemplateStore {

    private static final String CURRENT = """
            SELECT t.code, t.language, t.name, t.trigger_event, t.auto_send, t.current_version, v.subject, v.body,
                   t.updated_at, t.updated_by
            FROM mail_templates t
            JOIN mail_template_versions v ON v.code = t.code AND v.language = t.language AND v.version = t.current_version
            """;

    private final JdbcClient jdbc;

    MailTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MailTemplate> find(String code, String language) {
        return jdbc.sql(CURRENT + " WHERE t.code = ? AND t.language = ?").params(code, language)
                .query(MailTemplateStore::template).optional();
    }

    /** The same, locked against a concurrent edit. */
    Optional<MailTemplate> lock(String code, String language) {
        return jdbc.sql(CURRENT + " WHERE t.code = ? AND t.language = ? FOR UPDATE OF t").params(code, language)
                .query(MailTemplateStore::template).optional();
    }

    List<MailTemplate> all() {
        return jdbc.sql(CURRENT + " ORDER BY t.code, t.language").query(MailTemplateStore::template).list();
    }

    /** The templates an event sends by itself, in one language. */
    List<MailTemplate> automatic(MailTrigger trigger, String language) {
        return jdbc.sql(CURRENT + " WHERE t.trigger_event = ? AND t.language = ? AND t.auto_send ORDER BY t.code")
                .params(trigger.name(), language).query(MailTemplateStore::template).list();
    }

    List<MailTemplate.Version> versions(String code, String language) {
        return jdbc.sql("""
                SELECT version, subject, body, created_at, created_by FROM mail_template_versions
                WHERE code = ? AND language = ? ORDER BY version DESC""").params(code, language)
                .query((rs, row) -> new MailTemplate.Version(rs.getInt("version"), rs.getString("subject"),
                        rs.getString("body"), instant(rs, "created_at"), rs.getString("created_by")))
                .list();
    }

    Optional<MailTemplate.Version> version(String code, String language, int version) {
        return versions(code, language).stream().filter(v -> v.version() == version).findFirst();
    }

    void create(String code, String language, String name, MailTrigger trigger, boolean autoSend, String subject,
            String body, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO mail_templates (code, language, name, trigger_event, auto_send, current_version,
                                            updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, 1, ?, ?)""")
                .params(code, language, name, trigger.name(), autoSend, Timestamp.from(at), actor).update();
        insertVersion(code, language, 1, subject, body, actor, at);
    }

    /** Stores {@code version} as the new current text, with the settings. */
    void update(String code, String language, String name, boolean autoSend, int version, String subject, String body,
            String actor, Instant at, boolean newText) {
        if (newText) {
            insertVersion(code, language, version, subject, body, actor, at);
        }
        jdbc.sql("""
                UPDATE mail_templates SET name = ?, auto_send = ?, current_version = ?, updated_at = ?, updated_by = ?
                WHERE code = ? AND language = ?""")
                .params(name, autoSend, version, Timestamp.from(at), actor, code, language).update();
    }

    private void insertVersion(String code, String language, int version, String subject, String body, String actor,
            Instant at) {
        jdbc.sql("""
                INSERT INTO mail_template_versions (code, language, version, subject, body, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(code, language, version, subject, body, Timestamp.from(at), actor).update();
    }

    private static MailTemplate template(ResultSet rs, int row) throws SQLException {
        return new MailTemplate(rs.getString("code"), rs.getString("language"), rs.getString("name"),
                MailTrigger.valueOf(rs.getString("trigger_event")), rs.getBoolean("auto_send"),
                rs.getInt("current_version"), rs.getString("subject"), rs.getString("body"),
                instant(rs, "updated_at"), rs.getString("updated_by"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
