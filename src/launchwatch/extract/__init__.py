"""Article -> Mentions: sentences, dates, quantities and gazetteer matches, assembled into
launch events."""
