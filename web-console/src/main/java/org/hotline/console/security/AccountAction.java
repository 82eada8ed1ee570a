package org.hotline.console.security;

/** What an audited account change did. */
public enum AccountAction {
    CREATED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, ROLE_CHANGED, BOOTSTRAPPED, API_KEY_ISSUED,
    API_KEY_REVOKED, TOTP_ENROLLED, TOTP_DISABLED, TOTP_RESET
}
