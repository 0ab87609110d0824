"""Use cases: what the bot does, as plain async functions over :class:`bot.services.Services`.

No Telegram here (the layer contract in pyproject.toml holds it): the chat handlers in
``bot/features`` and the command line in ``bot/__main__`` both call these, so a rule that
both need is written once, and the command line never imports a handler module.
"""
