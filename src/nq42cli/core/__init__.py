"""The pure core: models, windows, text, loading, queries. No terminal here."""
