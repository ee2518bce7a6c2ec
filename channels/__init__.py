"""Input channels of our own: Slack and Telegram connectors that read their secrets from the
environment, stay off when those are missing, and talk to a configurable API base URL."""
