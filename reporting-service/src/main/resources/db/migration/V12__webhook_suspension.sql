-- Webhooks: one receiver's trouble stays its own (see webhook/WebhookDeliveries and WebhookDispatcher).
--
-- in_flight_until: the lease on a subscription's turn. A dispatcher replica takes the turn with a conditional UPDATE
-- (only when no lease is held or it has run out), makes one attempt at a time for that subscription, and clears it when
-- the turn ends; a replica that stops mid-turn frees the subscription when the lease runs out. So no two attempts of a
-- subscription are in flight at once, anywhere, and its deliveries go out in order. It replaces the batch claim of
-- webhook_delivery rows with SKIP LOCKED that V8 describes; new events are still taken that way.
--
-- consecutive_failures, failing_since: the failed attempts since the last successful one, and when the first of them was
-- made. Enough of them, or failing for too long, suspend the subscription by itself; suspended_at and suspension_reason
-- say when and why a subscription was suspended (by its owner, the secretariat or the dispatcher) until it is resumed.
ALTER TABLE webhook_subscription
    ADD COLUMN consecutive_failures INT NOT NULL DEFAULT 0,
    ADD COLUMN failing_since DATETIME(6),
    ADD COLUMN suspended_at DATETIME(6),
    ADD COLUMN suspension_reason VARCHAR(500),
    ADD COLUMN in_flight_until DATETIME(6);

-- a subscription's next due delivery, read at the start of each of its attempts
CREATE INDEX ix_webhook_delivery_subscription_due ON webhook_delivery (subscription_id, status, next_attempt_at);
