package org.hotline.telephony;

/** The kinds of address a citizen reaches the hotline from. JSON: lower-case words. */
public enum IdentityKind {
    /** a mainland mobile or landline number */
    PHONE,
    /** the openid of a follower of the WeChat official account */
    WECHAT,
    /** an e-mail address */
    EMAIL;
}
