"""The pieces behind :mod:`bot.domain.rectification_import`, split so each reads in one sitting.

Import from :mod:`bot.domain.rectification_import`; these modules are its internals.
"""
