-- The database ceiling for durable appends: one single-row insert per transaction (synchronous commit).
INSERT INTO perf_ceiling (body) VALUES (repeat('x', 300));
