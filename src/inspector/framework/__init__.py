"""The HMIP framework: domain model, loading and validation of the `standards/` content."""
