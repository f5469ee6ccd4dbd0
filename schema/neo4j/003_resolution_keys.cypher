// Entity resolution looks entities up by normalised name keys ("person:last:sheinbaum", "country:iso:MX"):
// (:ResolutionKey {key})-[:IDENTIFIES]->(:Entity). One key may identify several entities (a shared surname).
CREATE CONSTRAINT resolution_key IF NOT EXISTS FOR (n:ResolutionKey) REQUIRE n.key IS UNIQUE;
