-- Graph change notifications for new mail (issue 13, stretch): each rep's subscription to their inbox. The rep is the
-- key, so a rep never holds two; Graph's subscription id is unique too, since a notification is matched by it alone.
CREATE TABLE mail_subscriptions (
    tenant_id       TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    client_state    TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);

CREATE UNIQUE INDEX ux_mail_subscriptions_id ON mail_subscriptions (subscription_id);
