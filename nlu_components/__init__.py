"""Custom Rasa NLU components of the dry needling FAQ assistant (referenced from config.yml)."""
