"""Case-manager interview forms: the question sets in forms/, validated at load."""
