"""The letter grammar: renditions of lines in, the analysis and the Letter out, once per document.

``analysis`` runs it (``analyse``); ``split`` finds the renditions of a text
dump, ``blocks`` groups lines, ``read`` reads one rendition (title, dates,
signature, annexes, sessions) with the tables of ``languages``, ``merge``
joins the readings of several renditions. ``symbols`` is the UN symbol
grammar, ``normalize`` the text as the grammar compares it.
"""
