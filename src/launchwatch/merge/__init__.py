"""Mentions to canonical events: near-duplicates, clustering, fusion of claims, conflicts."""
