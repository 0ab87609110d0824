"""Every sentence a person reads: chat replies, console and command-line messages.

Chat texts are HTML (python-telegram-bot's ``ParseMode.HTML``); anything a user typed goes
through :func:`messages.html.esc` before it is put in a reply.
"""
