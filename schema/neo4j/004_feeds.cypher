// Feed subscriptions (issue 10 §3): one (:Feed) per subscribed RSS/Atom URL, polled by the running server;
// (:Feed)-[:DELIVERED]->(:Article) for every article that came from it (its article count).
CREATE CONSTRAINT feed_url IF NOT EXISTS FOR (f:Feed) REQUIRE f.url IS UNIQUE;
