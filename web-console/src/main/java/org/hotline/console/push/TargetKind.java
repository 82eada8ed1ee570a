package org.hotline.console.push;

/** Whom a pushed message is addressed to; stored by name in {@code console_push_message.target_kind}. */
enum TargetKind {
    USER, ROLE, DEPARTMENT
}
