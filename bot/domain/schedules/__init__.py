"""Reminder schedules in parts; import from ``bot.domain.schedule_rules``."""
