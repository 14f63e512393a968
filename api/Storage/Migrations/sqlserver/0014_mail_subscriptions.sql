-- Graph change notifications for new mail (issue 13, stretch): each rep's subscription to their inbox. The rep is the
-- key, so a rep never holds two; Graph's subscription id is unique too, since a notification is matched by it alone.
CREATE TABLE dbo.mail_subscriptions (
    tenant_id       NVARCHAR(64)   NOT NULL,
    user_id         NVARCHAR(64)   NOT NULL,
    subscription_id NVARCHAR(64)   NOT NULL,
    client_state    NVARCHAR(128)  NOT NULL,
    expires_at      DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_mail_subscriptions PRIMARY KEY (tenant_id, user_id)
);

CREATE UNIQUE INDEX ux_mail_subscriptions_id ON dbo.mail_subscriptions (subscription_id);
