"""What the inspector records: the inspection as immutable values."""
