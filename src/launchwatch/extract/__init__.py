"""Article -> Mentions: sentences, dates, quantities, gazetteer matches, assembled into launch events."""
