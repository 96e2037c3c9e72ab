"""Evaluation helpers: reading benchmark data and undoing PTB tokenization."""
